/** The HAProxy config writer: a typed tree, word quoting, a renderer, and a reader for tests and import. */
export { isBareWord, quoteWord } from './quote';
export { type ReadConfig, type ReadLine, type ReadSection, readHaproxy, splitLine } from './read';
export { renderHaproxy } from './render';
export * from './tree';
