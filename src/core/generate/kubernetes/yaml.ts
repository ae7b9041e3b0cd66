/** YAML for manifests: block style, no anchors, no line folding, key order as built. */
import { emitYaml } from '../../format/yaml/emit';

export function toYaml(value: unknown): string {
  return emitYaml(value);
}
