/**
 * A template a user writes: plain data carried by the design (`design.templates`) and shared as a
 * template file. Its behaviour (placeholders, escaping, the `TemplateDef` it becomes) lives in
 * `catalog/user/`; the record is here because it is part of the document, like a kept object.
 *
 * Texts that reach the container (env values, args, config file text) may hold `${key}`
 * placeholders naming a parameter; `$${` writes a literal `${`.
 */
import type { Role, Row } from './design';

/** How a string parameter's value is checked (the same rules built-in templates use). */
export const STRING_FORMATS = [
  'text',
  'one-line',
  'dns-label',
  'host',
  'port-name',
  'env-name',
  'absolute-path',
] as const;
export type StringFormat = (typeof STRING_FORMATS)[number];

/** Languages of config files a user template writes; each has its own escaping rules. */
export const USER_FILE_LANGUAGES = ['yaml', 'nginx', 'fluentd', 'text'] as const;
export type UserFileLanguage = (typeof USER_FILE_LANGUAGES)[number];

interface UserParamBase {
  /** Identifier used in placeholders (`${listenPort}`) and in params: a lowercase letter, then letters and digits. */
  readonly key: string;
  readonly title: string;
  readonly doc: string;
}

export type UserColumn =
  | { readonly key: string; readonly title: string; readonly kind: 'string'; readonly format?: StringFormat }
  | { readonly key: string; readonly title: string; readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly key: string; readonly title: string; readonly kind: 'bool' }
  | { readonly key: string; readonly title: string; readonly kind: 'enum'; readonly options: readonly string[] };

export type UserParam =
  | (UserParamBase & {
      readonly kind: 'string';
      readonly default: string;
      readonly required?: boolean;
      readonly format?: StringFormat;
      readonly maxLength?: number;
      readonly multiline?: boolean;
    })
  | (UserParamBase & {
      readonly kind: 'int';
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly unit?: string;
    })
  | (UserParamBase & { readonly kind: 'bool'; readonly default: boolean })
  | (UserParamBase & { readonly kind: 'enum'; readonly default: string; readonly options: readonly string[] })
  | (UserParamBase & {
      readonly kind: 'list';
      readonly default: readonly string[];
      readonly format?: StringFormat;
      readonly minItems?: number;
      readonly maxItems?: number;
    })
  | (UserParamBase & {
      readonly kind: 'table';
      readonly default: readonly Row[];
      readonly rowName: string;
      readonly columns: readonly UserColumn[];
      readonly minRows?: number;
      readonly maxRows?: number;
    });

export type UserParamKind = UserParam['kind'];

export interface UserPort {
  /** An IANA service name, e.g. `http`. */
  readonly name: string;
  /** A port number written as text (`8080`), or one placeholder of an int parameter (`${port}`). */
  readonly port: string;
  /** Listen on 127.0.0.1 only: reachable from the pod alone, not published by the Service. */
  readonly localhostOnly: boolean;
}

export interface UserFile {
  /** File name in the ConfigMap and under `configs/`, e.g. `app.yaml`. */
  readonly name: string;
  /** Absolute path of the file inside the container. */
  readonly mountPath: string;
  readonly language: UserFileLanguage;
  /** The file's text with `${key}` placeholders. */
  readonly text: string;
}

export interface UserTemplate {
  /** `user.NAME`: never the id of a built-in template. */
  readonly id: string;
  readonly role: Role;
  /** Palette title: `Add ROLE: TITLE`. */
  readonly title: string;
  readonly summary: string;
  /** What the container does and when to use it, for the teaching panel and the README. */
  readonly teaching: string;
  /** Pinned default image. */
  readonly image: string;
  /** Default container name when added to a pod (a DNS-1123 label). */
  readonly defaultName: string;
  /** The image version its Dockerfile labels, e.g. `1.0.0`. */
  readonly version: string;
  readonly params: readonly UserParam[];
  /** Replaces the image's entrypoint when not empty; each item may hold placeholders. */
  readonly command: readonly string[];
  /** Each item may hold placeholders; an item that is just `${list}` becomes one argument per list item. */
  readonly args: readonly string[];
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly ports: readonly UserPort[];
  readonly files: readonly UserFile[];
}
