import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` (the status bar shows minutes, so 30 s is plenty). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
