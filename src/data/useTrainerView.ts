/**
 * The "trainer view" switch: reveals facilitator notes and answer keys. Its
 * state is remembered in localStorage and mirrored on <html data-trainer-view>
 * so that CSS alone can show or hide trainer-only blocks.
 */
import {useSyncExternalStore} from 'react';

const KEY = 'cmh-training-hub:trainer-view';
const listeners = new Set<() => void>();
let on: boolean | undefined;

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

function apply(value: boolean): void {
  document.documentElement.dataset.trainerView = value ? 'on' : 'off';
}

function getSnapshot(): boolean {
  if (on === undefined) {
    on = read();
    apply(on);
  }
  return on;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Turns trainer view on or off and remembers the choice. */
export function setTrainerView(value: boolean): void {
  on = value;
  try {
    window.localStorage.setItem(KEY, value ? 'on' : 'off');
  } catch {
    // Not remembered when storage is disabled; still applies to this visit.
  }
  apply(value);
  listeners.forEach((l) => l());
}

export function useTrainerView(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
