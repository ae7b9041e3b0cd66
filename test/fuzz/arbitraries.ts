/**
 * fast-check arbitraries for hostile input: arbitrary JSON and text, and real files mutated by byte
 * flips, truncations, duplications, renames of keys to `__proto__`/`constructor`, deep nesting,
 * huge strings and exponentially expanding YAML aliases.
 */

import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { kubeSlotInputs, oddKubeDesigns } from './kube-fields';
import type { Seeds } from './seeds';

/** Keys that would reach an object's prototype if copied carelessly. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** The property a pollution attempt tries to add to `Object.prototype`. */
export const POLLUTION_MARK = 'podsmithPolluted';

let hugeLength = 1_000_000;

/** Sets the length of the huge strings mutations insert (the CI slice uses shorter ones). */
export function setHugeLength(length: number): void {
  hugeLength = length;
}

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A share-link payload carrying any text, compressed as the real links are. */
export function linkOf(text: string): string {
  return `1.${toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 6 }))}`;
}

type Mutation = (text: string) => string;

const at = (text: string, r: number): number => Math.floor(r * (text.length + 1));

const byteFlip = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0xffff })).map(
  ([r, code]): Mutation =>
    (text) => {
      const i = Math.min(at(text, r), Math.max(0, text.length - 1));
      return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
    },
);

const bitFlip = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })).map(
  ([r, bit]): Mutation =>
    (text) => {
      const i = Math.min(at(text, r), Math.max(0, text.length - 1));
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << bit)) + text.slice(i + 1);
    },
);

const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map(
  (r): Mutation =>
    (text) =>
      text.slice(0, at(text, r)),
);

const duplicate = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(
  ([a, b]): Mutation =>
    (text) => {
      const [from, to] = [at(text, Math.min(a, b)), at(text, Math.max(a, b))];
      return text.slice(0, to) + text.slice(from, to) + text.slice(to);
    },
);

const deleteSpan = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
  ([r, n]): Mutation =>
    (text) => {
      const i = at(text, r);
      return text.slice(0, i) + text.slice(i + n);
    },
);

/** Renames the n-th key (`"key":` in JSON, `key:` in YAML) to a prototype key. */
const renameKey = fc.tuple(fc.nat(400), fc.constantFrom(...PROTO_KEYS)).map(
  ([n, key]): Mutation =>
    (text) => {
      const pattern = /("[A-Za-z][\w.-]*"\s*:)|(^[ \t]*(?:- )?[A-Za-z][\w.-]*:)/gm;
      const matches = [...text.matchAll(pattern)];
      const m = matches.length ? matches[n % matches.length] : undefined;
      if (!m || m.index === undefined) return text;
      const replacement = m[1] ? `"${key}":` : m[0].replace(/[A-Za-z][\w.-]*:$/, `${key}:`);
      return text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
    },
);

/** Inserts a prototype-pollution payload after an opening brace (JSON) or at a line start (YAML). */
const injectPollution = fc.tuple(fc.nat(400), fc.constantFrom(...PROTO_KEYS), fc.boolean()).map(
  ([n, key, yaml]): Mutation =>
    (text) => {
      const positions = [...text.matchAll(yaml ? /\n([ \t]*)[A-Za-z]/g : /\{/g)];
      const m = positions.length ? positions[n % positions.length] : undefined;
      if (!m || m.index === undefined) return text;
      const payload = yaml
        ? `\n${m[1] ?? ''}${key}: {${POLLUTION_MARK}: yes, prototype: {${POLLUTION_MARK}: yes}}`
        : `{"${key}":{"${POLLUTION_MARK}":true,"prototype":{"${POLLUTION_MARK}":true}},`;
      return yaml
        ? text.slice(0, m.index) + payload + text.slice(m.index)
        : text.slice(0, m.index) + payload + text.slice(m.index + 1);
    },
);

const hugeString = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('A', 'é', '\\', '"', ' ', '\n'))
  .map(
    ([r, ch]): Mutation =>
      (text) => {
        const i = at(text, r);
        return text.slice(0, i) + ch.repeat(hugeLength) + text.slice(i);
      },
  );

const deepNesting = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 50, max: 20_000 }),
    fc.constantFrom('[', '{"a":', '- ', '{a: '),
  )
  .map(
    ([r, depth, open]): Mutation =>
      (text) => {
        const i = at(text, r);
        const close = open === '[' ? ']' : open.startsWith('{') ? '}' : '';
        const nested =
          open === '- '
            ? Array.from({ length: Math.min(depth, 400) }, (_, d) => `${' '.repeat(d * 2)}- `).join('\n')
            : open.repeat(depth);
        return `${text.slice(0, i)}${nested}1${close.repeat(open === '- ' ? 0 : depth)}${text.slice(i)}`;
      },
  );

/** The mutations of a real file, chained one to three at a time. */
export const mutations: fc.Arbitrary<readonly Mutation[]> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: byteFlip },
    { weight: 3, arbitrary: bitFlip },
    { weight: 3, arbitrary: truncate },
    { weight: 2, arbitrary: duplicate },
    { weight: 2, arbitrary: deleteSpan },
    { weight: 3, arbitrary: renameKey },
    { weight: 2, arbitrary: injectPollution },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: deepNesting },
  ),
  { minLength: 1, maxLength: 3 },
);

function mutated(files: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...files), mutations)
    .map(([file, steps]) => steps.reduce((text, step) => step(text), file));
}

/** YAML whose aliases expand exponentially ("billion laughs"), alone or inside a real manifest. */
export function billionLaughs(seeds: Seeds): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 30 }),
      fc.integer({ min: 2, max: 12 }),
      fc.constantFrom(...seeds.yaml),
      fc.boolean(),
    )
    .map(([levels, width, yaml, embed]) => {
      const lines = ['a0: &a0 ["lol"]'];
      for (let l = 1; l <= levels; l++)
        lines.push(`a${l}: &a${l} [${Array.from({ length: width }, () => `*a${l - 1}`).join(', ')}]`);
      const bomb = lines.join('\n');
      if (!embed) return bomb;
      return yaml.replace(/\n {4}app: /, `\n    bomb: &b0 [x]\n    app: `).replace(/^kind: /m, `${bomb}\nkind: `);
    });
}

/** Any JSON text: arbitrary values, and values shaped like a design with hostile leaves. */
const anyJsonText = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Inputs for `restoreJson`. */
export function jsonInputs(seeds: Seeds): fc.Arbitrary<string> {
  return fc.oneof({ weight: 1, arbitrary: anyJsonText }, { weight: 4, arbitrary: mutated(seeds.json) });
}

/**
 * Inputs for `restore`: parsed mutated files, arbitrary JSON values, designs with one part replaced,
 * and designs with odd or hostile Kubernetes fields (`kube-fields.ts`).
 */
export function objectInputs(seeds: Seeds): fc.Arbitrary<unknown> {
  const parsedMutation = mutated(seeds.json).map((text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  });
  const replaced = fc
    .tuple(fc.constantFrom(...seeds.json), fc.nat(10_000), fc.oneof(fc.jsonValue(), fc.anything()))
    .map(([text, n, value]) => replaceSomewhere(JSON.parse(text) as unknown, n, value));
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 3, arbitrary: parsedMutation },
    { weight: 3, arbitrary: replaced },
    { weight: 2, arbitrary: kubeSlotInputs },
    { weight: 2, arbitrary: oddKubeDesigns },
  );
}

/** Replaces the n-th node (depth first) of a parsed document by a value. */
function replaceSomewhere(doc: unknown, n: number, value: unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        nodes.push({ parent: node, key: i });
        walk(child);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, child] of Object.entries(node)) {
        nodes.push({ parent: node as Record<string, unknown>, key: k });
        walk(child);
      }
    }
  };
  walk(doc);
  const slot = nodes.length ? nodes[n % nodes.length] : undefined;
  if (!slot) return value;
  if (Array.isArray(slot.parent)) slot.parent[Number(slot.key)] = value;
  else slot.parent[String(slot.key)] = value;
  return doc;
}

/** Inputs for `importYaml`. */
export function yamlInputs(seeds: Seeds): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: anyJsonText },
    { weight: 1, arbitrary: billionLaughs(seeds) },
    { weight: 5, arbitrary: mutated(seeds.yaml) },
  );
}

/** Inputs for `decodeShareLink`: mutated links, and links carrying mutated designs or any text. */
export function linkInputs(seeds: Seeds): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 3, arbitrary: mutated(seeds.links) },
    { weight: 3, arbitrary: mutated(seeds.json).map(linkOf) },
    { weight: 1, arbitrary: anyJsonText.map(linkOf) },
  );
}

/** Inputs for `readTemplateFile`: mutated template files, files with one part replaced, and any text. */
export function templateInputs(seeds: Seeds): fc.Arbitrary<string> {
  const replaced = fc
    .tuple(fc.constantFrom(...seeds.templates), fc.nat(10_000), fc.oneof(fc.jsonValue(), fc.string()))
    .map(([text, n, value]) => JSON.stringify(replaceSomewhere(JSON.parse(text) as unknown, n, value)));
  return fc.oneof(
    { weight: 1, arbitrary: anyJsonText },
    { weight: 4, arbitrary: mutated(seeds.templates) },
    { weight: 3, arbitrary: replaced },
  );
}
