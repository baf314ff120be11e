// Printer and scale problems travel as codes and are worded only at the edge, in the reader's
// language: an English screen never shows "máy in hết giấy", a Vietnamese one never shows
// serialport's "No such file or directory".
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { PrinterStatus, PrintJobView, ScaleStatus } from '../../shared/contract/commands';
import { printerProblems, printWorkerProblems, scaleLinkProblems } from '../../shared/contract/events';
import { errorText, printerProblemLabels, scaleLinkProblemLabels } from '../../shared/contract/messages';
import { portOpenProblem } from '../../electron/services/scale/port-error';
import { en } from '../../renderer/src/i18n/en';
import { vi } from '../../renderer/src/i18n/vi';
import { printerBarText, printerStateText } from '../../renderer/src/screens/devices/printer-text';
import { scaleStateView } from '../../renderer/src/screens/devices/scale-text';
import { printStateText } from '../../renderer/src/screens/intake/intake-text';

/** Letters only Vietnamese writes (any tone mark, ă, â, đ, ê, ô, ơ, ư). */
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const i18n = i18next.createInstance();
void i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: 'vi', initAsync: false });
const t = { vi: i18n.getFixedT('vi') as TFunction, en: i18n.getFixedT('en') as TFunction };

const rawSerialError = 'Error: No such file or directory, cannot open /dev/ttyUSB7';

describe('printer problems in words', () => {
  it.each(printerProblems)('%s: English has no Vietnamese, Vietnamese is Vietnamese', (problem) => {
    const status: PrinterStatus = { state: 'waiting', problem, pending: 1, at: null };
    const job: PrintJobView = {
      id: 'j1', kind: 'receipt', reference: '360000-03-261127-0001X', state: 'waiting', problem,
      documents: 2, createdAt: '2026-11-27T02:00:00.000Z', printedAt: null, attempts: 1,
    };
    const words = (lang: 'vi' | 'en') => [
      printerBarText(t[lang], status).text,
      printerStateText(t[lang], status).text,
      printStateText(t[lang], job, status),
      errorText('PRINTER_FAILED', lang, { uri: 'tcp://10.0.0.9:9100', problem: printerProblemLabels[problem][lang] }),
    ];
    for (const text of words('en')) expect(text, text).not.toMatch(vietnamese);
    for (const text of words('vi')) expect(text, text).toMatch(vietnamese);
    expect(words('vi')).not.toContain(words('en')[0]);
  });
});

describe('print worker problems in words', () => {
  it.each(printWorkerProblems)('%s: the status bar and the devices area say it in the reader’s language, never as the code', (problem) => {
    const status: PrinterStatus = { state: 'waiting', problem, pending: 1, at: null };
    for (const lang of ['vi', 'en'] as const) {
      for (const text of [printerBarText(t[lang], status).text, printerStateText(t[lang], status).text]) {
        expect(text).not.toContain(problem);
        if (lang === 'en') expect(text, text).not.toMatch(vietnamese);
        else expect(text, text).toMatch(vietnamese);
      }
    }
  });
});

describe('scale connection problems in words', () => {
  it.each(scaleLinkProblems)('%s: shown in the reader’s language, never the port’s raw text', (problem) => {
    const status: ScaleStatus = {
      connection: 'disconnected', grams: null, stable: false, state: 'none', refusal: null,
      problem, detail: rawSerialError, at: null,
    };
    for (const lang of ['vi', 'en'] as const) {
      const view = scaleStateView(t[lang], status);
      const shown = `${view.text} — ${view.detail}`;
      expect(view.detail).toBeTruthy();
      expect(shown).not.toContain('No such file');
      if (lang === 'en') expect(shown, shown).not.toMatch(vietnamese);
      else expect(shown, shown).toMatch(vietnamese);
    }
    expect(scaleLinkProblemLabels[problem].en).not.toMatch(vietnamese);
    expect(scaleLinkProblemLabels[problem].vi).toMatch(vietnamese);
  });

  it('names the scale protocols in the reader’s language', () => {
    for (const id of ['mt-sics', 'toledo-8217', 'ad'] as const) {
      expect(t.en(`devices.scale.protocolName.${id}`)).not.toMatch(vietnamese);
    }
    expect(t.vi('devices.scale.protocolName.ad')).toMatch(vietnamese);
  });

  it('reads serialport’s open errors (Linux, macOS, Windows) as codes', () => {
    expect(portOpenProblem(new Error(rawSerialError))).toBe('portNotFound');
    expect(portOpenProblem(new Error('Open (CreateFileA): File not found'))).toBe('portNotFound');
    expect(portOpenProblem(new Error('Error: Permission denied, cannot open /dev/ttyS0'))).toBe('permissionDenied');
    expect(portOpenProblem(new Error('Error Resource temporarily unavailable Cannot lock port'))).toBe('portBusy');
    expect(portOpenProblem(new Error('Error: Device or resource busy, cannot open /dev/ttyUSB0'))).toBe('portBusy');
    expect(portOpenProblem(new Error('Open (CreateFileA): Access denied'))).toBe('portBusy');
    expect(portOpenProblem(new Error('Error: Inappropriate ioctl for device setting custom baud rate of 9600'))).toBe('openFailed');
  });
});
