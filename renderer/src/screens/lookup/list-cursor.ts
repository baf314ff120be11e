// Moving through the results from the search field (SearchBox, ResultList): the arrows move
// the active option, Enter opens it. Shared by the lookup and the intake's procedure picker.

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
