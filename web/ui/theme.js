// Light and dark: the page follows prefers-color-scheme until the user picks one with the
// toggle (remembered in this browser only). The canvas gets the same choice.
const KEY = 'tarikh-theme';

export function initTheme(button, onChange) {
  const media = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => { try { return localStorage.getItem(KEY); } catch { return null; } };
  const apply = () => {
    const dark = (stored() || (media.matches ? 'dark' : 'light')) === 'dark';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    button.setAttribute('aria-pressed', String(dark));
    button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
    onChange(dark);
  };
  button.addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme !== 'dark';
    try { localStorage.setItem(KEY, dark ? 'dark' : 'light'); } catch { /* private mode: not remembered */ }
    apply();
  });
  media.addEventListener('change', apply);
  apply();
}
