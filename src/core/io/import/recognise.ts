/**
 * Which template a container of an imported pod is: every template's recogniser is asked in the
 * order of their ranks, the first that claims the container wins, and a container none claims is an
 * app. To recognise one more template, give it a `recognise` (and a `recogniseRank` where the order
 * matters) in its folder.
 */

import { recogniseApp, TEMPLATES } from '../../catalog';
import type { RecogniseInput, Recogniser, Recognition } from '../../read/recognise';
import type { Notice } from './types';

const DEFAULT_RANK = 50;

export const RECOGNISERS: readonly Recogniser[] = TEMPLATES.flatMap((t) =>
  t.recognise ? [{ rank: t.recogniseRank ?? DEFAULT_RANK, recognise: t.recognise }] : [],
)
  .sort((a, b) => a.rank - b.rank)
  .map((r) => r.recognise);

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
