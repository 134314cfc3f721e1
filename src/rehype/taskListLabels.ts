/**
 * Rehype plugin: gives the checkboxes of Markdown task lists (`- [ ] item`) an accessible name.
 * GFM renders `<li class="task-list-item"><input type="checkbox" disabled> item</li>`: the
 * checkbox has no label (axe `label`, WCAG 4.1.2). This wraps the checkbox and the item's own text
 * (up to any nested list or block) in a `<label>`, so a screen reader announces
 * "checkbox, not checked, <item text>" once, and the page looks the same.
 */
import {visit} from 'unist-util-visit';

type HastNode = {type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[]};

const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'table', 'pre', 'blockquote', 'details', 'figure']);

const classes = (node: HastNode): string[] => {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

const isCheckbox = (node: HastNode) => node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';

/** Wraps the checkbox found among `parent`'s children, with the phrasing content after it, in a label. */
export function labelTaskItem(parent: HastNode): boolean {
  const children = parent.children ?? [];
  const start = children.findIndex(isCheckbox);
  if (start < 0) return false;
  let end = start + 1;
  while (end < children.length) {
    const child = children[end]!;
    if (child.type === 'element' && BLOCKS.has(child.tagName ?? '')) break;
    end++;
  }
  const label: HastNode = {type: 'element', tagName: 'label', properties: {}, children: children.slice(start, end)};
  parent.children = [...children.slice(0, start), label, ...children.slice(end)];
  return true;
}

export default function rehypeTaskListLabels() {
  return (tree: HastNode) => {
    visit(tree as never, 'element', (node: HastNode) => {
      if (node.tagName !== 'li' || !classes(node).includes('task-list-item')) return;
      if (labelTaskItem(node)) return;
      // Loose lists put the checkbox inside the item's first paragraph.
      const paragraph = node.children?.find((c) => c.type === 'element' && c.tagName === 'p');
      if (paragraph) labelTaskItem(paragraph);
    });
  };
}
