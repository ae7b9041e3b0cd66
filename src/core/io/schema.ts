/** The runtime schema of the design document (structure only; values a user can fix are diagnostics). */
import { z } from 'zod';
import { MAX_DESIGN_TEMPLATES } from '../catalog/user/restore';
import { EXTERNAL_KINDS, LINK_KINDS, ROLES, WORKLOAD_KINDS } from '../model/design';
import { MAX_KEPT_OBJECTS } from './kept';

const id = z.string().min(1).max(200);
const text = z.string().max(10_000);
const coord = z.number().finite();
const point = z.strictObject({ x: coord, y: coord });
const box = z.strictObject({ x: coord, y: coord, width: coord, height: coord });
const resourceList = z.strictObject({ cpu: z.string().max(64).optional(), memory: z.string().max(64).optional() });
const resources = z.strictObject({ requests: resourceList.optional(), limits: resourceList.optional() });

export const containerSchema = z.strictObject({
  id,
  name: text,
  role: z.enum(ROLES),
  template: z.string().max(200),
  image: text,
  params: z.record(z.string(), z.unknown()).default({}),
  resources: resources.default({}),
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
