import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { generateBundle } from '../../generate/bundle';
import { explainerFor } from '.';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The explainer of a file of the kind named by a language, as the preview finds it by file name. */
const FILES: Readonly<Record<string, string>> = {
  nginx: 'nginx.conf',
  twemproxy: 'nutcracker.yaml',
  fluentd: 'fluent.conf',
};

async function explainLine(kind: string, line: string): Promise<string | undefined> {
  return (await explainerFor(FILES[kind] ?? kind))?.(line);
}

const configs = EXAMPLES.flatMap((ex) =>
  generateBundle(ex.design)
    .files.filter((f) => f.path.startsWith('configs/'))
    .map((f) => ({ example: ex.name, path: f.path, name: fileName(f.path), content: f.content })),
);

describe('explainerFor over every generated config of the examples', () => {
  it('finds explainers for the nginx, twemproxy, fluentd, HAProxy and Varnish configs', async () => {
    const explained = await Promise.all(configs.map(async (c) => ((await explainerFor(c.name)) ? c.name : '')));
    expect(new Set(explained)).toEqual(
      new Set(['nginx.conf', 'nutcracker.yaml', 'fluent.conf', 'haproxy.cfg', 'default.vcl']),
    );
  });

  it.each(configs.map((c) => [`${c.example} ${c.path}`, c] as const))(
    '%s: every directive line is explained, when its template explains the file',
    async (_n, c) => {
      const explain = await explainerFor(c.name);
      if (!explain) return;
      const missing = c.content
        .split('\n')
        .filter((line) => !/^\s*(\}|<\/\w+>)?\s*$/.test(line))
        .filter((line) => explain(line) === undefined);
      expect(missing).toEqual([]);
    },
  );
});

describe('explainerFor: nginx', () => {
  it.each([
    ['    listen 443 ssl;', /^Accepts TLS connections on port 443: "ssl" here switches HTTPS on/],
    ['        listen 80;', /^Accepts connections on port 80/],
    ['        ip_hash;', /whole \/24 always goes to one upstream/],
    ['        server production:3000 weight=9;  # production', /production:3000.*weight=9: it gets 9 shares/],
    ['    server {', /^A virtual server/],
    ['    upstream backend {', /^A named group of servers/],
    ['        hash $http_x_user_id consistent;', /the x-user-id request header.*consistent hashing/],
    ['            proxy_pass http://127.0.0.1:8080;', /over localhost to the app in this pod/],
    ['            proxy_pass http://backend;', /^Forwards each request to http:\/\/backend/],
    ['        proxy_pass mysql.test.svc.cluster.local:3306;  # environment test', /^Forwards each TCP connection/],
    ['stream {', /^The TCP proxy/],
    ['            mirror /_tee_shadow;', /copy of every request/],
    ['        ssl_protocols TLSv1.2 TLSv1.3;', /TLS versions/],
    ['        location = /_tee_shadow {', /exactly \/_tee_shadow/],
  ])('%s', async (line, expected) => {
    expect(await explainLine('nginx', line)).toMatch(expected);
  });

  it('says nothing for blank lines, closing braces and unknown directives', async () => {
    for (const line of ['', '   ', '}', '    }', '    gzip on;'])
      expect(await explainLine('nginx', line)).toBeUndefined();
  });
});

describe('explainerFor: twemproxy', () => {
  it.each([
    ['redis:', /^The pool redis/],
    ['  listen: 127.0.0.1:6379', /127\.0\.0\.1:6379: the app connects here/],
    ['  hash: murmur', /murmur spreads keys evenly/],
    ['  hash: fnv1a_64', /really 32-bit/],
    ['  hash_tag: "{}"', /between the two characters \{\}/],
    ['  distribution: ketama', /about 1\/N of the keys/],
    ['  distribution: modula', /moves most keys/],
    ['  auto_eject_hosts: true', /taken out of the ring/],
    ['  auto_eject_hosts: false', /stays in the ring/],
    ['  redis: true', /Redis protocol/],
    ['    - web-shards-0.web-shards:6379:1 shard-0', /name shard-0 on its ring/],
    ['    - 10.0.0.1:11211:2', /weight 2; ketama places host:port/],
  ])('%s', async (line, expected) => {
    expect(await explainLine('twemproxy', line)).toMatch(expected);
  });

  it('is not applied to other YAML', async () => {
    expect(await explainLine('deployment.yaml', '  listen: 127.0.0.1:6379')).toBeUndefined();
    expect(await explainLine('twemproxy', '  selector:')).toBeUndefined();
  });
});

describe('explainerFor: fluentd', () => {
  it.each([
    ['<source>', /^An input/],
    ['<match redis.slowlog>', /tag matches redis\.slowlog/],
    ['  @type stdout', /prints each event on fluentd’s stdout/],
    ['  @type forward', /aggregator/],
    ['  @type something_else', /The plugin that handles this section: something_else/],
    ['  tag redis.slowlog', /tagged redis\.slowlog/],
    ['    flush_interval 5s', /every 5s/],
  ])('%s', async (line, expected) => {
    expect(await explainLine('fluentd', line)).toMatch(expected);
  });

  it('says nothing for closing tags and unknown parameters', async () => {
    expect(await explainLine('fluentd', '</source>')).toBeUndefined();
    expect(await explainLine('fluentd', '  retry_forever true')).toBeUndefined();
  });
});
