/** redis_exporter read back from its flags and environment. */
import type { Recogniser } from '../../../read/recognise';
import { flag, imageName, portOf } from '../../../read/words';
import { defined, envSecretRef, envValue } from '../../shared/recognise-values';

export const recogniseRedisExporter: Recogniser = (input) => {
  const { container } = input;
  if (!/^redis[_-]exporter$/.test(imageName(container.image))) return undefined;
  const words = [...container.command, ...container.args];
  const address = flag(words, ['--redis.addr']) ?? envValue(input, 'REDIS_ADDR');
  const listen = flag(words, ['--web.listen-address']) ?? envValue(input, 'REDIS_EXPORTER_WEB_LISTEN_ADDRESS');
  return {
    template: 'redis-exporter',
    params: defined({
      // redis_exporter's own default is redis://localhost:6379, the template's localhost:6379.
      redisAddress: address === 'redis://localhost:6379' ? undefined : address,
      metricsPort: listen === undefined ? undefined : portOf(listen),
      passwordSecret: envSecretRef(input, 'REDIS_PASSWORD'),
    }),
    env: ['REDIS_ADDR', 'REDIS_EXPORTER_WEB_LISTEN_ADDRESS'],
  };
};
