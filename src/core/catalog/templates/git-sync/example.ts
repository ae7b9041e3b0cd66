/**
 * The book's Ch. 2 "simple PaaS": a Node.js server that reloads itself when its files change, and a
 * git-sync sidecar that pulls its code from a git repository. Pushing to the repository deploys.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'git-sync-paas',
  title: 'A simple PaaS: git-sync sidecar and a self-reloading Node server',
  summary: 'git-sync pulls the app code from git every 30 s; nodemon restarts the Node server when it changes.',
  source: 'Ch. 2, Sidecars: Building a Simple PaaS with Sidecars',
  errataFixed: [
    'The workload is an apps/v1 Deployment with a selector equal to its pod labels, not a bare Pod.',
    'git-sync v4 flags (--ref, --period, --root, --link), each a string argument; the checkout is published through a symlink, so the app never reads a half-synced tree.',
    'git-sync runs as a native sidecar whose startup probe waits for the first sync, so the server never starts without its code.',
  ],
  sketch: {
    name: 'git-sync-paas',
    workloads: [
      {
        name: 'paas',
        nativeSidecars: true,
        containers: [
          {
            template: 'app-node',
            name: 'web',
            params: {
              command: [
                'npx',
                '--yes',
                'nodemon@3.1.9',
                '--legacy-watch',
                '--watch',
                '/srv/app/current/',
                '/srv/app/current/server.js',
              ],
              env: [{ name: 'PORT', value: '3000', secret: '' }],
            },
          },
          {
            template: 'git-sync',
            name: 'git-sync',
            params: {
              repo: 'https://github.com/your-org/your-node-app.git',
              ref: 'main',
              period: 30,
              mountPath: '/srv/app',
              link: 'current',
            },
          },
        ],
      },
    ],
    externals: [{ name: 'git-repository', kind: 'other', address: 'https://github.com/your-org/your-node-app.git' }],
    links: [{ from: 'git-repository', to: 'paas/git-sync', kind: 'files' }],
  },
};
