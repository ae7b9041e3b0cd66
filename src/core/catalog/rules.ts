/** String rules shared by templates. Each message says what a valid value looks like. */
import type { StringRule } from './types';

export const DNS_LABEL: StringRule = {
  pattern: /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
  message: 'lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters',
};

/** A host name or IPv4 address (DNS-1123 subdomain). */
export const HOST: StringRule = {
  pattern: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  message: 'a host name such as redis-0.redis or an IPv4 address such as 10.0.0.5',
};

export const ENV_NAME: StringRule = {
  pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  message: 'letters, digits and "_", not starting with a digit (e.g. REDIS_HOST)',
};

/** `localhost:PORT` or `127.0.0.1:PORT`. */
export const LOCAL_ADDRESS: StringRule = {
  pattern: /^(localhost|127\.0\.0\.1):[0-9]{1,5}$/,
  message: 'localhost:PORT, e.g. localhost:6379',
};

export const ABSOLUTE_PATH: StringRule = {
  pattern: /^\/[A-Za-z0-9._\-/]*$/,
  message: 'an absolute path of letters, digits, ".", "_", "-" and "/", e.g. /var/log/app',
};

/** A Secret reference `SECRET/KEY`. */
export const SECRET_KEY_REF: StringRule = {
  pattern: /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/[-._a-zA-Z0-9]+$/,
  message: 'SECRET/KEY, e.g. mysql-credentials/password',
};

/** Printable text on one line, no control characters. */
export const ONE_LINE: StringRule = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule exists to refuse control characters
  pattern: /^[^\u0000-\u001f\u007f]*$/,
  message: 'one line of text without control characters',
};

/** A port name: an IANA service name as Kubernetes checks it. */
export const PORT_NAME: StringRule = {
  pattern: /^(?=.{1,15}$)(?=.*[a-z])(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  message: 'at most 15 lowercase letters, digits and "-", with a letter, no "--", e.g. http',
};
