/**
 * The user's API token (Authorization: Bearer …). Kept in sessionStorage: it survives a reload
 * of the tab, and is gone when the browser closes, as a credential typed on a shared office PC should be.
 */
const KEY = 'disclosure-hub.token';

export function currentToken(): string {
  return sessionStorage.getItem(KEY) ?? '';
}

/** Keeps `input` and the stored token in step; `changed` runs after the user changes it. */
export function bindTokenInput(input: HTMLInputElement, changed: () => void = () => {}): void {
  input.value = currentToken();
  input.addEventListener('change', () => {
    const token = input.value.trim();
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
    changed();
  });
}
