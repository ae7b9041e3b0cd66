/**
 * The book's Ch. 2 example of a reusable sidecar: topz shares the pod's process namespace and shows
 * every process of the pod, here next to an nginx web server.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'topz',
  title: 'topz: a process readout sidecar',
  summary: 'A topz sidecar shares the pod’s process namespace and lists its processes at :8080/topz.',
  source: 'Ch. 2, Sidecars: Designing Sidecars for Modularity and Reusability',
  errataFixed: [
    'The pod sets shareProcessNamespace: true, the Kubernetes form of the book’s docker run --pid=container:APP.',
    'The workload is an apps/v1 Deployment with a selector; topz’s arguments are strings (/server --addr=0.0.0.0:8080).',
  ],
  sketch: {
    name: 'topz',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-generic', name: 'web' },
          { template: 'topz', name: 'topz', params: { port: 8080 } },
        ],
      },
    ],
  },
};
