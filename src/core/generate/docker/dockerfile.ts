/**
 * Dockerfiles for the images a user must build, documented as the book asks: EXPOSE for ports,
 * ENV for parameters with their defaults, LABEL for description, version and source.
 */
import type { ImageRecipe } from '../../catalog/types';

/** A double-quoted Dockerfile word: backslash, quote and `$` escaped, no line breaks. */
export function dockerQuote(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return `"${flat.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

const jsonArray = (items: readonly string[]) => JSON.stringify(items);

export function renderDockerfile(r: ImageRecipe): string {
  const lines: string[] = [`# ${r.description.replace(/[\r\n]+/g, ' ')}`, `FROM ${r.from}`, ''];
  lines.push(
    `LABEL org.opencontainers.image.description=${dockerQuote(r.description)} \\`,
    `      org.opencontainers.image.version=${dockerQuote(r.version)} \\`,
    `      org.opencontainers.image.source=${dockerQuote(r.source)}`,
    '',
  );
  for (const e of r.env) lines.push(`# ${e.doc.replace(/[\r\n]+/g, ' ')}`, `ENV ${e.name}=${dockerQuote(e.value)}`);
  if (r.env.length) lines.push('');
  const installs = r.run.length > 0 || r.files.length > 0;
  // Images that drop root (fluent/fluentd runs as `fluent`) install as root, then switch back.
  if (installs && r.user) lines.push('USER root');
  for (const cmd of r.run) lines.push(`RUN ${cmd.replace(/[\r\n]+/g, ' ')}`);
  for (const f of r.files) lines.push(`COPY ${f.path} ${f.dest}`);
  if (installs && r.user) lines.push(`USER ${r.user}`);
  if (installs) lines.push('');
  for (const p of r.expose) lines.push(`EXPOSE ${p}`);
  if (r.entrypoint) lines.push(`ENTRYPOINT ${jsonArray(r.entrypoint)}`);
  if (r.cmd) lines.push(`CMD ${jsonArray(r.cmd)}`);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
