/**
 * Running the real Varnish on generated VCL. `varnishd -C` compiles a VCL to C without starting
 * anything; it needs a writable working directory, so each call gets `-n` under the test's own
 * temporary directory (never the machine's /var/lib/varnish).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireProgram } from './programs';

export interface VclCheck {
  readonly ok: boolean;
  /** What the VCL compiler said when it refused the file, then the file. */
  readonly output: string;
}

let count = 0;

/** `varnishd -C -f FILE -n DIR`: passes when the VCL compiles. */
export function vclCompile(dir: string, vcl: string): VclCheck {
  const varnishd = requireProgram('varnishd');
  count += 1;
  const file = join(dir, `default-${count}.vcl`);
  const work = join(dir, `work-${count}`);
  mkdirSync(work, { recursive: true });
  writeFileSync(file, vcl);
  const r = spawnSync(varnishd, ['-C', '-f', file, '-n', work], {
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1 << 26,
  });
  if (r.status === 0) return { ok: true, output: '' };
  // On success stderr holds the generated C; on failure, the compiler's message.
  return { ok: false, output: `${r.stderr.slice(0, 4000)}\n--- ${file}\n${vcl}` };
}
