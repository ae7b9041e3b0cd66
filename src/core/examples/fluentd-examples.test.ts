import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exampleDef as example } from '../../../test/support/design';
import { readConf } from '../catalog/shared/fluentd-adapter.testing';
import { generateBundle } from '../generate/bundle';
import { validate } from '../validate';

const fluentdRedisSlowlogExample = example('fluentd-redis-slowlog');
const fluentdStormExample = example('fluentd-storm');

type Obj = { kind: string; metadata: { name: string }; data?: Record<string, string>; spec?: unknown };

describe.each([
  [fluentdRedisSlowlogExample, 'cache-slowlog', 'fluentd-redis-slowlog', 'stdout'],
  [fluentdStormExample, 'storm-storm-metrics', 'fluentd-storm', 'forward'],
])('$name example', (example, configMap, imageDir, output) => {
  const bundle = generateBundle(example.design);
  const file = (path: string) => bundle.files.find((f) => f.path === path)?.content;

  it('is named after itself and comes from the book’s Ch. 4', () => {
    expect(example.design.name).toBe(example.name);
    expect(example.source).toMatch(/^Ch\. 4, Adapters/);
  });

  it('has no error diagnostic', () => {
    expect(validate(example.design).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('pairs an app with the fluentd adapter in one pod', () => {
    const roles = example.design.workloads[0]?.containers.map((c) => c.role);
    expect(roles).toEqual(['app', 'adapter']);
  });

  it(`puts a fluent.conf with a ${output} output in the adapter's ConfigMap`, () => {
    const objects = loadAll(file('all.yaml') ?? '') as Obj[];
    const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === configMap);
    const conf = cm?.data?.['fluent.conf'] ?? '';
    const elements = readConf(conf);
    expect(elements.map((e) => e.name)).toEqual(['source', 'source', 'match']);
    expect(elements[2]?.params[0]).toEqual(['@type', { kind: 'string', value: output }]);
  });

  it('ships the Dockerfile and baked fluent.conf of the image to build', () => {
    expect(file(`images/${imageDir}/Dockerfile`)).toContain('FROM fluent/fluentd:v1.17.1-1.0');
    expect(file(`images/${imageDir}/fluent.conf`)).toContain("#{ENV['MONITOR_PORT']}");
  });
});
