/**
 * The step most lessons open with: add a helper container to the pod of the app it serves, and a
 * finder for it that says, when it is missing or in the wrong pod, what the learner should change.
 */

import { addContainer } from '../edit/template-ops';
import type { Design } from '../model/design';
import { fail, PASS, type Placed, placedBeside, placedOf, podWith } from './queries';
import type { LessonStep } from './types';

export interface BesideSpec {
  /** Template of the helper the learner adds, and of the app it must run beside. */
  readonly template: string;
  readonly beside: string;
  /** Why it must be in the app's pod, said when it is found in another pod. */
  readonly elsewhere: (pod: string) => string;
  /** Said when there is none yet. */
  readonly missing: string;
}

/** The helper placed beside its app, or a sentence saying what is wrong. */
export function findBeside(design: Design, spec: BesideSpec): Placed | string {
  const found = placedBeside(design, spec.template, spec.beside);
  if (found) return found;
  const elsewhere = placedOf(design, spec.template)[0];
  return elsewhere ? spec.elsewhere(elsewhere.workload.name) : spec.missing;
}

/** A step that passes once the helper runs in its app's pod; Show me adds it there. */
export function addBesideStep(
  spec: BesideSpec,
  text: Pick<LessonStep, 'id' | 'title' | 'instruction' | 'hint'>,
): LessonStep {
  return {
    ...text,
    check: (design) => {
      const found = findBeside(design, spec);
      return typeof found === 'string' ? fail(found) : PASS;
    },
    showMe: (design) => {
      const pod = podWith(design, spec.beside);
      return pod && !placedBeside(design, spec.template, spec.beside)
        ? addContainer(design, pod.id, spec.template)
        : design;
    },
  };
}
