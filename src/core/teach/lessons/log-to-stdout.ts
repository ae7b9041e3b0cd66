/** Lesson: turn an app's log file into a container log with a tail -F adapter (Ch. 4). */
import { resolveParams } from '../../catalog/params';
import { logToStdout } from '../../catalog/templates/log-to-stdout';
import { renameContainer, setParam } from '../../edit/ops';
import { sketchDesign } from '../../edit/sketch';
import type { Design } from '../../model/design';
import { addBesideStep, type BesideSpec, findBeside } from '../beside';
import { fail, noErrors, type Placed } from '../queries';
import type { Lesson, LessonStep } from '../types';

const APP = 'app-generic';
const ADAPTER = 'log-to-stdout';
const LOG = '/var/log/nginx/access.log';
const NAME = 'access-log';

const start: Design = sketchDesign({
  name: 'web-logs',
  workloads: [{ name: 'web', containers: [{ template: APP, name: 'web' }] }],
});

const BESIDE: BesideSpec = {
  template: ADAPTER,
  beside: APP,
  elsewhere: (pod) => `The log adapter is in ${pod}, not in the web pod: it can read only files of its own pod.`,
  missing: 'There is no log adapter yet.',
};

const adapter = (design: Design): Placed | string => findBeside(design, BESIDE);

const addAdapter = addBesideStep(BESIDE, {
  id: 'add-adapter',
  title: 'Add the log adapter',
  instruction: 'Drag "Log file to stdout" from the Adapter section of the palette into the web pod.',
  hint: 'The adapter and the app share a directory (an emptyDir), so they must be containers of one pod.',
});

const logPath: LessonStep = {
  id: 'log-path',
  title: 'Follow the access log',
  instruction: `nginx in this pod writes ${LOG}. Select the adapter and set Log path to ${LOG}.`,
  hint: 'The directory of the log path becomes the shared volume, mounted at the same place in the app and the adapter.',
  check: (design) => {
    const a = adapter(design);
    if (typeof a === 'string') return fail(a);
    const path = resolveParams(logToStdout, a.container.params).logPath;
    return path === LOG ? noErrors(design, a) : fail(`Log path is ${path}; nginx writes ${LOG}.`);
  },
  showMe: (design) => {
    const a = adapter(design);
    return typeof a === 'string' ? design : setParam(design, a.container.id, 'logPath', LOG);
  },
};

const rename: LessonStep = {
  id: 'name',
  title: 'Name it for kubectl logs',
  instruction: `Rename the adapter container ${NAME}, so that kubectl logs POD -c ${NAME} reads like what it shows.`,
  hint: 'The container’s Name field is at the top of the inspector.',
  check: (design) => {
    const a = adapter(design);
    if (typeof a === 'string') return fail(a);
    return a.container.name === NAME
      ? noErrors(design, a, 'name')
      : fail(`The adapter is named ${a.container.name}, not ${NAME}.`);
  },
  showMe: (design) => {
    const a = adapter(design);
    return typeof a === 'string' ? design : renameContainer(design, a.container.id, NAME);
  },
};

export const logToStdoutLesson: Lesson = {
  id: 'log-to-stdout',
  title: 'Turn a log file into stdout',
  intro:
    'This nginx writes its access log to a file, where kubectl logs and the node’s log collector never look. Add an adapter that follows the file and prints each new line on its own stdout.',
  template: ADAPTER,
  start,
  steps: [addAdapter, logPath, rename],
  done: `kubectl logs POD -c ${NAME} now shows nginx's access log, and the node's collector ships it like any other container log. The adapter is a few megabytes of busybox and works for any app that writes a file.`,
};
