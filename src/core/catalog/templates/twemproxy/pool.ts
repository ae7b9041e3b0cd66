/**
 * The twemproxy (nutcracker 0.5) generator: nutcracker.yaml from the ambassador's parameters, the
 * server list as the file has it (for key-placement prediction), the shards' StatefulSet and
 * headless Service, and the ambassador's cross-field rules.
 */

export type { Distribution, Hash, NutcrackerPool, NutcrackerServer } from '../../../format/nutcracker/config';
export {
  DISTRIBUTIONS,
  HASHES,
  renderNutcracker,
  serverLine,
} from '../../../format/nutcracker/config';
export { doubleQuoted, isPlainSafe, scalar } from '../../../format/nutcracker/yaml';
export { checkTwemproxy, effectiveName } from './checks';
export { DEFAULT_SHARD_IMAGE, TWEMPROXY_PARAMS, type TwemproxyParams } from './params';
export type { Backend, Mode, ServerListParams } from './servers';
export {
  BACKENDS,
  MODES,
  nutcrackerPool,
  shardHost,
  shardPort,
  shardSetName,
  twemproxyServers,
} from './servers';
export { shardObjects, shardService, shardStatefulSet } from './shards';
