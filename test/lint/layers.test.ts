/**
 * The core's layers, as src/core/CONTEXT.md writes them, are enforced by Biome: a file that imports
 * against them is refused. Each case lints one small file, placed at its path in a scratch project
 * that has this repository's biome.json, and expects the refusal (or its absence) with its message.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

const LAYER = {
  format: 'format/ and read/ know no template',
  bottom: 'model/ and contracts/ are the bottom layer',
  catalog: 'The catalog sits below analysis, validation, generation and import',
  sibling: "A template's folder does not import another template's folder",
  shared: 'catalog/shared/ serves the templates and imports none of them',
  framework: 'src/core is framework-free: no React.',
  node: 'src/core runs in the browser too: no Node modules.',
} as const;

/** Each case: the file's path, one import line, and the refusal expected (undefined: allowed). */
const CASES: readonly (readonly [string, string, string | undefined])[] = [
  ['src/core/format/nginx/case.ts', "import { TEMPLATES } from '../../catalog';", LAYER.format],
  ['src/core/format/nginx/case.ts', "import { validate } from '../../validate';", LAYER.format],
  ['src/core/read/case.ts', "import { generateBundle } from '../generate/bundle';", LAYER.format],
  ['src/core/format/nginx/case.ts', "import { block } from './ast';", undefined],
  ['src/core/format/fluentd/case.ts', "import { RULES } from '../../contracts/rules';", undefined],
  ['src/core/model/case.ts', "import { getTemplate } from '../catalog';", LAYER.bottom],
  ['src/core/contracts/case.ts', "import { renderNginx } from '../format/nginx';", LAYER.bottom],
  ['src/core/catalog/templates/tee/case.ts', "import { validate } from '../../../validate';", LAYER.catalog],
  ['src/core/catalog/templates/tee/case.ts', "import { analyze } from '../../../analyze';", LAYER.catalog],
  ['src/core/catalog/templates/tee/case.ts', "import { sketchDesign } from '../../../edit/sketch';", LAYER.catalog],
  ['src/core/catalog/templates/tee/case.ts', "import { nutcrackerPool } from '../twemproxy/pool';", LAYER.sibling],
  ['src/core/catalog/templates/tee/case.ts', "import { twemproxy } from '../twemproxy';", LAYER.sibling],
  ['src/core/catalog/templates/tee/case.ts', "import { HOST } from '../../rules';", undefined],
  [
    'src/core/catalog/templates/tee/case.ts',
    "import { nginxRecogniser } from '../../shared/nginx-recognise';",
    undefined,
  ],
  ['src/core/catalog/templates/tee/case.ts', "import { renderNginx } from '../../../format/nginx';", undefined],
  ['src/core/catalog/templates/tee/case.ts', "import { teeConfig } from './config';", undefined],
  ['src/core/catalog/shared/case.ts', "import { tee } from '../templates/tee';", LAYER.shared],
  ['src/core/catalog/shared/case.ts', "import { analyze } from '../../analyze';", LAYER.catalog],
  ['src/core/catalog/index.ts', "import { tee } from './templates/tee';", undefined],
  ['src/core/catalog/case.ts', "import { useState } from 'react';", LAYER.framework],
  ['src/core/read/case.ts', "import { readFileSync } from 'node:fs';", LAYER.node],
  ['src/core/generate/case.ts', "import { TEMPLATES } from '../catalog';", undefined],
  ['src/core/catalog/templates/tee/case.test.ts', "import { validate } from '../../../validate';", undefined],
];

let project = '';
let count = 0;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'podsmith-layers-'));
  // The schema path points into node_modules, which the scratch project does not have.
  const config = readFileSync(join(ROOT, 'biome.json'), 'utf8').replace(/"\$schema":\s*"[^"]*",?/, '');
  writeFileSync(join(project, 'biome.json'), config);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Lints one file in the scratch project; returns Biome's output and whether it refused the file. */
function lint(path: string, line: string): { refused: boolean; output: string } {
  const file = join(project, path.replace(/case(\.test)?\.ts$/, `case${++count}$1.ts`));
  mkdirSync(dirname(file), { recursive: true });
  const symbol = /import (?:type )?\{ (\w+)|import (\w+) from/.exec(line);
  writeFileSync(file, `${line}\n\nexport const used = [${symbol?.[1] ?? symbol?.[2]}];\n`);
  try {
    const output = execFileSync(BIOME, ['lint', '--colors=off', file.slice(project.length + 1)], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { refused: false, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { refused: true, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}

describe.each(CASES)('%s: %s', (path, line, refusal) => {
  it(refusal ? `is refused: ${refusal}` : 'is allowed', () => {
    const { refused, output } = lint(path, line);
    if (refusal) {
      expect(refused, output).toBe(true);
      expect(output).toContain('lint/style/noRestrictedImports');
      expect(output).toContain(refusal);
    } else {
      expect(output).not.toContain('noRestrictedImports');
      expect(refused, output).toBe(false);
    }
  });
});
