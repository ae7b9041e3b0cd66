/**
 * What the generators hand out: one file of the bundle and the languages a file can be in. The core,
 * the preview and the CLI share these definitions.
 */

/** Every language a generated file is written in; the preview highlights each. */
export const FILE_LANGUAGES = [
  'yaml',
  'nginx',
  'fluentd',
  'haproxy',
  'vcl',
  'text',
  'json',
  'markdown',
  'dockerfile',
] as const;

export type FileLanguage = (typeof FILE_LANGUAGES)[number];

/** The languages a container's config file (a ConfigMap entry) can be in. */
export type ConfigFileLanguage = Extract<FileLanguage, 'nginx' | 'yaml' | 'fluentd' | 'haproxy' | 'vcl' | 'text'>;

/**
 * The language of a config file a user names: by its name, as the preview highlights it
 * (`nginx.conf`, `fluent.conf`, `haproxy.cfg`, `default.vcl`, `envoy.yaml`); anything else is text.
 */
export function configLanguageOf(name: string): ConfigFileLanguage {
  const lower = name.toLowerCase();
  if (/\.(ya?ml|json)$/.test(lower)) return 'yaml';
  if (lower.endsWith('.vcl')) return 'vcl';
  if (lower.startsWith('haproxy') && lower.endsWith('.cfg')) return 'haproxy';
  if (lower.startsWith('nginx') && lower.endsWith('.conf')) return 'nginx';
  if ((lower.startsWith('fluent') || lower.startsWith('td-agent')) && lower.endsWith('.conf')) return 'fluentd';
  return 'text';
}

/** One file of the bundle: where it goes, its bytes, how to highlight it and which elements made it. */
export interface BundleFile {
  readonly path: string;
  readonly content: string;
  readonly language: FileLanguage;
  /** Ids of the design elements (containers, workloads) whose settings produce this file. */
  readonly owners: readonly string[];
}
