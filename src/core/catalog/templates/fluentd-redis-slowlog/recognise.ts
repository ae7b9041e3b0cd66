/** The Redis slow-query log adapter read back from its fluentd config. */
import { fluentdRecogniser } from '../../shared/fluentd-recognise';
import { defined, wholeNumberOf } from '../../shared/recognise-values';

export const recogniseFluentdRedisSlowlog = fluentdRecogniser({
  template: 'fluentd-redis-slowlog',
  sourceType: 'redis_slowlog',
  image: /redis-slowlog/,
  params: (get, tag) =>
    defined({
      host: get('host'),
      port: wholeNumberOf(get('port')),
      tag,
      logsize: wholeNumberOf(get('logsize')),
      interval: wholeNumberOf(get('interval')),
    }),
});
