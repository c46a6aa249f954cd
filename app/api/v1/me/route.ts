import { can } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { actorFromHeaders } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { countDueForecasts } from "@/lib/read/ledger";

export const dynamic = "force-dynamic";

/**
 * The per-visitor part of every page, fetched by the browser so the pages themselves stay cached
 * (app/_components/session/): who is signed in, what they may do, and the due queue's count.
 * What it allows is shown, never trusted: every write checks the role on the server again.
 */
export const GET = route(async (request) => {
  const actor = await actorFromHeaders(request.headers);
  const body = {
    user: actor
      ? {
          name: actor.name,
          role: actor.role,
          may: {
            recordOutcome: can(actor, PERMISSIONS.recordOutcome),
            correctForecast: can(actor, PERMISSIONS.correctForecast),
            addArticles: can(actor, INTAKE_PERMISSION),
            manageUsers: can(actor, PERMISSIONS.manageUsers),
          },
        }
      : null,
    due: await countDueForecasts(),
  };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
});
