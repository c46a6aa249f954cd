/** The shape of a scope in a URL (no database: the forecast filters and client code may use it). */
export const SCOPE_PATTERN = /^(all|(person|published-by|outlet|article):[a-z0-9]+(?:-[a-z0-9]+)*)$/;
