/**
 * The JSON schema the preview's YAML editor checks manifests against, made at build time from the
 * Kubernetes definitions the `kubernetes-models` package ships (its TypeScript declarations carry
 * every field's type and description; its compiled validators say which numbers are integers).
 * Nothing is fetched: the schema is made from node_modules, by `vite build` (see `k8sSchemaPlugin`)
 * and by the tests.
 *
 * The schema holds one definition per Kubernetes type reached from the kinds below, and applies
 * the definition of a document's kind when its `kind` and `apiVersion` say which (`allOf` of
 * `if`/`then`); a document of another kind (a kept ClusterRole, say) is not checked.
 *
 * Usage: `npx tsx scripts/k8s-schema.ts [OUT.json]` prints the schema's size, and writes it to OUT.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A JSON schema, as much of it as this generator writes. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  enum?: readonly unknown[];
  examples?: readonly unknown[];
  const?: unknown;
  $ref?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
}

/** One kind the schema checks: its apiVersion and the declaration file under kubernetes-models. */
export interface KindEntry {
  readonly apiVersion: string;
  readonly kind: string;
  readonly module: string;
}

/** The kinds Podsmith writes, keeps or is likely to meet in a manifest beside them. */
export const KINDS: readonly KindEntry[] = [
  { apiVersion: 'v1', kind: 'Pod', module: 'v1/Pod' },
  { apiVersion: 'v1', kind: 'Service', module: 'v1/Service' },
  { apiVersion: 'v1', kind: 'ConfigMap', module: 'v1/ConfigMap' },
  { apiVersion: 'v1', kind: 'Secret', module: 'v1/Secret' },
  { apiVersion: 'v1', kind: 'Namespace', module: 'v1/Namespace' },
  { apiVersion: 'v1', kind: 'ServiceAccount', module: 'v1/ServiceAccount' },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim', module: 'v1/PersistentVolumeClaim' },
  { apiVersion: 'apps/v1', kind: 'Deployment', module: 'apps/v1/Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', module: 'apps/v1/StatefulSet' },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', module: 'apps/v1/DaemonSet' },
  { apiVersion: 'batch/v1', kind: 'Job', module: 'batch/v1/Job' },
  { apiVersion: 'batch/v1', kind: 'CronJob', module: 'batch/v1/CronJob' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', module: 'networking.k8s.io/v1/Ingress' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', module: 'networking.k8s.io/v1/NetworkPolicy' },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', module: 'policy/v1/PodDisruptionBudget' },
  {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    module: 'autoscaling/v2/HorizontalPodAutoscaler',
  },
];

/** Fields the API server writes; a manifest has no business setting them, so they are left out. */
const SERVER_FIELDS = new Set(['status', 'managedFields', 'resourceVersion', 'uid', 'selfLink', 'generation']);

const require = createRequire(import.meta.url);

/** The folder of an installed package. */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Names a definition after its declaration file: `apps.v1.DeploymentSpec`, `meta.v1.ObjectMeta`. */
function definitionName(fileName: string, modelsDir: string, machineryDir: string): string {
  const inMachinery = fileName.startsWith(machineryDir);
  const rel = relative(inMachinery ? machineryDir : modelsDir, fileName).replace(/\.d\.ts$/, '');
  const parts = rel.split(/[\\/]/).filter((part) => part !== 'apis' && part !== 'api');
  return (inMachinery ? parts : parts).join('.');
}

/**
 * The properties whose validator checks for a whole number, read from a compiled validator of
 * kubernetes-models (`_schemas/IoK8s….js`): `void 0!==data.replicas&&(validate0(…` names the
 * property's function, and that function tests `data%1`.
 */
function integerProperties(validatorSource: string): ReadonlySet<string> {
  const integerFunctions = new Set<string>();
  const functions = validatorSource.split(/(?=function validate\d+\(data)/);
  for (const chunk of functions) {
    const name = /^function (validate\d+)\(data/.exec(chunk)?.[1];
    const body = chunk.slice(0, chunk.indexOf('.errors=vErrors') + 1 || undefined);
    if (name !== undefined && /!\(data%1\)/.test(body)) integerFunctions.add(name);
  }
  const found = new Set<string>();
  for (const match of validatorSource.matchAll(/void 0!==data\.(\w+)&&\(?(?:null!==data\.\w+&&)?\(?(validate\d+)\(/g)) {
    const [, property, fn] = match;
    if (property !== undefined && fn !== undefined && integerFunctions.has(fn)) found.add(property);
  }
  return found;
}

/** The compiled validator's file of a declaration, found by the alias the declaration exports. */
function validatorFor(declarationSource: string, fileName: string): string | undefined {
  const alias = /as IIo(K8s\w+)\b/.exec(declarationSource)?.[1];
  if (alias === undefined) return undefined;
  let dir = dirname(fileName);
  for (let up = 0; up < 5; up += 1) {
    const candidate = join(dir, '_schemas', `Io${alias}.js`);
    try {
      return readFileSync(candidate, 'utf8');
    } catch {
      dir = dirname(dir);
    }
  }
  return undefined;
}

const docOf = (symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined => {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text === '' ? undefined : text;
};

/**
 * The schema of every kind in `kinds`, with the definitions they reach.
 *
 * @example
 * const schema = generateKubernetesSchema();
 * schema.definitions?.['apps.v1.DeploymentSpec']?.properties?.replicas; // { type: 'integer', description: … }
 */
export function generateKubernetesSchema(kinds: readonly KindEntry[] = KINDS): JsonSchema {
  const modelsDir = packageDir('kubernetes-models');
  const machineryDir = packageDir('@kubernetes-models/apimachinery');
  const roots = kinds.map((entry) => join(modelsDir, `${entry.module}.d.ts`));
  const program = ts.createProgram(roots, {
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const checker = program.getTypeChecker();
  const definitions: Record<string, JsonSchema> = {};
  const integers = new Map<string, ReadonlySet<string>>();

  const integersOf = (fileName: string): ReadonlySet<string> => {
    let hit = integers.get(fileName);
    if (hit === undefined) {
      const source = program.getSourceFile(fileName)?.text ?? '';
      const validator = validatorFor(source, fileName);
      hit = validator === undefined ? new Set() : integerProperties(validator);
      integers.set(fileName, hit);
    }
    return hit;
  };

  /** The schema of a TypeScript type; `integer` when the field's validator wants a whole number. */
  const schemaOf = (type: ts.Type, integer: boolean): JsonSchema => {
    if (type.isUnion()) {
      const members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (members.length > 0 && members.every((member) => member.isStringLiteral()))
        return { type: 'string', enum: members.map((member) => (member as ts.StringLiteralType).value) };
      if (members.every((member) => member.flags & ts.TypeFlags.BooleanLike)) return { type: 'boolean' };
      if (members.length === 1 && members[0] !== undefined) return schemaOf(members[0], integer);
      const simple = members.map((member) => schemaOf(member, false));
      if (simple.every((s) => typeof s.type === 'string' && Object.keys(s).length === 1))
        return { type: simple.map((s) => s.type as string) };
      return { anyOf: simple };
    }
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: integer ? 'integer' : 'number' };
    if (type.flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: item === undefined ? {} : schemaOf(item, integer) };
    }
    if (type.flags & ts.TypeFlags.Object) {
      const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
      if (index !== undefined && type.getProperties().length === 0)
        return { type: 'object', additionalProperties: schemaOf(index.type, false) };
      const symbol = type.getSymbol() ?? type.aliasSymbol;
      const declaration = symbol?.declarations?.[0];
      if (symbol !== undefined && declaration !== undefined && ts.isInterfaceDeclaration(declaration)) {
        const fileName = declaration.getSourceFile().fileName;
        const name = definitionName(fileName, modelsDir, machineryDir);
        if (!(name in definitions)) {
          definitions[name] = {};
          definitions[name] = objectSchema(type, symbol, fileName);
        }
        return { $ref: `#/definitions/${name}` };
      }
      if (type.getProperties().length === 0) return { type: 'object' };
    }
    return {};
  };

  const objectSchema = (type: ts.Type, symbol: ts.Symbol, fileName: string): JsonSchema => {
    const wholeNumbers = integersOf(fileName);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of type.getProperties()) {
      const name = property.getName();
      if (SERVER_FIELDS.has(name)) continue;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration === undefined) continue;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      const description = docOf(property, checker);
      properties[name] = {
        ...schemaOf(propertyType, wholeNumbers.has(name)),
        ...(description === undefined ? {} : { description }),
      };
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(name);
    }
    const description = docOf(symbol, checker);
    return {
      type: 'object',
      ...(description === undefined ? {} : { description }),
      properties,
      ...(required.length === 0 ? {} : { required }),
    };
  };

  const checks: JsonSchema[] = [];
  for (const [i, entry] of kinds.entries()) {
    const file = program.getSourceFile(roots[i] ?? '');
    const declaration = file?.statements.find(
      (statement): statement is ts.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(statement) && statement.name.text === `I${entry.kind}`,
    );
    if (file === undefined || declaration === undefined)
      throw new Error(`kubernetes-models has no I${entry.kind} in ${entry.module}.d.ts; update KINDS`);
    const ref = schemaOf(checker.getTypeAtLocation(declaration), false);
    checks.push({
      if: {
        type: 'object',
        properties: { kind: { const: entry.kind }, apiVersion: { const: entry.apiVersion } },
        required: ['kind', 'apiVersion'],
      },
      // biome-ignore lint/suspicious/noThenProperty: a JSON schema's if/then.
      then: ref,
    });
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'podsmith:kubernetes',
    title: 'Kubernetes object',
    description: `A Kubernetes object. Checked kinds: ${kinds.map((k) => `${k.kind} (${k.apiVersion})`).join(', ')}.`,
    type: 'object',
    properties: {
      apiVersion: {
        type: 'string',
        description: 'The versioned schema of this object, e.g. apps/v1 for a Deployment.',
        // Suggested, not enforced: an object of another kind is left unchecked.
        examples: [...new Set(kinds.map((k) => k.apiVersion))],
      },
      kind: {
        type: 'string',
        description: 'The kind of object this document describes.',
        examples: kinds.map((k) => k.kind),
      },
    },
    allOf: checks,
    definitions,
  };
}

/**
 * The small schema of a kustomization.yaml (kustomize is not part of the Kubernetes API, so
 * kubernetes-models has none): the fields Podsmith writes, described.
 */
export function kustomizationSchema(): JsonSchema {
  const strings = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });
  const map = (description: string): JsonSchema => ({
    type: 'object',
    additionalProperties: { type: 'string' },
    description,
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'podsmith:kustomization',
    title: 'Kustomization',
    type: 'object',
    properties: {
      apiVersion: {
        type: 'string',
        enum: ['kustomize.config.k8s.io/v1beta1'],
        description: 'The kustomize API version.',
      },
      kind: { type: 'string', enum: ['Kustomization'], description: 'Always Kustomization.' },
      resources: strings('Files, folders or other kustomizations whose objects this one includes.'),
      namespace: { type: 'string', description: 'The namespace set on every object.' },
      namePrefix: { type: 'string', description: 'Prepended to the name of every object.' },
      nameSuffix: { type: 'string', description: 'Appended to the name of every object.' },
      commonLabels: map('Labels added to every object and to its selectors.'),
      commonAnnotations: map('Annotations added to every object.'),
      labels: {
        type: 'array',
        description: 'Labels added to every object; includeSelectors says whether selectors get them too.',
        items: {
          type: 'object',
          properties: {
            pairs: map('The labels.'),
            includeSelectors: { type: 'boolean', description: 'Adds the labels to selectors as well.' },
            includeTemplates: { type: 'boolean', description: 'Adds the labels to pod templates as well.' },
          },
        },
      },
      patches: {
        type: 'array',
        description:
          'Patches applied to the objects: a file (path) or inline text (patch), and which objects (target).',
        items: {
          type: 'object',
          properties: {
            path: { type: 'string', description: 'A file holding a strategic merge or JSON 6902 patch.' },
            patch: { type: 'string', description: 'The patch itself, inline.' },
            target: {
              type: 'object',
              description: 'Which objects the patch applies to.',
              properties: {
                group: { type: 'string' },
                version: { type: 'string' },
                kind: { type: 'string' },
                name: { type: 'string' },
                namespace: { type: 'string' },
                labelSelector: { type: 'string' },
              },
            },
          },
        },
      },
      images: {
        type: 'array',
        description: 'Image names and tags to replace in every container.',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', description: 'The image name as the manifests write it.' },
            newName: { type: 'string', description: 'The image name to write instead.' },
            newTag: { type: 'string', description: 'The tag to write instead.' },
            digest: { type: 'string', description: 'A digest to pin instead of a tag.' },
          },
        },
      },
      replicas: {
        type: 'array',
        description: 'Replica counts to set, by workload name.',
        items: {
          type: 'object',
          properties: { name: { type: 'string' }, count: { type: 'integer' } },
          required: ['name', 'count'],
        },
      },
    },
  };
}

/** The generated module's source: both schemas, parsed once from JSON text. */
export function schemaModuleSource(): string {
  const json = JSON.stringify({ kubernetes: generateKubernetesSchema(), kustomization: kustomizationSchema() });
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}

/** The id a module imports the schemas by; made by `k8sSchemaPlugin` during the build. */
export const SCHEMA_MODULE_ID = 'virtual:podsmith-k8s-schema';

/**
 * A Vite plugin that makes the schemas at build time as the module `virtual:podsmith-k8s-schema`
 * (`export default { kubernetes, kustomization }`).
 */
export function k8sSchemaPlugin() {
  const resolved = `\0${SCHEMA_MODULE_ID}`;
  let source: string | undefined;
  return {
    name: 'podsmith-k8s-schema',
    resolveId(id: string) {
      return id === SCHEMA_MODULE_ID ? resolved : undefined;
    },
    load(id: string) {
      if (id !== resolved) return undefined;
      source ??= schemaModuleSource();
      return source;
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const text = JSON.stringify(generateKubernetesSchema());
  const ms = performance.now() - started;
  console.log(`Kubernetes schema: ${(text.length / 1024).toFixed(0)} KB of JSON in ${ms.toFixed(0)} ms`);
  const out = process.argv[2];
  if (out !== undefined) writeFileSync(out, text);
}
