/** Kubernetes name and value formats (the API server's own validation, restated). */

/** RFC 1123 label: object names of most kinds, container names. */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1035 label: Service names (must start with a letter). */
export const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 subdomain: ConfigMap, Secret and label-prefix names. */
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** The name part of a label key and a label value. */
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}

export function isDns1035Label(s: string): boolean {
  return s.length <= 63 && DNS1035_LABEL.test(s);
}

export function isDnsSubdomain(s: string): boolean {
  return s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
}

// The patterns below are made once: a pattern written in a function is a new object at every call,
// and these are checked for every port and resource of every container.
const PORT_NAME_CHARS = /^[a-z0-9-]+$/;
const A_LETTER = /[a-z]/;
const QUANTITY = /^\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?[0-9]+)?$/;

/** IANA service name as Kubernetes checks port names: 1-15 chars, a-z0-9 and '-', a letter, no '--', no '-' at an end. */
export function isPortName(s: string): boolean {
  return (
    s.length >= 1 &&
    s.length <= 15 &&
    PORT_NAME_CHARS.test(s) &&
    A_LETTER.test(s) &&
    !s.includes('--') &&
    !s.startsWith('-') &&
    !s.endsWith('-')
  );
}

export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  if (prefix !== undefined && !isDnsSubdomain(prefix)) return false;
  return name.length <= 63 && QUALIFIED_NAME.test(name);
}

export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && QUALIFIED_NAME.test(value));
}

/** A resource quantity such as 100m, 0.5, 64Mi, 1G, 1e3. */
export function isQuantity(s: string): boolean {
  return QUANTITY.test(s);
}

const IMAGE_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** [registry[:port]/]path[:tag][@sha256:digest], compiled once (it was compiled on every call). */
const IMAGE_REFERENCE = new RegExp(
  `^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?` +
    `${IMAGE_COMPONENT}(?:/${IMAGE_COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

/** A container image reference: [registry[:port]/]path[:tag][@sha256:digest]. */
export function isImageReference(s: string): boolean {
  return s.length <= 255 && IMAGE_REFERENCE.test(s);
}

/** True when the image names a tag other than `latest`, or a digest. */
export function isPinnedImage(s: string): boolean {
  if (s.includes('@sha256:')) return true;
  const lastSlash = s.lastIndexOf('/');
  const colon = s.indexOf(':', lastSlash + 1);
  if (colon < 0) return false;
  return s.slice(colon + 1) !== 'latest';
}
