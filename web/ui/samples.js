// The sample articles (assets/samples/, served as data/samples/): a one-click demo. The menu
// offers each article alone and all of them together.
const BASE = 'data/samples/';

export async function initSamples(select, onLoad) {
  let index = [];
  try {
    const response = await fetch(`${BASE}index.json`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = await response.json();
  } catch (error) {
    select.hidden = true;
    console.warn('tarikh: no samples:', error.message);
    return;
  }
  const option = (value, label, lang) => Object.assign(document.createElement('option'), { value, textContent: label, lang });
  select.append(option('all', `All ${index.length} samples together`, 'en'),
    ...index.map((s, i) => option(String(i), s.title, s.lang)));
  select.addEventListener('change', async () => {
    const chosen = select.value === 'all' ? index : [index[Number(select.value)]];
    select.value = '';
    const articles = await Promise.all(chosen.map(async (s) => ({
      name: s.title, lang: s.lang, dct: s.dct,
      text: await (await fetch(BASE + s.file)).text(),
    })));
    onLoad(articles);
  });
}
