// What a spec does at the counter besides the screens under test: commands sent as the signed-in
// screen sends them (for the steps other tests drive by hand), and a barcode scanner's input.
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { formFor, licenceCode } from '../support/intake-fixture';

/** A command as the signed-in screen sends it; a refusal fails the test with the counter's message. */
export async function call<N extends CommandName>(page: Page, name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
  const result = (await page.evaluate(
    async ([n, body]) => (await fetch(`api/commands/${n}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json(),
    [name, JSON.stringify({ input, lang: 'vi' })] as const,
  )) as CommandResult<CommandOutput<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** What a barcode scanner does: the characters, then Enter. */
export async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Takes a dossier in without the form (the intake screen has its own test), on a manual weight. */
export async function takeIn(page: Page, changes: Partial<CommandInput<'intake.commit'>> = {}): Promise<CommandOutput<'intake.commit'>['dossier']> {
  const { procedure, snapshotHash } = await call(page, 'catalogue.show', { code: licenceCode });
  const { seq } = await call(page, 'scale.manualWeight', { grams: 180, reason: 'Cân đang bảo trì', idempotencyKey: randomUUID() });
  return (await call(page, 'intake.commit', { ...formFor(procedure, snapshotHash, seq), ...changes, idempotencyKey: randomUUID() })).dossier;
}

/** Hands one dossier to the department in a batch of its own, signed by the receiver. */
export async function handOver(page: Page, slipNumber: string): Promise<void> {
  const { batchNumber } = await call(page, 'handover.add', { batchNumber: null, scan: slipNumber, idempotencyKey: randomUUID() });
  await call(page, 'handover.sign', { batchNumber, receiverName: 'Quàng Văn Minh', idempotencyKey: randomUUID() });
}
