// The page's main script (entry; bundled by build.mjs and inlined last): binds the actions views
// trigger, wires the controls, takes over the worker the boot script started and shows the text
// the last visit left (restored from the worker's IndexedDB), or the bundled sample on a first
// visit. Module map: www/README.md.
import { t, setLang, applyI18n } from '../lib/i18n.js';
import { state } from './state.js';
import { settings, options, ui, setAnalysisDefaults } from './settings.js';
import { bindActions } from './actions.js';
import { readyPromise, timing, startWorker, markMainEnd, requestAnalyze, requestSegment } from './worker-client.js';
import { setStatus, wireStatus, workerStatusHooks } from './status.js';
import { wireResize } from './chart-slots.js';
import { wireItemList } from './item-list.js';
import { openItem, setView, wireTabs } from './navigation.js';
import { setPage } from './pages-tab.js';
import { pdfTiming } from './pdf-client.js';
import { showKwic, wireKwic } from './kwic.js';
import { splitAt, wireEdits } from './edits.js';
import { openRecord, restoreOrSample, wireInput } from './input.js';
import { wireLibrary, importFiles } from './library-view.js';
import { drawTrends, listArticles, shown as trendsShown, wireTrends } from './trends-view.js';
import { wireHotWords } from './hot-words.js';
import { wireCompare } from './compare-view.js';
import { exportLibrary, wireLibraryExports } from './library-exports.js';
import { library } from './library-state.js';
import { wireConfirmations } from './confirm.js';
import { wireExports } from './exports.js';
import { wireSettings } from './settings-form.js';
import { applyTheme, wireAppearance } from './appearance.js';

const showPages = (page) => {
  setPage(page);
  setView('pages');
};
bindActions({ openItem, showKwic, splitAt, openRecord, showPages });

// A small API for tests and the benchmark (it only reaches the local worker).
window.dubao = {
  ready: readyPromise,
  timing,
  pdf: pdfTiming, // the PDF reader's start and the last PDF's read (bench/pdf_bench.mjs)
  pdfItems: () => state.items.map((it) => ({ page: it.page ?? null, boxes: it.boxes?.length ?? 0 })),
  itemTitles: () => state.items.map((it) => it.title ?? null),
  analyze: (text, opts) =>
    readyPromise.then(() => requestAnalyze({ text, options: opts ?? options(), userDict: settings.userDict }).reply),
  // mode: 'words' (every word as a JS string), 'joined' or 'offsets'; see the worker's `segment`.
  segment: (text, hmm = true, mode = 'words') => readyPromise.then(() => requestSegment({ text, hmm, mode }).reply),
  // The library (issue 16): import, trends figures as drawn, a point's articles, exports.
  library: {
    import: (files) => importFiles(files),
    get issues() {
      return library.issues;
    },
    get lastImport() {
      return library.lastImport;
    },
    trends: async (terms, by = 'day') => {
      document.getElementById('trend-terms').value = terms.join(', ');
      document.getElementById('trend-by').value = by;
      await drawTrends();
      return trendsShown.rows;
    },
    articles: (term, period) => listArticles(term, period),
    export: (kind) => exportLibrary(kind),
  },
  get state() {
    const { items, selected, view, edited, text, source, rev } = state;
    return { items: items.length, selected, view, edited, textLength: text.length, source, rev };
  },
};

setLang(ui.lang);
applyTheme();
applyI18n(document);
setStatus('loading', t('loading'));
wireStatus();
wireInput();
wireConfirmations();
wireTabs();
wireItemList();
wireKwic();
wireEdits();
wireExports();
wireSettings();
wireLibrary();
wireTrends();
wireHotWords();
wireCompare();
wireLibraryExports();
wireAppearance();
wireResize();
startWorker({ ...workerStatusHooks, onDefaults: setAnalysisDefaults });
restoreOrSample();
markMainEnd();
