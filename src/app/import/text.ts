/** The design in an imported file's text (loaded on the first import: it carries the YAML importer). */
import { importYaml, restoreJson } from '../../core';
import type { ImportOutcome } from './read';

/** True when the text is meant as a Podsmith design rather than Kubernetes YAML. */
function isDesignText(fileName: string, text: string): boolean {
  return /\.json$/i.test(fileName) || text.trimStart().startsWith('{');
}

/** The design in a file's text. */
export function importText(fileName: string, text: string): ImportOutcome {
  if (text.trim() === '') return { ok: false, fileName, errors: ['the file is empty'] };
  if (isDesignText(fileName, text)) {
    const r = restoreJson(text);
    return r.ok
      ? { ok: true, fileName, format: 'design', design: r.design, notices: [] }
      : { ok: false, fileName, errors: r.errors };
  }
  const r = importYaml(text);
  return r.ok
    ? { ok: true, fileName, format: 'yaml', design: r.design, notices: r.notices }
    : { ok: false, fileName, errors: r.errors };
}
