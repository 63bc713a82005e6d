// The reader's remembered choices. Storage can be disabled (private modes, policies): then a choice lasts for
// the page only, and reading falls back to the default.

export function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveChoice(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered; the page still applies the choice.
  }
}
