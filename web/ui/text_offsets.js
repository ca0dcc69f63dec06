// The contract's offsets count Unicode code points; JavaScript strings index UTF-16 units.
// utf16Index(text) maps one to the other (the identity when the text has no astral characters,
// which is nearly always: Arabic, French and English letters are all in the BMP).
export function utf16Index(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const positions = [];
  let i = 0;
  for (const ch of text) {
    positions.push(i);
    i += ch.length;
  }
  positions.push(i);
  return (cp) => positions[Math.min(cp, positions.length - 1)];
}
