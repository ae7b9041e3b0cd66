/**
 * Import: a container that runs varnishd with a VCL from a ConfigMap, read back as this template:
 * `-a` gives the listen port, `-s malloc,SIZE` the cache size, the VCL's backend port the app port,
 * its `set beresp.ttl` the default TTL and the `req.url ~` patterns that `return (pass)` the paths
 * not cached. What the template does not write is reported by the import's line-by-line comparison.
 */
import { readVcl, type VclStatementRead, vclLines } from '../../../format/varnish';
import type { Params } from '../../../model/design';
import { containerPath, declined, type Recogniser, rewritten, subjectOf } from '../../../read/recognise';
import { baseName, flag, imageName, portOf } from '../../../read/words';
import { VCL_PATH } from './config';

const MIB: Readonly<Record<string, number>> = { k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };

/** The MiB of a varnishd size (`256m`, `1G`, `512k`), or undefined. */
export function mebibytes(size: string): number | undefined {
  const m = /^([0-9]+)([kmgt])?$/i.exec(size);
  if (!m) return undefined;
  return Math.max(1, Math.round(Number(m[1]) * (MIB[(m[2] ?? 'b').toLowerCase()] ?? 1 / 2 ** 20)));
}

/** The path a generated no-cache regex stands for (`^/admin([/?]|$)` → /admin), or undefined. */
export function pathOf(pattern: string): string | undefined {
  const m = /^\^((?:\\.|[^\\^$()[\]{}|*+?])*)(\(\[\/\?\]\|\$\))?$/.exec(pattern);
  if (!m) return undefined;
  const path = (m[1] as string).replace(/\\(.)/g, '$1');
  return (m[2] === undefined) === path.endsWith('/') ? path : undefined;
}

export const recogniseVarnish: Recogniser = (input) => {
  const { container, files } = input;
  const line = [...container.command, ...container.args];
  if (imageName(container.image) !== 'varnish' && !line.some((w) => baseName(w) === 'varnishd')) return undefined;
  const path = flag(line, ['-f']) ?? VCL_PATH;
  const file = files.find((f) => f.path === path);
  const where = containerPath(input);
  if (!file)
    return declined(
      `${subjectOf(input)}: runs Varnish, but its VCL ${path} is not in a ConfigMap of the input; the container is kept as a generic app.`,
      where,
    );
  let statements: ReturnType<typeof readVcl>;
  try {
    statements = readVcl(file.content);
  } catch (e) {
    return declined(
      `${subjectOf(input)}: ${file.path} cannot be read as VCL (${String(e)}); the container is kept as a generic app.`,
      where,
    );
  }
  const port = statements.find((s) => s.blocks[0]?.startsWith('backend') && s.tokens[0]?.text === '.port')?.tokens[2]
    ?.text;
  const ttl = statements.find(
    (s) => s.blocks[0] === 'sub vcl_backend_response' && s.text.startsWith('set beresp.ttl = '),
  );
  const patterns = passPatterns(statements);
  const storage = (flag(line, ['-s']) ?? '').replace(/^(?:[a-z0-9_]+=)?malloc,/, '');
  const params: Params = {
    ...(portOf(flag(line, ['-a']) ?? '') === undefined
      ? {}
      : { listenPort: portOf(flag(line, ['-a']) ?? '') as number }),
    ...(port && portOf(port) !== undefined ? { backendPort: portOf(port) as number } : {}),
    ...(ttl ? { defaultTtl: Number(/([0-9]+)s$/.exec(ttl.text)?.[1] ?? 120) } : {}),
    ...(mebibytes(storage) === undefined ? {} : { cacheSize: mebibytes(storage) as number }),
    noCachePaths: patterns.map(pathOf).filter((p): p is string => p !== undefined),
  };
  return {
    template: 'varnish',
    params,
    volumes: [file.volume],
    files: [rewritten([file], 'default.vcl', 'vcl', vclLines(file.content))],
  };
};

/** The `req.url ~ "…"` patterns of the `if` in vcl_recv whose body is `return (pass)`. */
function passPatterns(statements: readonly VclStatementRead[]): string[] {
  const header = statements.find((s) => s.blocks[0] === 'sub vcl_recv' && s.text === 'return (pass)')?.blocks[1];
  if (!header) return [];
  const out: string[] = [];
  const re = /req\.url ~ ("(?:[^"\\]|\\.)*")/g;
  for (let m = re.exec(header); m; m = re.exec(header)) out.push(JSON.parse(m[1] as string) as string);
  return out;
}
