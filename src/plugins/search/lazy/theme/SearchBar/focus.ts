/**
 * Keyboard helpers for the lazy search box.
 *
 * The search plugin's SearchBar focuses its input when its index has finished loading, if the
 * reader had focused it at any point before (it never forgets). A keyboard user who tabs
 * through the box and on to the page has their focus pulled back a second later. The guard
 * below ignores such a late call, made outside a reader's event, when the focus is on another
 * element. It still lets the plugin put the focus back when nothing has it (its autocomplete
 * moves the input in the page when it starts, which drops the focus), and focus moves made
 * while handling a reader's key press, click or touch (Ctrl+K) always work.
 */
const guarded = new WeakSet<HTMLInputElement>();

export function guardFocus(input: HTMLInputElement): void {
  if (guarded.has(input)) return;
  guarded.add(input);
  const focus = HTMLElement.prototype.focus;
  input.focus = (options?: FocusOptions) => {
    // `window.event` is the event being handled, if any: a UIEvent for a reader's action; for
    // the index arriving, a worker's message or none.
    const byReader = window.event instanceof UIEvent;
    const elsewhere = document.activeElement !== null && document.activeElement !== document.body && document.activeElement !== input;
    if (!byReader && elsewhere) return;
    focus.call(input, options);
  };
}

/** Ctrl+K (⌘K on a Mac): the search plugin's shortcut, which the placeholder honours too. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
