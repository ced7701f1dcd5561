// The page's strings for PDF input and the page view (issue 17), added to lib/i18n.js's
// dictionaries when first imported (as strings.js does); modules that show them take `t` from here.
import { DICTS, t } from '../lib/i18n.js';

const zh = {
  pages: '版面',
  pdfStarting: '正在准备 PDF 阅读器…',
  pdfReading: '正在读取 PDF：第 {done}/{total} 版',
  pdfSource: 'PDF：{name}（{pages} 版）',
  pdf_scanned: '这份 PDF 没有文字层（可能是扫描件），无法读出文字。本工具不做文字识别（OCR）。',
  pdf_unmapped:
    '这份 PDF 的文字无法映射为 Unicode（嵌入字体既无 ToUnicode 对照表，也无字符编码表），读不出可用的文字。请换用能复制出文字的 PDF，或粘贴文本。',
  pdf_encrypted: '这份 PDF 已加密，需要密码才能打开；请先用阅读器解除密码。',
  pdf_damaged: '这份 PDF 已损坏或不完整，无法读取。',
  pdf_pdf: 'PDF 读取失败：{msg}',
  pdfEmptyPages: '第 {pages} 版没有文字层，未读出文字。',
  pdfDamagedPages: '第 {pages} 版已损坏，未读出。',
  pdfUnmapped: '有 {n} 个字符无法映射为 Unicode。',
  pdfDropped: '第 {page} 版有 {lines} 行（{chars} 个字）的字体无法映射为 Unicode，读不出，未计入分析。',
  pageNo: '第 {n} 版',
  pageHint: '点击色块打开对应条目',
  pageNoImage: '原 PDF 未随结果保存：重新打开该 PDF 文件即可看到版面图，色块仍按位置显示。',
  itemPlace: '版面位置',
  itemPlaceHint: '点击查看整版',
  regionOf: '{title}（第 {page} 版）',
  exportPositions: 'PDF 版面数据 JSON（命令行 --positions）',
};

const en = {
  pages: 'Pages',
  pdfStarting: 'Starting the PDF reader…',
  pdfReading: 'Reading the PDF: page {done}/{total}',
  pdfSource: 'PDF: {name} ({pages} pages)',
  pdf_scanned: 'This PDF has no text layer (probably scanned): no text can be read. There is no OCR here.',
  pdf_unmapped:
    "This PDF's text cannot be mapped to Unicode (its embedded fonts have neither a ToUnicode map nor a character map): no usable text. Use a PDF whose text can be copied, or paste the text.",
  pdf_encrypted: 'This PDF is encrypted and needs a password; remove the password in a PDF viewer first.',
  pdf_damaged: 'This PDF is damaged or incomplete and cannot be read.',
  pdf_pdf: 'The PDF could not be read: {msg}',
  pdfEmptyPages: 'Page(s) {pages} have no text layer; nothing was read there.',
  pdfDamagedPages: 'Page(s) {pages} are damaged and were not read.',
  pdfUnmapped: '{n} characters could not be mapped to Unicode.',
  pdfDropped:
    'Page {page}: {lines} lines ({chars} characters) are in a font that cannot be mapped to Unicode; not read, not analysed.',
  pageNo: 'Page {n}',
  pageHint: 'Click a region to open its item',
  pageNoImage:
    'The PDF itself is not kept with the result: open the PDF file again to see the page; regions are shown by position.',
  itemPlace: 'On the page',
  itemPlaceHint: 'Click to see the whole page',
  regionOf: '{title} (page {page})',
  exportPositions: "The PDF's positioned lines, JSON (for the CLI's --positions)",
};

Object.assign(DICTS.zh, zh);
Object.assign(DICTS.en, en);

export { t };
