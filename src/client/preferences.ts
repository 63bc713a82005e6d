// Wires the view-mode and theme switches: each is a radio group whose choice is stored and set on <html>.
// The boot scripts apply the stored choices before paint; this keeps the controls in step with them.

import { saveChoice } from './storage';

type Setting = 'view' | 'theme';

const defaults: Record<Setting, string> = { view: 'parallel', theme: 'auto' };

function apply(setting: Setting, value: string) {
  const root = document.documentElement;
  if (setting === 'theme' && value === 'auto') delete root.dataset.theme;
  else root.dataset[setting] = value;
}

for (const setting of Object.keys(defaults) as Setting[]) {
  const current = document.documentElement.dataset[setting] ?? defaults[setting];
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${setting}"]`)) {
    input.checked = input.value === current;
    input.addEventListener('change', () => {
      apply(setting, input.value);
      saveChoice(setting, input.value);
    });
  }
}
