/**
 * The book's Ch. 4 health adapter: MySQL with an adapter that runs a query on localhost and answers
 * HTTP 200 or 500; MySQL's livenessProbe asks the adapter, so a MySQL that stops answering queries is
 * restarted.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'mysql-health',
  title: 'Rich health monitoring for MySQL with an adapter',
  summary: 'An adapter runs SELECT 1 against the pod’s MySQL; MySQL’s livenessProbe asks it on :8080.',
  source: 'Ch. 4, Adapters: Adding Rich Health Monitoring for MySQL',
  errataFixed: [
    'The workload is an apps/v1 Deployment with a selector, not a bare Pod.',
    'The adapter’s image is built from a Dockerfile in the bundle (EXPOSE, ENV for every parameter, LABEL description, version and source) instead of an unpublished image.',
    'The check runs as a dedicated user whose password comes from a Secret, not as root with a password on the command line.',
  ],
  sketch: {
    name: 'mysql-health',
    workloads: [
      {
        name: 'mysql',
        containers: [
          {
            template: 'app-mysql',
            name: 'mysql',
            params: {
              env: [
                { name: 'MYSQL_ROOT_PASSWORD', value: '', secret: 'mysql-credentials/root-password' },
                { name: 'MYSQL_DATABASE', value: 'app', secret: '' },
                { name: 'MYSQL_USER', value: 'health', secret: '' },
                { name: 'MYSQL_PASSWORD', value: '', secret: 'mysql-credentials/health-password' },
              ],
            },
          },
          {
            template: 'mysql-health',
            name: 'mysql-health',
            params: {
              query: 'SELECT 1',
              database: 'app',
              user: 'health',
              passwordSecret: 'mysql-credentials/health-password',
              port: 8080,
            },
          },
        ],
      },
    ],
    links: [{ from: 'mysql/mysql-health', to: 'mysql/mysql', kind: 'traffic' }],
  },
};
