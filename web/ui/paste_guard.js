// Very long text never reaches the article editor: Chromium's <textarea> brings the whole
// browser down with a 50 MB value (measured here: the tab and its browser close), so a paste
// or a file above LIMIT characters is refused with a message and what was typed stays.
export const LIMIT = 5_000_000;

const size = (chars) => `${(chars / 1e6).toFixed(1)} M characters`;

export function tooLongMessage(chars, what) {
  return `${what} is ${size(chars)}; the editor takes up to ${size(LIMIT)}. Split it into several articles.`;
}

// onRefuse(message) is told about each refused paste.
export function guardPaste(textarea, onRefuse) {
  textarea.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') || '';
    if (textarea.value.length + text.length <= LIMIT) return;
    event.preventDefault();
    onRefuse(tooLongMessage(text.length, 'This paste'));
  });
}
