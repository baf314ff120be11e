// Moving through the results (SearchBox, ResultList): the arrows and Page keys move the active
// option, Enter opens it. The search field and the list itself answer the same keys, so the
// list can be used, and scrolled, from either. Shared by the lookup and the intake's procedure picker.
import type { KeyboardEvent } from 'react';

export interface ListCursor {
  /** The active option's index in the results, -1 while none is. */
  active: number;
  /** Moves the active option by `delta`, stopping at the first and the last. */
  move(delta: number): void;
  /** Opens the active option, or the first while none is. */
  enter(): void;
}

/**
 * `chosen`: the active option as kept (it may lie beyond the results shown); `setActive` keeps a
 * new one; `open` opens the option at an index.
 */
export function listCursor(count: number, chosen: number, setActive: (index: number) => void, open: (index: number) => void): ListCursor {
  // The results may be fewer than when the option was chosen (a newer answer): stay inside them.
  const active = Math.min(chosen, count - 1);
  return {
    active,
    move: (delta) => {
      if (count === 0) return;
      setActive(Math.max(0, Math.min(count - 1, (active < 0 ? -1 : active) + delta)));
    },
    enter: () => open(Math.max(active, 0)),
  };
}

const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/** Applies a key press to the cursor; other keys (and Alt/Ctrl shortcuts, IME input) pass on. */
export function onCursorKey(e: KeyboardEvent, cursor: Pick<ListCursor, 'move' | 'enter'>): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
  const move = moves[e.key];
  if (move !== undefined) {
    e.preventDefault();
    cursor.move(move);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    cursor.enter();
  }
}
