// The page's strings for hand fixes, the keyboard and the first run (issue 14): line parts,
// undo / redo, the empty state, the heatmap's table. Added to lib/i18n.js's dictionaries (kept
// under the line limit there) when this module is first imported, before the page applies them;
// modules that show them take `t` from here.
import { DICTS, t } from '../lib/i18n.js';

const zh = {
  editLines: '拆分与标注…',
  editLinesHint: '每一行可改标为引题、标题、副题、署名或正文；“从此行拆分”让新条目从这一行开始。',
  markLine: '第 {n} 行标为',
  part_kicker: '引题',
  part_title: '标题',
  part_subtitle: '副题',
  part_credit: '署名',
  part_body: '正文',
  undo: '撤销',
  redo: '重做',
  undoHint: '撤销上一次手动调整（Ctrl+Z）',
  redoHint: '重做（Ctrl+Shift+Z）',
  emptyTitle: '还没有可分析的文本',
  emptyBody: '粘贴一期报纸的文字，或打开一个 .txt 文件或电子版 PDF；也可以先看看示例。',
  emptyPaste: '粘贴文本',
  heatTable: '以表格查看（可用键盘）',
  heatCorner: '条目',
  heatCell: '{item} · {word}：{n} 次',
  moreItems: '显示更多（还有 {n} 条）',
};

const en = {
  editLines: 'Split and mark…',
  editLinesHint:
    'Mark each line as kicker, title, subtitle, credit or body; “Split here” starts a new item at that line.',
  markLine: 'Line {n} is',
  part_kicker: 'Kicker',
  part_title: 'Title',
  part_subtitle: 'Subtitle',
  part_credit: 'Credit',
  part_body: 'Body',
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo the last hand edit (Ctrl+Z)',
  redoHint: 'Redo (Ctrl+Shift+Z)',
  emptyTitle: 'No text to analyze yet',
  emptyBody: 'Paste the text of an issue, or open a .txt file or an e-paper PDF; or have a look at the sample first.',
  emptyPaste: 'Paste text',
  heatTable: 'Show as a table (keyboard)',
  heatCorner: 'Item',
  heatCell: '{item} · {word}: {n}',
  moreItems: 'Show more ({n} left)',
};

Object.assign(DICTS.zh, zh);
Object.assign(DICTS.en, en);

export { t };
