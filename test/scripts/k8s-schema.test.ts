import Ajv from 'ajv';
import { loadAll } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKubernetesSchema, type JsonSchema, KINDS, kustomizationSchema } from '../../scripts/k8s-schema';
import { EXAMPLES, generateBundle } from '../../src/core';

let schema: JsonSchema;
let check: (value: unknown) => readonly string[];

beforeAll(() => {
  schema = generateKubernetesSchema();
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  check = (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
});

const deployment = (spec: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
    ...spec,
  },
});

describe('the Kubernetes schema made from kubernetes-models', () => {
  it('has a definition for every kind it checks, and one if/then per kind', () => {
    expect(schema.allOf).toHaveLength(KINDS.length);
    for (const entry of KINDS) {
      const check = schema.allOf?.find((c) => c.if?.properties?.kind?.const === entry.kind);
      expect(check?.then?.$ref, entry.kind).toMatch(/^#\/definitions\//);
    }
  });

  it('describes fields and marks whole numbers as integers', () => {
    const spec = schema.definitions?.['apps.v1.DeploymentSpec'];
    expect(spec?.properties?.replicas).toMatchObject({ type: 'integer', description: expect.stringMatching(/pods/) });
    expect(spec?.required).toEqual(['selector', 'template']);
    expect(schema.definitions?.['v1.ContainerPort']?.properties?.containerPort?.type).toBe('integer');
    expect(schema.definitions?.['v1.HTTPGetAction']?.properties?.port?.type).toEqual(['string', 'number']);
  });

  it.each([
    ['replicas: "two"', { replicas: 'two' }, '/spec/replicas must be integer'],
    ['replicas: 1.5', { replicas: 1.5 }, '/spec/replicas must be integer'],
    ['paused: "yes"', { paused: 'yes' }, '/spec/paused must be boolean'],
    ['no selector', { selector: undefined }, "/spec must have required property 'selector'"],
  ])('refuses a Deployment with %s', (_name, spec, message) => {
    const value = JSON.parse(JSON.stringify(deployment(spec)));
    expect(check(value)).toContain(message);
  });

  it('accepts a Deployment with replicas: 2, and objects of kinds it does not check', () => {
    expect(check(deployment({ replicas: 2 }))).toEqual([]);
    expect(check({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', rules: 'anything' })).toEqual([]);
  });

  it('refuses a container port written as text', () => {
    const value = deployment({});
    const pod = value.spec.template.spec as { containers: { ports?: unknown }[] };
    pod.containers[0] = { ...pod.containers[0], ports: [{ containerPort: 'http' }] };
    expect(check(value)).toContain('/spec/template/spec/containers/0/ports/0/containerPort must be integer');
  });

  it('accepts every object of every example bundle', () => {
    const refused: string[] = [];
    for (const example of EXAMPLES) {
      for (const file of generateBundle(example.design).files) {
        if (!/^(manifests\/|all\.yaml$|overlays\/.+\/(?!kustomization)[^/]+\.yaml$)/.test(file.path)) continue;
        for (const object of loadAll(file.content)) {
          for (const error of check(object)) refused.push(`${example.name} ${file.path}: ${error}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('the kustomization schema', () => {
  it('accepts the examples’ kustomization.yaml files and refuses a wrong type', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(kustomizationSchema());
    for (const example of EXAMPLES)
      for (const file of generateBundle(example.design).files.filter((f) => f.path.endsWith('kustomization.yaml')))
        expect(validate(loadAll(file.content)[0]), `${example.name} ${file.path}`).toBe(true);
    expect(validate({ resources: 'all.yaml' })).toBe(false);
  });
});
