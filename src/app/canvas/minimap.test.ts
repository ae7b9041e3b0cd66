import { describe, expect, it } from 'vitest';
import { frameOf } from './minimap';

describe('mini map frame', () => {
  it('fits the boxes, with a margin, centred in the map', () => {
    const f = frameOf([
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 300, y: 250, width: 100, height: 50 },
    ]);
    // 400 x 300 of boxes, 10 % margin: 440 x 330, limited by the height (150 / 330).
    expect(f.scale).toBeCloseTo(150 / 330);
    expect(f.x + 200 * f.scale).toBeCloseTo(100);
    expect(f.y + 150 * f.scale).toBeCloseTo(75);
  });
  it('is the identity when there is nothing to show', () => {
    expect(frameOf([])).toEqual({ scale: 1, x: 0, y: 0 });
  });
});
