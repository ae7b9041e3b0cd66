/**
 * Log-file adapter: the app writes its log into a file; the adapter follows the file and prints it on
 * its own stdout, where `kubectl logs` and every node-level log collector already look.
 */
import type { Diagnostic } from '../../../contracts/diagnostic';
import { RULES, type RuleId } from '../../../contracts/rules';
import { ABSOLUTE_PATH } from '../../rules';
import { NOBODY_UID, restricted } from '../../shared/security';
import { baseOf, dirOf, sharedDirProblem, volumeName } from '../../shared/shared-dir';
import { type BuildInput, type Contribution, defineTemplate, type ParamSpecs, type ParamsOf } from '../../types';
import { example } from './example';
import { recogniseLogTailer } from './recognise';

const TEACHING =
  'An adapter gives an app the interface everyone else expects. In Kubernetes, logs are expected on ' +
  'a container’s stdout and stderr: that is what kubectl logs shows and what log collectors on the ' +
  'node ship. Many older apps only write log files.\n\n' +
  'The app writes its file into a directory the pod shares (an emptyDir mounted in both containers at ' +
  'the same path); the adapter runs tail -F on it and prints every new line. tail -F follows the file ' +
  'by name, so it waits for a file that does not exist yet and keeps up when the file is rotated.\n\n' +
  'Why a separate container: the app stays unchanged, and the adapter is a few megabytes of busybox ' +
  'that works for any app. Read the app’s log with kubectl logs POD -c ADAPTER.\n\n' +
  'Parameter: Log path is the absolute path of the file the app writes; its directory becomes the ' +
  'shared volume, so choose a directory that holds only logs.';

const LOG_TO_STDOUT_PARAMS = {
  logPath: {
    kind: 'string',
    title: 'Log path',
    doc: 'Absolute path of the log file the app writes; its directory is shared with the app.',
    default: '/var/log/app/app.log',
    rule: ABSOLUTE_PATH,
    maxLength: 1024,
    placeholder: '/var/log/app/app.log',
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type LogToStdoutParams = ParamsOf<typeof LOG_TO_STDOUT_PARAMS>;

function diag(rule: RuleId, input: BuildInput, message: string, fix: string): Diagnostic {
  const { workload, container } = input;
  const target = { kind: 'container', workloadId: workload.id, containerId: container.id, field: 'logPath' } as const;
  return { rule, severity: RULES[rule].severity, target, message, fix };
}

function check(input: BuildInput<LogToStdoutParams>): readonly Diagnostic[] {
  const path = input.params.logPath;
  if (!ABSOLUTE_PATH.pattern.test(path)) return [];
  const name = input.container.name;
  const base = baseOf(path);
  if (base === '' || base === '.' || base === '..')
    return [
      diag(
        'PS154',
        input,
        `${name}: log path ${path} names a directory, not the file the app writes.`,
        'Write the path of the log file, e.g. /var/log/app/app.log.',
      ),
    ];
  const dir = dirOf(path);
  const problem = sharedDirProblem(dir);
  return problem
    ? [
        diag(
          'PS152',
          input,
          `${name}: the log directory ${dir} ${problem}.`,
          'Put the log file in a directory of its own, e.g. /var/log/app/app.log.',
        ),
      ]
    : [];
}

function build({ params, container }: BuildInput<LogToStdoutParams>): Contribution {
  const path = params.logPath;
  const dir = dirOf(path);
  return {
    ports: [],
    command: ['tail'],
    args: ['-n', '0', '-F', path],
    // No probe: tail opens no port, and there is nothing to ask it.
    // tail only reads the shared log directory: any user and a read-only root will do.
    ...restricted({ container: container.name, runAsUser: NOBODY_UID }),
    sharedDirs: [
      {
        name: volumeName(container.name, 'logs'),
        mountPath: dir,
        appMountPath: dir,
        purpose: `writes its log file ${baseOf(path)} there`,
      },
    ],
    notes: [
      `Read the app's log with kubectl logs POD -c ${container.name}.`,
      `${dir} is an emptyDir: it grows until the app rotates its log, and it is lost with the pod.`,
    ],
  };
}

export const logToStdout = defineTemplate({
  id: 'log-to-stdout',
  role: 'adapter',
  title: 'Log file to stdout',
  summary: "Follows a log file the app writes and prints it to stdout, for kubectl logs and the node's collector.",
  teaching: TEACHING,
  recognise: recogniseLogTailer,
  recogniseRank: 44,
  example,
  appLink: { kind: 'logs', toApp: false },
  image: 'busybox:1.36.1',
  defaultName: 'log-to-stdout',
  params: LOG_TO_STDOUT_PARAMS,
  readsFrom: (params) => [params.logPath],
  build,
  check,
});
