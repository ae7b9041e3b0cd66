/**
 * Every recogniser, in the order they are asked; the first that claims a container wins, and a
 * container none claims is an app. To recognise one more template: write its recogniser, list it
 * here, and add an import test with a manifest of that program.
 */

import type { Notice } from '../types';
import { recogniseLogTailer, recogniseMysqlHealth, recogniseRedisExporter } from './adapters';
import { recogniseApp } from './app';
import { recogniseFluentd } from './fluentd';
import { recogniseNginx } from './nginx';
import { recogniseGitSync, recogniseTopz } from './sidecars';
import { recogniseTwemproxy } from './twemproxy';
import type { RecogniseInput, Recogniser, Recognition } from './types';

export const RECOGNISERS: readonly Recogniser[] = [
  recogniseTwemproxy,
  recogniseNginx,
  recogniseFluentd,
  recogniseRedisExporter,
  recogniseGitSync,
  recogniseTopz,
  recogniseMysqlHealth,
  recogniseLogTailer,
];

/** The template of one container, with the notices of recognisers that had to decline it. */
export function recognise(input: RecogniseInput): { recognition: Recognition; notices: readonly Notice[] } {
  const notices: Notice[] = [];
  for (const r of RECOGNISERS) {
    const found = r(input);
    if (!found) continue;
    if ('declined' in found) {
      notices.push(...found.notices);
      break;
    }
    return { recognition: found, notices: [...notices, ...(found.notices ?? [])] };
  }
  const app = recogniseApp(input);
  return { recognition: app, notices: [...notices, ...(app.notices ?? [])] };
}
