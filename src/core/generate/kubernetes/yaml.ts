/** YAML for manifests: block style, no anchors, no line folding, key order as built. */
import { dump } from 'js-yaml';

export function toYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true });
}
