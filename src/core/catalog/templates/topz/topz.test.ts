import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import { generateBundle } from '../../../generate/bundle';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';

function design(params: Params = {}, appPort = 80) {
  return sketchDesign({
    name: 'debug',
    workloads: [
      {
        name: 'web',
        containers: [
          {
            template: 'app-generic',
            name: 'web',
            params: { ports: [{ name: 'http', port: appPort, localhostOnly: false }] },
          },
          { template: 'topz', name: 'topz', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no topz container');
  return built.contribution;
}

describe('topz build', () => {
  it('runs the book’s /server on port 8080 by default, args as strings', () => {
    const c = contribution();
    expect(c.command).toEqual(['/server']);
    expect(c.args).toEqual(['--addr=0.0.0.0:8080']);
    expect(c.ports).toEqual([{ name: 'topz', containerPort: 8080, scope: 'pod' }]);
  });

  it('asks the pod to share one process namespace', () => {
    expect(contribution().pod).toEqual({ shareProcessNamespace: true });
    const all = generateBundle(design()).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    expect(all).toContain('shareProcessNamespace: true');
  });

  it.each([1, 65535])('listens on port %d when asked', (port) => {
    const c = contribution({ port });
    expect(c.args).toEqual([`--addr=0.0.0.0:${port}`]);
    expect(c.ports[0]?.containerPort).toBe(port);
  });

  it('is not published through the Service (a debug page)', () => {
    expect(contribution().ports.every((p) => !p.expose)).toBe(true);
  });
});

describe('topz validation', () => {
  it('passes the defaults with no diagnostic', () => {
    expect(validate(design())).toEqual([]);
  });

  it.each([0, 65536, 1.5])('PS009: refuses port %d', (port) => {
    expect(validate(design({ port })).some((d) => d.rule === 'PS009' && d.target.field === 'port')).toBe(true);
  });

  it('PS004: topz and an app on one port clash in the shared network namespace', () => {
    expect(validate(design({}, 8080)).map((d) => d.rule)).toContain('PS004');
    expect(validate(design({ port: 9090 }, 8080)).map((d) => d.rule)).not.toContain('PS004');
  });
});
