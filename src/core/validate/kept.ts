/**
 * Rules for kept objects (`design.extras`, rules PS160-PS169): they go into the bundle beside the
 * generated objects, so they must not take a generated object's kind and name; a kept Secret's data
 * would sit in clear text in every file and link that carries the design; and kustomization.yaml
 * puts every namespaced object into the design's namespace.
 */
import type { Analysis } from '../analyze';
import type { Diagnostic } from '../contracts/diagnostic';
import { RULES, type RuleId } from '../contracts/rules';
import { generatedIdentities, objectIdentity as identity } from '../generate/bundle';
import { keptNamespace } from '../generate/kept';
import type { Design, KeptObject } from '../model/design';

function diag(rule: RuleId, kept: KeptObject, message: string, fix: string): Diagnostic {
  return { rule, severity: RULES[rule].severity, target: { kind: 'design', field: `extras.${kept.id}` }, message, fix };
}

/**
 * Which of `wanted` identities a generated object of the design has, from the identities the
 * generator remembers per built workload: a keystroke makes no object list of the whole design.
 */
function generatedAmong(analysis: Analysis, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const w of analysis.workloads)
    for (const id of generatedIdentities(analysis.design, w)) if (wanted.has(id)) found.add(id);
  return found;
}

const REMOVE = 'Remove it under "Other objects kept for export" in the design\'s inspector';

/** Every diagnostic about the design's kept objects; none when it has none. */
export function keptRules(design: Design, analysis: Analysis): Diagnostic[] {
  if (!design.extras.length) return [];
  const out: Diagnostic[] = [];
  const kept = new Set(design.extras.map(({ object: o }) => identity(o.apiVersion, o.kind, o.metadata.name)));
  const generated = generatedAmong(analysis, kept);
  const seen = new Set<string>();
  for (const k of design.extras) {
    const { apiVersion, kind, metadata } = k.object;
    const ref = `${kind}/${metadata.name}`;
    const id = identity(apiVersion, kind, metadata.name);
    if (generated.has(id))
      out.push(
        diag(
          'PS160',
          k,
          `Kept ${ref} has the kind and name of an object the design generates; the bundle would hold two ${ref}.`,
          `${REMOVE}, or rename the workload whose ${kind} is named ${metadata.name}.`,
        ),
      );
    else if (seen.has(id))
      out.push(
        diag('PS160', k, `Two kept objects are ${ref}; the bundle would hold both.`, `${REMOVE} (one of them).`),
      );
    seen.add(id);
    if (kind === 'Secret' && apiVersion === 'v1' && (k.object.data !== undefined || k.object.stringData !== undefined))
      out.push(
        diag(
          'PS161',
          k,
          `Kept ${ref} holds its data, which goes in clear text (base64 is no encryption) into manifests/, all.yaml, design.json, saved designs and share links.`,
          `${REMOVE} and create the Secret in the cluster separately (kubectl create secret), or keep a sealed or external secret instead.`,
        ),
      );
    const namespace = keptNamespace(design, k);
    if (namespace !== undefined && namespace !== design.namespace)
      out.push(
        diag(
          'PS162',
          k,
          `Kept ${ref} is in namespace ${namespace}: all.yaml and manifests/ keep it there, but kustomization.yaml puts every object into ${design.namespace}.`,
          `Set the design's namespace to ${namespace}, or ${REMOVE.charAt(0).toLowerCase()}${REMOVE.slice(1)} and apply it separately.`,
        ),
      );
  }
  return out;
}
