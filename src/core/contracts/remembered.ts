/**
 * Results remembered by the document object they were made from, kept on that object under a
 * symbol of their own: not enumerable, so a spread, `Object.assign`, `JSON.stringify` or
 * `structuredClone` of the object leaves them behind, and an edited copy is built anew. A frozen
 * object (the app makes none) falls back to a weak map.
 *
 * Why not a weak map for all: V8's young-generation collector holds the value of a long-lived weak
 * map's entry strongly, and when that value reaches its key (a built workload holds its workload)
 * the key lives on too. A dropped design's results then outlived every young collection until a
 * full one, moved to the old generation on the way (about 5 MB per cold render of 1,000
 * containers, all garbage). Kept on the object, they die with it in the next young collection.
 *
 * @example const built = new Remembered<Workload, BuiltWorkload>('built workload'); built.get(w) ?? built.set(w, build(w))
 */
export class Remembered<K extends object, V> {
  private readonly key: symbol;
  private readonly frozen = new WeakMap<K, V>();

  /** `name` names the symbol, for a reader of a heap snapshot. */
  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(object: K): V | undefined {
    const own = (object as Record<symbol, V | undefined>)[this.key];
    if (own !== undefined || Object.isExtensible(object)) return own;
    return this.frozen.get(object);
  }

  has(object: K): boolean {
    return this.get(object) !== undefined;
  }

  /** Forgets what is remembered for `object` (the property stays, undefined: deleting it would slow the object down). */
  delete(object: K): void {
    if (Object.hasOwn(object, this.key)) (object as Record<symbol, V | undefined>)[this.key] = undefined;
    else this.frozen.delete(object);
  }

  /** Remembers `value` for `object` (replacing what it held) and returns it. */
  set(object: K, value: V): V {
    if (Object.isExtensible(object))
      Object.defineProperty(object, this.key, { value, writable: true, configurable: true, enumerable: false });
    else this.frozen.set(object, value);
    return value;
  }
}
