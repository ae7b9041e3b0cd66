import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { resolveParams } from '../../params';
import { GIT_REF, GIT_REPO_URL, GIT_SYNC_ROOT, gitSync } from './index';

function design(params: Params = {}, nativeSidecars = true) {
  return sketchDesign({
    name: 'paas',
    workloads: [
      {
        name: 'site',
        nativeSidecars,
        containers: [
          { template: 'app-generic', name: 'web' },
          { template: 'git-sync', name: 'git-sync', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no git-sync container');
  return built.contribution;
}

function rulesOf(params: Params = {}, nativeSidecars = true) {
  return validate(design(params, nativeSidecars)).map((d) => d.rule);
}

describe('git-sync build', () => {
  it('passes git-sync v4 flags, one string each, for the defaults', () => {
    const c = contribution();
    expect(c.args).toEqual([
      '--repo=https://github.com/kubernetes/git-sync.git',
      '--ref=HEAD',
      '--period=60s',
      '--depth=1',
      `--root=${GIT_SYNC_ROOT}`,
      '--link=current',
      '--http-bind=:8081',
    ]);
    expect(c.command).toBeUndefined();
    expect(c.ports).toEqual([{ name: 'git-sync', containerPort: 8081, scope: 'pod' }]);
  });

  it('shares its root with the app, read-only, at the mount path', () => {
    expect(contribution({ mountPath: '/usr/share/nginx/html' }).sharedDirs).toEqual([
      {
        name: 'git-sync-content',
        mountPath: '/git',
        appMountPath: '/usr/share/nginx/html',
        purpose:
          'reads the files synced from https://github.com/kubernetes/git-sync.git at /usr/share/nginx/html/current',
        appReadOnly: true,
      },
    ]);
  });

  it('probes the HTTP endpoint that answers 503 until the first sync', () => {
    const c = contribution({ healthPort: 9000 });
    expect(c.startupProbe).toEqual({ kind: 'http', port: 9000, path: '/', periodSeconds: 2, failureThreshold: 150 });
    expect(c.readinessProbe).toEqual({ kind: 'http', port: 9000, path: '/', periodSeconds: 5 });
    expect(c.args).toContain('--http-bind=:9000');
  });

  it.each([
    [{ period: 1 }, '--period=1s'],
    [{ period: 86400 }, '--period=86400s'],
    [{ depth: 0 }, '--depth=0'],
    [{ depth: 1000000 }, '--depth=1000000'],
    [{ healthPort: 65535 }, '--http-bind=:65535'],
    [{ ref: 'feature/new-home' }, '--ref=feature/new-home'],
    [{ link: 'html' }, '--link=html'],
  ])('writes %o as %s', (params, arg) => {
    expect(contribution(params).args).toContain(arg);
  });

  it('mounts the SSH key Secret where git-sync looks for it', () => {
    const c = contribution({ repo: 'git@github.com:org/site.git', sshKeySecret: 'git-ssh' });
    expect(c.secrets).toEqual([{ volume: 'git-sync-ssh', secretName: 'git-ssh', mountPath: '/etc/git-secret' }]);
    expect(c.notes?.some((n) => n.includes('kubectl create secret generic git-ssh'))).toBe(true);
    expect(contribution().secrets).toBeUndefined();
  });

  it('fills every default', () => {
    expect(resolveParams(gitSync, {})).toEqual({
      repo: 'https://github.com/kubernetes/git-sync.git',
      ref: 'HEAD',
      period: 60,
      depth: 1,
      mountPath: '/srv/app',
      link: 'current',
      healthPort: 8081,
      sshKeySecret: '',
    });
  });
});

describe('git-sync parameter rules', () => {
  it.each([
    'https://github.com/org/site.git',
    'https://git.example.com:8443/team/site',
    'https://github.com',
    'ssh://git@github.com/org/site.git',
    'git@github.com:org/site.git',
  ])('accepts the repository %s', (repo) => {
    expect(GIT_REPO_URL.pattern.test(repo)).toBe(true);
  });

  it.each([
    'http://github.com/org/site.git',
    'https://github.com/org/my site.git',
    'https://github.com/org/site.git\n--exec=x',
    'file:///etc/passwd',
    '--upload-pack=touch /tmp/x',
    'github.com/org/site',
    '',
  ])('refuses the repository %j (PS010 on repo)', (repo) => {
    const diags = validate(design({ repo }));
    expect(diags.some((d) => d.rule === 'PS010' && d.target.field === 'repo')).toBe(true);
  });

  it.each(['HEAD', 'main', 'v1.4.0', 'release/2024-10', 'a3f9c2e1d0b4a3f9c2e1d0b4a3f9c2e1d0b4a3f9'])(
    'accepts the ref %s',
    (ref) => {
      expect(GIT_REF.pattern.test(ref)).toBe(true);
    },
  );

  it.each(['-x', 'a..b', 'main.lock', 'feature/', '.hidden', 'a b', 'a~1', 'a^', 'x@{1}', 'a//b', ''])(
    'refuses the ref %j',
    (ref) => {
      expect(validate(design({ ref })).some((d) => d.rule === 'PS010' && d.target.field === 'ref')).toBe(true);
    },
  );

  it.each(['.git', '.worktrees', '..', 'a/b', ''])('refuses the link name %j', (link) => {
    expect(validate(design({ link })).some((d) => d.rule === 'PS010' && d.target.field === 'link')).toBe(true);
  });

  it.each([
    ['period', 0, 'PS009'],
    ['period', 86401, 'PS009'],
    ['depth', -1, 'PS009'],
    ['healthPort', 0, 'PS009'],
  ] as const)('refuses %s = %d (%s)', (key, value, rule) => {
    expect(validate(design({ [key]: value })).some((d) => d.rule === rule && d.target.field === key)).toBe(true);
  });
});

describe('git-sync check()', () => {
  it('passes the defaults with no diagnostic at all', () => {
    expect(validate(design())).toEqual([]);
  });

  it.each(['https://user:secret@github.com/org/site.git', 'https://ghp_token@github.com/org/site.git'])(
    'PS150: warns about credentials in %s',
    (repo) => {
      const d = validate(design({ repo })).find((x) => x.rule === 'PS150');
      expect(d?.severity).toBe('warning');
      expect(d?.target).toMatchObject({ kind: 'container', field: 'repo' });
    },
  );

  it('PS150: a plain https URL carries no credentials', () => {
    expect(rulesOf({ repo: 'https://github.com/org/site.git' })).not.toContain('PS150');
  });

  it('PS151: an ssh URL needs a key Secret', () => {
    expect(rulesOf({ repo: 'git@github.com:org/site.git' })).toContain('PS151');
    expect(rulesOf({ repo: 'ssh://git@github.com/org/site.git' })).toContain('PS151');
    expect(rulesOf({ repo: 'git@github.com:org/site.git', sshKeySecret: 'git-ssh' })).not.toContain('PS151');
  });

  it.each(['/etc', '/usr', '/var/lib', '/proc/self', '/srv/../etc', '/srv/./app', '/srv//app', '/srv/app/'])(
    'PS152: refuses the mount path %s',
    (mountPath) => {
      const d = validate(design({ mountPath })).find((x) => x.rule === 'PS152');
      expect(d?.severity).toBe('error');
      expect(d?.target).toMatchObject({ field: 'mountPath' });
    },
  );

  it('PS152: the root directory is refused too', () => {
    expect(rulesOf({ mountPath: '/' })).toContain('PS152');
  });

  it.each(['/srv/app', '/usr/share/nginx/html', '/var/www', '/app'])(
    'PS152: accepts the mount path %s',
    (mountPath) => {
      expect(rulesOf({ mountPath })).not.toContain('PS152');
    },
  );

  it('PS153: says, on the workload, that without native sidecars the app may start first', () => {
    const d = validate(design({}, false)).find((x) => x.rule === 'PS153');
    expect(d?.severity).toBe('info');
    expect(d?.target).toEqual({ kind: 'workload', workloadId: 'w1', field: 'nativeSidecars' });
    expect(rulesOf({}, true)).not.toContain('PS153');
  });
});
