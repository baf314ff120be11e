// Reads serialport's open errors as codes. The binding reports them as text only (no errno:
// "Error: No such file or directory, cannot open /dev/ttyUSB0" on Linux and macOS, "Open
// (CreateFileA): File not found" on Windows), in English whatever the user's language, so the
// screens word the code and keep the text as a technical detail.
import type { ScaleLinkProblem } from '../../../shared/contract/events';

const patterns: [RegExp, ScaleLinkProblem][] = [
  [/ENOENT|No such file or directory|File not found|cannot find the file/i, 'portNotFound'],
  [/EACCES|EPERM|Permission denied|Operation not permitted/i, 'permissionDenied'],
  // Windows answers "Access denied" for a COM port another program holds open.
  [/EBUSY|Resource busy|Cannot lock port|Access denied/i, 'portBusy'],
];

/** The code for an error raised while opening a serial port; `openFailed` for anything else. */
export function portOpenProblem(error: { message: string; code?: string | undefined }): ScaleLinkProblem {
  const text = `${error.code ?? ''} ${error.message}`;
  return patterns.find(([pattern]) => pattern.test(text))?.[1] ?? 'openFailed';
}
