/** YAML for manifests: block style, no anchors, no line folding, key order as built. */
import { emitYaml, emitYamlLines, Pieces } from '../../format/yaml/emit';

export { Pieces };

export function toYaml(value: unknown): string {
  return emitYaml(value);
}

/** Adds to `out` the pieces of `toYaml(value)` with each line's newline before it (see `emitYamlLines`). */
export function toYamlLines(value: unknown, out: Pieces): void {
  emitYamlLines(value, out);
}
