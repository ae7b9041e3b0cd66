/**
 * Prediction: where nutcracker puts a key and where nginx's ip_hash sends a client, computed the way
 * those programs compute it (not approximated), plus the shares a sample gets, for the CLI's `shard`
 * and `route` commands and the UI's explorers.
 *
 * Files: `hashes.ts` (nutcracker's twelve key hashes), `md5.ts`, `twemproxy.ts` (ketama ring, modula,
 * hash_tag), `ip.ts` (address parsing), `ip-hash.ts` (nginx ip_hash), `shares.ts` (samples and
 * shares), `from-params.ts` (the same from an ambassador's parameters), `bytes.ts` (UTF-8 without
 * allocation). Every result was checked against the real programs: test/real/shard-live.test.ts and
 * test/real/route-live.test.ts.
 */

export { Utf8Buffer, utf8ByteLength } from './bytes';
export { ipHashPoolOf, shardPoolOf } from './from-params';
export { HASH_FUNCTIONS, type HashFn, isTwemproxyHash, TWEMPROXY_HASHES, type TwemproxyHash } from './hashes';
export { parseIp, parseIpv4, parseIpv6 } from './ip';
export {
  compileIpHash,
  type HashUpstream,
  type IpHashPool,
  type IpHashResult,
  type IpHashState,
  ipv4NetworkShares,
  ROUND_ROBIN,
  routeAddress,
} from './ip-hash';
export { md5Words } from './md5';
export {
  keyShares,
  routeShares,
  type Share,
  type Shares,
  sampleIpv4,
  sampleKey,
  sampleKeyShares,
  sampleKeys,
} from './shares';
export {
  compileShardPool,
  ketamaPointCounts,
  ketamaServerName,
  RANDOM_SERVER,
  type ShardPool,
  type ShardPoolResult,
  type ShardPoolSpec,
  type ShardServer,
  serverLabel,
  TWEMPROXY_DISTRIBUTIONS,
  type TwemproxyDistribution,
} from './twemproxy';
