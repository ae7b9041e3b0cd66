/** Share links: `PAGE#design=PAYLOAD`, where the payload is the core's compressed design. */
import { type Design, decodeShareLink, encodeShareLink, isShareLinkTooLong } from '../../core';

/** The fragment key that carries a design. */
export const FRAGMENT_KEY = 'design=';

export interface ShareLink {
  readonly url: string;
  /** Longer than common browsers, servers and chat tools keep intact. */
  readonly tooLong: boolean;
}

/** The link that opens `design`, for a page at `base` (origin and path, no fragment). */
export function shareLink(base: string, design: Design): ShareLink {
  const url = `${base}#${FRAGMENT_KEY}${encodeShareLink(design)}`;
  return { url, tooLong: isShareLinkTooLong(url) };
}

export type FragmentDesign =
  | { readonly kind: 'none' }
  | { readonly kind: 'design'; readonly design: Design }
  | { readonly kind: 'error'; readonly message: string };

/** The design a URL fragment (`location.hash`) carries, if it carries one. Never throws. */
export function readFragment(hash: string): FragmentDesign {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith(FRAGMENT_KEY)) return { kind: 'none' };
  const r = decodeShareLink(text.slice(FRAGMENT_KEY.length));
  if (r.ok) return { kind: 'design', design: r.design };
  return { kind: 'error', message: r.errors.slice(0, 3).join('; ') };
}
