/**
 * One text node per run of text, as the server's HTML has it.
 *
 * JSX like `Criterion {n}: {name}` gives an element four text children. The server writes them
 * as one run ("Criterion 1: Price"), which the browser parses into a single text node, and
 * Preact's hydrate then rewrites that node and creates a node for each other piece: on the
 * scorecard 87 nodes and 65 text changes in the hydration task, all for text already on
 * screen. Preact has no marker for text boundaries (preactjs/preact#3627 was closed), so this
 * hook joins each run of adjacent strings and numbers among an element's children into one
 * string (and drops empty strings, which the server writes no node for), on the server and in
 * the browser alike: the vnodes then match the parsed HTML node for node. Numbers become
 * strings too: hydration compares a text node's "0" with the number 0 and rewrites it (the
 * risk register's heat maps rewrote their 50 counts). Elements and fragments only: a
 * component's `children` reach it as written. Text that runs across a component's edge is
 * still two nodes in the browser; write such text inside one component.
 */
import { Fragment, options, type VNode } from 'preact';

type Child = unknown;

const isText = (c: Child): c is string | number => typeof c === 'string' || typeof c === 'number';
/** Renders nothing, and breaks no run (`{cond && 'x'}` when false). */
const isEmpty = (c: Child) => c === null || c === undefined || typeof c === 'boolean';

/** Whether some run has two pieces, or some text is empty or a number (checked without allocating). */
function joinable(children: readonly Child[]): boolean {
  let afterText = false;
  for (const c of children) {
    if (c === '' || typeof c === 'number') return true;
    if (isText(c)) {
      if (afterText) return true;
      afterText = true;
    } else if (!isEmpty(c)) afterText = false;
  }
  return false;
}

/** The children with each run of text joined (the same array when there is nothing to join). */
export function joinTextRuns(children: readonly Child[]): readonly Child[] {
  // Every element's vnode passes here on every render: most have nothing to join.
  if (!joinable(children)) return children;
  const out: Child[] = [];
  let changed = false;
  for (const c of children) {
    if (isText(c)) {
      let j = out.length - 1;
      while (j >= 0 && isEmpty(out[j])) j--;
      const before = out[j];
      if (isText(before)) {
        // The run goes on: its pieces, and anything between them that renders nothing, become one.
        out.length = j + 1;
        out[j] = `${before}${c}`;
        changed = true;
        continue;
      }
      if (c === '') {
        // The server writes no node for empty text, so neither does the browser.
        out.push(null);
        changed = true;
        continue;
      }
      if (typeof c === 'number') {
        out.push(String(c));
        changed = true;
        continue;
      }
    }
    out.push(c);
  }
  return changed ? out : children;
}

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  if (typeof vnode.type === 'string' || vnode.type === Fragment) {
    const props = vnode.props as { children?: Child };
    if (Array.isArray(props.children)) props.children = joinTextRuns(props.children);
    else if (typeof props.children === 'number') props.children = String(props.children);
  }
  previous?.(vnode);
};
