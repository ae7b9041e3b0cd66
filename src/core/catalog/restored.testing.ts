/** Test helper: parameter values as restore() lets them through to a build. */

import { sketchDesign } from '../edit/sketch';
import { restore } from '../io/restore';
import type { Params } from '../model/design';
import type { TemplateDef } from './types';

/**
 * `params` after a round trip through JSON and restore(), as every design reaches a build; undefined
 * when restore() refuses them (a value of the wrong type for its parameter).
 *
 * @example restoredParams(twemproxy, { listenPort: 'x' }) // undefined
 */
export function restoredParams(template: TemplateDef, params: unknown): Params | undefined {
  const design = sketchDesign({
    name: 'restored',
    workloads: [{ name: 'web', containers: [{ template: template.id, params: params as Params }] }],
  });
  const restored = restore(JSON.parse(JSON.stringify(design)));
  return restored.ok ? restored.design.workloads[0]?.containers[0]?.params : undefined;
}
