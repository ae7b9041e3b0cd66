import { EXAMPLES, getExample } from '../../core';
import { designJson } from '../../core/io/design-json';
import { type Command, UsageError } from '../io';

/** `podsmith examples`: one example a line, NAME first, then its summary. */
export const examplesCommand: Command = async (argv, io) => {
  if (argv.length) throw new UsageError(`examples takes no arguments (got ${argv[0]})`);
  const width = Math.max(...EXAMPLES.map((e) => e.name.length));
  for (const e of EXAMPLES) io.stdout(`${e.name.padEnd(width)}  ${e.summary}\n`);
  return 0;
};

/** `podsmith example NAME`: the example design as JSON. */
export const exampleCommand: Command = async (argv, io) => {
  const [name, extra] = argv;
  if (!name) throw new UsageError('missing NAME (see podsmith examples)');
  if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
  const example = getExample(name);
  if (!example) throw new UsageError(`unknown example "${name}" (see podsmith examples)`);
  io.stdout(designJson(example.design));
  return 0;
};
