// The layers' import rules are held by the compiler (one tsconfig per layer). This proves it:
// a probe file importing something forbidden fails `tsc` under that layer's settings, and a
// probe importing something allowed passes, so the check can tell the two apart.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const probes = join(root, 'tests', '.probes');
afterAll(() => rmSync(probes, { recursive: true, force: true }));

async function typecheck(layerConfig: string, source: string, name: string): Promise<{ ok: boolean; output: string }> {
  const dir = join(probes, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'probe.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(dir, join(root, layerConfig)),
      compilerOptions: { composite: false, noEmit: true, emitDeclarationOnly: false, rootDir: root },
      include: [],
      files: ['probe.ts'],
    }),
  );
  try {
    await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: root });
    return { ok: true, output: '' };
  } catch (e) {
    return { ok: false, output: String((e as { stdout?: string }).stdout) };
  }
}

const cases: [layer: string, config: string, source: string, allowed: boolean][] = [
  ['shared', 'shared/tsconfig.json', "import { z } from 'zod';\nexport const s = z.string();", true],
  ['shared', 'shared/tsconfig.json', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", false],
  ['shared', 'shared/tsconfig.json', "export const t = document.title;", false],
  ['shared', 'shared/tsconfig.json', "import { useState } from 'react';\nexport const u = useState;", false],
  ['shared', 'shared/tsconfig.json', "import { app } from 'electron';\nexport const a = app;", false],
  ['renderer', 'renderer/tsconfig.json', "import { useState } from 'react';\nexport const u = [useState, document.title];", true],
  ['renderer', 'renderer/tsconfig.json', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", false],
  ['renderer', 'renderer/tsconfig.json', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", false],
  ['services', 'electron/tsconfig.node.json', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", true],
  ['services', 'electron/tsconfig.node.json', "import { app } from 'electron';\nexport const a = app;", false],
  ['electron shell', 'electron/tsconfig.json', "import { app } from 'electron';\nexport const a = app;", true],
  ['hub', 'hub/tsconfig.json', "import pg from 'pg';\nexport const p = pg.Pool;", true],
  ['hub', 'hub/tsconfig.json', "import { app } from 'electron';\nexport const a = app;", false],
  ['hub', 'hub/tsconfig.json', "import Database from 'better-sqlite3';\nexport const d = Database;", false],
];

describe('layer import rules', () => {
  it.each(
    cases.map(([layer, config, source, allowed], i) => ({
      title: `${layer} ${allowed ? 'may' : 'may not'} use ${source.match(/from '([^']+)'|(document)/)?.slice(1).find(Boolean)}`,
      config,
      source,
      allowed,
      i,
    })),
  )(
    '$title',
    async ({ config, source, allowed, i }) => {
      const result = await typecheck(config, source, `case-${i}`);
      expect(result.ok, result.output).toBe(allowed);
    },
  );
});
