/**
 * What a container template is. One template is one folder under `templates/`: its parameters
 * (typed, with defaults, bounds and a doc line), and a pure `build` that turns parameter values into
 * the pieces of a Kubernetes container, the config files it reads, and what it needs from the pod.
 */

import type { Diagnostic } from '../contracts/diagnostic';
import type { ConfigFileLanguage } from '../contracts/files';
import type { KubeObject, StringRule } from '../contracts/objects';
import type { Container, Design, ExternalKind, JsonMap, LinkKind, Params, Role, Row, Workload } from '../model/design';
import type { DesignSketch } from '../model/sketch';
import type { Recogniser } from '../read/recognise';

interface ParamBase {
  /** The form label and the accessible name of the field, e.g. "Listen port". */
  readonly title: string;
  /** One line shown under the field: what the parameter does. */
  readonly doc: string;
}

export interface StringParam extends ParamBase {
  readonly kind: 'string';
  readonly default: string;
  /** When false the value may be empty. Defaults to true. */
  readonly required?: boolean;
  readonly rule?: StringRule;
  readonly maxLength?: number;
  readonly placeholder?: string;
  /** Multi-line text (a SQL query, a command). */
  readonly multiline?: boolean;
}

export interface IntParam extends ParamBase {
  readonly kind: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Shown after the field, e.g. "ms", "%". */
  readonly unit?: string;
}

export interface BoolParam extends ParamBase {
  readonly kind: 'bool';
  readonly default: boolean;
}

export interface EnumParam extends ParamBase {
  readonly kind: 'enum';
  readonly default: string;
  readonly options: readonly string[];
  /** Optional human labels for options, same order. */
  readonly optionLabels?: readonly string[];
}

export interface ListParam extends ParamBase {
  readonly kind: 'list';
  readonly default: readonly string[];
  /** `required: false` lets an item be empty (an empty argument, as `--save ""`). */
  readonly item: { readonly rule?: StringRule; readonly placeholder?: string; readonly required?: boolean };
  readonly minItems?: number;
  readonly maxItems?: number;
}

export type Column =
  | {
      readonly key: string;
      readonly title: string;
      readonly kind: 'string';
      readonly rule?: StringRule;
      readonly required?: boolean;
      readonly placeholder?: string;
    }
  | {
      readonly key: string;
      readonly title: string;
      readonly kind: 'int';
      readonly min: number;
      readonly max: number;
      readonly required?: boolean;
    }
  | { readonly key: string; readonly title: string; readonly kind: 'bool' }
  | { readonly key: string; readonly title: string; readonly kind: 'enum'; readonly options: readonly string[] };

export interface TableParam extends ParamBase {
  readonly kind: 'table';
  readonly default: readonly Row[];
  readonly columns: readonly Column[];
  /** What one row is called in the UI ("server", "upstream"). */
  readonly rowName: string;
  readonly minRows?: number;
  readonly maxRows?: number;
}

export type ParamSpec = StringParam | IntParam | BoolParam | EnumParam | ListParam | TableParam;

/** A template's parameter specs by key, in form order. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The value one column of a table parameter holds. */
type ColumnValue<C extends Column> = C extends { readonly kind: 'int' }
  ? number
  : C extends { readonly kind: 'bool' }
    ? boolean
    : C extends { readonly kind: 'enum'; readonly options: readonly (infer O)[] }
      ? O
      : string;

/** One row of a table parameter, typed from its columns. */
export type RowOf<Cs extends readonly Column[]> = { readonly [C in Cs[number] as C['key']]: ColumnValue<C> };

/** The value a parameter of this spec holds once defaults are applied. */
export type ValueOf<P extends ParamSpec> = P extends IntParam
  ? number
  : P extends BoolParam
    ? boolean
    : P extends EnumParam
      ? P['options'][number]
      : P extends ListParam
        ? readonly string[]
        : P extends TableParam
          ? readonly RowOf<P['columns']>[]
          : string;

/**
 * A template's parameter values, typed from its spec, with every default applied: what `build`,
 * `check` and the template's helpers read. restore() has checked each value's type, and resolveParams
 * has put enum values among the options and every column in each table row; a number or a string,
 * or an enum cell of a table, may still be out of its bounds, against its rule or none of its options
 * (validation reports it), so a build reads the values as they are and never throws on them.
 *
 * @example type P = ParamsOf<typeof twemproxy.params>; // { listenPort: number; hash: 'murmur' | ... }
 */
export type ParamsOf<S extends ParamSpecs> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** Parameter values with every default applied, as the generic code sees them. */
export type ResolvedParams = Params;

export interface PortSpec {
  readonly name: string;
  readonly containerPort: number;
  readonly protocol?: 'TCP' | 'UDP';
  /** Where the container listens: on every pod address, or on 127.0.0.1 only (reachable from the pod alone). */
  readonly scope: 'pod' | 'localhost';
  /** Publish this port through the workload's Service. */
  readonly expose?: boolean;
}

export type EnvVar =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly secret: { readonly name: string; readonly key: string } };

export interface Probe {
  readonly kind: 'http' | 'tcp' | 'exec' | 'grpc';
  /** Port for http, tcp and grpc probes. */
  readonly port?: number;
  readonly path?: string;
  readonly command?: readonly string[];
  /** The gRPC health service name (grpc probes); the server's overall health when unset. */
  readonly service?: string;
  readonly initialDelaySeconds?: number;
  /** Seconds one check may take (Kubernetes' default is 1). */
  readonly timeoutSeconds?: number;
  readonly periodSeconds?: number;
  readonly successThreshold?: number;
  readonly failureThreshold?: number;
}

/** A config file a container reads: it goes in a ConfigMap, under `configs/`, and into the preview. */
export interface ConfigFile {
  /** File name inside the ConfigMap, e.g. `nginx.conf`. */
  readonly name: string;
  readonly content: string;
  readonly language: ConfigFileLanguage;
  /** Absolute path of the file inside the container (mounted with subPath). */
  readonly mountPath: string;
}

/**
 * An emptyDir of one container alone, mounted where its program writes while the root filesystem is
 * read-only (nginx's pid file and temporary files under /tmp).
 */
export interface ScratchDir {
  /** Volume name, a DNS-1123 label unique in the pod (`volumeName(container.name, suffix)`). */
  readonly name: string;
  readonly mountPath: string;
}

/** An emptyDir shared with the pod's app containers (git-sync content, a log directory). */
export interface SharedDir {
  /** Volume name, a DNS-1123 label. */
  readonly name: string;
  /** Where this container mounts it. */
  readonly mountPath: string;
  /** Where app containers mount it. */
  readonly appMountPath: string;
  /** What the app does with it, for the README ("writes logs", "reads the synced site"). */
  readonly purpose: string;
  readonly appReadOnly?: boolean;
}

export interface SecretMount {
  readonly volume: string;
  readonly secretName: string;
  readonly mountPath: string;
}

/** A Dockerfile for an image the user must build (fluentd with its plugin, the health adapter). */
export interface ImageRecipe {
  /** Directory name under `images/`. */
  readonly name: string;
  readonly from: string;
  readonly description: string;
  readonly version: string;
  readonly source: string;
  /** Shell commands, each becomes one RUN line. */
  readonly run: readonly string[];
  /** Files written next to the Dockerfile and copied in with COPY. */
  readonly files: readonly { readonly path: string; readonly content: string; readonly dest: string }[];
  readonly env: readonly { readonly name: string; readonly value: string; readonly doc: string }[];
  readonly expose: readonly number[];
  /**
   * The user the base image runs as, when it is not root (fluent/fluentd runs as `fluent`): the
   * RUN and COPY lines then run as root (`USER root`) and the image switches back to this user.
   */
  readonly user?: string;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  /**
   * The container runs `from` as published; the Dockerfile documents its parameters and ports (a
   * user template's image) and building it is optional.
   */
  readonly documentsOnly?: boolean;
}

/** Everything one container contributes to the generated files. */
export interface Contribution {
  readonly ports: readonly PortSpec[];
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly env?: readonly EnvVar[];
  readonly files?: readonly ConfigFile[];
  readonly sharedDirs?: readonly SharedDir[];
  readonly secrets?: readonly SecretMount[];
  readonly readinessProbe?: Probe;
  readonly livenessProbe?: Probe;
  /** Used when the workload runs native sidecars (init containers start in order). */
  readonly startupProbe?: Probe;
  /** A probe this container offers to the app containers of its pod (the health adapter). */
  readonly appLivenessProbe?: Probe;
  /**
   * The container's security context when its image can run so: most templates propose the
   * Pod Security Standards' restricted profile. The user's `kube.securityContext` replaces it.
   */
  readonly securityContext?: JsonMap;
  /** Why the template proposes no restricted security context (e.g. its image must run as root). */
  readonly securityNote?: string;
  /**
   * Directories the program writes to, whatever its security context: under a read-only root
   * filesystem each must be covered by a writable volume mount (PS157).
   */
  readonly writablePaths?: readonly string[];
  /** Private emptyDirs mounted over writable paths, when the template proposes a read-only root. */
  readonly scratchDirs?: readonly ScratchDir[];
  readonly pod?: { readonly shareProcessNamespace?: boolean };
  readonly podAnnotations?: Readonly<Record<string, string>>;
  /** Extra objects, e.g. the StatefulSet and headless Service of Redis shards. */
  readonly objects?: readonly KubeObject[];
  readonly image?: ImageRecipe;
  /** Lines for the bundle README about this container (caveats, how to try it). */
  readonly notes?: readonly string[];
}

export interface BuildInput<P = ResolvedParams> {
  /**
   * `build` may read the design's name, namespace, links and externals, not its workloads (a built
   * container is reused until one of those changes; `check` may also read the workloads' ids and names).
   */
  readonly design: Design;
  /** `build` may read the workload's own fields, not its other containers or its layout. */
  readonly workload: Workload;
  readonly container: Container;
  /** The container's params with every default applied. */
  readonly params: P;
}

/**
 * One container template. `S` is its parameter spec; `build`, `check` and the other functions see
 * the values typed from it (`ParamsOf<S>`), resolved once with every default. Methods (not function
 * properties) so that a template of any spec fits where any template is expected.
 */
export interface TemplateDef<S extends ParamSpecs = ParamSpecs> {
  /** Stable id written in documents, e.g. `twemproxy`. Never change it. */
  readonly id: string;
  readonly role: Role;
  /**
   * A container of this template may take any role (the generic app: any image, so also a sidecar,
   * ambassador or adapter the catalog does not know). It runs where its container's role says.
   */
  readonly anyRole?: boolean;
  /** Short title used in the palette: `Add ${role}: ${title}`. */
  readonly title: string;
  /** One line for the palette. */
  readonly summary: string;
  /** What the pattern is and when to use it: a few short paragraphs of plain text. */
  readonly teaching: string;
  /** Pinned default image. */
  readonly image: string;
  /** Default container name when added to a pod. */
  readonly defaultName: string;
  /** The parameters, in form order. */
  readonly params: S;
  build(input: BuildInput<ParamsOf<S>>): Contribution;
  /** Template-specific diagnostics (cross-field rules); the generic checks of each ParamSpec run anyway. */
  check?(input: BuildInput<ParamsOf<S>>): readonly Diagnostic[];
  /** Addresses on localhost the container connects to (for the app-target rule), e.g. ["localhost:6379"]. */
  connectsTo?(params: ParamsOf<S>): readonly string[];
  /** File paths this container reads that another container of the pod must write. */
  readsFrom?(params: ParamsOf<S>): readonly string[];
  /**
   * How this helper relates to the app of its pod, for the links an import infers: the link's kind,
   * its direction, the app port it works with and whether the app is in its pod at all.
   */
  readonly appLink?: AppLink<ParamsOf<S>>;
  /** The localhost port an ambassador serves its pod's apps on, for the links an import infers. */
  servesApps?(params: ParamsOf<S>): number;
  /** Whom it talks to beyond its pod, for the links an import infers. */
  peers?(params: ParamsOf<S>, workload: Workload): readonly Peer[];
  /** When set, the bundle gets one Kustomize overlay per value of this table's `column`, selected by `param`. */
  readonly environments?: { readonly param: string; readonly table: string; readonly column: string };
  /**
   * Reads a container of an imported manifest back into this template (its program, flags and
   * config file); without one, such a container imports as an app.
   */
  readonly recognise?: Recogniser;
  /**
   * Where the recogniser is asked among the others, lowest first (50 when not set): a narrower
   * reading of a program goes before a broader one of the same program (the tee before the splitter).
   */
  readonly recogniseRank?: number;
  /**
   * Loads what explains the lines of the config files this template writes, by file name, for the
   * preview's hover. A loader, so the explanations stay out of the code a first frame needs.
   */
  readonly explain?: () => Promise<FileExplainers>;
  /** A ready-made design that shows the template at work: the gallery, the CLI and the golden files use it. */
  readonly example?: TemplateExample;
}

/**
 * What one line of a config file does, in a sentence or two; undefined when there is nothing to say.
 * Its `directives` are the names such a file may hold, each with a line that uses it: the editor's
 * completion offers them, documented by that line's explanation.
 */
export interface LineExplainer {
  (line: string): string | undefined;
  readonly directives?: readonly DirectiveSample[];
}

/** A directive (nginx), key (nutcracker.yaml) or parameter (fluentd) and a line that uses it. */
export interface DirectiveSample {
  readonly name: string;
  readonly sample: string;
}

/** Line explainers by the name of the file they explain, e.g. `nginx.conf`. */
export type FileExplainers = Readonly<Record<string, LineExplainer>>;

/** An example design as a template's folder writes it: a sketch that `sketchDesign` fills in. */
export interface TemplateExample {
  /** CLI name, a DNS-1123 label, e.g. `sharded-redis`. */
  readonly name: string;
  /** Title for the gallery, e.g. "Sharded Redis with a twemproxy ambassador". */
  readonly title: string;
  /** One line for `podsmith examples`. */
  readonly summary: string;
  /** Book chapter and section it comes from, e.g. "Ch. 3, Ambassadors: Using an Ambassador to Shard a Service". */
  readonly source: string;
  /** Which book errata the example fixes, if any (shown in the README). */
  readonly errataFixed: readonly string[];
  readonly sketch: DesignSketch;
}

/** How a sidecar or adapter relates to the app of its pod (see `TemplateDef.appLink`). */
export interface AppLink<P> {
  readonly kind: LinkKind;
  /** The helper sends to the app (a terminator, an exporter); false: the app sends to it (a log shipper). */
  readonly toApp: boolean;
  /** The app port it works with, to pick the app among several; undefined: every app of the pod. */
  port?(params: P): number | undefined;
  /** Whether the app it works with is in its pod (not when it points at another host). Default true. */
  local?(params: P): boolean;
}

/**
 * Someone a container talks to beyond its pod. `host`: traffic to the design's workload that the
 * host names (its Service, or a StatefulSet pod), else to an external endpoint of that name;
 * `external`: always an external endpoint, with its own link kind and direction.
 */
export type Peer =
  | {
      readonly via: 'host';
      readonly host: string;
      readonly port: number;
      /** The external endpoint's name when the host names no workload. */
      readonly name: string;
      readonly kind: ExternalKind;
      readonly weight?: number;
    }
  | {
      readonly via: 'external';
      readonly name: string;
      readonly kind: ExternalKind;
      readonly address: string;
      readonly link: LinkKind;
      /** The endpoint calls the container (a repository git-sync pulls from is linked to it). */
      readonly inbound?: boolean;
    };

/**
 * A template definition with its parameter types inferred from the spec written inline.
 *
 * @example
 * export const topz = defineTemplate({ id: 'topz', params: { port: { kind: 'int', default: 8080, ... } },
 *   build: ({ params }) => ({ ports: [{ name: 'topz', containerPort: params.port, scope: 'pod' }] }) });
 */
export function defineTemplate<const S extends ParamSpecs>(def: TemplateDef<S>): TemplateDef<S> {
  return def;
}

export type { ConfigFileLanguage, Container, KubeObject, Row, StringRule };
