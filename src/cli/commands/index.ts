/** The CLI's commands by name. To add one: write `commands/NAME.ts` exporting a Command, list it here. */
import type { Command } from '../io';
import { exampleCommand, examplesCommand } from './examples';
import { exportCommand } from './export';
import { importCommand } from './import';
import { routeCommand } from './route';
import { shardCommand } from './shard';
import { validateCommand } from './validate';

export const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly usage: string }>> = {
  examples: { run: examplesCommand, usage: 'podsmith examples' },
  example: { run: exampleCommand, usage: 'podsmith example NAME' },
  export: { run: exportCommand, usage: 'podsmith export DESIGN.json (--out DIR | --format yaml)' },
  import: { run: importCommand, usage: 'podsmith import FILE.yaml > design.json' },
  validate: { run: validateCommand, usage: 'podsmith validate DESIGN.json' },
  shard: { run: shardCommand, usage: 'podsmith shard DESIGN.json --container NAME KEY... (or keys on stdin)' },
  route: { run: routeCommand, usage: 'podsmith route DESIGN.json --container NAME IP... (or addresses on stdin)' },
};
