// Every kind a service posts about a dossier reads as words on the timeline, in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryKindLabel, entryKindLabels } from '../../shared/contract/entry-kinds';

/** The entry kinds posted anywhere in the services, read from their source. */
function postedKinds(dir: string): Set<string> {
  const kinds = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) postedKinds(path).forEach((k) => kinds.add(k));
    else if (name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/kind: '((?:dossier|print|handover|result|delivery|scale)\.[a-z_]+)'/g)) kinds.add(m[1]!);
  }
  return kinds;
}

describe('entry kind labels', () => {
  it('word every dossier kind the services post, in Vietnamese and English', () => {
    const kinds = [...postedKinds(join(__dirname, '../../electron/services'))];
    expect(kinds).toContain('dossier.received');
    expect(kinds.filter((k) => !entryKindLabels[k])).toEqual([]);
    for (const k of kinds) expect(entryKindLabel(k, 'vi')).not.toBe(entryKindLabel(k, 'en'));
  });

  it('name an unknown kind generically with its code', () => {
    expect(entryKindLabel('x.new_thing', 'vi')).toBe('Ghi sổ (x.new_thing)');
    expect(entryKindLabel('x.new_thing', 'en')).toBe('Ledger entry (x.new_thing)');
  });
});
