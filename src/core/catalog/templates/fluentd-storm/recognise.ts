/** The Apache Storm metrics adapter read back from its fluentd config. */
import { fluentdRecogniser } from '../../shared/fluentd-recognise';
import { defined, wholeNumberOf } from '../../shared/recognise-values';

export const recogniseFluentdStorm = fluentdRecogniser({
  template: 'fluentd-storm',
  sourceType: 'storm',
  image: /storm/,
  params: (get, tag) =>
    defined({
      url: get('url'),
      window: get('window'),
      sys: get('sys') === undefined ? undefined : /^(1|true|yes)$/.test(get('sys') ?? ''),
      tag,
      interval: wholeNumberOf(get('interval')),
    }),
});
