/**
 * Migrations of older documents to the current `SCHEMA_VERSION`. `MIGRATIONS[n]` turns a version-n
 * document into a version-(n+1) one; `migrate` runs every step from the document's version up.
 * When the document changes, bump SCHEMA_VERSION and add the step here with its tests.
 *
 * - 1 → 2: `extras` (objects of other kinds kept for export) is added, empty.
 * - 2 → 3: `templates` (user templates the design carries) is added, empty.
 * - 3 → 4: containers and workloads may hold Kubernetes fields (`kube`, `files`, `pod`, `volumes`,
 *   `initContainers`, `service`, `annotations`, `podAnnotations`, `spec`). A version-3 document has
 *   none; its resource lists held only `cpu` and `memory`, and an empty resource list is dropped.
 */
import { SCHEMA_VERSION } from '../model/design';

type Doc = Record<string, unknown>;

const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `list` with `f` applied to each object in it; anything else is left for `restore()` to report. */
function mapList(list: unknown, f: (item: Doc) => Doc): unknown {
  return Array.isArray(list) ? list.map((item) => (isDoc(item) ? f(item) : item)) : list;
}

/** A container without `resources.requests: {}` or `limits: {}` (version 4 writes no empty list). */
function withoutEmptyLists(c: Doc): Doc {
  if (!isDoc(c.resources)) return c;
  const resources = Object.fromEntries(
    Object.entries(c.resources).filter(([, v]) => !(isDoc(v) && Object.keys(v).length === 0)),
  );
  return { ...c, resources };
}
export const MIGRATIONS: Readonly<Record<number, (doc: Doc) => Doc>> = {
  1: (doc) => ({ ...doc, extras: [] }),
  2: (doc) => ({ ...doc, templates: [] }),
  3: (doc) => ({
    ...doc,
    workloads: mapList(doc.workloads, (w) => ({ ...w, containers: mapList(w.containers, withoutEmptyLists) })),
  }),
};

export type MigrationResult = { ok: true; doc: Doc } | { ok: false; error: string };

/** The document at `SCHEMA_VERSION`, or why it cannot be (no version, a newer one). */
export function migrate(doc: Doc): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      error: `schemaVersion: expected a whole number from 1 to ${SCHEMA_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}`,
    };
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `schemaVersion: this design was saved by a newer Podsmith (version ${version}); this one reads versions up to ${SCHEMA_VERSION}. Update Podsmith to open it.`,
    };
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${v}` };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current };
}
