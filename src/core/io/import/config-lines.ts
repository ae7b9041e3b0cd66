/** The settings of a config file one per line, in the same form for the input's file and Podsmith's. */

import { haproxyLines } from '../../catalog/templates/haproxy/recognise';
import { poolLines } from '../../catalog/templates/twemproxy/recognise';
import { flattenFluent, readFluentConf } from '../../format/fluentd/parse';
import { flatten, readNginxConf } from '../../format/nginx/parse';
import { vclLines } from '../../format/varnish';
import { isObj } from '../../read/objects';
import type { ConfigLanguage } from '../../read/recognise';
import { parseConfigYaml } from '../../read/yaml';

/** Lines such as `http > server > listen 443 ssl`, `<source> > @type storm`, `hash: murmur`. */
export function configLines(language: ConfigLanguage, text: string): string[] {
  switch (language) {
    case 'nginx': {
      const r = readNginxConf(text);
      return r.ok ? flatten(r.nodes) : [];
    }
    case 'fluentd': {
      const r = readFluentConf(text);
      return r.ok ? flattenFluent(r.nodes) : [];
    }
    case 'nutcracker': {
      const doc = parseConfigYaml(text);
      const pool = doc.ok && isObj(doc.value) ? Object.values(doc.value).find(isObj) : undefined;
      return pool ? poolLines(pool) : [];
    }
    case 'haproxy':
      return haproxyLines(text);
    case 'vcl':
      return vclLines(text);
  }
}
