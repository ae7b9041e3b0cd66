/** What an import says about the input: the one shape of its notices. */

/**
 * Something the import could not carry into the design as it was, or changed on the way. Nothing in
 * the input is dropped without one.
 */
export interface Notice {
  /** `warning`: something of the input is not in the design; `info`: changed on the way, on purpose. */
  readonly severity: 'info' | 'warning';
  readonly message: string;
  /** The object and field it is about, e.g. `Deployment/web spec.template.spec.containers[0].livenessProbe`. */
  readonly path?: string;
  /** The input as it was (YAML or the config file's text), so that nothing is lost. */
  readonly verbatim?: string;
}
