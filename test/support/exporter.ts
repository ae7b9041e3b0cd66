/**
 * What the live exporter tests share: a container's args and env read from the generated manifest
 * (not from the template), the environment Kubernetes would give it, a program started under
 * `timeout` with exactly that environment, and a scrape of its /metrics page.
 */
import { request } from 'node:http';
import { load } from 'js-yaml';
import { type Design, generateBundle } from '../../src/core';
import { type Started, startBounded } from '../real/predict-support';
import { requireProgram } from './programs';

type EnvEntry =
  | { readonly name: string; readonly value: string }
  | {
      readonly name: string;
      readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } };
    };

export interface ManifestContainer {
  readonly name: string;
  readonly image: string;
  readonly args: readonly string[];
  readonly env: readonly EnvEntry[];
}

/** The container `name` of the Deployment `workload` as the bundle's manifest writes it. */
export function manifestContainer(design: Design, workload: string, name: string): ManifestContainer {
  const file = generateBundle(design).files.find((f) => f.path === `manifests/deployment-${workload}.yaml`);
  if (!file) throw new Error(`the bundle has no manifests/deployment-${workload}.yaml`);
  const deployment = load(file.content) as {
    spec: { template: { spec: { containers: { name: string; image: string; args?: string[]; env?: EnvEntry[] }[] } } };
  };
  const c = deployment.spec.template.spec.containers.find((x) => x.name === name);
  if (!c) throw new Error(`the Deployment ${workload} has no container ${name}`);
  return { name: c.name, image: c.image, args: c.args ?? [], env: c.env ?? [] };
}

/**
 * The environment the kubelet gives the container: Secret values filled in from `secrets`
 * (`NAME/KEY` -> value), and `$(VAR)` in a value replaced by an earlier variable, `$$` by `$`
 * (an unknown `$(VAR)` stays as written), as Kubernetes expands dependent variables.
 */
export function kubeletEnv(
  env: readonly EnvEntry[],
  secrets: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    if ('value' in e) {
      out[e.name] = e.value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name?: string) =>
        name === undefined ? '$' : (out[name] ?? whole),
      );
    } else {
      const ref = `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`;
      const value = secrets[ref];
      if (value === undefined) throw new Error(`the test has no value for the Secret key ${ref}`);
      out[e.name] = value;
    }
  }
  return out;
}

/**
 * Replaces, in `args`, each flag named in `rewrites` (`--web.listen-address`) with the test's value,
 * and throws unless each one was there exactly once: the test changes those and nothing else.
 */
export function rewriteFlags(args: readonly string[], rewrites: Readonly<Record<string, string>>): string[] {
  const out = [...args];
  for (const [flag, value] of Object.entries(rewrites)) {
    const at = out.flatMap((a, i) => (a.startsWith(`${flag}=`) ? [i] : []));
    if (at.length !== 1) throw new Error(`expected ${flag}=… once in ${JSON.stringify(args)}`);
    out[at[0] as number] = `${flag}=${value}`;
  }
  return out;
}

/** Starts `program args` under `timeout` with exactly `env` (nothing of the test's own environment). */
export function startWithEnv(
  seconds: number,
  program: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Started {
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  // env(1) execs the program, so the pid `timeout` signals is the program's.
  return startBounded(seconds, requireProgram('env'), ['-i', ...assignments, program, ...args]);
}

/** GET http://127.0.0.1:port/metrics; rejects after `ms`. */
export function scrape(port: number, ms = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', timeout: ms }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () =>
        res.statusCode === 200 ? resolve(body) : reject(new Error(`/metrics answered ${res.statusCode}: ${body}`)),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`/metrics on port ${port}: no answer after ${ms} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** A scrape's samples: each series line as name (with labels) -> value. */
export function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    out.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return out;
}

/** The metric names of a scrape, sorted. */
export function metricNames(text: string): string[] {
  return [...new Set([...samples(text).keys()].map((k) => k.replace(/\{.*$/, '')))].sort();
}

/** Whether a scrape has a series `pattern` names: an exact name, or a prefix ending in `*`. */
export function hasSeries(names: readonly string[], pattern: string): boolean {
  return pattern.endsWith('*') ? names.some((n) => n.startsWith(pattern.slice(0, -1))) : names.includes(pattern);
}
