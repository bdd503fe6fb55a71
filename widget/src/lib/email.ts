/**
 * A first check of an e-mail address, made before any request so a typo gets a message at once.
 * Deliberately loose (one @, a dot in the domain, no spaces): the server has the final word.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether `value` looks like an e-mail address. */
export const isEmail = (value: string): boolean => EMAIL.test(value.trim());
