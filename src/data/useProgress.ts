/**
 * React binding of the progress store: one in-memory copy per tab, persisted to
 * localStorage, synchronised across tabs by the `storage` event. The server
 * render always sees empty progress, so hydration never mismatches.
 */
import {useCallback, useSyncExternalStore} from 'react';
import {emptyProgress, parseProgress, PROGRESS_KEY, type LoadedProgress, type Progress} from './progress';

const SERVER_SNAPSHOT: LoadedProgress = {progress: emptyProgress()};
let snapshot: LoadedProgress | undefined;
const listeners = new Set<() => void>();

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null; // storage disabled: progress lives in memory for this visit
  }
}

function writeStorage(progress: Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Quota or disabled storage: keep the in-memory copy.
  }
}

function load(): LoadedProgress {
  const loaded = parseProgress(readStorage());
  // Store the cleaned or migrated data once, so the notice is not shown forever.
  if (loaded.notice) writeStorage(loaded.progress);
  return loaded;
}

function getSnapshot(): LoadedProgress {
  snapshot ??= load();
  return snapshot;
}

function emit(next: LoadedProgress): void {
  snapshot = next;
  listeners.forEach((l) => l());
}

function onStorage(event: StorageEvent): void {
  if (event.key === PROGRESS_KEY || event.key === null) emit({...load(), notice: snapshot?.notice});
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Applies a change to the stored progress. */
export function updateProgress(change: (p: Progress) => Progress): void {
  const current = getSnapshot();
  const progress = change(current.progress);
  writeStorage(progress);
  emit({...current, progress});
}

export function useProgress(): LoadedProgress & {update: typeof updateProgress; dismissNotice: () => void} {
  const loaded = useSyncExternalStore(subscribe, getSnapshot, () => SERVER_SNAPSHOT);
  const dismissNotice = useCallback(() => emit({progress: getSnapshot().progress}), []);
  return {...loaded, update: updateProgress, dismissNotice};
}
