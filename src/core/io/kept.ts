/**
 * Kept objects from untrusted input (a design file, a share link, an import): each must be a JSON
 * object of at most `MAX_KEPT_CHARS` with an apiVersion, a kind and a DNS `metadata.name`, hold
 * only JSON values (finite numbers, no `undefined`, no prototype keys) and nest at most
 * `MAX_KEPT_DEPTH` deep. The result is a fresh copy that shares nothing with the input.
 *
 * @example keptBody({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } }, [], [])
 */
import type { JsonValue, KeptBody } from '../model/design';
import { FORBIDDEN_KEYS, formatPath, showValue } from '../read/path';
import { isDnsLabel, isDnsSubdomain } from '../validate/names';

/** Kept objects in one design. */
export const MAX_KEPT_OBJECTS = 2_000;
/** Characters of one kept object's JSON (Kubernetes stores objects of up to about 1.5 MB). */
export const MAX_KEPT_CHARS = 1_000_000;
/** Nesting depth inside one kept object (the YAML reader's own limit). */
export const MAX_KEPT_DEPTH = 64;

/** `group/version` or `version`; the version is a DNS-1035 label (`v1`, `v2beta1`). */
const API_VERSION =
  /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** A kind is a CamelCase word: it names files (`manifests/ingress-web.yaml`). */
const KIND = /^[A-Za-z][A-Za-z0-9]{0,62}$/;

type Path = readonly PropertyKey[];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

class TooLarge extends Error {}

/** Takes `n` characters from the budget; throws `TooLarge` when it runs out. */
function spend(budget: Budget, n: number): void {
  budget.chars -= n;
  if (budget.chars < 0) throw new TooLarge();
}

interface Budget {
  chars: number;
  /** The path length at which nesting is too deep. */
  readonly depth: number;
}

/**
 * A JSON copy of `value`, or undefined after reporting the first value that is not JSON. `path` is
 * a stack the walk pushes to and pops from (a copy is made only for a message).
 */
function jsonCopy(value: unknown, path: PropertyKey[], problems: string[], budget: Budget): JsonValue | undefined {
  const bad = (what: string) => {
    problems.push(`${formatPath(path)}: ${what}`);
    return undefined;
  };
  spend(budget, 2);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    spend(budget, value.length);
    return value;
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : bad(`expected a finite number, got ${showValue(value)}`);
  if (path.length >= budget.depth) return bad(`nested more than ${MAX_KEPT_DEPTH} deep`);
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const [i, item] of value.entries()) {
      path.push(i);
      const v = jsonCopy(item, path, problems, budget);
      path.pop();
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (!isPlainObject(value)) return bad(`expected a JSON value, got ${showValue(value)}`);
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) {
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) return bad(`"${key}" is not allowed as a key`);
    spend(budget, key.length);
    const v = jsonCopy(value[key], path, problems, budget);
    path.pop();
    if (v === undefined) return undefined;
    out[key] = v;
  }
  return out;
}

/** Characters of the Kubernetes fields of one container or one workload (`kube`, `pod`, `volumes`, ...). */
export const MAX_FIELDS_CHARS = 1_000_000;

/**
 * A checked JSON copy of the Kubernetes fields at `path` (a container's `kube`, a workload's `pod`,
 * `volumes`, ...), or undefined after adding the first problem to `problems`. `null` is allowed
 * anywhere (it removes what a template would write).
 */
export function jsonFields(
  value: unknown,
  path: Path,
  problems: string[],
  maxChars = MAX_FIELDS_CHARS,
): JsonValue | undefined {
  try {
    return jsonCopy(value, [...path], problems, { chars: maxChars, depth: path.length + MAX_KEPT_DEPTH });
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    problems.push(`${formatPath(path)}: larger than ${maxChars.toLocaleString('en')} characters`);
    return undefined;
  }
}

/**
 * The kept object `value` as a checked copy, or undefined after adding each problem (with its path
 * under `path`) to `problems`.
 */
export function keptBody(value: unknown, path: Path, problems: string[]): KeptBody | undefined {
  const start = problems.length;
  const fail = (at: Path, what: string) => problems.push(`${formatPath([...path, ...at])}: ${what}`);
  if (!isPlainObject(value)) {
    fail([], `expected a Kubernetes object, got ${showValue(value)}`);
    return undefined;
  }
  const { apiVersion, kind, metadata } = value;
  if (typeof apiVersion !== 'string' || !API_VERSION.test(apiVersion) || apiVersion.length > 253)
    fail(['apiVersion'], `expected an API version such as v1 or networking.k8s.io/v1, got ${showValue(apiVersion)}`);
  if (typeof kind !== 'string' || !KIND.test(kind))
    fail(['kind'], `expected a kind such as Ingress (letters and digits), got ${showValue(kind)}`);
  if (!isPlainObject(metadata)) fail(['metadata'], `expected an object, got ${showValue(metadata)}`);
  else {
    if (typeof metadata.name !== 'string' || !isDnsSubdomain(metadata.name))
      fail(
        ['metadata', 'name'],
        `expected a DNS name (lowercase letters, digits, "-" and ".", at most 253), got ${showValue(metadata.name)}`,
      );
    if (metadata.namespace !== undefined && (typeof metadata.namespace !== 'string' || !isDnsLabel(metadata.namespace)))
      fail(['metadata', 'namespace'], `expected a DNS label, got ${showValue(metadata.namespace)}`);
  }
  if (problems.length > start) return undefined;
  try {
    const copy = jsonCopy(value, [...path], problems, { chars: MAX_KEPT_CHARS, depth: path.length + MAX_KEPT_DEPTH });
    return copy === undefined ? undefined : (copy as KeptBody);
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    fail([], `the object is larger than ${MAX_KEPT_CHARS.toLocaleString('en')} characters`);
    return undefined;
  }
}
