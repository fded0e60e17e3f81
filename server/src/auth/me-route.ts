// GET /auth/me: who the token belongs to, as the device needs it to set
// itself up — unit, unit kind, role and the unit's communes — read from the
// database (not the token), so a changed role shows at the next call.

import type { FastifyInstance } from "fastify";
import { withUserTransaction } from "../db/user-transaction";
import { unauthorized } from "../http/problem";
import { requireUserId, type ServerContext } from "../http/request-context";

export interface Me {
  id: string;
  username: string;
  displayName?: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  role: string;
  communeCodes: string[];
}

export function registerMeRoute(app: FastifyInstance, context: ServerContext): void {
  app.get("/auth/me", async (request) => {
    const userId = requireUserId(request);
    const row = await withUserTransaction(context.pool, userId, async (client) => {
      const { rows } = await client.query<Me & { fullName: string }>(
        `select users.id, username, full_name as "fullName", unit_id as "unitId", units.name as "unitName", units.kind as "unitKind",
           role, app.ctx_communes() as "communeCodes"
         from users join units on units.id = users.unit_id
         where users.id = app.ctx_user_id() and not users.disabled`,
      );
      return rows[0];
    });
    if (!row) throw unauthorized("Tài khoản không còn hiệu lực.");
    const { fullName, ...me } = row;
    return fullName ? { ...me, displayName: fullName } : me;
  });
}
