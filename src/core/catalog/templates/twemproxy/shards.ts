/**
 * The shards an ambassador in `statefulset` mode brings along: a StatefulSet `WORKLOAD-shards`
 * (apps/v1, a selector equal to its pod labels, `serviceName` set) and the headless Service of the
 * same name that gives each shard pod a stable DNS name, `WORKLOAD-shards-I.WORKLOAD-shards`.
 */
import type { KubeObject } from '../../types';
import { type Backend, shardPort, shardSetName } from './servers';

export interface ShardSetInput {
  readonly workloadName: string;
  /** The design's name, for the part-of label. */
  readonly designName: string;
  readonly backend: Backend;
  readonly replicas: number;
  readonly image: string;
}

/** Port name of the shard server: the IANA service names `redis` and `memcache`. */
export function shardPortName(backend: Backend): string {
  return backend === 'memcached' ? 'memcache' : 'redis';
}

function labels(input: ShardSetInput): Readonly<Record<string, string>> {
  return {
    'app.kubernetes.io/name': shardSetName(input.workloadName),
    'app.kubernetes.io/component': 'shard',
    'app.kubernetes.io/part-of': input.designName,
  };
}

function selector(input: ShardSetInput): Readonly<Record<string, string>> {
  return { 'app.kubernetes.io/name': shardSetName(input.workloadName) };
}

/**
 * The shards' StatefulSet. Its pods carry the selector's labels (apps/v1 requires the selector to
 * match them); the shard container runs the image's own command, with a TCP readiness probe so a
 * shard is listed in DNS only once it accepts connections.
 */
export function shardStatefulSet(input: ShardSetInput): KubeObject {
  const name = shardSetName(input.workloadName);
  const portName = shardPortName(input.backend);
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, labels: labels(input) },
    spec: {
      serviceName: name,
      replicas: input.replicas,
      selector: { matchLabels: selector(input) },
      template: {
        metadata: { labels: labels(input) },
        spec: {
          terminationGracePeriodSeconds: 10,
          containers: [
            {
              name: input.backend,
              image: input.image,
              ports: [{ name: portName, containerPort: shardPort(input.backend) }],
              readinessProbe: { tcpSocket: { port: portName }, periodSeconds: 5 },
              resources: { requests: { cpu: '50m', memory: '64Mi' } },
            },
          ],
        },
      },
    },
  };
}

/** The headless Service (`clusterIP: None`) that names each shard pod in DNS. */
export function shardService(input: ShardSetInput): KubeObject {
  const portName = shardPortName(input.backend);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: shardSetName(input.workloadName), labels: labels(input) },
    spec: {
      clusterIP: 'None',
      selector: selector(input),
      ports: [{ name: portName, port: shardPort(input.backend), targetPort: portName }],
    },
  };
}

/** Both shard objects, StatefulSet first. */
export function shardObjects(input: ShardSetInput): readonly KubeObject[] {
  return [shardStatefulSet(input), shardService(input)];
}
