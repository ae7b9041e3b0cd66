/**
 * A logging adapter: nginx writes its access log into a file (the shared emptyDir hides the image's
 * links to /dev/stdout), and a busybox adapter follows the file and prints it where kubectl logs and
 * node log collectors look.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'log-to-stdout',
  title: 'A log file made a container log',
  summary: 'nginx writes /var/log/nginx/access.log; a tail -F adapter prints it to stdout for kubectl logs.',
  source: 'Ch. 4, Adapters: Logging',
  errataFixed: [
    'The workload is an apps/v1 Deployment with a selector; the adapter’s arguments are strings (tail -n 0 -F PATH).',
  ],
  sketch: {
    name: 'log-to-stdout',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-generic', name: 'web' },
          { template: 'log-to-stdout', name: 'access-log', params: { logPath: '/var/log/nginx/access.log' } },
        ],
      },
    ],
    links: [{ from: 'web/web', to: 'web/access-log', kind: 'logs' }],
  },
};
