/**
 * fluentd v1 configuration: a typed tree (`tree.ts`), value quoting that fluentd's parser reads
 * back exactly (`value.ts`), tags and match patterns (`tag.ts`), the renderer (`render.ts`), and
 * the pieces the two fluentd adapter templates share (`adapter.ts`).
 * `testing/parse.ts` is a reader that follows fluentd's v1 parser, for tests only.
 */
export * from './render';
export * from './tag';
export * from './tree';
export * from './value';
