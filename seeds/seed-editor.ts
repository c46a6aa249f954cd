/**
 * The named account that recorded the seed corpus's outcomes. It has no password and cannot
 * sign in: it exists so every seed outcome is attributed to someone, like every other record.
 */
export const SEED_EDITOR = {
  id: "seed-editor",
  name: "Hindsight seed editor",
  email: "seed-editor@hindsight.invalid",
  role: "editor" as const,
};
