/** Handle ids: links leave by the right or bottom side and arrive by the left or top side. */
export const HANDLES = { right: 'out-right', bottom: 'out-bottom', left: 'in-left', top: 'in-top' } as const;
