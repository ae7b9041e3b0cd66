import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { baseOf, dirOf, sharedDirProblem, volumeName } from '../../shared/shared-dir';
import { logToStdout } from './index';

function design(params: Params = {}, withApp = true) {
  return sketchDesign({
    name: 'logs',
    workloads: [
      {
        name: 'web',
        containers: [
          ...(withApp ? [{ template: 'app-generic', name: 'web' }] : []),
          { template: 'log-to-stdout', name: 'access-log', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no adapter container');
  return built.contribution;
}

const rules = (params: Params, withApp = true) => validate(design(params, withApp)).map((d) => d.rule);

describe('log-to-stdout build', () => {
  it('follows the default file by name from its end, one argument each', () => {
    const c = contribution();
    expect(c.command).toEqual(['tail']);
    expect(c.args).toEqual(['-n', '0', '-F', '/var/log/app/app.log']);
    expect(c.ports).toEqual([]);
  });

  it('shares the directory of the file at the same path in both containers', () => {
    expect(contribution({ logPath: '/var/log/nginx/access.log' }).sharedDirs).toEqual([
      {
        name: 'access-log-logs',
        mountPath: '/var/log/nginx',
        appMountPath: '/var/log/nginx',
        purpose: 'writes its log file access.log there',
      },
    ]);
  });

  it('reads the log path, for the shared-volume rule', () => {
    expect(logToStdout.readsFrom?.({ logPath: '/data/x.log' })).toEqual(['/data/x.log']);
  });

  it('keeps a path that starts with a dash-like name as one argument after -F', () => {
    expect(contribution({ logPath: '/logs/-n' }).args).toEqual(['-n', '0', '-F', '/logs/-n']);
  });
});

describe('log-to-stdout validation', () => {
  it('passes the defaults beside an app with no diagnostic', () => {
    expect(validate(design())).toEqual([]);
  });

  it('PS006: the file must be written by an app of the pod', () => {
    expect(rules({}, false)).toContain('PS006');
    expect(rules({}, true)).not.toContain('PS006');
  });

  it.each(['var/log/app.log', 'app.log', '/var/log/my app.log', ''])('PS010: refuses %j', (logPath) => {
    expect(validate(design({ logPath })).some((d) => d.rule === 'PS010' && d.target.field === 'logPath')).toBe(true);
  });

  it.each(['/var/log/app/', '/var/log/..', '/var/log/.'])('PS154: %s names no file', (logPath) => {
    const d = validate(design({ logPath })).find((x) => x.rule === 'PS154');
    expect(d?.severity).toBe('error');
    expect(d?.target).toMatchObject({ field: 'logPath' });
  });

  it.each(['/app.log', '/etc/app.log', '/usr/app.log', '/var/app.log', '/var/log/../app.log', '/proc/1/fd'])(
    'PS152: %s would put the volume over a directory the image needs',
    (logPath) => {
      expect(rules({ logPath })).toContain('PS152');
    },
  );

  it.each(['/var/log/app/app.log', '/var/log/nginx/access.log', '/data/logs/app.log', '/tmp/app.log'])(
    'accepts %s',
    (logPath) => {
      expect(validate(design({ logPath }))).toEqual([]);
    },
  );
});

describe('shared directory helpers', () => {
  it('splits paths', () => {
    expect(dirOf('/var/log/app/app.log')).toBe('/var/log/app');
    expect(dirOf('/app.log')).toBe('/');
    expect(baseOf('/var/log/app/app.log')).toBe('app.log');
    expect(baseOf('/var/log/')).toBe('');
  });

  it('names volumes after the container, always a DNS label', () => {
    expect(volumeName('git-sync', 'content')).toBe('git-sync-content');
    expect(volumeName('Bad_Name!', 'logs')).toBe('bad-name-logs');
    expect(volumeName('', 'logs')).toBe('logs');
    const long = volumeName('a'.repeat(63), 'content');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });

  it('refuses relative paths and accepts ordinary directories', () => {
    expect(sharedDirProblem('srv')).toBe('is not an absolute path');
    expect(sharedDirProblem('/srv/site')).toBeUndefined();
    expect(sharedDirProblem('/dev')).toMatch(/system directory/);
  });
});
