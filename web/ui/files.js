// Dropped or opened files → article text: .txt as is, .md without its markup, .html as the
// text a reader sees (parsed inertly with DOMParser: no script runs, nothing is fetched).
import { LIMIT, tooLongMessage } from './paste_guard.js';

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, br, tr, blockquote, article, section, header, footer';

function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template, nav').forEach((node) => node.remove());
  doc.querySelectorAll(BLOCKS).forEach((node) => node.after('\n'));
  const title = doc.querySelector('h1')?.textContent.trim();
  const text = (doc.body?.textContent || '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  return { text, name: title || doc.title || '' };
}

function markdownToText(md) {
  const text = md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S[^\n]*?)\1/g, '$2');
  return { text: text.trim(), name: (md.match(/^\s{0,3}#\s+(.+)$/m) || [])[1] || '' };
}

export const ACCEPTED = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

// The file's bytes as text. NUL bytes mean a binary file (an image, a PDF, a Word document,
// whatever its name says): refused. Invalid UTF-8 is read with U+FFFD for the bad bytes (as the
// core does) and reported through `warn`.
async function decodeText(file, warn) {
  if (file.size > LIMIT * 4) throw new Error(tooLongMessage(file.size, file.name));  // never read whole
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 1 << 16).includes(0)) throw new Error(`${file.name}: a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warn(`${file.name}: not valid UTF-8; the bad bytes are shown as �.`);
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readText(file, warn) {
  const text = await decodeText(file, warn);
  if (text.length > LIMIT) throw new Error(tooLongMessage(text.length, file.name));
  return text;
}

// Resolves to {name, text} for a File; rejects files of other kinds.
export async function readArticleFile(file, warn = () => {}) {
  const ext = file.name.toLowerCase().split('.').pop();
  const raw = await readText(file, warn);
  const base = file.name.replace(/\.[^.]+$/, '');
  let article;
  if (ext === 'html' || ext === 'htm' || file.type === 'text/html') article = htmlToText(raw);
  else if (ext === 'md' || ext === 'markdown') article = markdownToText(raw);
  else if (ext === 'txt' || file.type.startsWith('text/')) article = { text: raw, name: '' };
  else throw new Error(`${file.name}: not a text, Markdown or HTML file`);
  return { name: article.name || base, text: article.text };
}
