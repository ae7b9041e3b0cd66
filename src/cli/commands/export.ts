import { render } from '../../core';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';
import { formatDiagnostic } from './validate';

/**
 * `podsmith export DESIGN.json --out DIR` writes the bundle; `--format yaml` prints all.yaml.
 * A design with errors writes nothing and exits 1.
 */
export const exportCommand: Command = async (argv, io) => {
  const { positionals, options } = parseArgs(argv, ['out', 'format']);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const format = options.get('format') ?? 'bundle';
  if (format !== 'bundle' && format !== 'yaml') throw new UsageError(`--format must be yaml or bundle, got ${format}`);
  const out = options.get('out');
  if (format === 'bundle' && !out) throw new UsageError('export needs --out DIR (or --format yaml to print all.yaml)');
  const design = readDesign(io, positionals[0]);
  const { diagnostics, bundle } = render(design);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors) io.stderr(`${formatDiagnostic(design, d)}\n`);
    io.stderr(`not exported: ${errors.length} error(s) would make the output wrong\n`);
    return 1;
  }
  if (format === 'yaml') {
    io.stdout(bundle.files.find((f) => f.path === 'all.yaml')?.content ?? '');
    return 0;
  }
  const dir = (out as string).replace(/\/+$/, '');
  for (const f of bundle.files) {
    const slash = f.path.lastIndexOf('/');
    io.mkdir(slash < 0 ? dir : `${dir}/${f.path.slice(0, slash)}`);
    io.writeFile(`${dir}/${f.path}`, f.content);
  }
  io.stdout(`wrote ${bundle.files.length} files to ${dir}\n`);
  return 0;
};
