export type { FragmentDesign, ShareLink } from './link';
export { readFragment, shareLink } from './link';
export { ShareControl } from './ShareControl';
export { SharedBar } from './SharedBar';
export { beginSharedSession, sharedSession } from './session';
