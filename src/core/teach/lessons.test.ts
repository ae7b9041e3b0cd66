import { describe, expect, it } from 'vitest';
import {
  addLink,
  addWorkload,
  findContainer,
  removeLink,
  renameContainer,
  renameWorkload,
  setParam,
} from '../edit/ops';
import { addContainer, addTableRow, setTableCell } from '../edit/template-ops';
import type { Design } from '../model/design';
import { validate } from '../validate';
import { evaluateLesson, getLesson, LESSONS, type Lesson, showUpTo, statusOf } from '.';

function lesson(id: string): Lesson {
  const found = getLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
}

function stepIndex(l: Lesson, id: string): number {
  const i = l.steps.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no step ${id} in ${l.id}`);
  return i;
}

/** The design with every step before `step` done. */
function before(lessonId: string, step: string): Design {
  const l = lesson(lessonId);
  return showUpTo(l, l.start, stepIndex(l, step) - 1);
}

/** The design with `step` done too. */
function designAfter(lessonId: string, step: string): Design {
  const l = lesson(lessonId);
  return showUpTo(l, l.start, stepIndex(l, step));
}

function check(lessonId: string, step: string, design: Design) {
  const l = lesson(lessonId);
  return statusOf(l.steps[stepIndex(l, step)]!.check(design));
}

/** The id of the one container of a template. */
function idOf(design: Design, template: string): string {
  for (const w of design.workloads) for (const c of w.containers) if (c.template === template) return c.id;
  throw new Error(`no ${template}`);
}

function podId(design: Design, name: string): string {
  const w = design.workloads.find((x) => x.name === name);
  if (!w) throw new Error(`no workload ${name}`);
  return w.id;
}

const errors = (d: Design) => validate(d).filter((x) => x.severity === 'error');

describe('every lesson', () => {
  it('has at least five lessons with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_id, l) => {
    it('starts with no step done, and unique step ids', () => {
      const state = evaluateLesson(l, l.start);
      expect(state.current).toBe(0);
      expect(state.complete).toBe(false);
      expect(new Set(l.steps.map((s) => s.id)).size).toBe(l.steps.length);
    });

    it.each(l.steps.map((s, i) => [s.id, i] as const))(
      'step %s: fails before its show-me and passes after',
      (_s, i) => {
        const step = l.steps[i]!;
        const pre = showUpTo(l, l.start, i - 1);
        const pending = statusOf(step.check(pre));
        expect(pending.ok).toBe(false);
        expect(pending.why).toMatch(/\S/);
        expect(statusOf(step.check(step.showMe(pre))).ok).toBe(true);
      },
    );

    it('is complete, with no error diagnostics, after every show-me in order', () => {
      const end = showUpTo(l, l.start, l.steps.length - 1);
      const state = evaluateLesson(l, end);
      expect(state.steps.map((s) => s.ok)).toEqual(l.steps.map(() => true));
      expect(state.complete).toBe(true);
      expect(errors(end)).toEqual([]);
    });

    it('show-me leaves a design where its step already passes unchanged in what the check sees', () => {
      const end = showUpTo(l, l.start, l.steps.length - 1);
      for (const step of l.steps) expect(evaluateLesson(l, step.showMe(end)).complete).toBe(true);
    });
  });
});

describe('https-sidecar', () => {
  const L = 'https-sidecar';
  it('add-sidecar: refuses a sidecar in a pod of its own', () => {
    const d0 = addWorkload(before(L, 'add-sidecar'), { name: 'other' });
    const d = addContainer(d0, podId(d0, 'other'), 'https-terminator');
    expect(check(L, 'add-sidecar', d)).toEqual({
      ok: false,
      why: expect.stringMatching(/is in other, not in the legacy app's pod/),
    });
  });
  it('legacy-port: wants the app’s localhost port, 9000', () => {
    const d = designAfter(L, 'add-sidecar');
    expect(check(L, 'legacy-port', d).why).toBe('Legacy port is 8080, but the app listens on 127.0.0.1:9000.');
    expect(check(L, 'legacy-port', setParam(d, idOf(d, 'https-terminator'), 'legacyPort', 9000)).ok).toBe(true);
  });
  it('server-name: "_", another name and a name half typed fail; legacy.example.com passes', () => {
    const d = designAfter(L, 'legacy-port');
    const id = idOf(d, 'https-terminator');
    expect(check(L, 'server-name', d).ok).toBe(false);
    expect(check(L, 'server-name', setParam(d, id, 'serverName', 'shop.example.org')).why).toBe(
      'Server name is shop.example.org, not legacy.example.com.',
    );
    expect(check(L, 'server-name', setParam(d, id, 'serverName', 'legacy.exa')).ok).toBe(false);
    expect(check(L, 'server-name', setParam(d, id, 'serverName', 'legacy.example.com')).ok).toBe(true);
  });
  it('certificate: the placeholder and an invalid Secret name fail', () => {
    const d = designAfter(L, 'server-name');
    const id = idOf(d, 'https-terminator');
    expect(check(L, 'certificate', d).why).toMatch(/placeholder/);
    expect(check(L, 'certificate', setParam(d, id, 'certSecret', 'Not_A_Secret')).ok).toBe(false);
    expect(check(L, 'certificate', setParam(d, id, 'certSecret', 'l')).ok).toBe(false);
    expect(check(L, 'certificate', setParam(d, id, 'certSecret', 'legacy-web-tls')).ok).toBe(true);
  });
});

describe('shard-redis', () => {
  const L = 'shard-redis';
  it('add-ambassador: refuses an ambassador that does not listen where the app connects', () => {
    const d = designAfter(L, 'add-ambassador');
    expect(check(L, 'add-ambassador', setParam(d, idOf(d, 'twemproxy'), 'listenPort', 6380)).ok).toBe(false);
  });
  it('add-ambassador: refuses an ambassador in another pod', () => {
    const d0 = addWorkload(before(L, 'add-ambassador'), { name: 'proxy' });
    const d = addContainer(d0, podId(d0, 'proxy'), 'twemproxy');
    expect(check(L, 'add-ambassador', d).why).toMatch(/is in proxy, not in the web app's pod/);
  });
  it('four-shards: 3 shards fail, 4 and 5 pass, and so do 4 listed servers', () => {
    const d = designAfter(L, 'add-ambassador');
    const id = idOf(d, 'twemproxy');
    expect(check(L, 'four-shards', d).why).toBe('The pool has 3 shards; make it 4.');
    expect(check(L, 'four-shards', setParam(d, id, 'shardCount', 4)).ok).toBe(true);
    expect(check(L, 'four-shards', setParam(d, id, 'shardCount', 5)).ok).toBe(true);
    const listed = addTableRow(setParam(d, id, 'mode', 'servers'), id, 'servers', {
      host: 'redis-3.redis',
      port: 6379,
      weight: 1,
      name: 'shard-3',
    });
    expect(check(L, 'four-shards', listed).ok).toBe(true);
  });
  it('hash-tag: none or another tag fails, {} passes', () => {
    const d = designAfter(L, 'four-shards');
    const id = idOf(d, 'twemproxy');
    expect(check(L, 'hash-tag', d).why).toBe('There is no hash tag yet.');
    expect(check(L, 'hash-tag', setParam(d, id, 'hashTag', '$$')).why).toBe('The hash tag is $$, not {}.');
    expect(check(L, 'hash-tag', setParam(d, id, 'hashTag', '{}')).ok).toBe(true);
  });
});

describe('experiment', () => {
  const L = 'experiment';
  it('experiment-pod: a pod with another name, or an empty experiment pod, fails', () => {
    const d0 = before(L, 'experiment-pod');
    const other = addWorkload(d0, { name: 'pod' });
    expect(check(L, 'experiment-pod', addContainer(other, podId(other, 'pod'), 'app-node')).ok).toBe(false);
    const empty = addWorkload(d0, { name: 'experiment' });
    expect(check(L, 'experiment-pod', empty).ok).toBe(false);
    const renamed = renameWorkload(
      addContainer(other, podId(other, 'pod'), 'app-node'),
      podId(other, 'pod'),
      'experiment',
    );
    expect(check(L, 'experiment-pod', renamed).ok).toBe(true);
  });
  it('experiment-upstream: a blank row, a wrong port or a wrong host fails', () => {
    const d = designAfter(L, 'experiment-pod');
    const id = idOf(d, 'request-splitter');
    const blank = addTableRow(d, id, 'upstreams');
    expect(check(L, 'experiment-upstream', blank).ok).toBe(false);
    const row = (host: string, port: number) =>
      addTableRow(d, id, 'upstreams', { name: 'experiment', host, port, weight: 1 });
    expect(check(L, 'experiment-upstream', row('experiment', 80)).why).toMatch(
      /uses port 80, but the experiment listens on 3000/,
    );
    expect(check(L, 'experiment-upstream', row('experimnet', 3000)).ok).toBe(false);
    expect(check(L, 'experiment-upstream', row('experiment', 3000)).ok).toBe(true);
  });
  it('experiment-upstream: an upstream name nginx cannot take is an error and fails the step', () => {
    const d = designAfter(L, 'experiment-pod');
    const id = idOf(d, 'request-splitter');
    const bad = addTableRow(d, id, 'upstreams', { name: 'Experiment!', host: 'experiment', port: 3000, weight: 1 });
    expect(check(L, 'experiment-upstream', bad).why).toMatch(/^request-splitter: /);
  });
  it('ninety-ten: 50/50 and 80/20 fail; 9/1 and 90/10 pass', () => {
    const d = designAfter(L, 'experiment-upstream');
    const id = idOf(d, 'request-splitter');
    const w = (a: number, b: number) =>
      setTableCell(setTableCell(d, id, 'upstreams', 0, 'weight', a), id, 'upstreams', 1, 'weight', b);
    expect(check(L, 'ninety-ten', w(1, 1)).why).toBe('The experiment has weight 1 of 2: 50.0 %, not 10 %.');
    expect(check(L, 'ninety-ten', w(8, 2)).ok).toBe(false);
    expect(check(L, 'ninety-ten', w(9, 1)).ok).toBe(true);
    expect(check(L, 'ninety-ten', w(90, 10)).ok).toBe(true);
  });
  it('ninety-ten: show-me gives the experiment 10 % next to two other upstreams', () => {
    const d0 = designAfter(L, 'experiment-upstream');
    const id = idOf(d0, 'request-splitter');
    const d = addTableRow(d0, id, 'upstreams', { name: 'canary', host: 'canary', port: 3000, weight: 5 });
    const l = lesson(L);
    const shown = l.steps[stepIndex(l, 'ninety-ten')]!.showMe(d);
    expect(check(L, 'ninety-ten', shown).ok).toBe(true);
  });
  it('sticky: none and header fail, ip_hash passes and reports the exact /24 share', () => {
    const d = designAfter(L, 'ninety-ten');
    const id = idOf(d, 'request-splitter');
    expect(check(L, 'sticky', d).ok).toBe(false);
    expect(check(L, 'sticky', setParam(d, id, 'stickiness', 'header')).ok).toBe(false);
    expect(check(L, 'sticky', setParam(d, id, 'stickiness', 'ip_hash'))).toEqual({
      ok: true,
      why: 'ip_hash sends 10.00 % of client /24 networks to the experiment.',
    });
  });
});

describe('redis-metrics', () => {
  const L = 'redis-metrics';
  it('redis-address: the default 6379, a remote Redis and a wrong port fail', () => {
    const d = designAfter(L, 'add-adapter');
    const id = idOf(d, 'redis-exporter');
    expect(check(L, 'redis-address', d).why).toBe(
      'Redis address is localhost:6379, but Redis listens on localhost:6380.',
    );
    expect(check(L, 'redis-address', setParam(d, id, 'redisAddress', 'redis.other:6380')).ok).toBe(false);
    expect(check(L, 'redis-address', setParam(d, id, 'redisAddress', 'localhost:6381')).ok).toBe(false);
    expect(check(L, 'redis-address', setParam(d, id, 'redisAddress', '127.0.0.1:6380')).ok).toBe(true);
  });
  it('scrape: a traffic link fails; a metrics link either way passes', () => {
    const d = designAfter(L, 'redis-address');
    const exporter = idOf(d, 'redis-exporter');
    const prometheus = d.externals[0]!.id;
    expect(check(L, 'scrape', addLink(d, { from: prometheus, to: exporter, kind: 'traffic' })).ok).toBe(false);
    expect(check(L, 'scrape', addLink(d, { from: prometheus, to: exporter, kind: 'metrics' })).ok).toBe(true);
    const done = designAfter(L, 'scrape');
    expect(check(L, 'scrape', removeLink(done, done.links[0]!.id)).ok).toBe(false);
  });
  it('add-adapter: an adapter in a pod without Redis fails', () => {
    const d0 = addWorkload(before(L, 'add-adapter'), { name: 'monitoring' });
    const d = addContainer(d0, podId(d0, 'monitoring'), 'redis-exporter');
    expect(check(L, 'add-adapter', d).why).toMatch(/is in monitoring, not in the Redis pod/);
  });
});

describe('log-to-stdout', () => {
  const L = 'log-to-stdout';
  it('log-path: the default path and a directory fail', () => {
    const d = designAfter(L, 'add-adapter');
    const id = idOf(d, 'log-to-stdout');
    expect(check(L, 'log-path', d).ok).toBe(false);
    expect(check(L, 'log-path', setParam(d, id, 'logPath', '/var/log/nginx/')).ok).toBe(false);
  });
  it('name: another name fails; a clash with the app’s name is an error', () => {
    const d = designAfter(L, 'log-path');
    const id = idOf(d, 'log-to-stdout');
    expect(check(L, 'name', renameContainer(d, id, 'logs')).why).toBe('The adapter is named logs, not access-log.');
    const app = idOf(d, 'app-generic');
    const clash = renameContainer(renameContainer(d, app, 'access-log'), id, 'access-log');
    expect(findContainer(clash, id)?.container.name).toBe('access-log');
    expect(check(L, 'name', clash).ok).toBe(false);
  });
});
