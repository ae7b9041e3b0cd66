/** Lesson: expose Redis's statistics to Prometheus with a redis_exporter adapter (Ch. 4). */
import { resolveParams } from '../../catalog/params';
import { redisExporter } from '../../catalog/templates/redis-exporter';
import { addLink, setParam } from '../../edit/ops';
import { sketchDesign } from '../../edit/sketch';
import type { Design } from '../../model/design';
import { addBesideStep, type BesideSpec, findBeside } from '../beside';
import { appPorts, fail, noErrors, PASS, type Placed } from '../queries';
import type { Lesson, LessonStep } from '../types';

const APP = 'app-redis';
const ADAPTER = 'redis-exporter';
/** The port this lesson's Redis listens on (not the exporter's default 6379). */
const REDIS_PORT = 6380;

const start: Design = sketchDesign({
  name: 'redis-metrics',
  workloads: [
    {
      name: 'cache',
      containers: [
        {
          template: APP,
          name: 'redis',
          params: { args: ['--port', String(REDIS_PORT)], ports: [{ name: 'redis', port: REDIS_PORT }] },
        },
      ],
    },
  ],
  externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
});

const BESIDE: BesideSpec = {
  template: ADAPTER,
  beside: APP,
  elsewhere: (pod) =>
    `The metrics adapter is in ${pod}, not in the Redis pod: an adapter watches the app it runs next to.`,
  missing: 'There is no Redis metrics adapter yet.',
};

const adapter = (design: Design): Placed | string => findBeside(design, BESIDE);

const addAdapter = addBesideStep(BESIDE, {
  id: 'add-adapter',
  title: 'Add the metrics adapter',
  instruction: 'Drag "Redis metrics (Prometheus)" from the Adapter section of the palette into the cache pod.',
  hint: 'An adapter sits beside the app it translates, in the same pod, and reaches it over localhost.',
});

const address: LessonStep = {
  id: 'redis-address',
  title: 'Point it at this pod’s Redis',
  instruction: `This Redis listens on port ${REDIS_PORT}. Select the adapter and set Redis address to localhost:${REDIS_PORT}.`,
  hint: 'Problems says when the adapter connects to a port where nothing in the pod listens.',
  check: (design) => {
    const a = adapter(design);
    if (typeof a === 'string') return fail(a);
    const value = resolveParams(redisExporter, a.container.params).redisAddress;
    const ports = appPorts(a.workload).map((p) => p.port);
    const m = /^(?:rediss?:\/\/)?(?:localhost|127\.0\.0\.1):(\d+)$/.exec(value);
    if (!m) return fail(`Redis address is ${value}: the adapter should read the Redis of its own pod, on localhost.`);
    if (!ports.includes(Number(m[1])))
      return fail(`Redis address is ${value}, but Redis listens on ${ports.map((p) => `localhost:${p}`).join(', ')}.`);
    return noErrors(design, a);
  },
  showMe: (design) => {
    const a = adapter(design);
    if (typeof a === 'string') return design;
    const port = appPorts(a.workload)[0]?.port ?? REDIS_PORT;
    return setParam(design, a.container.id, 'redisAddress', `localhost:${port}`);
  },
};

/** The Prometheus endpoint of the design, if any. */
function prometheusOf(design: Design): string | undefined {
  return design.externals.find((e) => e.kind === 'prometheus')?.id;
}

const scrape: LessonStep = {
  id: 'scrape',
  title: 'Let Prometheus scrape it',
  instruction:
    'On the canvas, drag from the adapter’s right handle to the prometheus node: a metrics link shows who reads the adapter’s /metrics page.',
  hint: 'A link drawn to a Prometheus endpoint is a metrics link. The pod already carries prometheus.io/scrape and prometheus.io/port annotations.',
  check: (design) => {
    const a = adapter(design);
    if (typeof a === 'string') return fail(a);
    const prometheus = prometheusOf(design);
    if (!prometheus) return fail('The design has no Prometheus endpoint.');
    const ends = new Set([a.container.id, prometheus]);
    const linked = design.links.some(
      (l) => l.kind === 'metrics' && ends.has(l.from) && ends.has(l.to) && l.from !== l.to,
    );
    return linked ? PASS : fail('No metrics link joins the adapter and Prometheus yet.');
  },
  showMe: (design) => {
    const a = adapter(design);
    const prometheus = prometheusOf(design);
    if (typeof a === 'string' || !prometheus) return design;
    return addLink(design, { from: a.container.id, to: prometheus, kind: 'metrics' });
  },
};

export const redisMetricsLesson: Lesson = {
  id: 'redis-metrics',
  title: 'Expose Redis metrics to Prometheus with an adapter',
  intro:
    'Redis reports its state with the INFO command; Prometheus wants an HTTP /metrics page. Rather than change Redis, add an adapter to its pod that translates one into the other.',
  template: ADAPTER,
  start,
  steps: [addAdapter, address, scrape],
  done: 'Redis now looks like every other app to monitoring: redis_exporter reads it over localhost and serves /metrics on port 9121, published by the Service and announced to Prometheus by the pod’s annotations.',
};
