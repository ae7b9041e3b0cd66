import { describe, expect, it } from 'vitest';
import { generateBundle, getExample, readBack } from '../../../core';
import { decide, draftAfterTyping, isStale } from './decide';

const design = getExample('sharded-redis')?.design;
if (!design) throw new Error('the sharded-redis example is gone');
const files = generateBundle(design).files;
const textOf = (path: string) => files.find((f) => f.path === path)?.content ?? '';
const all = textOf('all.yaml');
const nutcracker = textOf('configs/nutcracker.yaml');

describe('decide', () => {
  it('applies a text that regenerates exactly as typed', () => {
    const v = decide(readBack(design, 'all.yaml', all.replace('replicas: 2', 'replicas: 3'), files));
    expect(v.kind).toBe('apply');
    if (v.kind !== 'apply') return;
    expect(v.design.workloads.find((w) => w.name === 'web')?.replicas).toBe(3);
  });

  it('applies the hash typed into nutcracker.yaml', () => {
    const v = decide(readBack(design, 'configs/nutcracker.yaml', nutcracker.replace('hash: murmur', 'hash: fnv1a_64')));
    expect(v.kind).toBe('apply');
  });

  it('keeps the design and lists the problems of a text that does not parse, at their lines', () => {
    const v = decide(readBack(design, 'all.yaml', all.replace('replicas: 2', 'replicas: [2'), files));
    expect(v.kind).toBe('problems');
    if (v.kind !== 'problems') return;
    const line = all.split('\n').findIndex((l) => l.includes('replicas: 2')) + 1;
    expect(v.problems[0]?.line).toBeGreaterThanOrEqual(line);
    expect(v.problems[0]?.message).toMatch(/flow collection/);
  });

  it('holds a text with notices for the user to choose: an unknown hash is a warning', () => {
    const v = decide(readBack(design, 'configs/nutcracker.yaml', nutcracker.replace('hash: murmur', 'hash: crc99')));
    expect(v.kind).toBe('notices');
    if (v.kind !== 'notices') return;
    expect(v.notices.some((n) => n.severity === 'warning' && /hash crc99/.test(n.message))).toBe(true);
  });

  it('holds a text Podsmith would write otherwise, with the line it writes', () => {
    const v = decide({
      ok: true,
      design,
      notices: [{ severity: 'info', message: 'line 3: Podsmith writes `x` here' }],
    });
    expect(v).toEqual({
      kind: 'notices',
      design,
      notices: [{ severity: 'info', message: 'line 3: Podsmith writes `x` here' }],
    });
  });

  it('refuses a file that cannot be edited with its reason', () => {
    const v = decide(readBack(design, 'kustomization.yaml', 'x', files));
    expect(v.kind).toBe('problems');
    if (v.kind === 'problems') expect(v.problems[0]?.message).toMatch(/kustomize files are written/);
  });
});

describe('drafts', () => {
  it('keeps a draft over the text it was begun on, and drops it when the text is the generated one again', () => {
    const first = draftAfterTyping(undefined, 'all.yaml', 'a: 1\n', 'a: 12\n');
    expect(first).toEqual({ path: 'all.yaml', base: 'a: 1\n', text: 'a: 12\n' });
    const second = draftAfterTyping(first ?? undefined, 'all.yaml', 'a: 1\n', 'a: 123\n');
    expect(second).toEqual({ path: 'all.yaml', base: 'a: 1\n', text: 'a: 123\n' });
    expect(draftAfterTyping(second ?? undefined, 'all.yaml', 'a: 1\n', 'a: 1\n')).toBeNull();
    expect(draftAfterTyping(second ?? undefined, 'all.yaml', 'a: 1\n', 'a: 123\n')).toBe(second);
  });

  it('is stale once the design writes the file otherwise', () => {
    const d = { path: 'all.yaml', base: 'a: 1\n', text: 'a: 2\n' };
    expect(isStale(d, 'a: 1\n')).toBe(false);
    expect(isStale(d, 'a: 5\n')).toBe(true);
    expect(isStale(d, undefined)).toBe(true);
  });
});
