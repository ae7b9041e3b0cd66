/**
 * Ambassador: service broker. The app always connects to localhost (e.g. MySQL on 3306); nginx's TCP
 * proxy forwards to that service in the chosen environment (Ch. 3, "Using an Ambassador for Service
 * Brokering"). The bundle gets one Kustomize overlay per environment.
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { NGINX_CONF_PATH, NGINX_IMAGE } from '../../../format/nginx/base';
import { renderNginx } from '../../../format/nginx/render';
import { localTarget, port } from '../../../format/nginx/values';
import { dnsLabel } from '../../../read/words';
import { DNS_LABEL, HOST } from '../../rules';
import { fieldDiagnostic } from '../../shared/diagnostics';
import { hostDiagnostics } from '../../shared/nginx-diagnose';
import { resolveNote } from '../../shared/nginx-notes';
import { nginxSecurity } from '../../shared/security';
import { type BuildInput, type Contribution, defineTemplate, type ParamSpecs, type ParamsOf } from '../../types';
import { brokerEnvironments, chosenEnvironment, serviceBrokerConfig } from './config';
import { example } from './example';
import { recogniseServiceBroker } from './recognise';

/** Well-known database ports: an environment on one of them is a database endpoint, any other a service. */
const DATABASE_PORTS = new Set([1433, 1521, 3306, 5432, 6379, 9042, 11211, 27017]);

const TEACHING =
  'An ambassador brokers the app’s traffic to the world. A service broker finds the service for the app: ' +
  'the app always connects to localhost (here MySQL on port 3306), and the ambassador connects it to the ' +
  'right backend for the environment it runs in: a MySQL in the cluster for testing, a managed database in ' +
  'production. The app’s config is the same everywhere.\n\n' +
  'A separate container keeps service discovery out of the app: moving a database means changing the ' +
  'broker’s config, not rebuilding the app. nginx’s stream module proxies any TCP protocol, so the same ' +
  'broker works for MySQL, PostgreSQL or Redis.\n\n' +
  'Parameters: the listen port is what the app connects to (localhost:PORT); each environment has a name, ' +
  'a host and a port; the chosen environment is the one this design’s config points at (the bundle also ' +
  'has one Kustomize overlay per environment).';

const SERVICE_BROKER_PARAMS = {
  listenPort: {
    kind: 'int',
    title: 'Listen port',
    doc: 'Port the app connects to (localhost:PORT), e.g. 3306 for MySQL.',
    default: 3306,
    min: 1,
    max: 65535,
  },
  environments: {
    kind: 'table',
    title: 'Environments',
    doc: 'The backend of each environment; one is chosen below, each gets a Kustomize overlay.',
    rowName: 'environment',
    minRows: 1,
    maxRows: 32,
    default: [
      { name: 'test', host: 'mysql.test', port: 3306 },
      { name: 'production', host: 'mysql.production', port: 3306 },
    ],
    columns: [
      { key: 'name', title: 'Name', kind: 'string', rule: DNS_LABEL, placeholder: 'production' },
      { key: 'host', title: 'Host', kind: 'string', rule: HOST, placeholder: 'mysql.production' },
      { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
    ],
  },
  environment: {
    kind: 'string',
    title: 'Environment',
    doc: 'Name of the environment this config connects to.',
    default: 'test',
    rule: DNS_LABEL,
    placeholder: 'test',
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type ServiceBrokerParams = ParamsOf<typeof SERVICE_BROKER_PARAMS>;

function check(input: BuildInput<ServiceBrokerParams>): readonly Diagnostic[] {
  const { params } = input;
  const out: Diagnostic[] = [];
  const rows = brokerEnvironments(params);
  const chosen = params.environment;
  if (rows.length > 0 && !rows.some((r) => r.name === chosen)) {
    out.push(
      fieldDiagnostic(
        input,
        'PS104',
        'environment',
        `No environment is named "${chosen}".`,
        `Choose one of: ${rows.map((r) => r.name).join(', ')}.`,
      ),
    );
  }
  const listen = `localhost:${port(params.listenPort)}`;
  rows.forEach((r, i) => {
    if (rows.findIndex((x) => x.name === r.name) !== i) {
      out.push(
        fieldDiagnostic(
          input,
          'PS105',
          `environments[${i}].name`,
          `Two environments are named "${r.name}".`,
          'Give each environment its own name (e.g. test, production).',
        ),
      );
    }
    const stored = params.environments[i];
    if (stored && localTarget(r.host, stored.port) === listen) {
      out.push(
        fieldDiagnostic(
          input,
          'PS107',
          `environments[${i}].port`,
          `The environment ${r.name} points at this broker itself: connections would loop.`,
          'Point it at the database of that environment.',
        ),
      );
    }
    out.push(...hostDiagnostics(input, `environments[${i}].host`, r.host));
  });
  return out;
}

export const serviceBroker = defineTemplate({
  id: 'service-broker',
  role: 'ambassador',
  title: 'Service broker',
  summary: 'nginx proxies a localhost TCP port to the service of the chosen environment (e.g. MySQL).',
  teaching: TEACHING,
  recognise: recogniseServiceBroker,
  recogniseRank: 22,
  explain: () => import('../../shared/nginx-explain').then((m) => m.nginxExplainers),
  example,
  servesApps: (p) => p.listenPort,
  peers: (p) =>
    p.environments.map((e) => ({
      via: 'host',
      host: e.host,
      port: e.port,
      name: `${dnsLabel(e.host.split('.')[0] ?? '', 'service')}-${e.name}`,
      kind: DATABASE_PORTS.has(e.port) ? 'database' : 'service',
    })),
  image: NGINX_IMAGE,
  defaultName: 'service-broker',
  environments: { param: 'environment', table: 'environments', column: 'name' },
  params: SERVICE_BROKER_PARAMS,
  connectsTo: (params) => {
    const env = chosenEnvironment(params);
    const target = env ? localTarget(env.host, env.port) : undefined;
    return target ? [target] : [];
  },
  check,
  build: ({ container, params }): Contribution => {
    const listen = port(params.listenPort);
    const env = chosenEnvironment(params);
    return {
      ports: [{ name: 'broker', containerPort: listen, scope: 'pod' }],
      files: [
        {
          name: 'nginx.conf',
          content: renderNginx(serviceBrokerConfig(params)),
          language: 'nginx',
          mountPath: NGINX_CONF_PATH,
        },
      ],
      // No probe: a TCP check of the listen port would open a connection to the database each period (see the note).
      ...nginxSecurity(container.name, [listen]),
      notes: [
        resolveNote(env ? [env.host] : []),
        'No readiness probe: a TCP probe would open a connection to the database each time, and MySQL blocks hosts after many aborted connections.',
        'Each environment has an overlay under overlays/ that points the broker at its backend: apply the one for where you deploy.',
      ],
    };
  },
});
