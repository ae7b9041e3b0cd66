/** YAML for manifests: block style, no anchors, no line folding, key order as built. */
import { emitYaml, emitYamlInto } from '../../format/yaml/emit';

export function toYaml(value: unknown): string {
  return emitYaml(value);
}

/** Pushes onto `out` the pieces of `toYaml(value)`. */
export function toYamlInto(value: unknown, out: string[]): void {
  emitYamlInto(value, out);
}
