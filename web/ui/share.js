// Share links: the articles, the edits and the view, as JSON compressed into the URL's
// fragment (#s1.<base64url>), which browsers never send to a server. zlib's 'deflate' rather
// than 'deflate-raw': its Adler-32 checksum makes a tampered or truncated link fail to inflate
// instead of opening as some other text.
const PREFIX = '#s1.';
// Chromium takes URLs up to 2 MB, but chat apps, mail clients and other browsers' address bars
// cut links long before: past this many characters the page offers the JSON file instead.
export const MAX_LINK = 32_000;

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

function toBase64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('it has characters a share link never has');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// Resolves to {url, length, tooLong}.
export async function shareLink(session, base = location.href.split('#')[0]) {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(session)), new CompressionStream('deflate'));
  const url = `${base}${PREFIX}${toBase64url(packed)}`;
  return { url, length: url.length, tooLong: url.length > MAX_LINK };
}

export const isShareFragment = (hash) => hash.startsWith(PREFIX);

// The session in a fragment; rejects with the reason when the link is damaged.
export async function readShareFragment(hash) {
  let text;
  try {
    const bytes = await pipe(fromBase64url(hash.slice(PREFIX.length)), new DecompressionStream('deflate'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`This share link is damaged (${error.message.includes('share link') ? error.message : 'it does not decompress'}): it may have been cut or changed when it was copied.`);
  }
  return text;
}
