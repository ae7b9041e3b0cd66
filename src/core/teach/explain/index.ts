/**
 * Line explanations for the preview: hovering a line of a generated nginx.conf, nutcracker.yaml or
 * fluent.conf says what that directive does.
 */
import { explainFluentd } from './fluentd';
import { explainNginx } from './nginx';
import { explainTwemproxy } from './twemproxy';

/**
 * What one line of a generated config does, or undefined when there is nothing to say.
 * `language` is `nginx`, `fluentd`, or `twemproxy` (or `nutcracker`): a caller showing a YAML file
 * passes `twemproxy` for nutcracker.yaml only, since Kubernetes YAML has keys of the same names.
 *
 * @example explainLine('nginx', '        ip_hash;') // 'Sticky by client address: ...'
 */
export function explainLine(language: string, line: string): string | undefined {
  switch (language) {
    case 'nginx':
      return explainNginx(line);
    case 'fluentd':
      return explainFluentd(line);
    case 'twemproxy':
    case 'nutcracker':
      return explainTwemproxy(line);
    default:
      return undefined;
  }
}

export { explainFluentd, explainNginx, explainTwemproxy };
