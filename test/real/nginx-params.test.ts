/**
 * Every string parameter of the four nginx templates, against arbitrary strings: either validation
 * refuses the value with an error on that field, or the whole design validates, the generated config
 * passes the real `nginx -t`, and the value reads back (by nginx's lexer rules) exactly where it belongs.
 *
 * Each field runs 30 cases, a third of them near-valid (so nginx really runs), the rest arbitrary
 * (unicode, control characters, nginx's special characters). Host names resolve through a private
 * /etc/hosts (see test/support/nginx.ts). localhost targets are left out of the near-valid hosts: they
 * are refused by the pod-level PS005 (nothing listens there) or PS107, tested in the templates' unit tests.
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExample, getTemplate, resolveParams, validate } from '../../src/core';
import { requestSplitter } from '../../src/core/catalog/templates/request-splitter';
import { serviceBroker } from '../../src/core/catalog/templates/service-broker';
import type { Contribution } from '../../src/core/catalog/types';
import type { Design, Params } from '../../src/core/model/design';
import {
  find,
  nginxTest,
  type ParsedNode,
  parseNginx,
  selfSignedCert,
  tempDir,
  testCopy,
  upstreamHosts,
} from '../support/nginx';

let certDir = '';
let cert = { crt: '', key: '' };
beforeAll(() => {
  certDir = tempDir('podsmith-nginx-cert-');
  cert = selfSignedCert(certDir);
});
const dirs: string[] = [];
afterAll(() => {
  for (const d of [certDir, ...dirs]) rmSync(d, { recursive: true, force: true });
});

interface Built {
  readonly nodes: ParsedNode[];
  readonly text: string;
  readonly contribution: Contribution;
}

interface FieldCase {
  readonly example: string;
  readonly container: string;
  /** The diagnostic fields that count as refusing the value. */
  readonly fields: readonly string[];
  readonly set: (params: Params, value: string) => Params;
  /** Where the value lands in the output, and what it must be there. */
  readonly readBack: (built: Built) => unknown;
  readonly expected: (value: string) => unknown;
  readonly near: fc.Arbitrary<string>;
  /** A value that must be accepted: run first, so the "accepts something" check never depends on chance. */
  readonly valid: string;
}

const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,10}[a-z0-9])?$/);
const hostLike = fc.oneof(
  fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
  fc.constantFrom('10.0.0.5', '10.0.0.300', '10.1', 'a'.repeat(64), 'mysql.prod.example.com', `${'b'.repeat(63)}.svc`),
  fc.array(label, { minLength: 1, maxLength: 3 }).map((ls) => `${ls.join('.')}.`),
  fc.tuple(label, fc.constantFrom('_', 'A', ' ', ';', '$x', '}', '"', '\n')).map(([l, c]) => `${l}${c}`),
);
const dnsLike = fc.oneof(
  label,
  fc.tuple(label, fc.constantFrom('.', '_', 'A', ' ', '#')).map(([l, c]) => `${l}${c}x`),
);

const upstreamRow = (p: Params, i: number, key: string, value: string): Params => ({
  ...p,
  upstreams: resolveParams(requestSplitter, p).upstreams.map((r, j) => (j === i ? { ...r, [key]: value } : r)),
});

const CASES: Record<string, FieldCase> = {
  'https-terminator serverName': {
    valid: 'www.example.com',
    example: 'https-sidecar',
    container: 'https',
    fields: ['serverName'],
    set: (p, v) => ({ ...p, serverName: v }),
    readBack: (b) => find(b.nodes, ['http', 'server'], 'server_name')?.args,
    expected: (v) => [v],
    near: fc.oneof(
      hostLike,
      hostLike.map((h) => `*.${h}`),
      fc.constant('_'),
    ),
  },
  'https-terminator certSecret': {
    valid: 'site-tls',
    example: 'https-sidecar',
    container: 'https',
    fields: ['certSecret'],
    set: (p, v) => ({ ...p, certSecret: v }),
    readBack: (b) => b.contribution.secrets?.[0]?.secretName,
    expected: (v) => v,
    near: hostLike,
  },
  'https-terminator protocols[0]': {
    valid: 'TLSv1.3',
    example: 'https-sidecar',
    container: 'https',
    fields: ['protocols[0]'],
    set: (p, v) => ({ ...p, protocols: [v] }),
    readBack: (b) => find(b.nodes, ['http', 'server'], 'ssl_protocols')?.args,
    expected: (v) => [v],
    near: fc.constantFrom('TLSv1.2', 'TLSv1.3', 'TLSv1.1', 'SSLv3', 'tlsv1.3', 'TLSv1.2 ', 'TLSv1.3;'),
  },
  'request-splitter stickyHeader': {
    valid: 'x-session',
    example: 'request-splitting',
    container: 'request-splitter',
    fields: ['stickyHeader'],
    set: (p, v) => ({ ...p, stickiness: 'header', stickyHeader: v }),
    readBack: (b) => find(b.nodes, ['http'], 'upstream')?.children?.[0]?.args,
    expected: (v) => [`$http_${v.toLowerCase().replaceAll('-', '_')}`, 'consistent'],
    near: fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,20}$/),
      fc.constantFrom('x_user_id', 'X User', '-x', 'x{y}'),
    ),
  },
  'request-splitter upstreams[0].name': {
    valid: 'canary',
    example: 'request-splitting',
    container: 'request-splitter',
    fields: ['upstreams[0].name'],
    set: (p, v) => upstreamRow(p, 0, 'name', v),
    readBack: (b) => /^ {8}server \S+ weight=\d+; {2}# (.*)$/m.exec(b.text)?.[1],
    expected: (v) => v,
    near: dnsLike,
  },
  'request-splitter upstreams[1].host': {
    valid: 'experiment-v2',
    example: 'request-splitting',
    container: 'request-splitter',
    fields: ['upstreams[1].host'],
    set: (p, v) => upstreamRow(p, 1, 'host', v),
    readBack: (b) => find(b.nodes, ['http'], 'upstream')?.children?.filter((c) => c.name === 'server')[1]?.args[0],
    expected: (v) => `${v}:3000`,
    near: hostLike,
  },
  'tee productionHost': {
    valid: 'web-v1',
    example: 'tee',
    container: 'tee',
    fields: ['productionHost'],
    set: (p, v) => ({ ...p, productionHost: v }),
    readBack: (b) => find(b.nodes, ['http'], 'upstream')?.children?.[0]?.args,
    expected: (v) => [`${v}:3000`],
    near: hostLike,
  },
  'tee shadowHost': {
    valid: 'web-v2',
    example: 'tee',
    container: 'tee',
    fields: ['shadowHost'],
    set: (p, v) => ({ ...p, shadowHost: v }),
    readBack: (b) =>
      b.nodes.find((n) => n.name === 'http')?.children?.filter((n) => n.name === 'upstream')[1]?.children,
    expected: (v) => [{ name: 'server', args: [`${v}:3000`] }],
    near: hostLike,
  },
  'service-broker environment (with the row renamed to match)': {
    valid: 'staging',
    example: 'service-broker',
    container: 'mysql-broker',
    fields: ['environment', 'environments[0].name'],
    set: (p, v) => ({
      ...p,
      environment: v,
      environments: resolveParams(serviceBroker, p).environments.map((r, j) => (j === 0 ? { ...r, name: v } : r)),
    }),
    readBack: (b) => /^ {8}proxy_pass (\S+); {2}# environment (.*)$/m.exec(b.text)?.slice(1),
    expected: (v) => ['mysql.test.svc.cluster.local:3306', v],
    near: dnsLike,
  },
  'service-broker environments[0].host': {
    valid: 'mysql-staging',
    example: 'service-broker',
    container: 'mysql-broker',
    fields: ['environments[0].host'],
    set: (p, v) => ({
      ...p,
      environments: resolveParams(serviceBroker, p).environments.map((r, j) => (j === 0 ? { ...r, host: v } : r)),
    }),
    readBack: (b) => find(b.nodes, ['stream', 'server'], 'proxy_pass')?.args,
    expected: (v) => [`${v}:3306`],
    near: hostLike,
  },
};

function withValue(c: FieldCase, value: string): { design: Design; build: () => Built } {
  const example = getExample(c.example);
  if (!example) throw new Error(`no example ${c.example}`);
  let built: (() => Built) | undefined;
  const design: Design = {
    ...example.design,
    workloads: example.design.workloads.map((w) => ({
      ...w,
      containers: w.containers.map((ct) => {
        if (ct.name !== c.container) return ct;
        const t = getTemplate(ct.template);
        if (!t) throw new Error(`no template ${ct.template}`);
        const container = { ...ct, params: c.set(resolveParams(t, ct.params), value) };
        built = () => {
          const contribution = t.build({ design, workload: w, container, params: resolveParams(t, container.params) });
          const text = contribution.files?.find((f) => f.language === 'nginx')?.content ?? '';
          return { nodes: parseNginx(text), text, contribution };
        };
        return container;
      }),
    })),
  };
  if (!built) throw new Error(`no container ${c.container} in ${c.example}`);
  return { design, build: built };
}

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'ab-._ \t\n\r;{}#"\'\\$()*~é😀\u0000'.split('')), maxLength: 30 }),
);

describe.each(Object.entries(CASES))('%s', (_name, c) => {
  it('is refused on its field, or passes nginx -t and reads back unchanged (30 runs)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: c.near, weight: 1 }, { arbitrary: anyString, weight: 2 }), (value) => {
        const { design, build } = withValue(c, value);
        const errors = validate(design).filter((d) => d.severity === 'error');
        const onField = errors.filter((d) => d.target.kind === 'container' && c.fields.includes(d.target.field ?? ''));
        if (onField.length > 0) return;
        expect(errors).toEqual([]);
        accepted++;
        const built = build();
        expect(c.readBack(built)).toEqual(c.expected(value));
        const dir = tempDir('podsmith-nginx-prop-');
        dirs.push(dir);
        const result = nginxTest(dir, testCopy(built.text, { dir, cert }), upstreamHosts(built.nodes));
        expect(result.output).toBe('');
        expect(result.ok).toBe(true);
      }),
      { numRuns: 30, examples: [[c.valid]] },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
