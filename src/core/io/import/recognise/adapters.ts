/**
 * Adapters read back from their command lines and environment: redis_exporter, the log tailer
 * (`tail -F FILE` on a directory shared with the app) and the MySQL health adapter.
 */
import type { Params } from '../../../model/design';
import { mountsOf } from '../pod';
import type { Notice } from '../types';
import { containerPath, type RecogniseInput, type Recogniser, subjectOf } from './types';
import { baseName, flag, imageName, portOf } from './words';

function value(input: RecogniseInput, name: string): string | undefined {
  const e = input.container.env.find((x) => x.name === name)?.source;
  return e?.kind === 'value' ? e.value : undefined;
}

function secretRef(input: RecogniseInput, name: string): string | undefined {
  const e = input.container.env.find((x) => x.name === name)?.source;
  return e?.kind === 'secret' ? `${e.name}/${e.key}` : undefined;
}

const num = (v: string | undefined): number | undefined =>
  v !== undefined && /^[0-9]{1,5}$/.test(v) ? Number(v) : undefined;

function defined(p: Readonly<Record<string, string | number | undefined>>): Params {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Params;
}

export const recogniseRedisExporter: Recogniser = (input) => {
  const { container } = input;
  if (!/^redis[_-]exporter$/.test(imageName(container.image))) return undefined;
  const words = [...container.command, ...container.args];
  const address = flag(words, ['--redis.addr']) ?? value(input, 'REDIS_ADDR');
  const listen = flag(words, ['--web.listen-address']) ?? value(input, 'REDIS_EXPORTER_WEB_LISTEN_ADDRESS');
  return {
    template: 'redis-exporter',
    params: defined({
      // redis_exporter's own default is redis://localhost:6379, the template's localhost:6379.
      redisAddress: address === 'redis://localhost:6379' ? undefined : address,
      metricsPort: listen === undefined ? undefined : portOf(listen),
      passwordSecret: secretRef(input, 'REDIS_PASSWORD'),
    }),
    env: ['REDIS_ADDR', 'REDIS_EXPORTER_WEB_LISTEN_ADDRESS'],
  };
};

/** `tail … FILE`, directly or as `sh -c "tail … FILE"`: the file, when the command is only that. */
function tailedFile(words: readonly string[]): string | undefined {
  let line = words;
  if (line.length === 3 && /^(ba)?sh$/.test(baseName(line[0] ?? '')) && line[1] === '-c')
    line = (line[2] ?? '').trim().split(/\s+/);
  if (baseName(line[0] ?? '') !== 'tail') return undefined;
  const file = line.at(-1) ?? '';
  const follows = line.some((w) => /^-[a-zA-Z]*[fF]/.test(w) || w === '--follow=name' || w === '--follow');
  return follows && file.startsWith('/') ? file : undefined;
}

export const recogniseLogTailer: Recogniser = (input) => {
  const { container, pod } = input;
  const file = tailedFile([...container.command, ...container.args]);
  if (!file) return undefined;
  const mount = mountsOf(container).find(
    (m) => file.startsWith(`${m.mountPath.replace(/\/+$/, '')}/`) && pod.volumes.get(m.volume)?.emptyDir !== undefined,
  );
  if (!mount) return undefined;
  return { template: 'log-to-stdout', params: { logPath: file }, volumes: [mount.volume] };
};

export const recogniseMysqlHealth: Recogniser = (input) => {
  const { container } = input;
  const name = imageName(container.image);
  const byEnv = value(input, 'HEALTH_QUERY') !== undefined;
  if (!byEnv && !/^mysql-(health|adapter)$/.test(name)) return undefined;
  const notices: Notice[] = byEnv
    ? []
    : [
        {
          severity: 'info',
          message: `${subjectOf(input)}: recognised as the MySQL health adapter by its image name; Podsmith's adapter reads its settings from HEALTH_* and MYSQL_* variables, so check that ${container.image} does, or build images/mysql-health.`,
          path: containerPath(input),
        },
      ];
  return {
    template: 'mysql-health',
    params: defined({
      query: value(input, 'HEALTH_QUERY'),
      database: value(input, 'MYSQL_DATABASE'),
      user: value(input, 'MYSQL_USER'),
      passwordSecret: byEnv ? (secretRef(input, 'MYSQL_PWD') ?? '') : undefined,
      port: num(value(input, 'HEALTH_PORT')),
      mysqlPort: num(value(input, 'MYSQL_PORT')),
    }),
    notices,
  };
};
