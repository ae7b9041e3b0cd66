/**
 * What the status line says about a file, and which Monaco language shows it.
 */
import type { BundleLanguage } from './types';

const LABELS: Readonly<Record<BundleLanguage, string>> = {
  yaml: 'YAML',
  nginx: 'nginx',
  fluentd: 'fluentd',
  haproxy: 'HAProxy',
  vcl: 'VCL',
  text: 'Plain text',
  json: 'JSON',
  markdown: 'Markdown',
  dockerfile: 'Dockerfile',
};

const MONACO_IDS: Readonly<Record<BundleLanguage, string>> = {
  yaml: 'yaml',
  nginx: 'nginx',
  fluentd: 'fluentd',
  haproxy: 'haproxy',
  vcl: 'vcl',
  text: 'plaintext',
  json: 'json',
  markdown: 'markdown',
  dockerfile: 'dockerfile',
};

/** The human name of a bundle language, as the status line shows it. */
export function languageLabel(language: BundleLanguage): string {
  return LABELS[language];
}

/** The Monaco language id registered for a bundle language. */
export function monacoLanguageId(language: BundleLanguage): string {
  return MONACO_IDS[language];
}

/**
 * The number of lines of a text as an editor counts them; a final newline ends the last line
 * rather than starting a new one.
 *
 * @example
 * countLines('a\nb\n'); // 2
 */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  let at = text.indexOf('\n');
  while (at !== -1) {
    lines += 1;
    at = text.indexOf('\n', at + 1);
  }
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** The status line for a file, e.g. `configs/nginx.conf · 42 lines · nginx`. */
export function statusText(path: string, content: string, language: BundleLanguage): string {
  const lines = countLines(content);
  return `${path} · ${lines} ${lines === 1 ? 'line' : 'lines'} · ${languageLabel(language)}`;
}
