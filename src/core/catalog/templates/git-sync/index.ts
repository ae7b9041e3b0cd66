/**
 * git-sync sidecar: the book's "simple PaaS" (Ch. 2). git-sync v4 pulls a repository into an emptyDir
 * it shares with the app, and publishes each checkout atomically through a symlink, so the app always
 * sees one whole commit.
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { RULES, type RuleId } from '../../../contracts/rules';
import type { ElementRef } from '../../../model/design';
import { ABSOLUTE_PATH } from '../../rules';
import { proposeSecurity } from '../../shared/security';
import { sharedDirProblem, volumeName } from '../../shared/shared-dir';
import {
  type BuildInput,
  type Contribution,
  defineTemplate,
  type ParamSpecs,
  type ParamsOf,
  type SecretMount,
  type StringRule,
} from '../../types';
import { example } from './example';
import { GIT_SYNC_ROOT, GIT_SYNC_SECRET_DIR } from './paths';
import { recogniseGitSync } from './recognise';

export { GIT_SYNC_ROOT, GIT_SYNC_SECRET_DIR };

const TAIL = '[^\\s\\u0000-\\u001f\\u007f]';
const HOST_PART = '[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?';
const USER_INFO = `(?:[^\\s/@\\u0000-\\u001f\\u007f]+@)?`;

/** An https, ssh:// or scp-style (`git@host:path`) git URL without spaces or control characters. */
export const GIT_REPO_URL: StringRule = {
  pattern: new RegExp(
    `^(?:https://${USER_INFO}${HOST_PART}(?::[0-9]{1,5})?(?:/${TAIL}*)?` +
      `|ssh://${USER_INFO}${HOST_PART}(?::[0-9]{1,5})?/${TAIL}+` +
      `|[A-Za-z0-9._-]+@${HOST_PART}:${TAIL}+)$`,
  ),
  message: 'an https or ssh git URL such as https://github.com/org/site.git or git@github.com:org/site.git',
};

/** A branch, tag or commit name as git accepts it (`git check-ref-format`, simplified). */
export const GIT_REF: StringRule = {
  pattern: /^(?![-./])(?!.*(?:\.\.|\/\/|@\{|\/\.|\.lock\/))(?!.*(?:\.lock|\/|\.)$)[A-Za-z0-9._/+@-]+$/,
  message: 'a branch, tag or commit hash such as main, v1.4.0 or HEAD',
};

/** One file name for the published symlink, not hidden (git-sync keeps `.git` and `.worktrees` beside it). */
export const LINK_NAME: StringRule = {
  pattern: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/,
  message: 'one file name of letters, digits, ".", "_" and "-", not starting with "." (e.g. current)',
};

/** A Kubernetes Secret name (DNS-1123 subdomain). */
const SECRET_NAME: StringRule = {
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  message: 'a Secret name of lowercase letters, digits, "-" and ".", e.g. git-ssh',
};

const TEACHING =
  'A sidecar adds a capability to an app without changing it. Here the capability is deployment ' +
  'itself: git-sync pulls a git repository into a directory it shares with the app, and pulls again ' +
  'every period, so pushing to the repository deploys the code (the book’s "simple PaaS"). The app ' +
  'only has to reload when its files change, e.g. with nodemon.\n\n' +
  'Why a separate container: syncing knows nothing of the app, so one well-tested image serves ' +
  'every app in every language, and it can be updated, restarted and limited on its own.\n\n' +
  'git-sync publishes each commit atomically: it checks the commit out into a new worktree, then ' +
  'flips a relative symlink (Link name) to it, so the app never reads a half-written tree. The app ' +
  'mounts the shared volume at Mount path and finds the files at MOUNT/LINK.\n\n' +
  'Parameters: Repository URL is what to clone (https, or ssh with a key Secret); Ref is the branch, ' +
  'tag or commit to follow (HEAD = the default branch); Period is how long to wait between pulls; ' +
  'Depth limits history (1 = the commit only, 0 = everything); Health port serves git-sync’s HTTP ' +
  'endpoint, which answers 503 until the first sync succeeds: with native sidecars it is the startup ' +
  'probe, so the app starts only once the files are there.';

const GIT_SYNC_PARAMS = {
  repo: {
    kind: 'string',
    title: 'Repository URL',
    doc: 'The git repository to sync: https://… or, with an SSH key Secret, git@host:path.',
    default: 'https://github.com/kubernetes/git-sync.git',
    rule: GIT_REPO_URL,
    maxLength: 2048,
    placeholder: 'https://github.com/org/site.git',
  },
  ref: {
    kind: 'string',
    title: 'Ref',
    doc: 'Branch, tag or commit to check out; HEAD follows the default branch.',
    default: 'HEAD',
    rule: GIT_REF,
    maxLength: 255,
    placeholder: 'main',
  },
  period: {
    kind: 'int',
    title: 'Period',
    doc: 'Seconds between two pulls.',
    default: 60,
    min: 1,
    max: 86400,
    unit: 's',
  },
  depth: {
    kind: 'int',
    title: 'Depth',
    doc: 'Commits of history to fetch: 1 for the checked-out commit only, 0 for the whole history.',
    default: 1,
    min: 0,
    max: 1000000,
  },
  mountPath: {
    kind: 'string',
    title: 'Mount path',
    doc: 'Where the app mounts the shared volume (read-only); the files are at MOUNT/LINK.',
    default: '/srv/app',
    rule: ABSOLUTE_PATH,
    maxLength: 1024,
    placeholder: '/srv/app',
  },
  link: {
    kind: 'string',
    title: 'Link name',
    doc: 'Name of the symlink under the mount path that points at the current checkout.',
    default: 'current',
    rule: LINK_NAME,
    maxLength: 255,
    placeholder: 'current',
  },
  healthPort: {
    kind: 'int',
    title: 'Health port',
    doc: "Port of git-sync's HTTP endpoint: 200 once the first sync succeeded, 503 before.",
    default: 8081,
    min: 1,
    max: 65535,
  },
  sshKeySecret: {
    kind: 'string',
    title: 'SSH key Secret',
    doc: 'For ssh URLs: a Secret with keys "ssh" and "known_hosts", mounted at /etc/git-secret.',
    default: '',
    required: false,
    rule: SECRET_NAME,
    maxLength: 253,
    placeholder: 'git-ssh',
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type GitSyncParams = ParamsOf<typeof GIT_SYNC_PARAMS>;

function diag(rule: RuleId, input: BuildInput, field: string, message: string, fix: string): Diagnostic {
  const { workload, container } = input;
  const target: ElementRef =
    field === 'nativeSidecars'
      ? { kind: 'workload', workloadId: workload.id, field }
      : { kind: 'container', workloadId: workload.id, containerId: container.id, field };
  return { rule, severity: RULES[rule].severity, target, message, fix };
}

function check(input: BuildInput<GitSyncParams>): readonly Diagnostic[] {
  const { params, container } = input;
  const out: Diagnostic[] = [];
  const repo = params.repo;
  const name = container.name;
  if (/^https:\/\/[^/@]*@/.test(repo) || /^ssh:\/\/[^/@]*:[^/@]*@/.test(repo))
    out.push(
      diag(
        'PS150',
        input,
        'repo',
        `${name}: the repository URL carries credentials; they would be readable in the pod spec by anyone who can read it.`,
        'Remove user and password from the URL; for a private repository use ssh with a key Secret.',
      ),
    );
  const ssh = repo.startsWith('ssh://') || /^[A-Za-z0-9._-]+@/.test(repo);
  if (ssh && params.sshKeySecret === '')
    out.push(
      diag(
        'PS151',
        input,
        'sshKeySecret',
        `${name}: ${repo} is an ssh URL but no SSH key Secret is set; git-sync cannot authenticate.`,
        'Set SSH key Secret to a Secret with keys "ssh" (the private key) and "known_hosts", or use an https URL.',
      ),
    );
  const mountPath = params.mountPath;
  const problem = ABSOLUTE_PATH.pattern.test(mountPath) ? sharedDirProblem(mountPath) : undefined;
  if (problem)
    out.push(
      diag(
        'PS152',
        input,
        'mountPath',
        `${name}: mount path ${mountPath} ${problem}.`,
        'Choose a directory of its own for the synced files, e.g. /srv/app.',
      ),
    );
  if (!input.workload.nativeSidecars)
    out.push(
      diag(
        'PS153',
        input,
        'nativeSidecars',
        `${name}: without native sidecars the app starts at once and may find ${mountPath} empty until the first sync.`,
        'Turn on native sidecars for this workload (Kubernetes 1.29+), or make the app wait for its files.',
      ),
    );
  return out;
}

/** The user the git-sync image runs as (`USER 65533:65533`). */
const GIT_SYNC_UID = 65533;

function build({ params, container }: BuildInput<GitSyncParams>): Contribution {
  const repo = params.repo;
  const link = params.link;
  const mountPath = params.mountPath;
  const healthPort = params.healthPort;
  const sshKeySecret = params.sshKeySecret;
  const secrets: SecretMount[] = sshKeySecret
    ? [{ volume: volumeName(container.name, 'ssh'), secretName: sshKeySecret, mountPath: GIT_SYNC_SECRET_DIR }]
    : [];
  return {
    ports: [{ name: 'git-sync', containerPort: healthPort, scope: 'pod' }],
    args: [
      `--repo=${repo}`,
      `--ref=${params.ref}`,
      `--period=${params.period}s`,
      `--depth=${params.depth}`,
      `--root=${GIT_SYNC_ROOT}`,
      `--link=${link}`,
      `--http-bind=:${healthPort}`,
    ],
    sharedDirs: [
      {
        name: volumeName(container.name, 'content'),
        mountPath: GIT_SYNC_ROOT,
        appMountPath: mountPath,
        purpose: `reads the files synced from ${repo} at ${mountPath}/${link}`,
        appReadOnly: true,
      },
    ],
    ...(secrets.length ? { secrets } : {}),
    readinessProbe: { kind: 'http', port: healthPort, path: '/', periodSeconds: 5 },
    // The image's user (65533) writes the checkout to the shared volume and git's own files under
    // its HOME, /tmp.
    ...proposeSecurity({
      program: 'git-sync',
      container: container.name,
      runAsUser: GIT_SYNC_UID,
      ports: [healthPort],
      writablePaths: ['/tmp'],
    }),
    startupProbe: { kind: 'http', port: healthPort, path: '/', periodSeconds: 2, failureThreshold: 150 },
    notes: [
      `The app finds the checked-out files at ${mountPath}/${link}, a symlink git-sync flips to each new commit; read files through it (do not resolve it once at start).`,
      `git-sync answers HTTP 503 on port ${healthPort} until the first sync succeeds; it is the readiness probe, and the startup probe when the workload runs native sidecars.`,
      ...(sshKeySecret
        ? [
            `Create the SSH Secret first: kubectl create secret generic ${sshKeySecret} --from-file=ssh=PRIVATE_KEY --from-file=known_hosts=KNOWN_HOSTS`,
          ]
        : []),
    ],
  };
}

export const gitSync = defineTemplate({
  id: 'git-sync',
  role: 'sidecar',
  title: 'git-sync',
  summary: 'Pulls a git repository into a volume the app serves, again every period: push to deploy.',
  teaching: TEACHING,
  recognise: recogniseGitSync,
  recogniseRank: 41,
  example,
  peers: (p) => [
    { via: 'external', name: 'git-repository', kind: 'other', address: p.repo, link: 'files', inbound: true },
  ],
  image: 'registry.k8s.io/git-sync/git-sync:v4.7.1',
  defaultName: 'git-sync',
  params: GIT_SYNC_PARAMS,
  build,
  check,
});
