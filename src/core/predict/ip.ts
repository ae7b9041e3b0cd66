/**
 * Client addresses as bytes in network order: 4 for IPv4 (dotted decimal), 16 for IPv6 (RFC 4291
 * text forms, `::` and a trailing dotted IPv4 part allowed; no zone index, no brackets).
 */

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** The four bytes of a dotted-decimal IPv4 address (no leading zeros), or undefined. */
export function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] as string;
    if (!DECIMAL_OCTET.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    out[i] = value;
  }
  return out;
}

function parseGroups(text: string, out: number[]): boolean {
  if (text === '') return true;
  for (const group of text.split(':')) {
    if (!HEX_GROUP.test(group)) return false;
    out.push(Number.parseInt(group, 16));
  }
  return true;
}

/** The sixteen bytes of an IPv6 address, or undefined. */
export function parseIpv6(text: string): Uint8Array | undefined {
  if (!text.includes(':')) return undefined;
  let body = text;
  const tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(body.slice(lastColon + 1));
    if (!v4) return undefined;
    tail.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
    // Drop the IPv4 part and the colon before it, unless that colon ends a "::".
    body = body.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head: number[] = [];
  const rest: number[] = [];
  if (!parseGroups(halves[0] as string, head)) return undefined;
  if (halves.length === 2 && !parseGroups(halves[1] as string, rest)) return undefined;
  rest.push(...tail);
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const groups = [...head, ...Array<number>(8 - given).fill(0), ...rest];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

/**
 * An IPv4 or IPv6 address as bytes, or undefined when `text` is neither.
 *
 * @example parseIp('10.1.2.3') // Uint8Array [10, 1, 2, 3]
 */
export function parseIp(text: string): Uint8Array | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}
