/**
 * Ambassador: sharded Redis or memcached through twemproxy (nutcracker 0.5). The app talks to one
 * server on localhost; the proxy hashes each key to one of several shards. The file it reads,
 * nutcracker.yaml, is written by `generate/twemproxy`; in `statefulset` mode the ambassador also
 * brings the shards (a StatefulSet and its headless Service).
 */

import { dnsLabel } from '../../../read/words';
import { NOBODY_UID, proposeSecurity } from '../../shared/security';
import { type Contribution, defineTemplate } from '../../types';
import { example } from './example';
import {
  checkTwemproxy,
  DEFAULT_SHARD_IMAGE,
  nutcrackerPool,
  renderNutcracker,
  shardObjects,
  shardPort,
  shardSetName,
  TWEMPROXY_PARAMS,
  type TwemproxyParams,
} from './pool';
import { recogniseTwemproxy } from './recognise';

/** Where the config file is mounted, and what the args point nutcracker at. */
export const NUTCRACKER_CONFIG_PATH = '/etc/nutcracker/nutcracker.yaml';

/**
 * Alpine image with nutcracker 0.5.0 (github.com/malexer/docker-twemproxy). Its entrypoint runs its
 * arguments under dumb-init, which turns the SIGTERM Kubernetes sends into the SIGINT nutcracker
 * exits on, so the container gets the whole nutcracker command line as args.
 */
export const TWEMPROXY_IMAGE = 'malexer/twemproxy:0.5.0';

const TEACHING =
  'An ambassador brokers the app’s connections to the world. This one makes several Redis (or ' +
  'memcached) servers look like one: the app connects to localhost:6379 as if to a single Redis, ' +
  'and twemproxy (nutcracker) hashes each key to choose the shard that holds it.\n\n' +
  'Sharding lives in its own container so the app stays simple: any Redis client works unchanged, ' +
  'the shard list and the hashing are configuration rather than code, and one proven proxy serves ' +
  'apps in every language. Every replica of the app runs its own proxy beside it, so there is no ' +
  'central proxy to scale or to fail.\n\n' +
  'In the StatefulSet mode the ambassador brings its shards: a StatefulSet WORKLOAD-shards whose ' +
  'pods have stable names (WORKLOAD-shards-0, -1, …) under a headless Service of the same name. ' +
  'Each shard is listed as WORKLOAD-shards-I.WORKLOAD-shards:6379:1 shard-I: the name shard-I is ' +
  'what ketama puts on its ring, so keys stay put if the workload or namespace is renamed.\n\n' +
  'ketama (consistent hashing) moves only about 1/N of the keys when a shard is added or ejected; ' +
  'modula moves most of them. A hash tag such as {} hashes only the part of the key between the ' +
  'two characters, so user:{42}:name and user:{42}:cart land on one shard. The book uses ' +
  'fnv1a_64, but nutcracker’s fnv1a_64 is really a 32-bit hash that puts keys differing only in a ' +
  'suffix on one shard; murmur spreads them evenly and is the default here.';

export { DEFAULT_SHARD_IMAGE, type TwemproxyParams };

export const twemproxy = defineTemplate({
  id: 'twemproxy',
  role: 'ambassador',
  title: 'Sharded Redis',
  summary: 'twemproxy on localhost shards Redis or memcached keys over several servers.',
  teaching: TEACHING,
  recognise: recogniseTwemproxy,
  recogniseRank: 10,
  explain: () => import('./explain').then((m) => m.explainers),
  example,
  servesApps: (p) => p.listenPort,
  peers: (p, workload) => {
    if (p.mode === 'statefulset') {
      const set = shardSetName(workload.name);
      const n = p.shardCount;
      const hosts = n === 1 ? `${set}-0` : `${set}-{${Array.from({ length: n }, (_, i) => i).join(',')}}`;
      const address = `${hosts}.${set}:${shardPort(p.backend)}`;
      return [{ via: 'external', name: `${p.backend}-shards`, kind: 'database', address, link: 'traffic' }];
    }
    return p.servers.map((s) => ({
      via: 'host',
      host: s.host,
      port: s.port,
      name: dnsLabel(s.host.split('.')[0] ?? '', 'server'),
      kind: 'database',
    }));
  },
  image: TWEMPROXY_IMAGE,
  defaultName: 'twemproxy',
  params: TWEMPROXY_PARAMS,
  build: ({ design, workload, container, params }): Contribution => {
    const pool = nutcrackerPool(params, workload.name);
    const { backend, listenPort, statsPort, shardImage } = params;
    const statefulset = params.mode === 'statefulset';
    const set = shardSetName(workload.name);
    const notes = [
      `Listens on ${pool.listen} only (IPv4): a client that tries ::1 for localhost must fall back to 127.0.0.1, as Node does.`,
      statefulset
        ? `The shards are the StatefulSet ${set} (${pool.servers.length} × ${shardImage}) behind the headless Service ${set}; nutcracker resolves ${set}-0.${set} and the others when it connects.`
        : `The servers are listed by hand; nutcracker resolves their names when it connects.`,
      `Statistics: kubectl exec ${workload.kind.toLowerCase()}/${workload.name} -c ${container.name} -- nc 127.0.0.1 ${statsPort} prints nutcracker's counters as JSON.`,
      `${TWEMPROXY_IMAGE} runs its args under dumb-init, which turns SIGTERM into the SIGINT nutcracker exits on; with another image, keep "nutcracker" as its command.`,
    ];
    if (statefulset)
      notes.push(
        'The shards have no persistent volume: their data lives as long as each shard pod (a sharded cache); add volumeClaimTemplates to the StatefulSet to keep it.',
      );
    return {
      ports: [
        { name: backend === 'redis' ? 'redis' : 'memcache', containerPort: listenPort, scope: 'localhost' },
        { name: 'nc-stats', containerPort: statsPort, scope: 'localhost' },
      ],
      args: ['nutcracker', '-c', NUTCRACKER_CONFIG_PATH, '-v', '7', '-a', '127.0.0.1', '-s', String(statsPort)],
      // Both ports listen on 127.0.0.1 only, where the kubelet's TCP and HTTP probes (sent to the pod's
      // address) cannot reach: the probe runs in the container. nutcracker's stats port writes its
      // counters and closes the connection, so busybox nc exits 0 while the proxy's event loop runs.
      readinessProbe: { kind: 'exec', command: ['nc', '127.0.0.1', String(statsPort)], periodSeconds: 10 },
      // nutcracker writes nothing (no pid file, logs to stderr): any user and a read-only root will do.
      ...proposeSecurity({
        program: 'nutcracker',
        container: container.name,
        runAsUser: NOBODY_UID,
        ports: [listenPort, statsPort],
      }),
      files: [
        {
          name: 'nutcracker.yaml',
          content: renderNutcracker(pool),
          language: 'yaml',
          mountPath: NUTCRACKER_CONFIG_PATH,
        },
      ],
      ...(statefulset
        ? {
            objects: shardObjects({
              workloadName: workload.name,
              designName: design.name,
              backend,
              replicas: pool.servers.length,
              image: shardImage,
            }),
          }
        : {}),
      notes,
    };
  },
  check: checkTwemproxy,
});
