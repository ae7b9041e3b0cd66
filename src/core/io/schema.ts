/** The runtime schema of the design document (structure only; values a user can fix are diagnostics). */
import { z } from 'zod';
import { MAX_DESIGN_TEMPLATES } from '../catalog/user/restore';
import { EXTERNAL_KINDS, LINK_KINDS, ROLES, WORKLOAD_KINDS } from '../model/design';
import { PULL_POLICIES, SERVICE_TYPES } from '../model/kube';
import { MAX_KEPT_OBJECTS } from './kept';

/** Characters of one config file a user writes (a ConfigMap holds at most 1 MiB in all). */
export const MAX_FILE_CHARS = 1_000_000;

/** A JSON object: its content is checked in `restore()` (`jsonFields`). */
const jsonObject = z.record(z.string(), z.unknown());

const id = z.string().min(1).max(200);
const text = z.string().max(10_000);
const coord = z.number().finite();
const point = z.strictObject({ x: coord, y: coord });
const box = z.strictObject({ x: coord, y: coord, width: coord, height: coord });
const resourceList = z.record(z.string().min(1).max(253), z.string().max(64));
const resources = z.strictObject({ requests: resourceList.optional(), limits: resourceList.optional() });

export const containerSchema = z.strictObject({
  id,
  name: text,
  role: z.enum(ROLES),
  template: z.string().max(200),
  image: text,
  params: z.record(z.string(), z.unknown()).default({}),
  resources: resources.default({}),
  /** Kubernetes fields: the structure here, their JSON content in `restore()` (`kube.ts`). */
  kube: z
    .strictObject({
      imagePullPolicy: z.enum(PULL_POLICIES).optional(),
      workingDir: text.optional(),
      envFrom: z.array(jsonObject).max(500).optional(),
      env: z.array(jsonObject).max(2_000).optional(),
      volumeMounts: z.array(jsonObject).max(500).optional(),
      readinessProbe: jsonObject.nullable().optional(),
      livenessProbe: jsonObject.nullable().optional(),
      startupProbe: jsonObject.nullable().optional(),
      lifecycle: jsonObject.optional(),
      securityContext: jsonObject.nullable().optional(),
      other: jsonObject.optional(),
    })
    .optional(),
  files: z
    .array(z.strictObject({ name: text, mountPath: text, content: z.string().max(MAX_FILE_CHARS) }))
    .max(100)
    .optional(),
  layout: point.default({ x: 0, y: 0 }),
});

export const workloadSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(WORKLOAD_KINDS),
  replicas: z.number(),
  labels: z.record(z.string().max(317), z.string().max(10_000)).default({}),
  nativeSidecars: z.boolean().default(false),
  containers: z.array(containerSchema).max(5_000),
  pod: jsonObject.optional(),
  volumes: z.array(jsonObject).max(500).optional(),
  initContainers: z.array(jsonObject).max(100).optional(),
  service: z
    .strictObject({
      name: text.optional(),
      type: z.enum(SERVICE_TYPES).optional(),
      ports: z.array(jsonObject).max(500).optional(),
      spec: jsonObject.optional(),
      annotations: z.record(z.string().max(317), z.string().max(262_144)).optional(),
      labels: z.record(z.string().max(317), z.string().max(10_000)).optional(),
    })
    .optional(),
  objectLabels: z.record(z.string().max(317), z.string().max(10_000)).optional(),
  annotations: z.record(z.string().max(317), z.string().max(262_144)).optional(),
  podAnnotations: z.record(z.string().max(317), z.string().max(262_144)).optional(),
  spec: jsonObject.optional(),
  layout: box.default({ x: 0, y: 0, width: 280, height: 160 }),
});

export const designSchema = z.strictObject({
  schemaVersion: z.number(),
  name: text,
  namespace: text.default('default'),
  workloads: z.array(workloadSchema).max(5_000),
  externals: z
    .array(
      z.strictObject({
        id,
        name: text,
        kind: z.enum(EXTERNAL_KINDS),
        address: text,
        layout: point.default({ x: 0, y: 0 }),
      }),
    )
    .max(5_000)
    .default([]),
  links: z
    .array(z.strictObject({ id, from: id, to: id, kind: z.enum(LINK_KINDS), weight: z.number().optional() }))
    .max(20_000)
    .default([]),
  /** Kept objects: the structure here, their content in `restore()` (`kept.ts`). */
  extras: z
    .array(z.strictObject({ id, object: z.record(z.string(), z.unknown()) }))
    .max(MAX_KEPT_OBJECTS)
    .default([]),
  /** User templates: the structure here, their content in `restore()` (`catalog/user/restore.ts`). */
  templates: z.array(z.unknown()).max(MAX_DESIGN_TEMPLATES).default([]),
});
