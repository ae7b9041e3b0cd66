/**
 * Keyboard movement inside the tab strip (WAI-ARIA tabs pattern, horizontal, wrapping).
 */

/**
 * The index of the tab a key moves to, or `null` when the key is not a tab-strip key.
 *
 * @example
 * tabIndexAfterKey('ArrowRight', 2, 3); // 0 (wraps)
 */
export function tabIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
