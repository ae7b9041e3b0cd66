/**
 * The example a new user sees first, as a plain document: the first frame draws it without the
 * catalog, whose templates `sketchDesign` reads to make the examples. `first.test.ts` checks it
 * equals the catalog's example, so a change to the example or its templates fails the tests until
 * this copy is brought along.
 */
import type { Design } from '../model/design';

/** The example a new user sees first. */
export const FIRST_EXAMPLE = 'sharded-redis';

/** `getExample(FIRST_EXAMPLE).design`, written out. */
export const FIRST_DESIGN: Design = {
  schemaVersion: 4,
  name: 'sharded-redis',
  namespace: 'default',
  workloads: [
    {
      id: 'w1',
      name: 'web',
      kind: 'Deployment',
      replicas: 2,
      labels: {},
      nativeSidecars: false,
      containers: [
        {
          id: 'w1c1',
          name: 'web',
          role: 'app',
          template: 'app-node',
          image: 'node:20.18.1-alpine',
          params: {
            connectsTo: ['localhost:6379'],
            env: [
              {
                name: 'REDIS_URL',
                value: 'redis://localhost:6379',
                secret: '',
              },
            ],
          },
          resources: {
            requests: {
              cpu: '50m',
              memory: '64Mi',
            },
          },
          layout: {
            x: 20,
            y: 40,
          },
        },
        {
          id: 'w1c2',
          name: 'twemproxy',
          role: 'ambassador',
          template: 'twemproxy',
          image: 'malexer/twemproxy:0.5.0',
          params: {
            listenPort: 6379,
            mode: 'statefulset',
            shardCount: 3,
          },
          resources: {
            requests: {
              cpu: '50m',
              memory: '64Mi',
            },
          },
          layout: {
            x: 20,
            y: 140,
          },
        },
      ],
      layout: {
        x: 0,
        y: 0,
        width: 280,
        height: 244,
      },
    },
  ],
  externals: [
    {
      id: 'e1',
      name: 'redis-shards',
      kind: 'database',
      address: 'web-shards-{0,1,2}.web-shards:6379',
      layout: {
        x: 360,
        y: 0,
      },
    },
  ],
  links: [
    {
      id: 'l1',
      from: 'w1c1',
      to: 'w1c2',
      kind: 'traffic',
    },
    {
      id: 'l2',
      from: 'w1c2',
      to: 'e1',
      kind: 'traffic',
    },
  ],
  extras: [],
  templates: [],
};
