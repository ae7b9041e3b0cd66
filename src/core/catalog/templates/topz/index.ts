/**
 * topz sidecar: the book's example of a modular, reusable sidecar (Ch. 2). It shares the pod's
 * process namespace and serves a readout of every process of the pod over HTTP.
 */
import { NOBODY_UID, proposeSecurity } from '../../shared/security';
import { type BuildInput, type Contribution, defineTemplate, type ParamSpecs, type ParamsOf } from '../../types';
import { example } from './example';
import { recogniseTopz } from './recognise';

const TEACHING =
  'A sidecar can add a debugging capability that the app never had to build. topz lists the ' +
  'processes of the pod with their memory and CPU use at /topz, for any app in any language.\n\n' +
  'It works because the pod shares one process namespace (shareProcessNamespace: true): every ' +
  'container sees the processes of the others, and topz reads them from /proc. The price is that ' +
  'containers of the pod can also see, and signal, each other’s processes, and PID 1 is the pause ' +
  'container rather than the app.\n\n' +
  'Why a separate container: the readout is reused unchanged next to every app, is versioned on ' +
  'its own, and can be added to a pod only while you debug it.\n\n' +
  'Parameter: Port is where topz serves its page (on every pod address; reach it with kubectl ' +
  'port-forward, it is not published through the Service).';

const TOPZ_PARAMS = {
  port: {
    kind: 'int',
    title: 'Port',
    doc: 'Port topz serves its readout on, at the path /topz.',
    default: 8080,
    min: 1,
    max: 65535,
  },
} as const satisfies ParamSpecs;

export type TopzParams = ParamsOf<typeof TOPZ_PARAMS>;

function build({ container, params }: BuildInput<TopzParams>): Contribution {
  const { port } = params;
  return {
    ports: [{ name: 'topz', containerPort: port, scope: 'pod' }],
    command: ['/server'],
    args: [`--addr=0.0.0.0:${port}`],
    pod: { shareProcessNamespace: true },
    readinessProbe: { kind: 'http', port, path: '/topz', periodSeconds: 10 },
    // topz reads /proc, which every user may read for every process of the pod; it writes nothing.
    ...proposeSecurity({ program: 'topz', container: container.name, runAsUser: NOBODY_UID, ports: [port] }),
    notes: [
      `See the pod's processes: kubectl port-forward POD ${port}, then open http://localhost:${port}/topz.`,
      'The pod shares one process namespace: its containers can see and signal each other’s processes.',
      'brendanburns/topz:db0fa58 is the book’s image, built for linux/amd64 only.',
    ],
  };
}

export const topz = defineTemplate({
  id: 'topz',
  role: 'sidecar',
  title: 'topz',
  summary: "A debug readout of the pod's processes (memory, CPU) over HTTP at /topz.",
  teaching: TEACHING,
  recognise: recogniseTopz,
  recogniseRank: 42,
  example,
  image: 'brendanburns/topz:db0fa58',
  defaultName: 'topz',
  params: TOPZ_PARAMS,
  build,
});
