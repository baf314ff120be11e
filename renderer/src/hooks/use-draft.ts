// What the person has typed but not yet saved, kept outside the screens so it survives the
// screen being locked (the working screen is taken down while locked and rebuilt after the
// PIN). Cleared when the person signs out or another person signs in. PINs never go here.
import { createContext, useCallback, useContext, useRef, useState } from 'react';

export class DraftStore {
  private readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }
  clear(): void {
    this.values.clear();
  }
}

export const DraftContext = createContext<DraftStore>(new DraftStore());

/** Like useState, but the value outlives the component until the drafts are cleared. */
export function useDraft<T>(key: string, initial: T | (() => T)): [T, (next: T | ((current: T) => T)) => void] {
  const store = useContext(DraftContext);
  const [value, setValue] = useState<T>(() => {
    const kept = store.get<T>(key);
    if (kept !== undefined) return kept;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const latest = useRef(value);
  latest.current = value;
  const update = useCallback(
    (next: T | ((current: T) => T)) => {
      // Kept at once, not inside a state updater: an update made just before the component
      // goes away (e.g. the choice that opens another view) would otherwise never be stored.
      const value = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
      latest.current = value;
      store.set(key, value);
      setValue(value);
    },
    [store, key],
  );
  return [value, update];
}
