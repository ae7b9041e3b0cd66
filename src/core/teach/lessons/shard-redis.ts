/** Lesson: shard the app's Redis over several servers with a twemproxy ambassador (Ch. 3). */
import { resolveParams } from '../../catalog/params';
import { twemproxy } from '../../catalog/templates/twemproxy';
import { setParam } from '../../edit/ops';
import { sketchDesign } from '../../edit/sketch';
import type { Design } from '../../model/design';
import { shardPoolOf } from '../../predict';
import { addBesideStep, type BesideSpec, findBeside } from '../beside';
import { fail, noErrors, type Placed, paramsOf, placedOf } from '../queries';
import type { Lesson, LessonStep } from '../types';

const APP = 'app-node';
const AMBASSADOR = 'twemproxy';
const SHARDS = 4;

const start: Design = sketchDesign({
  name: 'sharded-cache',
  workloads: [
    {
      name: 'web',
      replicas: 2,
      containers: [
        {
          template: APP,
          name: 'web',
          params: {
            connectsTo: ['localhost:6379'],
            env: [{ name: 'REDIS_URL', value: 'redis://localhost:6379', secret: '' }],
          },
        },
      ],
    },
  ],
});

const BESIDE: BesideSpec = {
  template: AMBASSADOR,
  beside: APP,
  elsewhere: (pod) =>
    `The Sharded Redis ambassador is in ${pod}, not in the web app's pod: the app reaches it on localhost only from its own pod.`,
  missing: 'There is no Sharded Redis ambassador yet.',
};

const ambassador = (design: Design): Placed | string => findBeside(design, BESIDE);

const addAmbassador: LessonStep = {
  ...addBesideStep(BESIDE, {
    id: 'add-ambassador',
    title: 'Add the ambassador',
    instruction:
      'Drag "Sharded Redis" from the Ambassador section of the palette into the web pod. The app keeps talking to localhost:6379; the ambassador listens there.',
    hint: 'Problems shows that nothing in the pod listens on localhost:6379 yet: the ambassador fixes that.',
  }),
  /** Passes once the app's connection to localhost:6379 has somewhere to go. */
  check: (design) => {
    const a = ambassador(design);
    if (typeof a === 'string') return fail(a);
    const app = placedOf(design, APP).find((p) => p.workload.id === a.workload.id);
    return app ? noErrors(design, app, 'connectsTo') : fail('The web app is gone: start the lesson again.');
  },
};

const fourShards: LessonStep = {
  id: 'four-shards',
  title: `Run ${SHARDS} shards`,
  instruction: `Select the ambassador and set Shard count to ${SHARDS}.`,
  hint: 'In StatefulSet mode the ambassador brings its shards: one Redis pod per shard, with stable names.',
  check: (design) => {
    const a = ambassador(design);
    if (typeof a === 'string') return fail(a);
    const pool = shardPoolOf(paramsOf(a.container), a.workload.name);
    if (!pool.ok) return fail(`The shard pool cannot be built: ${pool.error}.`);
    const n = pool.pool.labels.length;
    return n >= SHARDS ? noErrors(design, a) : fail(`The pool has ${n} shard${n === 1 ? '' : 's'}; make it ${SHARDS}.`);
  },
  showMe: (design) => {
    const a = ambassador(design);
    if (typeof a === 'string') return design;
    const withMode = setParam(design, a.container.id, 'mode', 'statefulset');
    return setParam(withMode, a.container.id, 'shardCount', SHARDS);
  },
};

const hashTag: LessonStep = {
  id: 'hash-tag',
  title: 'Keep a user’s keys together',
  instruction:
    'Set Hash tag to {} so that only the part of a key between { and } is hashed: user:{42}:name and user:{42}:cart then land on one shard.',
  hint: 'Commands that touch several keys (MGET, transactions) work only when those keys are on one shard.',
  check: (design) => {
    const a = ambassador(design);
    if (typeof a === 'string') return fail(a);
    const tag = resolveParams(twemproxy, a.container.params).hashTag;
    if (tag !== '{}') return fail(tag === '' ? 'There is no hash tag yet.' : `The hash tag is ${tag}, not {}.`);
    return noErrors(design, a, 'hashTag');
  },
  showMe: (design) => {
    const a = ambassador(design);
    return typeof a === 'string' ? design : setParam(design, a.container.id, 'hashTag', '{}');
  },
};

export const shardRedisLesson: Lesson = {
  id: 'shard-redis',
  title: 'Shard Redis with an ambassador',
  intro:
    'The web app stores its sessions in “one Redis” at localhost:6379, and one Redis is no longer enough. Without changing the app, put a twemproxy ambassador in its pod that spreads the keys over several Redis shards.',
  template: AMBASSADOR,
  start,
  steps: [addAmbassador, fourShards, hashTag],
  done: 'The app still talks to one Redis on localhost:6379, and its keys are spread over 4 shards by consistent hashing. Open the shard explorer to see where keys land and how few move when a shard is added.',
};
