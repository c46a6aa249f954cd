import { openApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/config/env";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of every /api/v1 route (lib/api/openapi.ts). */
export const GET = route(() => Response.json(openApiDocument(publicOrigin())));
