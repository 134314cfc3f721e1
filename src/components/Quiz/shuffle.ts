/**
 * Deterministic shuffle seeded by a string: the server render and the browser
 * produce the same order (no hydration mismatch), different per question.
 */
function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Returns a new array in a stable pseudo-random order that differs from the input when possible. */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  let s = seedFrom(seed) || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  // Never show an ordering exercise already solved.
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift()!);
  return out;
}
