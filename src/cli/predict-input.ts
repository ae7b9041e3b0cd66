/**
 * What `podsmith shard` and `podsmith route` share: finding the ambassador container a prediction is
 * about, with its resolved parameters, and gathering the items (keys, addresses) from the arguments or
 * standard input.
 */
import { type Container, type Design, getTemplate, type Params, resolveParams, type Workload } from '../core';
import { type CliIO, UsageError } from './io';

export interface FoundContainer {
  readonly workload: Workload;
  readonly container: Container;
  readonly params: Params;
}

/**
 * The container `spec` names (`NAME`, or `WORKLOAD/NAME` when several workloads have one of that
 * name), which must be made from `template`; `what` says what that template is, for the error.
 */
export function findContainer(
  design: Design,
  spec: string | undefined,
  template: string,
  what: string,
): FoundContainer {
  if (spec === undefined || spec === '') throw new UsageError('missing --container NAME');
  const slash = spec.indexOf('/');
  const [workloadName, name] = slash < 0 ? [undefined, spec] : [spec.slice(0, slash), spec.slice(slash + 1)];
  const matches = design.workloads.flatMap((workload) =>
    workload.containers
      .filter((c) => c.name === name && (workloadName === undefined || workload.name === workloadName))
      .map((container) => ({ workload, container })),
  );
  if (matches.length === 0) {
    const all = design.workloads.flatMap((w) => w.containers.map((c) => `${w.name}/${c.name}`));
    throw new UsageError(`no container "${spec}" in the design (containers: ${all.join(', ') || 'none'})`);
  }
  if (matches.length > 1) {
    const where = matches.map((m) => `${m.workload.name}/${m.container.name}`).join(', ');
    throw new UsageError(`several containers are named "${spec}": say which with WORKLOAD/NAME (${where})`);
  }
  const { workload, container } = matches[0] as { workload: Workload; container: Container };
  const definition = getTemplate(container.template);
  if (container.template !== template || !definition) {
    const kind = definition ? `${definition.title} (${container.template})` : `"${container.template}"`;
    throw new UsageError(`container "${spec}" is ${kind}, not ${what}`);
  }
  return { workload, container, params: resolveParams(definition, container.params) };
}

/** The items given after the options, or else standard input's non-empty lines (CR LF or LF). */
export async function readItems(io: CliIO, given: readonly string[], what: string): Promise<string[]> {
  if (given.length > 0) return [...given];
  const text = await io.readStdin();
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const items = lines.filter((line) => line !== '');
  if (items.length === 0) throw new UsageError(`no ${what}: give them as arguments or on standard input, one a line`);
  return items;
}
