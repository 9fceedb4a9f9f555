// A few DOM helpers: elements are built with textContent, never innerHTML, so story text cannot become markup.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);

export const number = new Intl.NumberFormat('en');

/** An actor as a reader names it: the code, or the text when the code is unknown. */
export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code ?? `“${actor.text}”`;
}
