/** The bundle's README.md: what each container does, its parameters, and how to apply the bundle. */
import type { Analysis, BuiltContainer, BuiltWorkload } from '../analyze';
import type { ParamSpec, TemplateDef } from '../catalog/types';
import { Remembered } from '../contracts/remembered';
import type { ParamValue } from '../model/design';
import { code } from './markdown';

function showParam(spec: ParamSpec, value: ParamValue): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    if (spec.kind === 'table')
      return (value as readonly Record<string, unknown>[])
        .map((row) => code(spec.columns.map((c) => `${c.key}=${String(row[c.key] ?? '')}`).join(' ')))
        .join(', ');
    return (value as readonly string[]).map(code).join(', ');
  }
  // An empty text would be an empty code span, which reads as a stray mark.
  if (value === '') return '(none)';
  return code(String(value));
}

/**
 * A parameter's line of the README by spec, key and value (not lists or tables), made once as one
 * flat text: most containers keep most defaults, so a thousand containers repeat a few hundred
 * lines, and the README's join copies a remembered line instead of walking the pieces of a new one.
 * At most `LINES_PER_SPEC` values are remembered per spec and key (a value being typed is not).
 */
const paramLines = new WeakMap<ParamSpec, Map<string, Map<string | number | boolean, string>>>();
const LINES_PER_SPEC = 64;

/**
 * A list or table parameter's line by its value object (and the spec and key it was written for):
 * documents share unchanged values by identity, so containers made from one source, and every render
 * after an edit elsewhere, write each such line once.
 */
const objectLines = new Remembered<object, { readonly spec: ParamSpec; readonly key: string; readonly line: string }>(
  'parameter line',
);

function paramLine(key: string, spec: ParamSpec, value: ParamValue): string {
  if (typeof value === 'object') {
    const hit = objectLines.get(value);
    if (hit?.spec === spec && hit.key === key) return hit.line;
    const line = ['- **', spec.title, '** (', code(key), '): ', showParam(spec, value), ' — ', spec.doc].join('');
    objectLines.set(value, { spec, key, line });
    return line;
  }
  let byKey = paramLines.get(spec);
  if (!byKey) {
    byKey = new Map();
    paramLines.set(spec, byKey);
  }
  let byValue = byKey.get(key);
  if (!byValue) {
    byValue = new Map();
    byKey.set(key, byValue);
  }
  let line = byValue.get(value);
  if (line === undefined) {
    line = ['- **', spec.title, '** (', code(key), '): ', showParam(spec, value), ' — ', spec.doc].join('');
    if (byValue.size < LINES_PER_SPEC) byValue.set(value, line);
  }
  return line;
}

/**
 * A container's heading, summary and the blank line after it, by template and container name:
 * containers of one template and name (a design's copies of a workload) share one text.
 */
const headings = new WeakMap<TemplateDef, Map<string, string>>();
const HEADINGS_PER_TEMPLATE = 256;

function heading(b: BuiltContainer): string {
  const t = b.template;
  let byName = headings.get(t);
  if (!byName) {
    byName = new Map();
    headings.set(t, byName);
  }
  let text = byName.get(b.container.name);
  if (text === undefined) {
    text = `#### ${code(b.container.name)} — ${t.role}: ${t.title}\n\n${t.summary}\n\n`;
    if (byName.size < HEADINGS_PER_TEMPLATE) byName.set(b.container.name, text);
  }
  return text;
}

/**
 * A container's parameter lines, each after a newline (with the "Parameters:" heading before
 * them), by its own parameters object in the document and its template (which together give the
 * resolved values): containers that share their parameters (copies of one container, or every
 * container after an edit elsewhere) share one text. Keyed by the document's object, not by the
 * resolved one the analysis keeps for it, so the text goes with the document (see `Remembered`).
 */
const parameterTexts = new Remembered<object, { readonly template: TemplateDef; readonly text: string }>(
  'parameters text',
);

function parametersText(b: BuiltContainer): string {
  const t = b.template;
  const own = b.container.params;
  const hit = parameterTexts.get(own);
  if (hit?.template === t) return hit.text;
  const lines: string[] = [];
  for (const key in t.params) {
    const spec = t.params[key];
    if (!spec || !Object.hasOwn(t.params, key)) continue;
    if (!lines.length) lines.push('', '', 'Parameters:', '');
    const value = b.params[key] ?? spec.default;
    lines.push(paramLine(key, spec, value));
  }
  const text = lines.join('\n');
  parameterTexts.set(own, { template: t, text });
  return text;
}

/** A line break in a note, which a quoted line of the README cannot hold. */
const BREAK = /[\r\n]/;

/**
 * One container's section of the README, its lines joined by newlines and ending in one: the
 * heading and the parameters are shared texts, the lines in between and after are the
 * container's own. The section is put together with `+`, so each part is pointed at rather than
 * copied into a joined line list (a list and a join per container were 1.4 MB of a cold render
 * of 1,000 containers).
 */
function containerSection(b: BuiltContainer, workloadLine: string): string {
  const c = b.contribution;
  let text = `${heading(b)}- Image: ${code(b.container.image)}\n${workloadLine}`;
  const ports = c.ports;
  if (ports.length) {
    text += '\n- Ports: ';
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i] as (typeof ports)[number];
      if (i) text += ', ';
      text += code(`${p.containerPort}/${p.name}${p.scope === 'localhost' ? ' (localhost only)' : ''}`);
    }
  }
  const files = c.files;
  if (files?.length) {
    text += '\n- Config files: ';
    for (let i = 0; i < files.length; i++) {
      if (i) text += ', ';
      text += code((files[i] as (typeof files)[number]).mountPath);
    }
  }
  text += `${parametersText(b)}\n`;
  // The paragraphs after the parameters, a blank line before each and a newline after the last.
  let after = false;
  if (c.image?.documentsOnly) {
    text += `\n${code(`images/${c.image.name}/Dockerfile`)} documents this image's parameters (ENV), ports and labels; build it to ship those defaults with the image.`;
    after = true;
  } else if (c.image) {
    text += `\nThis image is not published: build it from ${code(`images/${c.image.name}/`)} (see below).`;
    after = true;
  }
  for (const note of c.notes ?? []) {
    text += `${after ? '\n\n' : '\n'}> ${BREAK.test(note) ? note.replace(/[\r\n]+/g, ' ') : note}`;
    after = true;
  }
  return after ? `${text}\n` : text;
}

/**
 * A workload's section of the README, kept per built workload (which is immutable). The README
 * is put together from the sections without copying them (a string of pieces, copied once by
 * whoever reads it), cold or after an edit, as all.yaml and design.json are; a section is put
 * together the same way from its containers' sections, and those from their heading and
 * parameter lines, which containers of one template and parameters share. Joining a thousand
 * containers' lines into one new text made the render page in megabytes of fresh memory.
 */
const sections = new Remembered<BuiltWorkload, string>('workload section');

/** A workload's section as one text, remembered. */
function sectionText(w: BuiltWorkload): string {
  let text = sections.get(w);
  if (text === undefined) {
    text = `### ${w.workload.kind} ${code(w.workload.name)}\n\nReplicas: ${w.workload.replicas}.\n`;
    const workloadLine = `- Workload: ${code(w.workload.name)}`;
    for (const b of w.containers) text += `\n${containerSection(b, workloadLine)}`;
    sections.set(w, text);
  }
  return text;
}

/** Drops the trailing newlines of the pieces as joined by newlines (the text must end in exactly one). */
function trimTrailingNewlines(pieces: string[]): void {
  for (;;) {
    const last = pieces.at(-1);
    if (last === undefined) return;
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) === 10) end--;
    if (end > 0) {
      pieces[pieces.length - 1] = last.slice(0, end);
      return;
    }
    pieces.pop();
  }
}

/** The pieces joined by newlines, ending in exactly one newline, without copying them. */
function piecesOf(pieces: string[]): string {
  trimTrailingNewlines(pieces);
  if (!pieces.length) return '\n';
  let text = pieces[0] as string;
  for (let i = 1; i < pieces.length; i++) text += `\n${pieces[i]}`;
  return `${text}\n`;
}

/** The README's lines after the workloads: external endpoints and kept objects. */
function tailLines(d: Analysis['design'], out: string[]): void {
  if (d.externals.length) {
    out.push('## External endpoints', '');
    for (const e of d.externals) out.push(`- ${code(e.name)} (${e.kind}): ${code(e.address)}`);
    out.push('');
  }
  if (d.extras.length) {
    out.push(
      '## Other objects',
      '',
      'Kept as they were and applied with the rest (Podsmith does not design these kinds):',
      '',
    );
    for (const k of d.extras) out.push(`- ${k.object.kind} ${code(k.object.metadata.name)}`);
    out.push('');
  }
}

/** The README from its head, each workload's section and the tail, as pieces. */
function readmeOfPieces(head: string[], analysis: Analysis): string {
  const pieces = [head.join('\n')];
  for (const w of analysis.workloads) pieces.push(sectionText(w));
  const tail: string[] = [];
  tailLines(analysis.design, tail);
  if (tail.length) pieces.push(tail.join('\n'));
  return piecesOf(pieces);
}

export interface ReadmeInput {
  readonly analysis: Analysis;
  readonly overlays: readonly string[];
  readonly images: readonly string[];
}

export function renderReadme({ analysis, overlays, images }: ReadmeInput): string {
  const d = analysis.design;
  const hasConfigs = analysis.workloads.some((w) => w.containers.some((b) => b.contribution.files?.length));
  const lines = [
    `# ${d.name}`,
    '',
    `Kubernetes bundle for the design ${code(d.name)} (namespace ${code(d.namespace)}), generated by Podsmith.`,
    '',
    '## Apply',
    '',
    '```sh',
    'kubectl apply -f all.yaml        # every object in one file',
    'kubectl apply -k .               # or with Kustomize',
    ...overlays.map((o) => `kubectl apply -k overlays/${o}   # the ${o} environment`),
    '```',
    '',
    'Contents: `manifests/` (one file per object), `all.yaml`, `kustomization.yaml`' +
      (overlays.length ? ', `overlays/` (one per environment)' : '') +
      (hasConfigs ? ', `configs/` (the raw config files, also inside the ConfigMaps)' : '') +
      (images.length ? ', `images/` (Dockerfiles of images to build)' : '') +
      ', `design.json` (open it in Podsmith to edit the design).',
    '',
  ];
  if (analysis.workloads.some((w) => w.workload.nativeSidecars))
    lines.push(
      'Some workloads run their sidecars as native sidecars (`initContainers` with `restartPolicy: Always`): this needs Kubernetes 1.29 or later.',
      '',
    );
  if (images.length) {
    lines.push(
      '## Images to build',
      '',
      'Build and push these before applying, then keep the image names in the manifests in step:',
      '',
    );
    for (const name of images) lines.push(`- ${code(`docker build -t IMAGE images/${name}`)}`);
    lines.push('');
  }
  lines.push('## Workloads', '');
  return readmeOfPieces(lines, analysis);
}
