/** Small readers the template recognisers share: a container's environment and values that may be absent. */
import type { Params } from '../../model/design';
import type { RecogniseInput } from '../../read/recognise';
import { flag } from '../../read/words';

/** The literal value of an environment variable of the container, if it has one. */
export function envValue(input: RecogniseInput, name: string): string | undefined {
  const e = input.container.env.find((x) => x.name === name)?.source;
  return e?.kind === 'value' ? e.value : undefined;
}

/** `SECRET/KEY` of an environment variable taken from a Secret, if it is one. */
export function envSecretRef(input: RecogniseInput, name: string): string | undefined {
  const e = input.container.env.find((x) => x.name === name)?.source;
  return e?.kind === 'secret' ? `${e.name}/${e.key}` : undefined;
}

/** A flag's value, else the first of the environment variables that is set to a value. */
export function setting(input: RecogniseInput, flags: readonly string[], vars: readonly string[]): string | undefined {
  const fromFlag = flag([...input.container.command, ...input.container.args], flags);
  if (fromFlag !== undefined) return fromFlag;
  for (const name of vars) {
    const value = envValue(input, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A whole number of at most `digits` digits, or undefined. */
export function wholeNumberOf(v: string | undefined, digits = 15): number | undefined {
  return v !== undefined && v.length <= digits && /^[0-9]+$/.test(v) ? Number(v) : undefined;
}

/** Parameters that are set, with undefined ones left out (the template's defaults apply). */
export function defined(p: Readonly<Record<string, string | number | boolean | undefined>>): Params {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Params;
}
