/** Account rules shared by the server, the forms and the command line (no server-only imports). */

/** Passwords: at least this long (better-auth hashes them with scrypt). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Sign-in attempts per client address and window (seconds). Strict on purpose: a person who
 * mistypes twice still gets in, a script guessing passwords gets five tries a minute.
 */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };
