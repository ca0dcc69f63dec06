// The interface language: English or Arabic. Arabic turns the whole document right-to-left
// (dir="rtl" on <html>: the HTML panes mirror; the canvas keeps time flowing left to right)
// and relabels the page's fixed text. The English text stays in shell.html; this table says
// what each element becomes in Arabic: [selector, where, Arabic], where is 'text' (the
// element's own last text, so a label keeps its input) or an attribute name.
const ARABIC = [
  ['.brand p', 'text', 'أحداث مؤرّخة من المقالات الإخبارية بالعربية والإنجليزية والفرنسية. كل شيء يجري في هذه الصفحة: لا يغادر أي مقال جهازك.'],
  ['#samples option[value=""]', 'text', 'جرّب مثالاً…'],
  ['#theme-toggle', 'aria-label', 'المظهر الداكن'],
  ['#add-article', 'aria-label', 'أضف مقالاً'],
  ['#add-article', 'title', 'أضف مقالاً'],
  ['#article-text', 'placeholder', 'الصق هنا مقالاً إخبارياً (بالعربية أو الإنجليزية أو الفرنسية)، أو أسقط ملفات ‎.txt أو ‎.md أو ‎.html على هذه اللوحة.'],
  ['label[for="article-dct"]', 'text', 'تاريخ النشر'],
  ['label[for="article-lang"]', 'text', 'اللغة'],
  ['#article-lang option[value="auto"]', 'text', 'اكتشاف تلقائي'],
  ['#open-files', 'text', 'فتح ملفات…'],
  ['#remove-article', 'text', 'حذف المقال'],
  ['#cancel', 'text', 'إلغاء'],
  ['#extract-button', 'text', 'استخراج'],
  ['.segmented legend', 'text', 'المسارات'],
  ['input[name="lanes"][value="article"]', 'parent', ' حسب المقال'],
  ['input[name="lanes"][value="actor"]', 'parent', ' حسب الفاعل'],
  ['#zoom-out', 'aria-label', 'تصغير'],
  ['#zoom-in', 'aria-label', 'تكبير'],
  ['#fit', 'text', 'عرض الكل'],
  ['.toolbar .hint', 'text', 'العجلة: تكبير · السحب: تحريك · النقر المزدوج: تكبير على حدث'],
  ['#events-heading', 'first', 'الأحداث '],
  ['#source-heading', 'first', 'المصدر: '],
  ['#undo', 'text', 'تراجع'],
  ['#redo', 'text', 'إعادة'],
  ['#export-menu summary', 'text', 'تصدير'],
  ['#export-json', 'text', 'JSON (يمكن استيراده)'],
  ['#export-csv', 'text', 'CSV (جدول)'],
  ['#export-timelinejs', 'text', 'TimelineJS'],
  ['#export-png', 'text', 'صورة PNG للخط الزمني'],
  ['#print-view', 'text', 'نسخة للطباعة'],
  ['#import-json', 'text', 'استيراد JSON…'],
  ['#share-link', 'text', 'رابط مشاركة'],
  ['#present', 'text', 'عرض تقديمي'],
  ['#hijri-axis', 'parent', ' المحور الهجري'],
  ['#add-event', 'text', '+ حدث'],
  ['label[for="edit-title"]', 'text', 'العنوان'],
  ['label[for="edit-date"]', 'text', 'التاريخ'],
  ['#edit-date', 'placeholder', 'بأي لغة: ١٠ يناير ٢٠٢٤، 10 January 2024، début février'],
  ['#edit-save', 'text', 'حفظ'],
  ['#edit-delete', 'text', 'حذف'],
  ['#edit-merge', 'text', 'دمج مع…'],
  ['#edit-split', 'text', 'فصل'],
  ['#edit-close', 'text', 'إغلاق'],
  ['#share-copy', 'text', 'نسخ'],
  ['#notice-close', 'aria-label', 'إغلاق'],
];

// The node or attribute a row changes, and how to read and write it.
function slot(element, where) {
  if (where === 'text' || where === 'first' || where === 'parent') {
    const host = where === 'parent' ? element.parentElement : element;
    const texts = [...host.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const node = where === 'first' ? texts[0] : texts.at(-1);
    return node && { get: () => node.textContent, set: (v) => { node.textContent = v; } };
  }
  return { get: () => element.getAttribute(where), set: (v) => element.setAttribute(where, v) };
}

const english = new Map();  // row → the text shell.html had

export function setInterfaceLanguage(lang) {
  const arabic = lang === 'ar';
  document.documentElement.lang = arabic ? 'ar' : 'en';
  document.documentElement.dir = arabic ? 'rtl' : 'ltr';
  for (const row of ARABIC) {
    const element = document.querySelector(row[0]);
    const s = element && slot(element, row[1]);
    if (!s) continue;
    if (!english.has(row)) english.set(row, s.get());
    s.set(arabic ? row[2] : english.get(row));
  }
}
