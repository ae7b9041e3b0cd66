/**
 * The properties every hostile input must keep: no uncaught exception, an answer in under a second,
 * rejections as readable messages, accepted designs that validate and generate without throwing, and
 * an untouched `Object.prototype`.
 */

import type { Design } from '../../src/core';
import {
  decodeShareLink,
  generateBundle,
  importYaml,
  readTemplateFile,
  restore,
  restoreJson,
  validate,
} from '../../src/core';
import { addWorkload, emptyDesign } from '../../src/core/edit/ops';
import { addContainer } from '../../src/core/edit/template-ops';
import { putUserTemplate } from '../../src/core/edit/templates';
import { POLLUTION_MARK } from './arbitraries';

export type TargetName = 'restore' | 'restoreJson' | 'importYaml' | 'decodeShareLink' | 'readTemplateFile';

type Answer =
  | { readonly ok: true; readonly design: Design }
  | { readonly ok: false; readonly errors: readonly string[] };

const TARGETS: Record<TargetName, (input: never) => Answer> = {
  restore: (input: unknown) => restore(input),
  restoreJson: (input: string) => restoreJson(input),
  importYaml: (input: string) => importYaml(input),
  decodeShareLink: (input: string) => decodeShareLink(input),
  // An accepted template is used: a design carries it and runs one container of it.
  readTemplateFile: (input: string) => {
    const r = readTemplateFile(input);
    if (!r.ok) return r;
    const d = addWorkload(putUserTemplate(emptyDesign('fuzz'), r.template), { name: 'pod' });
    return { ok: true, design: addContainer(d, d.workloads[0]?.id ?? '', r.template.id) };
  },
};

/** Time allowed for one input (the target, then validate and generate on what it accepted). */
export const TIME_LIMIT_MS = 1000;
/** Longest message a user is asked to read. */
export const MAX_MESSAGE_LENGTH = 2000;

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const baseline = PROTOTYPES.map((p) => Reflect.ownKeys(p).length);

function polluted(): string | undefined {
  for (const [i, p] of PROTOTYPES.entries()) {
    if (Reflect.ownKeys(p).length !== baseline[i])
      return `a prototype gained keys: ${Reflect.ownKeys(p).map(String).join(', ')}`;
  }
  if (POLLUTION_MARK in {}) return `Object.prototype.${POLLUTION_MARK} is set`;
  return undefined;
}

/** Why a rejection message is not readable, or undefined when it is. */
export function unreadable(message: unknown): string | undefined {
  if (typeof message !== 'string') return `a message is ${typeof message}, not a string`;
  if (message.trim() === '') return 'a message is empty';
  if (message.includes('[object Object]')) return `a message shows [object Object]: ${message.slice(0, 200)}`;
  if (/\n\s*at\s|\bat .*:\d+:\d+\)?$/m.test(message)) return `a message carries a stack: ${message.slice(0, 200)}`;
  if (message.length > MAX_MESSAGE_LENGTH)
    return `a message is ${message.length} characters long: ${message.slice(0, 200)}…`;
  return undefined;
}

function describeError(e: unknown): string {
  return e instanceof Error
    ? `${e.name}: ${e.message.slice(0, 300)}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}`
    : String(e);
}

/**
 * Runs one input through a target and returns what went wrong, or undefined when every property
 * holds. Never throws.
 */
export function checkInput(target: TargetName, input: unknown): string | undefined {
  const run = TARGETS[target] as (input: unknown) => Answer;
  let answer: Answer = { ok: false, errors: ['not run'] };
  let answered = Number.POSITIVE_INFINITY;
  // A slow answer is timed a second time, so that a pause of the garbage collector is not taken for a hang.
  for (let attempt = 0; attempt < 2 && answered > TIME_LIMIT_MS; attempt++) {
    const started = performance.now();
    try {
      answer = run(input);
    } catch (e) {
      return `${target} threw ${describeError(e)}`;
    }
    answered = performance.now() - started;
  }
  if (answered > TIME_LIMIT_MS) return `${target} took ${Math.round(answered)} ms`;
  const pollution = polluted();
  if (pollution) return `${target}: ${pollution}`;
  if (!answer.ok) {
    if (!Array.isArray(answer.errors) || answer.errors.length === 0) return `${target} refused without a message`;
    for (const message of answer.errors) {
      const problem = unreadable(message);
      if (problem) return `${target}: ${problem}`;
    }
    return undefined;
  }
  const checked = performance.now();
  try {
    validate(answer.design);
    generateBundle(answer.design);
  } catch (e) {
    return `${target} accepted a design that then threw in validate/generateBundle: ${describeError(e)}`;
  }
  const generated = performance.now() - checked;
  if (generated > TIME_LIMIT_MS)
    return `${target} accepted a design that took ${Math.round(generated)} ms to validate and generate`;
  return polluted() ? `validate/generateBundle: ${polluted()}` : undefined;
}

/** A short, printable picture of an input for a failure report. */
export function showInput(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    text = String(input);
  }
  text = text ?? String(input);
  return text.length > 400 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}
