/**
 * Prints one block of the page alone (a handout, a certificate): marks it and
 * <html>, so that the print CSS in custom.css hides everything else, then
 * clears the marks once the print dialog closes.
 */
export function printOnly(element: HTMLElement | null): void {
  if (!element) return;
  const root = document.documentElement;
  element.dataset.printTarget = 'on';
  root.dataset.printOnly = 'on';
  const clear = () => {
    delete element.dataset.printTarget;
    delete root.dataset.printOnly;
  };
  window.addEventListener('afterprint', clear, {once: true});
  window.print();
}
