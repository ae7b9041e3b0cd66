import { describe, expect, it } from 'vitest';
import { exampleDef as example } from '../../../test/support/design';
import { getTemplate, resolveParams } from '../catalog';
import { splitterUpstreams } from '../catalog/templates/request-splitter/config';
import { validate } from '../validate';

const httpsSidecar = example('https-sidecar');
const requestSplitting = example('request-splitting');
const serviceBrokerExample = example('service-broker');
const teeExample = example('tee');

const containerOf = (design: typeof httpsSidecar.design, name: string) => {
  for (const w of design.workloads) {
    const c = w.containers.find((x) => x.name === name);
    const t = c && getTemplate(c.template);
    if (c && t) return { workload: w, container: c, template: t, params: resolveParams(t, c.params) };
  }
  throw new Error(`no container ${name}`);
};

describe.each([httpsSidecar, requestSplitting, teeExample, serviceBrokerExample].map((e) => [e.name, e] as const))(
  'example %s',
  (_name, example) => {
    it('has no diagnostic at all', () => {
      expect(validate(example.design)).toEqual([]);
    });

    it('names its book source and what it fixes', () => {
      expect(example.source).toMatch(/^Ch\. [23], /);
      expect(example.errataFixed.length).toBeGreaterThan(0);
    });
  },
);

describe('example designs follow the book', () => {
  it('https-sidecar: the legacy app listens on 127.0.0.1:8080 and the sidecar publishes 443', () => {
    const app = containerOf(httpsSidecar.design, 'legacy-web');
    expect(app.params.ports).toEqual([{ name: 'http', port: 8080, localhostOnly: true, udp: false }]);
    const https = containerOf(httpsSidecar.design, 'https');
    const built = https.template.build({ design: httpsSidecar.design, ...https });
    expect(built.ports).toEqual([{ name: 'https', containerPort: 443, scope: 'pod', expose: true }]);
    expect(https.template.connectsTo?.(https.params)).toEqual(['localhost:8080']);
  });

  it('request-splitting: the app calls localhost:80, split 90/10 between production and experiment with ip_hash', () => {
    expect(containerOf(requestSplitting.design, 'frontend').params.connectsTo).toEqual(['localhost:80']);
    const splitter = containerOf(requestSplitting.design, 'request-splitter');
    expect(splitter.params.listenPort).toBe(80);
    expect(splitter.params.stickiness).toBe('ip_hash');
    expect(splitterUpstreams(splitter.params)).toEqual([
      { address: 'production:3000', weight: 9, name: 'production' },
      { address: 'experiment:3000', weight: 1, name: 'experiment' },
    ]);
  });

  it('tee: the app calls localhost:80, production answers and shadow gets the copies', () => {
    expect(containerOf(teeExample.design, 'frontend').params.connectsTo).toEqual(['localhost:80']);
    const tee = containerOf(teeExample.design, 'tee');
    expect([tee.params.productionHost, tee.params.shadowHost]).toEqual(['production', 'shadow']);
  });

  it('service-broker: the app calls localhost:3306, test and production each have a MySQL', () => {
    expect(containerOf(serviceBrokerExample.design, 'web').params.connectsTo).toEqual(['localhost:3306']);
    const broker = containerOf(serviceBrokerExample.design, 'mysql-broker');
    expect(broker.params.listenPort).toBe(3306);
    expect(broker.params.environment).toBe('test');
    expect((broker.params.environments as readonly { name: string }[]).map((r) => r.name)).toEqual([
      'test',
      'production',
    ]);
  });
});
