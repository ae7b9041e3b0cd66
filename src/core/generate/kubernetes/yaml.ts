/** YAML for manifests: block style, no anchors, no line folding, key order as built. */
import { emitYaml, emitYamlLines } from '../../format/yaml/emit';

export function toYaml(value: unknown): string {
  return emitYaml(value);
}

/** Pushes onto `out` the pieces of `toYaml(value)` with each line's newline before it (see `emitYamlLines`). */
export function toYamlLines(value: unknown, out: string[]): void {
  emitYamlLines(value, out);
}
