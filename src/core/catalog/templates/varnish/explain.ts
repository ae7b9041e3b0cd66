/** Short explanations of the default.vcl lines Podsmith generates (Varnish 7, VCL 4.1). */
import type { FileExplainers } from '../../types';

const SUBS: Readonly<Record<string, string>> = {
  vcl_recv: 'Runs for each request as it arrives: decides whether to look it up in the cache or pass it to the app.',
  vcl_hash: 'Decides what identifies a cached object (by default the URL and Host).',
  vcl_backend_response:
    'Runs for each answer from the app, before it is cached: decides whether and how long to keep it.',
  vcl_deliver: 'Runs just before an answer goes back to the client: here it adds the X-Cache header.',
};

/**
 * What a default.vcl line does, or undefined for blank lines, closing braces and lines it does not know.
 *
 * @example explainVcl('        return (pass);') // 'Passes this request to the app ...'
 */
export function explainVcl(line: string): string | undefined {
  const t = line.trim();
  if (t === '' || t === '}') return undefined;
  if (t.startsWith('#') || t.startsWith('//')) return 'A comment: Varnish ignores it.';
  if (t === 'vcl 4.1;') return 'The VCL version this file is written in (Varnish 6 and later).';
  let m = /^backend (\w+) \{$/.exec(t);
  if (m) return `The backend ${m[1]}: the server Varnish fetches misses from.`;
  m = /^\.host = "(.*)";$/.exec(t);
  if (m) return `Its address: ${m[1]}${m[1] === '127.0.0.1' ? ', the app in this pod' : ''}.`;
  m = /^\.port = "(.*)";$/.exec(t);
  if (m) return `Its port: ${m[1]}.`;
  m = /^sub (\w+) \{$/.exec(t);
  if (m) return SUBS[m[1] ?? ''] ?? `The subroutine ${m[1]}.`;
  if (t.startsWith('if (req.url ~ ')) return 'For requests whose URL matches one of these patterns (paths not cached):';
  if (t === 'return (pass);') return 'Passes this request to the app every time: it is neither looked up nor stored.';
  if (t === 'if (!beresp.http.Cache-Control && !beresp.http.Expires) {')
    return 'For answers that say nothing about caching (no Cache-Control, no Expires):';
  m = /^set beresp\.ttl = (\d+)s;$/.exec(t);
  if (m)
    return `Keeps the answer in the cache for ${m[1]} seconds (then serves it stale for a short grace while fetching anew).`;
  if (t === 'if (obj.hits > 0) {') return 'When the answer came from the cache:';
  if (t === '} else {') return 'Otherwise (fetched from the app just now):';
  m = /^set resp\.http\.X-Cache = "(\w+)";$/.exec(t);
  if (m) return `Adds the header X-Cache: ${m[1]}.`;
  return undefined;
}

/** What the preview's hover explains, by the name of the file this template writes. */
export const explainers: FileExplainers = { 'default.vcl': explainVcl };
