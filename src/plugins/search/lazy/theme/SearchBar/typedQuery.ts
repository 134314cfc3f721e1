/**
 * Text typed before the search is ready is searched as soon as it is.
 *
 * The search plugin sets up its autocomplete on the input only once the index has loaded, and
 * the autocomplete searches on the next `input` event: what a reader typed while the code or
 * the index was still on its way (often, on a slow link) would show no results until they
 * typed again. When the autocomplete takes the input over (it gives it role="combobox"),
 * this replays an `input` event if there is text.
 */
export function searchTypedTextWhenReady(input: HTMLInputElement): void {
  const replay = () => {
    if (input.value) input.dispatchEvent(new Event('input', {bubbles: true}));
  };
  if (input.getAttribute('role') === 'combobox') return;
  const observer = new MutationObserver(() => {
    if (input.getAttribute('role') !== 'combobox') return;
    observer.disconnect();
    replay();
  });
  observer.observe(input, {attributes: true, attributeFilter: ['role']});
}

/** Puts text in a React-controlled input as if typed: React and the autocomplete both see it. */
export function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}
