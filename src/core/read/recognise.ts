/**
 * What a recogniser sees and returns. A recogniser looks at one container of a pod and, when the
 * container is the program of one of the catalog's templates with a config it can read back, says
 * which template and which parameter values, and which parts of the input that template's output
 * stands for (volumes, ConfigMap files, pod fields, other objects). Everything it could not carry
 * over it reports as a notice.
 */
import type { Params } from '../model/design';
import type { Notice } from './notice';
import type { InputObject } from './objects';
import type { ContainerSource, MountedFile, PodSource } from './pod';

export type ConfigLanguage = 'nginx' | 'fluentd' | 'nutcracker' | 'haproxy' | 'vcl';

/** The input's objects by kind and name, for recognisers that look beyond their pod. */
export interface InputIndex {
  readonly configMaps: ReadonlyMap<string, InputObject>;
  readonly services: readonly InputObject[];
  readonly statefulSets: ReadonlyMap<string, InputObject>;
}

export interface RecogniseInput {
  readonly pod: PodSource;
  readonly container: ContainerSource;
  /** ConfigMap files this container can read. */
  readonly files: readonly MountedFile[];
  readonly designName: string;
  readonly index: InputIndex;
}

/** A config file the template writes in place of the input's (one file, or several nginx reads as one). */
export interface RewrittenFile {
  /** Paths of the input's files in the container. */
  readonly paths: readonly string[];
  /** Their text as it was. */
  readonly verbatim: string;
  /** Name of the file in the template's contribution, e.g. `nginx.conf`. */
  readonly name: string;
  readonly language: ConfigLanguage;
  /** The input's settings, one per line (`http > server > listen 443 ssl`), compared with the new file's. */
  readonly lines: readonly string[];
}

/** A rewritten file made of input files and the settings read from them. */
export function rewritten(
  files: readonly MountedFile[],
  name: string,
  language: ConfigLanguage,
  lines: readonly string[],
): RewrittenFile {
  return {
    paths: files.map((f) => f.path),
    verbatim: files.length === 1 ? (files[0]?.content ?? '') : files.map((f) => `# ${f.path}\n${f.content}`).join('\n'),
    name,
    language,
    lines,
  };
}

export interface Recognition {
  readonly template: string;
  readonly params: Params;
  /** Pod volumes the template's output stands for (its config, a shared directory, a Secret). */
  readonly volumes?: readonly string[];
  /** Environment variables the parameters were read from (the template writes them its own way). */
  readonly env?: readonly string[];
  readonly files?: readonly RewrittenFile[];
  /** Other objects of the input the template generates itself (the twemproxy shards). */
  readonly objects?: readonly InputObject[];
  readonly notices?: readonly Notice[];
}

/** The container looks like a template's program, but what it needs cannot be read: it stays generic. */
export interface Declined {
  readonly declined: true;
  readonly notices: readonly Notice[];
}

export type Recogniser = (input: RecogniseInput) => Recognition | Declined | undefined;

/** A refusal with one warning. */
export function declined(message: string, path: string): Declined {
  return { declined: true, notices: [{ severity: 'warning', message, path }] };
}

/** How a notice about this container starts: `Deployment/web, container proxy`. */
export function subjectOf(input: RecogniseInput): string {
  return `${input.pod.object.ref}, container ${input.container.name}`;
}

/** Where a notice about this container points. */
export function containerPath(input: RecogniseInput, field?: string): string {
  return `${input.pod.object.ref} ${input.container.path}${field ? `.${field}` : ''}`;
}
