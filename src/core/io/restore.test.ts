import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../model/sketch';
import { restore, restoreJson } from './restore';

const base = () =>
  JSON.parse(
    JSON.stringify(
      sketchDesign({
        name: 'demo',
        workloads: [{ name: 'web', containers: [{ template: 'app-redis' }, { template: 'app-node' }] }],
      }),
    ),
  );

describe('restore', () => {
  it('accepts a design it wrote and returns it unchanged', () => {
    const d = base();
    const r = restore(d);
    expect(r).toEqual({ ok: true, design: d });
  });

  it.each([
    [
      'a wrong param type',
      (d: any) => (d.workloads[0].containers[1].params = { connectsTo: 'x' }),
      'workloads[0].containers[1].params.connectsTo: expected a list of strings, got "x"',
    ],
    [
      'a string where a number belongs',
      (d: any) => (d.workloads[0].containers[0].params = { ports: [{ name: 'r', port: 'abc' }] }),
      'workloads[0].containers[0].params.ports[0].port: expected a number, got "abc"',
    ],
    [
      'an unknown template',
      (d: any) => (d.workloads[0].containers[0].template = 'nope'),
      'workloads[0].containers[0].template: unknown template "nope"',
    ],
    [
      'an unknown parameter',
      (d: any) => (d.workloads[0].containers[0].params = { bogus: 1 }),
      'workloads[0].containers[0].params.bogus: unknown parameter of template "app-redis"',
    ],
    ['a wrong name type', (d: any) => (d.workloads[0].name = 5), 'workloads[0].name: expected a string, got 5'],
    [
      'an unknown role',
      (d: any) => (d.workloads[0].containers[0].role = 'boss'),
      'workloads[0].containers[0].role: expected one of "app", "sidecar", "ambassador", "adapter", got "boss"',
    ],
    ['an unknown field', (d: any) => (d.workloads[0].extra = 1), 'workloads[0]: unknown field "extra"'],
    [
      'a duplicate id',
      (d: any) => (d.workloads[0].containers[1].id = d.workloads[0].containers[0].id),
      'workloads[0].containers[1].id: id "w1c1" is used twice',
    ],
    [
      'a future version',
      (d: any) => (d.schemaVersion = 99),
      'schemaVersion: this design was saved by a newer Podsmith (version 99); this one reads versions up to 1. Update Podsmith to open it.',
    ],
    [
      'no version',
      (d: any) => delete d.schemaVersion,
      'schemaVersion: expected a whole number from 1 to 1, got nothing',
    ],
  ])('refuses %s with the path', (_name, mutate, message) => {
    const d = base();
    mutate(d);
    const r = restore(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(message);
  });

  it('keeps values a user can fix (port 70000, capitals) for validation to report', () => {
    const d = base();
    d.workloads[0].name = 'Web';
    d.workloads[0].containers[0].params = { ports: [{ name: 'redis', port: 70000, localhostOnly: false }] };
    const r = restore(d);
    expect(r.ok).toBe(true);
  });

  it('refuses prototype-pollution keys anywhere', () => {
    const r = restoreJson('{"schemaVersion":1,"name":"x","workloads":[{"__proto__":{"polluted":true}}]}');
    expect(r).toEqual({ ok: false, errors: ['workloads[0].__proto__: "__proto__" is not allowed as a key'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['not JSON', '{nope', /^\(document\): not valid JSON/],
    ['not an object', '[1,2]', /^\(document\): expected a design object, got a list$/],
  ])('refuses %s', (_n, text, re) => {
    const r = restoreJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(re);
  });
});
