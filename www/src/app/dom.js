// DOM helpers. User text only ever reaches the DOM through textContent and text nodes (`el`'s
// `text` and string children), never innerHTML.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** Creates `<tag>` with props (`class`, `text`, `dataset`, `on<event>` listeners, other attributes)
 * and children (nodes or strings; null and undefined are skipped). */
export const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};
