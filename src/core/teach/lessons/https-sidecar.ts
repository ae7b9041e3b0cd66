/** Lesson: give a legacy plain-HTTP app HTTPS with an nginx sidecar in its pod (Ch. 2). */
import { resolveParams } from '../../catalog/params';
import { httpsTerminator } from '../../catalog/templates/https-terminator';
import { setParam } from '../../edit/ops';
import { sketchDesign } from '../../edit/sketch';
import type { Design } from '../../model/design';
import { addBesideStep, type BesideSpec, findBeside } from '../beside';
import { appPorts, fail, noErrors, type Placed } from '../queries';
import type { Lesson, LessonStep } from '../types';

const APP = 'app-legacy-web';
const SIDECAR = 'https-terminator';
/** Where the lesson's legacy app listens (127.0.0.1 only). */
const APP_PORT = 9000;
const HOST = 'legacy.example.com';
const SECRET = 'legacy-web-tls';

const start: Design = sketchDesign({
  name: 'legacy-https',
  workloads: [
    {
      name: 'legacy-web',
      replicas: 2,
      containers: [
        {
          template: APP,
          name: 'legacy-web',
          params: { ports: [{ name: 'http', port: APP_PORT, localhostOnly: true }] },
        },
      ],
    },
  ],
});

const BESIDE: BesideSpec = {
  template: SIDECAR,
  beside: APP,
  elsewhere: (pod) =>
    `The HTTPS terminator is in ${pod}, not in the legacy app's pod: only containers of one pod share localhost.`,
  missing: 'There is no HTTPS terminator yet.',
};

/** The sidecar in the legacy app's pod, or why there is none. */
const sidecar = (design: Design): Placed | string => findBeside(design, BESIDE);

const addSidecar = addBesideStep(BESIDE, {
  id: 'add-sidecar',
  title: 'Add the HTTPS terminator',
  instruction:
    'Drag "HTTPS terminator" from the Sidecar section of the palette into the legacy-web pod (or select the pod and press Enter on the palette item).',
  hint: 'A sidecar runs in the same pod as its app: drop it inside the legacy-web box, not on the empty canvas.',
});

const legacyPort: LessonStep = {
  id: 'legacy-port',
  title: 'Forward to the app’s port',
  instruction: `The legacy app listens on 127.0.0.1:${APP_PORT}. Select the sidecar and set its Legacy port to ${APP_PORT}.`,
  hint: 'The sidecar forwards each decrypted request to 127.0.0.1:LEGACY PORT; the Problems panel says when nothing listens there.',
  check: (design) => {
    const s = sidecar(design);
    if (typeof s === 'string') return fail(s);
    const port = resolveParams(httpsTerminator, s.container.params).legacyPort;
    const local = appPorts(s.workload).filter((p) => p.localhostOnly);
    if (!local.some((p) => p.port === port)) {
      const where = local.map((p) => `127.0.0.1:${p.port}`).join(' or ') || 'no localhost-only port';
      return fail(`Legacy port is ${port}, but the app listens on ${where}.`);
    }
    return noErrors(design, s, 'legacyPort');
  },
  showMe: (design) => {
    const s = sidecar(design);
    if (typeof s === 'string') return design;
    const port = appPorts(s.workload).find((p) => p.localhostOnly)?.port ?? APP_PORT;
    return setParam(design, s.container.id, 'legacyPort', port);
  },
};

const serverName: LessonStep = {
  id: 'server-name',
  title: 'Name the host',
  instruction: 'Set the sidecar’s Server name to legacy.example.com, the name your users type.',
  hint: 'The default "_" answers any host name; a real name is what the certificate is issued for.',
  check: (design) => {
    const s = sidecar(design);
    if (typeof s === 'string') return fail(s);
    const name = resolveParams(httpsTerminator, s.container.params).serverName;
    if (name === '_') return fail('Server name is still "_" (any name).');
    return name === HOST ? noErrors(design, s, 'serverName') : fail(`Server name is ${name}, not ${HOST}.`);
  },
  showMe: (design) => {
    const s = sidecar(design);
    return typeof s === 'string' ? design : setParam(design, s.container.id, 'serverName', HOST);
  },
};

const certificate: LessonStep = {
  id: 'certificate',
  title: 'Name the certificate Secret',
  instruction:
    'Set Certificate Secret to legacy-web-tls: the TLS Secret you create with kubectl create secret tls legacy-web-tls --cert=tls.crt --key=tls.key.',
  hint: 'The key and certificate never go into the image or the config: nginx reads them from a Secret mounted at /etc/nginx/tls.',
  check: (design) => {
    const s = sidecar(design);
    if (typeof s === 'string') return fail(s);
    const secret = resolveParams(httpsTerminator, s.container.params).certSecret;
    if (secret === 'tls-cert') return fail('Certificate Secret is still the placeholder tls-cert.');
    return secret === SECRET ? noErrors(design, s) : fail(`Certificate Secret is ${secret}, not ${SECRET}.`);
  },
  showMe: (design) => {
    const s = sidecar(design);
    return typeof s === 'string' ? design : setParam(design, s.container.id, 'certSecret', SECRET);
  },
};

export const httpsSidecarLesson: Lesson = {
  id: 'https-sidecar',
  title: 'Add an HTTPS sidecar to a legacy app',
  intro:
    'A legacy web app speaks plain HTTP on 127.0.0.1:9000 and nobody wants to touch its code. Give it HTTPS without changing it: an nginx sidecar in its pod terminates TLS and forwards each request over localhost.',
  template: SIDECAR,
  start,
  steps: [addSidecar, legacyPort, serverName, certificate],
  done: 'The legacy app now serves HTTPS on port 443 through its sidecar, while plain HTTP never leaves the pod. The same sidecar works for any legacy app: only its parameters change.',
};
