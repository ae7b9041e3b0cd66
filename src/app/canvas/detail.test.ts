import { describe, expect, it } from 'vitest';
import { detailAt, LOW_DETAIL_ZOOM, MIN_DETAIL_ZOOM } from './detail';

describe('level of detail', () => {
  it.each([
    [2, 'full'],
    [LOW_DETAIL_ZOOM, 'full'],
    [LOW_DETAIL_ZOOM - 0.01, 'low'],
    [MIN_DETAIL_ZOOM, 'low'],
    [MIN_DETAIL_ZOOM - 0.01, 'min'],
    [0.05, 'min'],
  ] as const)('zoom %s draws %s nodes', (zoom, detail) => {
    expect(detailAt(zoom)).toBe(detail);
  });
});
