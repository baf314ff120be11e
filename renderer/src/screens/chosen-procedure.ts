// The procedure the clerk picked in "Tra cứu thủ tục" to start an intake with, handed to the
// "Tiếp nhận hồ sơ" area through the drafts (so it also survives a screen lock).

export const chosenProcedureDraft = 'intake.chosenProcedure';

export interface ChosenProcedure {
  code: string;
  name: string;
  /** Which case of the checklist (THANHPHANHOSO) was on screen. */
  caseIndex: number;
  /** The catalogue version and immutable snapshot the clerk read. */
  versionId: number;
  snapshotHash: string;
}
