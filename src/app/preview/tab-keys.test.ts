import { describe, expect, it } from 'vitest';
import { tabIndexAfterKey } from './tab-keys';

describe('tabIndexAfterKey', () => {
  it.each([
    ['ArrowRight', 0, 3, 1],
    ['ArrowRight', 2, 3, 0],
    ['ArrowLeft', 0, 3, 2],
    ['ArrowLeft', 2, 3, 1],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
  ])('%s from %i of %i goes to %i', (key, current, count, expected) => {
    expect(tabIndexAfterKey(key, current, count)).toBe(expected);
  });

  it('ignores other keys and empty strips', () => {
    expect(tabIndexAfterKey('ArrowDown', 0, 3)).toBeNull();
    expect(tabIndexAfterKey('Enter', 0, 3)).toBeNull();
    expect(tabIndexAfterKey('ArrowRight', 0, 0)).toBeNull();
  });
});
