// The page's main script (entry; bundled by build.mjs and inlined last): binds the actions views
// trigger, wires the controls, takes over the worker the boot script started and analyzes the
// bundled sample. Module map: www/README.md.
import { t, setLang, applyI18n } from '../lib/i18n.js';
import { state } from './state.js';
import { settings, options, ui, setAnalysisDefaults } from './settings.js';
import { bindActions } from './actions.js';
import { readyPromise, timing, startWorker, markMainEnd, requestAnalyze, requestSegment } from './worker-client.js';
import { setStatus, workerStatusHooks } from './status.js';
import { wireResize } from './chart-slots.js';
import { wireItemList } from './item-list.js';
import { openItem, wireTabs } from './navigation.js';
import { showKwic, wireKwic } from './kwic.js';
import { splitAt, wireEdits } from './edits.js';
import { loadSample, wireInput } from './input.js';
import { wireExports } from './exports.js';
import { wireSettings } from './settings-form.js';
import { applyTheme, wireAppearance } from './appearance.js';

bindActions({ openItem, showKwic, splitAt });

// A small API for tests and the benchmark (it only reaches the local worker).
window.dubao = {
  ready: readyPromise,
  timing,
  analyze: (text, opts) =>
    readyPromise.then(() => requestAnalyze({ text, options: opts ?? options(), userDict: settings.userDict }).reply),
  // mode: 'words' (every word as a JS string), 'joined' or 'offsets'; see the worker's `segment`.
  segment: (text, hmm = true, mode = 'words') => readyPromise.then(() => requestSegment({ text, hmm, mode }).reply),
  get state() {
    return { items: state.items.length, selected: state.selected, view: state.view, edited: state.edited };
  },
};

setLang(ui.lang);
applyTheme();
applyI18n(document);
setStatus('loading', t('loading'));
wireInput();
wireTabs();
wireItemList();
wireKwic();
wireEdits();
wireExports();
wireSettings();
wireAppearance();
wireResize();
startWorker({ ...workerStatusHooks, onDefaults: setAnalysisDefaults });
loadSample();
markMainEnd();
