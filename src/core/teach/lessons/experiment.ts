/** Lesson: send 10 % of users to an experiment with a request-splitting ambassador (Ch. 3). */
import { resolveParams } from '../../catalog/params';
import { requestSplitter } from '../../catalog/templates/request-splitter';
import { addLink, addWorkload, nextId, setParam } from '../../edit/ops';
import { sketchDesign } from '../../edit/sketch';
import { addContainer, addTableRow, setTableCell } from '../../edit/template-ops';
import type { Design, Row, Workload } from '../../model/design';
import { type IpHashPool, ipHashPoolOf, ipv4NetworkShares } from '../../predict';
import { appPorts, fail, noErrors, PASS, type Placed, paramsOf, placedOf } from '../queries';
import type { Lesson, LessonStep } from '../types';

const SPLITTER = 'request-splitter';
const EXPERIMENT = 'experiment';

const start: Design = sketchDesign({
  name: 'experiment',
  workloads: [
    {
      name: 'frontend',
      replicas: 2,
      containers: [
        { template: 'app-node', name: 'frontend', params: { connectsTo: ['localhost:80'] } },
        {
          template: SPLITTER,
          name: 'request-splitter',
          params: {
            listenPort: 80,
            upstreams: [{ name: 'production', host: 'production', port: 3000, weight: 1 }],
            stickiness: 'none',
          },
        },
      ],
    },
    { name: 'production', replicas: 3, containers: [{ template: 'app-node', name: 'web' }] },
  ],
  links: [
    { from: 'frontend/frontend', to: 'frontend/request-splitter', kind: 'traffic' },
    { from: 'frontend/request-splitter', to: 'production', kind: 'traffic' },
  ],
});

function splitter(design: Design): Placed | string {
  return placedOf(design, SPLITTER)[0] ?? 'There is no request-splitting ambassador: start the lesson again.';
}

function experimentPod(design: Design): Workload | undefined {
  return design.workloads.find((w) => w.name === EXPERIMENT && w.containers.some((c) => c.role === 'app'));
}

function upstreams(placed: Placed): readonly Row[] {
  return resolveParams(requestSplitter, placed.container.params).upstreams;
}

/** The index of the upstream row that points at the experiment's Service. */
function experimentRow(rows: readonly Row[]): number {
  return rows.findIndex((r) => r.host === EXPERIMENT);
}

const deploy: LessonStep = {
  id: 'experiment-pod',
  title: 'Deploy the experiment',
  instruction:
    'Drag "Node app" from the App section onto an empty part of the canvas: it starts a new pod. Select that pod and rename it experiment.',
  hint: 'The workload’s name is also its Service’s name: the splitter will reach the experiment at experiment:3000.',
  check: (design) => (experimentPod(design) ? PASS : fail('No workload named experiment runs an app yet.')),
  showMe: (design) => {
    if (experimentPod(design)) return design;
    const existing = design.workloads.find((w) => w.name === EXPERIMENT);
    if (existing) return addContainer(design, existing.id, 'app-node');
    const id = nextId(design, 'w');
    return addContainer(addWorkload(design, { name: EXPERIMENT, kind: 'Deployment' }), id, 'app-node');
  },
};

const route: LessonStep = {
  id: 'experiment-upstream',
  title: 'Add it as an upstream',
  instruction:
    'Select the request-splitter and add an upstream: Name experiment, Host experiment, Port 3000 (the port the experiment’s app listens on).',
  hint: 'Each upstream row is one server line in nginx.conf’s upstream block; the host is a Service name.',
  check: (design) => {
    const s = splitter(design);
    if (typeof s === 'string') return fail(s);
    const pod = experimentPod(design);
    if (!pod) return fail('Deploy the experiment first.');
    const rows = upstreams(s);
    const row = rows[experimentRow(rows)];
    if (!row) return fail('No upstream has the host experiment yet.');
    const ports = appPorts(pod)
      .filter((p) => !p.localhostOnly)
      .map((p) => p.port);
    if (!ports.includes(Number(row.port)))
      return fail(`The experiment upstream uses port ${row.port}, but the experiment listens on ${ports.join(', ')}.`);
    return noErrors(design, s);
  },
  showMe: (design) => {
    const s = splitter(design);
    const pod = experimentPod(design);
    if (typeof s === 'string' || !pod) return design;
    const port = appPorts(pod).find((p) => !p.localhostOnly)?.port ?? 3000;
    const rows = upstreams(s);
    const i = experimentRow(rows);
    const withRow =
      i < 0
        ? addTableRow(design, s.container.id, 'upstreams', { name: EXPERIMENT, host: EXPERIMENT, port, weight: 1 })
        : setTableCell(design, s.container.id, 'upstreams', i, 'port', port);
    return addLink(withRow, { from: s.container.id, to: pod.id, kind: 'traffic' });
  },
};

/**
 * Weights that give the experiment one part in ten: 1 for it, and 9 for the others together (the
 * first other row takes what the rest leave; with more than nine others, everything is scaled by 10).
 */
function ninetyTen(rows: readonly Row[], exp: number): readonly number[] {
  const others = rows.length - 1;
  const scale = others > 9 ? 10 : 1;
  let first = true;
  return rows.map((_, i) => {
    if (i === exp) return scale;
    if (!first) return 1;
    first = false;
    return 9 * scale - (others - 1);
  });
}

const networkShares = new Map<string, readonly number[]>();

/** `ipv4NetworkShares` of the splitter's ip_hash pool, remembered per list of weights. */
function sharesOf(pool: IpHashPool): readonly number[] {
  const key = pool.upstreams.map((u) => u.weight).join(',');
  let hit = networkShares.get(key);
  if (!hit) {
    hit = ipv4NetworkShares(pool);
    if (networkShares.size > 64) networkShares.clear();
    networkShares.set(key, hit);
  }
  return hit;
}

const split: LessonStep = {
  id: 'ninety-ten',
  title: 'Send 10 % to the experiment',
  instruction:
    'Set the weights so the experiment gets one part in ten: production Weight 9, experiment Weight 1 (90 and 10 work too).',
  hint: 'nginx gives each upstream a share in proportion to its weight: weight ÷ sum of weights.',
  check: (design) => {
    const s = splitter(design);
    if (typeof s === 'string') return fail(s);
    const rows = upstreams(s);
    const i = experimentRow(rows);
    if (i < 0) return fail('No upstream has the host experiment yet.');
    const weights = rows.map((r) => Number(r.weight));
    const total = weights.reduce((a, b) => a + b, 0);
    const mine = weights[i] ?? 0;
    if (mine * 10 !== total)
      return fail(`The experiment has weight ${mine} of ${total}: ${((100 * mine) / total).toFixed(1)} %, not 10 %.`);
    return noErrors(design, s);
  },
  showMe: (design) => {
    const s = splitter(design);
    if (typeof s === 'string') return design;
    const rows = upstreams(s);
    const i = experimentRow(rows);
    if (i < 0) return design;
    return ninetyTen(rows, i).reduce(
      (d, weight, row) => setTableCell(d, s.container.id, 'upstreams', row, 'weight', weight),
      design,
    );
  },
};

const sticky: LessonStep = {
  id: 'sticky',
  title: 'Keep each user on one side',
  instruction:
    'Set Stickiness to "Client address (ip_hash)", so a user who saw the experiment keeps seeing it on every request.',
  hint: 'With "None" each request is dealt out afresh: one user would flip between production and the experiment.',
  check: (design) => {
    const s = splitter(design);
    if (typeof s === 'string') return fail(s);
    const pool = ipHashPoolOf(paramsOf(s.container));
    if (!pool.ok) return fail(`Stickiness does not follow the client: ${pool.error}.`);
    const rows = upstreams(s);
    const i = experimentRow(rows);
    const shares = sharesOf(pool.pool);
    const share = i < 0 ? 0 : (shares[i] ?? 0);
    return { ok: true, why: `ip_hash sends ${(100 * share).toFixed(2)} % of client /24 networks to the experiment.` };
  },
  showMe: (design) => {
    const s = splitter(design);
    return typeof s === 'string' ? design : setParam(design, s.container.id, 'stickiness', 'ip_hash');
  },
};

export const experimentLesson: Lesson = {
  id: 'experiment',
  title: 'Send 10 % of users to an experiment',
  intro:
    'The frontend sends every request to a request-splitting ambassador on localhost:80, which passes them all to production. Try a new version on real traffic: deploy an experiment and let the ambassador send it one user in ten.',
  template: SPLITTER,
  start,
  steps: [deploy, route, split, sticky],
  done: 'About 90 % of users reach production and 10 % the experiment, each user always on the same side. Ending the experiment is one edit to the ambassador; the app never changed. Open the route explorer to see which side an address reaches.',
};
