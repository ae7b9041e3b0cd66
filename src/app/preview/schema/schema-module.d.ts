/** The schemas `scripts/k8s-schema.ts` makes at build time (`k8sSchemaPlugin`). */
declare module 'virtual:podsmith-k8s-schema' {
  import type { JSONSchema } from 'monaco-yaml';

  const schemas: { readonly kubernetes: JSONSchema; readonly kustomization: JSONSchema };
  export default schemas;
}
