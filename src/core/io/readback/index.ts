/**
 * Reading a file of the bundle back into the design: the preview's Edit mode hands the text a user
 * typed in one file (`all.yaml`, a manifest, a config file, `design.json`) and gets the design that
 * text stands for, through the same importer as a file import. The other files of the bundle go in
 * as they are, so that the importer sees the whole design; what the user did not touch keeps its
 * ids, layout and identity (`carry.ts`).
 *
 * Files the design does not hold as text (the kustomization, overlays, Dockerfiles, the README) are
 * written from other files and cannot be edited; `editable` says why.
 *
 * @example readBack(design, 'configs/nutcracker.yaml', text.replace('hash: murmur', 'hash: fnv1a_64'))
 */
import type { BundleFile } from '../../contracts/files';
import { generateBundle } from '../../generate/bundle';
import type { Design } from '../../model/design';
import { isObj } from '../../read/objects';
import { parseYaml, type YamlDocument } from '../../read/yaml';
import { importDocuments } from '../import';
import type { Notice } from '../import/types';
import { restoreJson } from '../restore';
import { carryOver } from './carry';

/** A problem in the text at a place: 1-based line and column, as Monaco counts. */
export interface TextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ReadBackResult =
  | {
      readonly ok: true;
      /** The design the text stands for (`before` itself when the text changes nothing). */
      readonly design: Design;
      /** What the text holds that the design cannot, as import says it. */
      readonly notices: readonly Notice[];
    }
  | { readonly ok: false; readonly problems: readonly TextProblem[] };

/** Whether a file of the bundle can be edited, and if not, why. */
export type Editable = { readonly editable: true } | { readonly editable: false; readonly reason: string };

/**
 * Whether the preview may edit a file: the objects, the config files and design.json hold the
 * design; the rest is written from them.
 */
export function editable(path: string): Editable {
  if (path === 'all.yaml' || path === 'design.json' || /^(manifests|configs)\//.test(path)) return { editable: true };
  if (path === 'kustomization.yaml' || path.startsWith('overlays/'))
    return {
      editable: false,
      reason: 'kustomize files are written from the manifests and the environments of the design; edit those instead',
    };
  if (path.startsWith('images/'))
    return {
      editable: false,
      reason: "a Dockerfile is written from its template's parameters; edit the container in the inspector",
    };
  if (path === 'README.md')
    return { editable: false, reason: 'the README is written from the whole design; edit the design instead' };
  return { editable: false, reason: `${path} is written from the design and cannot be edited` };
}

const AT = /line (\d+), column (\d+): /;

/** A parser's message as a problem at its place, moved down by `offset` lines; line 1 when it names none. */
function problem(message: string, offset = 0, fallbackLine = 1): TextProblem {
  const m = AT.exec(message);
  if (!m) return { line: fallbackLine + offset, column: 1, message };
  return { line: Number(m[1]) + offset, column: Number(m[2]), message: message.replace(AT, '') };
}

/** The line (1-based) on which each document of a YAML text starts: after each `---` line. */
function documentLines(text: string): number[] {
  const starts = [1];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (/^---\s*$/.test(lines[i] ?? '') && i > 0) starts.push(i + 2);
  return starts;
}

/**
 * Parsed documents by file text: the files nobody edits are parsed once, not on every keystroke. The
 * values are never changed (the importer only reads them); a file edited into a config replaces its
 * document with a copy.
 */
const parsedFiles = new Map<string, readonly YamlDocument[]>();
const MAX_CACHED = 4096;

function parsedFile(content: string): readonly YamlDocument[] | string[] {
  const hit = parsedFiles.get(content);
  if (hit) return hit;
  const r = parseYaml(content);
  if (!r.ok) return [...r.errors];
  if (parsedFiles.size >= MAX_CACHED) parsedFiles.clear();
  parsedFiles.set(content, r.documents);
  return r.documents;
}

const isErrors = (v: readonly YamlDocument[] | string[]): v is string[] => typeof v[0] === 'string';

/**
 * The text of `all.yaml` split at its document markers: each piece is read on its own (and a piece
 * equal to a manifest file is not read again), and a problem's line is counted in the whole text.
 */
function readAllYaml(
  text: string,
):
  | { documents: YamlDocument[]; pieces: { text: string; documents: readonly YamlDocument[] }[] }
  | { problems: TextProblem[] } {
  // Marker lines (`---`, or `--- ` with a value after it) cut the text; `line` counts from 0.
  const pieces: { text: string; line: number }[] = [];
  const marker = /^---(?:[ \t][^\n]*)?$/gm;
  let start = 0;
  let line = 0;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  const cut = (end: number) => {
    const body = text.slice(start, end);
    // A bare marker is not part of the piece, as a manifest file starts after it.
    const bare = /^---[ \t]*(\n|$)/.exec(body);
    const from = bare ? bare[0].length : 0;
    pieces.push({ text: body.slice(from), line: lineAt(start) + (bare ? 1 : 0) });
  };
  for (const m of text.matchAll(marker)) {
    if (m.index === 0) continue;
    cut(m.index);
    start = m.index;
  }
  cut(text.length);
  const documents: YamlDocument[] = [];
  const read: { text: string; documents: readonly YamlDocument[] }[] = [];
  for (const piece of pieces) {
    const r = parsedFile(piece.text);
    if (isErrors(r)) return { problems: r.map((e) => problem(e.replace(/^not valid YAML: /, ''), piece.line)) };
    read.push({ text: piece.text, documents: r });
    for (const d of r) documents.push({ number: documents.length + 1, value: d.value });
  }
  return { documents, pieces: read };
}

/** The YAML documents of the bundle's objects, each manifest file read once (cached by its text). */
function documentsOf(files: readonly BundleFile[], replace?: { path: string; documents: readonly YamlDocument[] }) {
  const documents: YamlDocument[] = [];
  for (const f of files) {
    if (!f.path.startsWith('manifests/')) continue;
    const docs = replace?.path === f.path ? replace.documents : parsedFile(f.content);
    if (isErrors(docs)) throw new Error(`${f.path} does not read back: ${docs.join('; ')}`);
    for (const d of docs) documents.push({ number: documents.length + 1, value: d.value });
  }
  return documents;
}

/**
 * The documents with a config file's new text in the ConfigMap that holds it: the one its owner's
 * manifests mount, under the file's name, holding the file's text as generated.
 */
function withConfig(
  design: Design,
  files: readonly BundleFile[],
  file: BundleFile,
  text: string,
): { documents: YamlDocument[] } | { problems: TextProblem[] } {
  const key = file.path.slice(file.path.lastIndexOf('/') + 1);
  const owner = file.owners[0];
  for (const f of files) {
    if (!f.path.startsWith('manifests/configmap-') || (owner && !f.owners.includes(owner))) continue;
    const docs = parsedFile(f.content);
    if (isErrors(docs)) continue;
    const at = docs.findIndex((d) => isObj(d.value) && isObj(d.value.data) && d.value.data[key] === file.content);
    const doc = docs[at];
    if (!doc || !isObj(doc.value) || !isObj(doc.value.data)) continue;
    const value = { ...doc.value, data: { ...doc.value.data, [key]: text } };
    const replaced = docs.map((d, i) => (i === at ? { ...d, value } : d));
    // The file is a view of its container's parameters (`paramsOnly`): its workload's objects say them all.
    const workload = new Set(ownersOfWorkload(design, owner));
    const mine = files.filter((x) => x.owners.some((o) => workload.has(o)));
    return { documents: documentsOf(mine, { path: f.path, documents: replaced }) };
  }
  return { problems: [{ line: 1, column: 1, message: `no ConfigMap of the design holds ${file.path}` }] };
}

/** The ids of the containers of the workload that holds container `id`. */
function ownersOfWorkload(design: Design, id: string | undefined): string[] {
  const w = design.workloads.find((x) => x.containers.some((c) => c.id === id));
  return w ? w.containers.map((c) => c.id) : [];
}

/** A JSON parser's message as a problem at its place (engines name a position or a line and column). */
function jsonProblem(text: string, message: string): TextProblem {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), message };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return { line: 1, column: 1, message };
  const before = text.slice(0, Number(pos[1]));
  const line = (before.match(/\n/g) ?? []).length + 1;
  return { line, column: before.length - before.lastIndexOf('\n'), message };
}

function fromDesignJson(text: string): ReadBackResult {
  try {
    JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [jsonProblem(text, e instanceof Error ? e.message : String(e))] };
  }
  const r = restoreJson(text);
  return r.ok ? { ok: true, design: r.design, notices: [] } : { ok: false, problems: r.errors.map((e) => problem(e)) };
}

/**
 * The design that `text`, typed into the bundle file at `path`, stands for; or the problems that
 * keep the text from being read, each at its line. `before` is the design the preview shows; the
 * bundle may be given when the caller has it (it is `generateBundle(before)`). Never throws.
 */
export function readBack(
  before: Design,
  path: string,
  text: string,
  files: readonly BundleFile[] = generateBundle(before).files,
): ReadBackResult {
  const can = editable(path);
  if (!can.editable) return { ok: false, problems: [{ line: 1, column: 1, message: can.reason }] };
  const file = files.find((f) => f.path === path);
  if (!file) return { ok: false, problems: [{ line: 1, column: 1, message: `the design has no file ${path}` }] };
  if (text === file.content) return { ok: true, design: before, notices: [] };
  if (path === 'design.json') return fromDesignJson(text);
  const own = path.startsWith('configs/') ? userFile(before, file) : undefined;
  if (own) return { ok: true, design: own(text), notices: [] };
  const r = readObjects(before, path, text, files, file);
  if (!r.ok) return r;
  return { ...r, notices: [...r.notices, ...rewritten(r.design, path, text)] };
}

/**
 * A config file the user wrote on a container (`container.files`): its text is the file, so the
 * new text goes in as it is.
 */
function userFile(design: Design, file: BundleFile): ((text: string) => Design) | undefined {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  for (const w of design.workloads)
    for (const c of w.containers) {
      if (c.id !== file.owners[0]) continue;
      const at = (c.files ?? []).findIndex((f) => f.name === name && f.content === file.content);
      if (at < 0) return undefined;
      return (text) => ({
        ...design,
        workloads: design.workloads.map((x) =>
          x !== w
            ? x
            : {
                ...w,
                containers: w.containers.map((y) =>
                  y !== c
                    ? y
                    : { ...c, files: (c.files ?? []).map((f, i) => (i === at ? { ...f, content: text } : f)) },
                ),
              },
        ),
      });
    }
  return undefined;
}

/**
 * Notices for the lines of `text` that the design writes otherwise (a config hash, a value written
 * from another file): the file regenerated is what was typed, or these say where it is not.
 */
function rewritten(design: Design, path: string, text: string): Notice[] {
  const now = generateBundle(design).files.find((f) => f.path === path)?.content;
  if (now === undefined)
    return [{ severity: 'warning', message: `${path} is not written from the design that the text reads as.` }];
  if (now === text) return [];
  // From the first character that differs, a window of lines is compared: the rest of a large file is the same.
  let at = 0;
  while (at < now.length && at < text.length && now.charCodeAt(at) === text.charCodeAt(at)) at++;
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const first = (text.slice(0, from).match(/\n/g) ?? []).length;
  const typed = text.slice(from).split('\n', 50);
  const written = now.slice(from).split('\n', 50);
  const out: Notice[] = [];
  for (let i = 0; i < Math.max(typed.length, written.length) && out.length < 3; i++) {
    const line = written[i];
    if (typed[i] === line) continue;
    out.push({
      severity: 'info',
      message: `${path}, line ${first + i + 1}: Podsmith writes ${line === undefined ? 'no such line' : `\`${line.trim()}\``} here, from the design.`,
      verbatim: typed[i],
    });
  }
  if (out.length === 0) out.push({ severity: 'info', message: `${path}: Podsmith writes the file's end otherwise.` });
  return out;
}

function readObjects(
  before: Design,
  path: string,
  text: string,
  files: readonly BundleFile[],
  file: BundleFile,
): ReadBackResult {
  try {
    let read:
      | { documents: YamlDocument[]; pieces?: { text: string; documents: readonly YamlDocument[] }[] }
      | { problems: TextProblem[] };
    if (path === 'all.yaml') read = readAllYaml(text);
    else if (path.startsWith('configs/')) {
      if (file.language === 'yaml') {
        const r = parseYaml(text);
        if (!r.ok) return { ok: false, problems: r.errors.map((e) => problem(e.replace(/^not valid YAML: /, ''))) };
      }
      read = withConfig(before, files, file, text);
    } else {
      const r = parseYaml(text);
      read = r.ok
        ? { documents: documentsOf(files, { path, documents: r.documents }) }
        : { problems: r.errors.map((e) => problem(e.replace(/^not valid YAML: /, ''))) };
    }
    if ('problems' in read) return { ok: false, problems: read.problems };
    const manifests = files.filter((f) => f.path.startsWith('manifests/'));
    let changed: Map<string, readonly YamlDocument[]> | undefined;
    if (path.startsWith('manifests/')) {
      const own = parseYaml(text);
      if (own.ok) changed = new Map([[path, own.documents]]);
    } else if (read.pieces && read.pieces.length === manifests.length) {
      changed = new Map();
      for (const [i, piece] of read.pieces.entries()) {
        const f = manifests[i] as BundleFile;
        if (piece.text !== f.content) changed.set(f.path, piece.documents);
      }
    }
    const quick = changed && !path.startsWith('configs/') ? scoped(before, manifests, changed) : undefined;
    if (quick) return quick;
    const r = importDocuments(read.documents);
    if (!r.ok) {
      const starts = path === 'all.yaml' ? documentLines(text) : [1];
      return {
        ok: false,
        problems: r.errors.map((e) => {
          const doc = /^document (\d+)/.exec(e);
          return problem(e, 0, doc ? (starts[Number(doc[1]) - 1] ?? 1) : 1);
        }),
      };
    }
    const carried = carryOver(before, r.design);
    if (path.startsWith('configs/')) {
      const params = paramsOnly(before, carried, file.owners[0]);
      if (params) return { ok: true, design: params, notices: r.notices };
    }
    return { ok: true, design: carried, notices: r.notices };
  } catch (e) {
    return {
      ok: false,
      problems: [{ line: 1, column: 1, message: `the text could not be read: ${e instanceof Error ? e.message : e}` }],
    };
  }
}

/**
 * A template's config file is a view of its container's parameters: an edit to it changes those
 * parameters, and everything written from them (ports, probes, the manifests) follows, as the same
 * edit in the form does. Undefined when the container read back as another template or is gone:
 * then the whole reading stands, with its notices.
 */
function paramsOnly(before: Design, carried: Design, owner: string | undefined): Design | undefined {
  for (const w of before.workloads)
    for (const c of w.containers) {
      if (c.id !== owner) continue;
      const now = carried.workloads.find((x) => x.id === w.id)?.containers.find((x) => x.id === c.id);
      if (!now || now.template !== c.template) return undefined;
      if (now.params === c.params) return before;
      return {
        ...before,
        workloads: before.workloads.map((x) =>
          x !== w ? x : { ...w, containers: w.containers.map((y) => (y !== c ? y : { ...c, params: now.params })) },
        ),
      };
    }
  return undefined;
}

/**
 * An edit to the objects of some workloads, read by importing those workloads' objects alone: at 200
 * workloads, the other 199 need not be read again. It applies only where the result cannot differ
 * from reading the whole bundle: every changed file belongs to workloads (not a kept object), and
 * those workloads reach nothing outside themselves (no links to other workloads or externals),
 * before and after. Undefined otherwise: then the whole bundle is read.
 */
function scoped(
  before: Design,
  manifests: readonly BundleFile[],
  changed: ReadonlyMap<string, readonly YamlDocument[]>,
): ReadBackResult | undefined {
  if (changed.size === 0) return { ok: true, design: before, notices: [] };
  const workloadOf = new Map<string, string>();
  for (const w of before.workloads) {
    workloadOf.set(w.id, w.id);
    for (const c of w.containers) workloadOf.set(c.id, w.id);
  }
  const touched = new Set<string>();
  for (const f of manifests) {
    if (!changed.has(f.path)) continue;
    if (f.owners.length === 0) return undefined;
    for (const o of f.owners) touched.add(workloadOf.get(o) ?? '');
  }
  // A file written for containers of several workloads takes them all in.
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of manifests) {
      const ws = f.owners.map((o) => workloadOf.get(o) ?? '');
      if (ws.some((w) => touched.has(w)) && ws.some((w) => !touched.has(w))) {
        for (const w of ws) touched.add(w);
        grew = true;
      }
    }
  }
  if (touched.has('')) return undefined;
  // Externals only these workloads reach go with them; one reached from elsewhere too means the whole bundle.
  const externalIds = new Set(before.externals.map((e) => e.id));
  const ours = new Set<string>();
  for (const l of before.links)
    for (const [a, b] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const)
      if (externalIds.has(a) && touched.has(workloadOf.get(b) ?? '')) ours.add(a);
  const inside = (id: string) => ours.has(id) || touched.has(workloadOf.get(id) ?? '');
  const links = before.links.filter((l) => inside(l.from) || inside(l.to));
  if (links.some((l) => !inside(l.from) || !inside(l.to))) return undefined;
  const externals = before.externals.filter((e) => ours.has(e.id));
  const names = new Set(before.externals.filter((e) => !ours.has(e.id)).map((e) => `${e.kind}/${e.name}`));
  const documents: YamlDocument[] = [];
  for (const f of manifests) {
    if (!f.owners.some(inside)) continue;
    const docs = changed.get(f.path) ?? parsedFile(f.content);
    if (isErrors(docs)) return undefined;
    for (const d of docs) documents.push({ number: documents.length + 1, value: d.value });
  }
  const r = importDocuments(documents);
  if (!r.ok || r.design.extras.length > 0) return undefined;
  if (r.design.externals.some((e) => names.has(`${e.kind}/${e.name}`))) return undefined;
  const mine = before.workloads.filter((w) => touched.has(w.id));
  const part: Design = { ...before, workloads: mine, links, externals, extras: [] };
  const reserved = [
    ...before.links.map((l) => l.id),
    ...before.externals.map((e) => e.id),
    ...before.extras.map((k) => k.id),
  ];
  for (const w of before.workloads) if (!touched.has(w.id)) reserved.push(w.id, ...w.containers.map((c) => c.id));
  const read = carryOver(part, r.design, reserved);
  if (read.name !== before.name || read.namespace !== before.namespace) return undefined;
  if (read.workloads.length !== mine.length || read.workloads.some((w, i) => w.id !== mine[i]?.id)) return undefined;
  if (read === part) return { ok: true, design: before, notices: r.notices };
  const replaced = new Map(read.workloads.map((w) => [w.id, w]));
  const kept = before.links.filter((l) => !inside(l.from) && !inside(l.to));
  const others = before.externals.filter((e) => !ours.has(e.id));
  return {
    ok: true,
    design: {
      ...before,
      workloads: before.workloads.map((w) => replaced.get(w.id) ?? w),
      links: read.links === part.links ? before.links : [...kept, ...read.links],
      externals: read.externals === part.externals ? before.externals : [...others, ...read.externals],
    },
    notices: r.notices,
  };
}
