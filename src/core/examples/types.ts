import type { Design } from '../model/design';

export interface ExampleDef {
  /** CLI name, a DNS-1123 label, e.g. `sharded-redis`. */
  readonly name: string;
  /** Title for the gallery, e.g. "Sharded Redis with a twemproxy ambassador". */
  readonly title: string;
  /** One line for `podsmith examples`. */
  readonly summary: string;
  /** Book chapter and section it comes from, e.g. "Ch. 3, Ambassadors: Using an Ambassador to Shard a Service". */
  readonly source: string;
  /** Which book errata the example fixes, if any (shown in the README). */
  readonly errataFixed: readonly string[];
  readonly design: Design;
}
