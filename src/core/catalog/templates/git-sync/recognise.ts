/** git-sync read back from its flags and variables (v4 and v3 spellings). */
import { at, list, str } from '../../../read/objects';
import { mountsOf } from '../../../read/pod';
import type { RecogniseInput, Recogniser } from '../../../read/recognise';
import { baseName, imageName, portOf, seconds } from '../../../read/words';
import { defined, setting } from '../../shared/recognise-values';
import { GIT_SYNC_ROOT, GIT_SYNC_SECRET_DIR } from './paths';

/** Ports the pod's other containers declare or are told to listen on (`--addr=:8080` and the like). */
function portsInUse(input: RecogniseInput): Set<number> {
  const out = new Set<number>();
  for (const c of input.pod.containers) {
    if (c === input.container) continue;
    for (const p of list(c.value.ports)) {
      const n = at(p, 'containerPort');
      if (typeof n === 'number') out.add(n);
    }
    for (const w of [...c.command, ...c.args]) {
      const m = /^--?[a-z.-]*(?:addr|address|port|listen|bind)[a-z.-]*=(.+)$/.exec(w);
      const n = m ? portOf(m[1] as string) : undefined;
      if (n !== undefined) out.add(n);
    }
  }
  return out;
}

export const recogniseGitSync: Recogniser = (input) => {
  const { container, pod } = input;
  if (imageName(container.image) !== 'git-sync') return undefined;
  const root = setting(input, ['--root'], ['GITSYNC_ROOT', 'GIT_SYNC_ROOT']) ?? GIT_SYNC_ROOT;
  const content = mountsOf(container).find(
    (m) =>
      m.mountPath.replace(/\/+$/, '') === root.replace(/\/+$/, '') && pod.volumes.get(m.volume)?.emptyDir !== undefined,
  );
  const appMount = content
    ? pod.containers
        .filter((c) => c !== container)
        .flatMap((c) => mountsOf(c))
        .find((m) => m.volume === content.volume)
    : undefined;
  const ssh = mountsOf(container).find(
    (m) =>
      m.mountPath.replace(/\/+$/, '') === GIT_SYNC_SECRET_DIR &&
      str(at(pod.volumes.get(m.volume), 'secret', 'secretName')),
  );
  // git-sync v4 syncs every 10 s and links the leaf directory of the repository when not told otherwise.
  const period =
    setting(input, ['--period', '--wait'], ['GITSYNC_PERIOD', 'GIT_SYNC_PERIOD', 'GIT_SYNC_WAIT']) ?? '10s';
  const repo = setting(input, ['--repo'], ['GITSYNC_REPO', 'GIT_SYNC_REPO']);
  const leaf = repo ? baseName(repo.replace(/\/+$/, '')).replace(/\.git$/, '') : undefined;
  const depth = setting(input, ['--depth'], ['GITSYNC_DEPTH', 'GIT_SYNC_DEPTH']);
  const bind = setting(input, ['--http-bind'], ['GITSYNC_HTTP_BIND', 'GIT_SYNC_HTTP_BIND']);
  // Without --http-bind git-sync serves nothing; the template always does, on a port the pod leaves free.
  const used = portsInUse(input);
  let health = 8081;
  while (used.has(health)) health++;
  return {
    template: 'git-sync',
    params: defined({
      repo,
      ref: setting(
        input,
        ['--ref', '--rev', '--branch'],
        ['GITSYNC_REF', 'GIT_SYNC_REF', 'GIT_SYNC_REV', 'GIT_SYNC_BRANCH'],
      ),
      period: seconds(period),
      depth: depth !== undefined && /^[0-9]+$/.test(depth) ? Number(depth) : undefined,
      mountPath: appMount?.mountPath.replace(/\/+$/, ''),
      link: setting(input, ['--link', '--dest'], ['GITSYNC_LINK', 'GIT_SYNC_LINK', 'GIT_SYNC_DEST']) ?? leaf,
      healthPort: bind === undefined ? health : portOf(bind),
      sshKeySecret: ssh ? str(at(pod.volumes.get(ssh.volume), 'secret', 'secretName')) : undefined,
    }),
    volumes: [...(content ? [content.volume] : []), ...(ssh ? [ssh.volume] : [])],
    env: container.env.map((e) => e.name).filter((n) => /^GIT_?SYNC_/.test(n)),
  };
};
