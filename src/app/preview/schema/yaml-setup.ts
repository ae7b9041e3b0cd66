/**
 * The YAML language service of the preview (monaco-yaml, in its own worker): completion, hover and
 * markers from the Kubernetes schema for the manifests, and from a small schema for
 * kustomization.yaml. Config files written in YAML (nutcracker.yaml, a user's envoy.yaml) get no
 * schema. Both schemas are made at build time (`scripts/k8s-schema.ts`) and ship in this lazily
 * loaded chunk: nothing is fetched.
 */

import schemas from 'virtual:podsmith-k8s-schema';
import type * as Monaco from 'monaco-editor/editor';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';

/**
 * The preview's model URIs are `podsmith-preview-N:/PATH` (see `monaco-models.ts`); monaco-yaml
 * matches globs against the whole URI. Exclusions (`!`) win when they come last.
 */
const PREVIEW = 'podsmith-preview-*:';

/** The files of a bundle that hold Kubernetes objects. */
export const MANIFEST_FILES = [
  `${PREVIEW}/all.yaml`,
  `${PREVIEW}/manifests/*.yaml`,
  `${PREVIEW}/overlays/*/*.yaml`,
  `!${PREVIEW}/overlays/*/kustomization.yaml`,
] as const;

/** The kustomization files of a bundle. */
export const KUSTOMIZATION_FILES = [
  `${PREVIEW}/kustomization.yaml`,
  `${PREVIEW}/overlays/*/kustomization.yaml`,
] as const;

let configured: MonacoYaml | undefined;

/** What monaco-yaml (through monaco-worker-manager) still passes to `createWebWorker`. */
interface LegacyWorkerOptions {
  readonly label?: string;
  readonly moduleId?: string;
  readonly createData?: unknown;
  readonly host?: Record<string, (...args: unknown[]) => unknown>;
  readonly keepIdleModels?: boolean;
}

/**
 * Monaco as monaco-yaml expects it. Since Monaco 0.56, `editor.createWebWorker` takes the worker
 * itself; monaco-yaml 5 still passes a label and the data for the worker's start. This makes the
 * worker through `MonacoEnvironment.getWorker` by that label and sends the data the way Monaco's
 * own language workers receive theirs (a first message that starts the worker, then the data).
 */
function withLabelledWorkers(monaco: typeof Monaco): typeof Monaco {
  function createWebWorker<T extends object>(
    options: Monaco.editor.IInternalWebWorkerOptions | LegacyWorkerOptions,
  ): Monaco.editor.MonacoWebWorker<T> {
    if ('worker' in options) return monaco.editor.createWebWorker<T>(options);
    const label = options.label ?? 'editorWorkerService';
    const worker = Promise.resolve(self.MonacoEnvironment?.getWorker?.('workerMain.js', label)).then((made) => {
      if (made === undefined) throw new Error(`No worker is registered for "${label}" in MonacoEnvironment.getWorker`);
      made.postMessage('ignore');
      made.postMessage(options.createData);
      return made;
    });
    return monaco.editor.createWebWorker<T>({
      worker,
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.keepIdleModels === undefined ? {} : { keepIdleModels: options.keepIdleModels }),
    });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}

/** Configures monaco-yaml once (it allows one configuration at a time). */
export function registerYamlLanguage(monaco: typeof Monaco): MonacoYaml {
  configured ??= configureMonacoYaml(withLabelledWorkers(monaco), {
    enableSchemaRequest: false,
    format: { enable: false },
    hoverSchemaSource: false,
    isKubernetes: true,
    completion: true,
    hover: true,
    validate: true,
    schemas: [
      { uri: 'podsmith:kubernetes', fileMatch: [...MANIFEST_FILES], schema: schemas.kubernetes },
      { uri: 'podsmith:kustomization', fileMatch: [...KUSTOMIZATION_FILES], schema: schemas.kustomization },
    ],
  });
  return configured;
}
