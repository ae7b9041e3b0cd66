/**
 * The core's only entry: the design model, the catalog, validation, generators, import and
 * prediction. Framework-free: it runs in the browser and in Node alike.
 */

export type { Analysis, BuiltContainer, BuiltWorkload } from './analyze';
export { analyze, builtContainer, builtWorkload } from './analyze';
export { getTemplate, type ParamEntry, paramEntries, resolveParams, TEMPLATES, templatesOf } from './catalog';
export { allTemplatesIn, templateFor, templatesOfRole, userTemplatesIn } from './catalog/lookup';
export type * from './catalog/types';
export * from './catalog/user';
export type { Diagnostic, Severity } from './contracts/diagnostic';
export { configLanguageOf } from './contracts/files';
export type { RuleId } from './contracts/rules';
export { RULES } from './contracts/rules';
export * from './edit/container-fields';
export type { DesignSketch } from './edit/sketch';
export { DEFAULT_RESOURCES, sketchDesign } from './edit/sketch';
export * from './edit/workload-fields';
export type { ExampleDef } from './examples';
export { EXAMPLES, FIRST_DESIGN, FIRST_EXAMPLE, getExample } from './examples';
export type { Bundle, BundleFile, BundleLayout, FileLanguage } from './generate/bundle';
export { designObjects, generateBundle, withLayout } from './generate/bundle';
export { designJson } from './io/design-json';
export type { ImportResult, Notice } from './io/import';
export { importYaml } from './io/import';
export type { TextFormat, TextImportResult } from './io/import/text';
export { importText } from './io/import/text';
export type { Editable, ReadBackResult, TextProblem } from './io/readback';
export { editable, readBack } from './io/readback';
export type { RestoreResult } from './io/restore';
export { restore, restoreJson } from './io/restore';
export {
  decodeShareLink,
  encodeShareLink,
  isShareLinkTooLong,
  SHARE_FORMAT,
  SHARE_LINK_LIMIT,
  SHARE_LINK_MAX_BYTES,
} from './io/share';
export * from './model/design';
export type {
  ContainerFields,
  PodFields,
  ProbeFields,
  ProbeKind,
  PullPolicy,
  ServiceFields,
  ServiceType,
  UserFile as ContainerFile,
} from './model/kube';
export { POD_FORM_FIELDS, PROBE_KINDS, PULL_POLICIES, SERVICE_TYPES } from './model/kube';
export * from './predict';
export type { Rendered } from './render';
export { render } from './render';
export { validate } from './validate';
export type { LineSpan } from './validate/lines';
export { diagnosticSpans } from './validate/lines';
export { describeTarget } from './validate/locate';
export { checkParams } from './validate/params';
