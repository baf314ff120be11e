/** Papers typed in one field, separated by semicolons (a paper's own name may hold commas). */
export function splitPapers(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
