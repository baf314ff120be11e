// A barcode scanner is a keyboard that types a whole code, fast, then Enter. Keys arriving
// closer together than a person types are collected; Enter after enough of them is a scan.
// Used only where focus is not in a text field, so nothing a clerk types is ever taken.

/** Longest pause between a scanner's characters (a person typing on the page body, even fast, rarely keeps under it for eight keys and Enter; and only a slip or S10 opens anything). */
const maxGapMs = 100;
/** The shortest code worth reading as a scan (an S10 has 13 characters, a slip number more). */
const minLength = 8;

export class ScanDetector {
  private buffer = '';
  private last = 0;

  /** Feeds one key press; answers the scanned text when it completes a scan, else null. */
  key(key: string, at: number): string | null {
    const fresh = at - this.last <= maxGapMs;
    this.last = at;
    if (key === 'Enter') {
      const scanned = fresh && this.buffer.length >= minLength ? this.buffer : null;
      this.buffer = '';
      return scanned;
    }
    if (key.length !== 1) {
      this.buffer = '';
      return null;
    }
    this.buffer = fresh ? this.buffer + key : key;
    return null;
  }
}

/** Where typed characters belong to the field, not to a scan. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}
