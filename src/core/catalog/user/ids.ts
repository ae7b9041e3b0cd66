/** Ids of user templates and keys of their parameters. */

/** The prefix of every user template id: built-in ids never start with it. */
export const USER_TEMPLATE_PREFIX = 'user.';

/** `user.NAME`, NAME a DNS-1123 label. */
export const USER_TEMPLATE_ID = /^user\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** A parameter key: a lowercase letter, then letters and digits (`listenPort`). */
export const PARAM_KEY = /^[a-z][A-Za-z0-9]{0,39}$/;
