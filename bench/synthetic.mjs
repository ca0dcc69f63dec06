// A deterministic synthetic news mix, half Arabic, half English: articles of a dateline and
// sentences that date things in the ways news does (absolute dates, weekdays, "three weeks
// ago", "منذ أربعة أعوام", ranges, months, years), with actors and places. Same seed, same text.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const EN = {
  actors: ['The foreign minister', 'Officials', 'The central bank', 'Rebel leaders', 'The United Nations', 'Parliament', 'The company', 'Negotiators'],
  verbs: ['announced new measures', 'met in secret talks', 'signed an agreement', 'resumed negotiations', 'raised interest rates', 'held elections', 'opened an inquiry', 'withdrew its troops'],
  places: ['in Muscat', 'in Geneva', 'in Cairo', 'in Washington', 'in Paris', 'in Beirut', 'in Rabat', 'in Doha'],
  filler: ['according to a statement', 'sources said', 'the agency reported', 'witnesses said', 'after weeks of pressure'],
  when: (r, y) => [
    () => `on ${1 + Math.floor(r() * 28)} ${EN_MONTHS[Math.floor(r() * 12)]} ${y}`,
    () => `on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][Math.floor(r() * 5)]}`,
    () => `${['two', 'three', 'four', 'six'][Math.floor(r() * 4)]} weeks ago`,
    () => `in early ${EN_MONTHS[Math.floor(r() * 12)]}`,
    () => `last year`, () => `in ${y - 1 - Math.floor(r() * 30)}`,
    () => `from March ${1 + Math.floor(r() * 9)} to March ${10 + Math.floor(r() * 9)}`,
    () => `next month`, () => `yesterday`,
  ][Math.floor(r() * 9)](),
};
const AR = {
  actors: ['وزير الخارجية', 'المسؤولون', 'البنك المركزي', 'قادة المعارضة', 'الأمم المتحدة', 'البرلمان', 'الشركة', 'المفاوضون'],
  verbs: ['أعلن إجراءات جديدة', 'عقد محادثات سرية', 'وقع اتفاقا', 'استأنف المفاوضات', 'رفع أسعار الفائدة', 'أجرى انتخابات', 'فتح تحقيقا', 'سحب قواته'],
  places: ['في مسقط', 'في جنيف', 'في القاهرة', 'في واشنطن', 'في باريس', 'في بيروت', 'في الرباط', 'في الدوحة'],
  filler: ['بحسب بيان رسمي', 'وفق مصادر مطلعة', 'كما أفادت الوكالة', 'بحسب شهود عيان', 'بعد أسابيع من الضغوط'],
  when: (r, y) => [
    () => `في ${1 + Math.floor(r() * 28)} ${AR_MONTHS[Math.floor(r() * 12)]} ${y}`,
    () => `يوم ${['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'][Math.floor(r() * 5)]}`,
    () => `منذ ${['أسبوعين', 'ثلاثة أسابيع', 'أربعة أعوام', 'شهرين'][Math.floor(r() * 4)]}`,
    () => `مطلع ${AR_MONTHS[Math.floor(r() * 12)]}`,
    () => `العام الماضي`, () => `عام ${y - 1 - Math.floor(r() * 30)}`,
    () => `بين ${1 + Math.floor(r() * 9)} و${10 + Math.floor(r() * 9)} مارس`,
    () => `الشهر المقبل`, () => `أمس`,
  ][Math.floor(r() * 9)](),
};

// About `bytes` of UTF-8 text in articles of about 2.5 KB, alternating English and Arabic.
export function syntheticMix(bytes = 5e6, seed = 7) {
  const r = rng(seed);
  const docs = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const lang = i % 2 ? 'ar' : 'en';
    const L = lang === 'ar' ? AR : EN;
    const year = 2015 + Math.floor(r() * 10), month = 1 + Math.floor(r() * 12), day = 1 + Math.floor(r() * 28);
    const dct = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const pick = (a) => a[Math.floor(r() * a.length)];
    const lines = [lang === 'ar' ? `${pick(AR.places).slice(3)} - ${day} ${AR_MONTHS[month - 1]} ${year}` :
      `${pick(EN.places).slice(3).toUpperCase()}, ${EN_MONTHS[month - 1]} ${day}, ${year} —`];
    let size = 0;
    while (size < 2400) {
      const s = `${pick(L.actors)} ${pick(L.verbs)} ${pick(L.places)} ${L.when(r, year)}${lang === "ar" ? "،" : ","} ${pick(L.filler)}.`;
      lines.push(s);
      size += Buffer.byteLength(s) + 1;
    }
    const text = lines.join(r() < 0.5 ? '\n' : ' ');
    total += Buffer.byteLength(text);
    docs.push({ id: `syn-${i}`, text, dct, lang });
  }
  return docs;
}
