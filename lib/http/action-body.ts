/**
 * A server action's arguments as the browser sends them: React's reply encoding, which for plain
 * data is a JSON array in which a string starting with "$" is a reference or a special value.
 * Next decodes it before the action runs, and a body that is not an array or that refers to
 * something it does not hold ("$5", "$Q", "$>x") fails there with a 500. proxy.ts answers such a
 * body 400 instead. Our forms only ever send plain data, so the "$" forms allowed are the ones
 * plain data can produce: "$$…" (a string that starts with "$"), "$undefined", "$NaN",
 * "$Infinity", "$-Infinity", "$-0", "$D<date>" and "$n<digits>".
 */
const PLAIN = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

function walk(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN.test(value);
  if (Array.isArray(value)) return value.every(walk);
  if (value && typeof value === "object") return Object.values(value).every(walk);
  return true;
}

/** What is wrong with a text/plain server action body, or null when Next can decode it. */
export function actionBodyProblem(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "the arguments are not valid JSON";
  }
  if (!Array.isArray(parsed)) return "the arguments must be a JSON array";
  return walk(parsed) ? null : 'the arguments hold a "$" reference that this request does not carry';
}
