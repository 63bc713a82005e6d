// The reading-aid toggles: remembered like the view mode; the first time one is on, the page's annotated
// Chinese (aids.json) and, for word lookup, its dictionary load through the runtime module; for Local, the
// page's echoes (echoes.ts).

import { readChoice, saveChoice } from './storage';

type Aid = 'pinyin' | 'tones' | 'lookup' | 'local';

const root = document.documentElement;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.aids__toggle')];
let runtime: Promise<typeof import('./reading-aids-runtime')> | undefined;

async function set(aid: Aid, on: boolean, remember = true) {
  for (const button of buttons) if (button.dataset.aid === aid) button.setAttribute('aria-pressed', String(on));
  root.classList.toggle(`aid-${aid}`, on);
  if (remember) saveChoice(aid, on ? 'on' : 'off');
  const shade = async () => (await import('./echoes')).shade();
  if (aid === 'local') return on ? shade() : undefined;
  // Tone colours are only a class: they colour the pinyin, which brings the annotated text itself.
  if (!on || aid === 'tones') {
    if (aid === 'lookup') (await runtime)?.stopLookup();
    return;
  }
  runtime ??= import('./reading-aids-runtime');
  const aids = await runtime;
  await aids.annotate();
  // The annotated Chinese replaced the shaded one.
  if (root.classList.contains('aid-local')) await shade();
  if (aid === 'lookup') await aids.startLookup();
}

for (const button of buttons) {
  const aid = button.dataset.aid as Aid;
  button.addEventListener('click', () => void set(aid, button.getAttribute('aria-pressed') !== 'true'));
  if (readChoice(aid) === 'on') void set(aid, true, false);
}
