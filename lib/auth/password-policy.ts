/**
 * The password rule every way of setting a password applies (the admin page, `npm run
 * user:create`, self-service sign-up, change and reset through better-auth): at least
 * MIN_PASSWORD_LENGTH characters, at least MIN_DISTINCT different characters, not containing the
 * account's email address nor mostly made of the part before the @, and not one of the passwords that lead every
 * leaked-password list. Deliberately small: length does most of the work, and these checks catch
 * the guesses an attacker tries first. No server-only imports: the forms may use it too.
 */
import { MIN_PASSWORD_LENGTH } from "./constants";

export const MIN_DISTINCT = 6;

/** Lower-cased; a password is refused when it equals one of these or one with digits and signs stripped does. */
const COMMON = new Set([
  "password",
  "passwort",
  "wachtwoord",
  "motdepasse",
  "qwertyuiop",
  "qwertzuiop",
  "azertyuiop",
  "asdfghjkl",
  "letmein",
  "welcome",
  "welkom",
  "iloveyou",
  "admin",
  "administrator",
  "changeme",
  "trustno1",
  "hindsight",
  "monkey",
  "dragon",
  "football",
  "sunshine",
  "princess",
  "abcdefghijkl",
  "abcdefghijklmnop",
  "123456789012",
  "1234567890ab",
  "passwordpassword",
]);

function stripped(p: string): string {
  return p.toLowerCase().replace(/[^a-zäöüß]/g, "");
}

/** What is wrong with the password, in words for the form; null when it is acceptable. */
export function passwordProblem(password: string, account: { email?: string | null; name?: string | null } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters`;
  if (new Set(password).size < MIN_DISTINCT) return `use at least ${MIN_DISTINCT} different characters`;
  const lower = password.toLowerCase();
  const email = account.email?.trim().toLowerCase() ?? "";
  const local = email.split("@")[0] ?? "";
  // The email itself, or a password that is mostly the name before the @ ("lovelace-2024!").
  const rest = local.length >= 3 ? lower.split(local).join("") : lower;
  if (email && (lower.includes(email) || rest.length < 8)) return "must not be your email address or mostly its name part";
  if (COMMON.has(lower) || COMMON.has(stripped(password)) || /^(.{1,4})\1+$/.test(lower) || /^(0123456789|1234567890)/.test(lower)) {
    return "too common: this is among the first passwords an attacker tries";
  }
  return null;
}
