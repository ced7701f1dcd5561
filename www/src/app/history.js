// The history of hand edits (merge, split, mark a line, back to the automatic split) for undo and
// redo: the reports before and after each edit, kept in the page for the text analysed. It holds
// only the state; edits.js runs the edits, undoes and redoes them (in the worker, so that what is
// shown is also the session the worker saves). A new text starts an empty history.
import { $ } from './dom.js';
import { state } from './state.js';

/** At most this many steps back (each holds a whole report). */
const LIMIT = 50;
const undoStack = [];
const redoStack = [];
/** The analysed text the steps are edits of. */
let text = null;

/** What an undo or redo goes back to: the report shown (and whether it was edited by hand, and the
 * item selected). */
export const snapshot = () => ({ report: state.report, edited: state.edited, selected: state.selected });

/** A new analysed text (or none) empties the history; updates the buttons. Called after a render. */
export function syncHistory() {
  if (state.reportText !== text || !state.report) {
    undoStack.length = 0;
    redoStack.length = 0;
    text = state.report ? state.reportText : null;
  }
  updateButtons();
}

/** An edit was made from `before` (a snapshot): it can be undone, and the steps undone before it
 * can no longer be redone. */
export function pushEdit(before) {
  undoStack.push(before);
  if (undoStack.length > LIMIT) undoStack.shift();
  redoStack.length = 0;
  updateButtons();
}

/** The step an undo (`'undo'`) or a redo (`'redo'`) would go back to, or null. */
export const peek = (way) => (way === 'undo' ? undoStack : redoStack).at(-1) ?? null;

/** The step `way` went back to, from `from` (the snapshot before it): it moves to the other stack. */
export function moved(way, from) {
  const [taken, other] = way === 'undo' ? [undoStack, redoStack] : [redoStack, undoStack];
  taken.pop();
  other.push(from);
  updateButtons();
}

/** The 撤销 / 重做 buttons: disabled when there is nothing to undo or redo. A button that gets
 * disabled while it has the focus hands it to the other one (or the item's title). */
export function updateButtons() {
  const undo = $('btn-undo');
  const redo = $('btn-redo');
  const focused = document.activeElement;
  undo.disabled = undoStack.length === 0;
  redo.disabled = redoStack.length === 0;
  if (focused === undo || focused === redo) {
    if (!focused.disabled) return;
    const other = focused === undo ? redo : undo;
    (other.disabled ? $('item-title') : other).focus({ preventScroll: true });
  }
}
