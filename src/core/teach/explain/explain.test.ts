import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { generateBundle } from '../../generate/bundle';
import { explainLine } from '.';

/** The explainer's language for a generated config file, as the preview would pass it. */
function languageOf(path: string, language: string): string | undefined {
  if (path.endsWith('nutcracker.yaml')) return 'twemproxy';
  if (language === 'nginx' || language === 'fluentd') return language;
  return undefined;
}

const configs = EXAMPLES.flatMap((ex) =>
  generateBundle(ex.design)
    .files.filter((f) => f.path.startsWith('configs/'))
    .map((f) => ({ example: ex.name, path: f.path, language: languageOf(f.path, f.language), content: f.content })),
);

describe('explainLine over every generated config of the examples', () => {
  it('finds the nginx, twemproxy and fluentd configs', () => {
    expect(new Set(configs.map((c) => c.language))).toEqual(new Set(['nginx', 'twemproxy', 'fluentd']));
  });

  it.each(configs.map((c) => [`${c.example} ${c.path}`, c] as const))(
    '%s: every directive line is explained',
    (_n, c) => {
      const missing = c.content
        .split('\n')
        .filter((line) => !/^\s*(\}|<\/\w+>)?\s*$/.test(line))
        .filter((line) => explainLine(c.language ?? '', line) === undefined);
      expect(missing).toEqual([]);
    },
  );
});

describe('explainLine: nginx', () => {
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
  ])('%s', (line, expected) => {
    expect(explainLine('nginx', line)).toMatch(expected);
  });

  it('says nothing for blank lines, closing braces and unknown directives', () => {
    for (const line of ['', '   ', '}', '    }', '    gzip on;']) expect(explainLine('nginx', line)).toBeUndefined();
  });
});

describe('explainLine: twemproxy', () => {
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
  ])('%s', (line, expected) => {
    expect(explainLine('twemproxy', line)).toMatch(expected);
  });

  it('is not applied to other YAML', () => {
    expect(explainLine('yaml', '  listen: 127.0.0.1:6379')).toBeUndefined();
    expect(explainLine('twemproxy', '  selector:')).toBeUndefined();
  });
});

describe('explainLine: fluentd', () => {
  it.each([
    ['<source>', /^An input/],
    ['<match redis.slowlog>', /tag matches redis\.slowlog/],
    ['  @type stdout', /prints each event on fluentd’s stdout/],
    ['  @type forward', /aggregator/],
    ['  @type something_else', /The plugin that handles this section: something_else/],
    ['  tag redis.slowlog', /tagged redis\.slowlog/],
    ['    flush_interval 5s', /every 5s/],
  ])('%s', (line, expected) => {
    expect(explainLine('fluentd', line)).toMatch(expected);
  });

  it('says nothing for closing tags and unknown parameters', () => {
    expect(explainLine('fluentd', '</source>')).toBeUndefined();
    expect(explainLine('fluentd', '  retry_forever true')).toBeUndefined();
  });
});
