// What an issue's page headers say (pure, tested in node): the page (版次) and section of each
// header line the core kept aside as furniture, each item's page (the last header above its first
// line), and export file names. (The issue's paper and date are the core's: wasm `issue_meta`.)

const DATE_CN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_NUM = /(?:^|\D)((?:19|20)\d{2})[-./_]?(\d{2})[-./_]?(\d{2})(?!\d)/;
const PAGE_CN = /第\s*0*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版/;
const PAGE_SHORT = /(?:^|\s)0*(\d{1,3})\s*版(?:\s|$)/;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
const PAPER = /^[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|时报|商报|快报|周报|报)$/;
// Words of editor lines and the like: never a section name.
const NOT_SECTION = /编辑|设计|校对|记者|通讯员|摄影|美编|星期|电话|邮箱|投稿|热线|版/;

const HAN_DIGITS = '一二三四五六七八九';
/** '2', '02', '二', '十二', '二十' → a number. */
function pageNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const digit = (c) => HAN_DIGITS.indexOf(c) + 1;
  return (s.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0);
}

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

/** The date in `text` as YYYY-MM-DD ('2020年2月10日', '2020-02-10', '20200210'), or null. */
export function findDate(text) {
  const m = DATE_CN.exec(text) || DATE_NUM.exec(text);
  if (!m) return null;
  const [y, mo, d] = m.slice(1, 4).map(Number);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? isoDate(y, mo, d) : null;
}

/**
 * A page header line: {page, section, paper, date} (each null when the line does not say), or null
 * for a furniture line that is no page header ("责任编辑：…"). Reads "第2版 要闻", "02版",
 * "要闻 2020年2月10日 星期一 2" (a bare page number beside a date), "人民日报 … 第04版", "要闻".
 */
export function pageHeader(text) {
  const line = String(text || '').trim();
  if (!line || line.length > 60) return null;
  const date = findDate(line);
  const dated = date !== null || WEEKDAY.test(line);
  let page = PAGE_CN.exec(line) || PAGE_SHORT.exec(line);
  const tokens = line
    .replace(DATE_CN, ' ')
    .replace(WEEKDAY, ' ')
    .replace(PAGE_CN, ' ')
    .split(/[\s·|｜/]+/)
    .filter(Boolean);
  if (!page && dated) {
    // A bare number at either end of a dated header is its page.
    const ends = [tokens[0], tokens[tokens.length - 1]];
    const bare = ends.find((tok) => /^\d{1,3}$/.test(tok ?? ''));
    if (bare) page = [bare, bare];
  }
  const paper = tokens.find((tok) => PAPER.test(tok)) ?? null;
  const words = tokens.filter((tok) => /^[\u4e00-\u9fff]{2,6}$/.test(tok) && tok !== paper && !NOT_SECTION.test(tok));
  // A section name stands in a header with a date or a page, or alone on its line.
  const section = (page || dated || tokens.length === 1) && words.length ? words[0] : null;
  const pageNo = page ? pageNumber(page[1]) : null;
  if (pageNo === null && section === null) return null;
  if (pageNo === null && !dated && tokens.length > 1) return null;
  return { page: pageNo, section, paper, date };
}

/** Each item's page: {page, section} of the last header line above its first line (the first
 * header for an item above it), or null when the issue has no page header. */
export function itemPages(report) {
  const headers = (report?.furniture || [])
    .map((f) => ({ line: f.spans?.[0]?.[0] ?? 0, header: pageHeader(f.text) }))
    .filter((h) => h.header)
    .sort((a, b) => a.line - b.line);
  return (report?.items || []).map((item) => {
    const first = item.spans?.[0]?.[0] ?? 0;
    let found = null;
    for (const h of headers) {
      if (h.line >= first) break;
      found = h.header;
    }
    // Above the first header: the text came out before the page's header (PDF text often has it
    // after the first article); that header is the item's page.
    found ??= headers[0]?.header ?? null;
    return found ? { page: found.page, section: found.section } : null;
  });
}

/** Characters that file systems refuse, or that would make a name hard to use. */
const safeName = (s) =>
  [...s]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/_+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);

/** The stem of export file names: 'paper-date' (either alone if the other is unknown), else the
 * file's name without its extension, else 'dubao'. */
export function fileStem(info, fileName = '') {
  const parts = [info?.paper, info?.date].filter(Boolean);
  const fromIssue = safeName(parts.join('-'));
  if (fromIssue && (parts.length === 2 || !fileName)) return fromIssue;
  const fromFile = safeName(String(fileName || '').replace(/\.[^.]+$/, ''));
  return fromFile || fromIssue || 'dubao';
}
