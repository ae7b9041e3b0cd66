/**
 * Every validation rule, with its stable id. Ids never change meaning; tests cite them.
 * Severity `error` blocks export: the output would be wrong. `warning` is advice.
 */
export const RULES = {
  PS001: { severity: 'error', title: 'Names are DNS-1123 labels' },
  PS002: { severity: 'error', title: 'Port names are IANA service names (at most 15 characters)' },
  PS003: { severity: 'error', title: 'Ports are between 1 and 65535' },
  PS004: { severity: 'error', title: 'Two containers of one pod listen on the same port' },
  PS005: { severity: 'error', title: "An app's localhost target has a container listening there" },
  PS006: { severity: 'error', title: 'A container that reads a file shares a volume with a writer' },
  PS007: { severity: 'error', title: 'A link points at something that exists' },
  PS008: { severity: 'error', title: 'Weights are at least 1' },
  PS009: { severity: 'error', title: 'A parameter is within its bounds' },
  PS010: { severity: 'error', title: 'A parameter has a value the generated file can hold' },
  PS011: { severity: 'warning', title: 'Images are pinned to a tag or digest' },
  PS012: { severity: 'warning', title: 'Containers request CPU and memory' },
  PS013: { severity: 'error', title: 'Names are unique where Kubernetes needs them to be' },
  PS014: { severity: 'error', title: 'Replicas are valid for the workload kind' },
  PS015: { severity: 'error', title: 'Labels are valid Kubernetes labels' },
  PS016: { severity: 'error', title: 'A container uses a template of its role' },
  PS017: { severity: 'warning', title: 'A pod has an app container' },
  PS018: { severity: 'error', title: 'Resource quantities are valid' },
  PS019: { severity: 'error', title: 'Images are valid image references' },
  PS022: { severity: 'error', title: 'Generated object names fit Kubernetes limits' },
  // PS100-PS129: nginx templates (https-terminator, request-splitter, tee, service-broker)
  // PS130-PS139: twemproxy
  // PS140-PS149: fluentd templates
  // PS150-PS179: other sidecars, adapters and apps
} as const;

export type RuleId = keyof typeof RULES;
