/** The settings of a config file one per line, in the same form for the input's file and Podsmith's. */
import { flattenFluent, readFluentConf } from './fluentd-conf';
import { flatten, readNginxConf } from './nginx-conf';
import { isObj } from './objects';
import { poolLines } from './recognise/twemproxy';
import type { ConfigLanguage } from './recognise/types';
import { parseConfigYaml } from './yaml';

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
  }
}
