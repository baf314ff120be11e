import { useEffect, useRef } from 'react';

const activityEvents = ['keydown', 'pointerdown', 'wheel'] as const;

/** How often, at most, activity is reported to the counter service while the person works. */
const heartbeatMs = 60_000;

/**
 * Calls `onIdle` once after `minutes` without a key press, click/touch or scroll anywhere
 * in the window. Off while `enabled` is false (e.g. the screen is already locked).
 * `onActive` is called at most once a minute while there is activity, so the service's own
 * idle lock does not lock a clerk who is typing a long form without saving.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void, onActive: () => void = () => {}): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  const onActiveRef = useRef(onActive);
  onActiveRef.current = onActive;

  useEffect(() => {
    if (!enabled || !(minutes > 0)) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let lastBeat = last;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (delay: number) => {
      timer = setTimeout(check, Math.max(delay, 250));
    };
    function check() {
      const idle = Date.now() - last;
      if (idle >= limit) onIdleRef.current();
      else arm(limit - idle);
    }
    const touch = () => {
      last = Date.now();
      if (last - lastBeat >= heartbeatMs) {
        lastBeat = last;
        onActiveRef.current();
      }
    };
    for (const name of activityEvents) window.addEventListener(name, touch, { capture: true, passive: true });
    arm(limit);
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, touch, { capture: true });
    };
  }, [minutes, enabled]);
}
