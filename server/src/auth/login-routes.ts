// /auth/login (password + TOTP → access token + refresh token),
// /auth/refresh (rotate) and /auth/logout (revoke the family). Every attempt,
// good or bad, is written to the audit trail in the same transaction as the
// lockout counter, so a failed attempt is counted even though it answers 401.

import type { FastifyInstance, FastifyRequest } from "fastify";
import { appendAudit } from "../audit/audit-log";
import { withUserTransaction, type Queryable } from "../db/user-transaction";
import { badRequest, ProblemError, unauthorized } from "../http/problem";
import type { ServerContext } from "../http/request-context";
import { issueAccessToken } from "./access-token";
import { checkLogin } from "./login-check";
import { LoginRateLimit } from "./login-rate-limit";
import { familyOf, issueRefreshToken, revokeFamily, spendRefreshToken } from "./refresh-tokens";

interface TokenPair {
  accessToken: string;
  tokenType: "Bearer";
  expiresIn: number;
  refreshToken: string;
}

function stringField(body: unknown, name: string, maxLength = 256): string {
  const value = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) throw badRequest(`Thiếu hoặc sai trường "${name}".`);
  return value;
}

async function issueTokens(client: Queryable, context: ServerContext, userId: string, family?: string): Promise<TokenPair> {
  const { config } = context;
  return {
    accessToken: issueAccessToken(config.tokenSecret, userId, config.accessTokenSeconds),
    tokenType: "Bearer",
    expiresIn: config.accessTokenSeconds,
    refreshToken: await issueRefreshToken(client, userId, config.refreshTokenSeconds, family),
  };
}

export function registerLoginRoutes(app: FastifyInstance, context: ServerContext): void {
  const rateLimit = new LoginRateLimit(context.config.loginAttemptsPerMinute);
  const audit = (client: Queryable, request: FastifyRequest, action: string, userId: string | null, unitId: string | null, username: string, detail = {}) =>
    appendAudit(client, { userId, unitId, username, action, detail, clientAddress: request.ip });

  app.post("/auth/login", async (request) => {
    if (!rateLimit.allow(request.ip)) {
      throw new ProblemError(429, "Too Many Requests", "Đăng nhập sai quá nhiều lần từ địa chỉ này; hãy thử lại sau một phút.", { "retry-after": "60" });
    }
    const username = stringField(request.body, "username", 64).toLowerCase();
    const password = stringField(request.body, "password");
    const code = stringField(request.body, "totp", 10);
    const result = await withUserTransaction(context.pool, null, async (client) => {
      const verdict = await checkLogin(client, context.config, username, password, code);
      if (verdict.kind !== "ok") {
        await audit(client, request, verdict.kind === "locked" ? "login-locked" : "login-failed", verdict.userId, verdict.unitId, username, verdict.kind === "failed" ? { reason: verdict.reason } : {});
        return verdict;
      }
      await audit(client, request, "login", verdict.userId, verdict.unitId, username);
      return { kind: "ok" as const, tokens: await issueTokens(client, context, verdict.userId) };
    });
    if (result.kind === "locked") {
      const until = result.until.toLocaleTimeString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });
      throw new ProblemError(423, "Locked", `Tài khoản tạm khóa do đăng nhập sai nhiều lần, đến ${until}.`);
    }
    if (result.kind === "failed") throw unauthorized("Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng (mỗi mã chỉ dùng một lần).");
    return result.tokens;
  });

  app.post("/auth/refresh", async (request) => {
    const token = stringField(request.body, "refreshToken");
    const result = await withUserTransaction(context.pool, null, async (client) => {
      const spent = await spendRefreshToken(client, token);
      if (spent.kind === "reused") await audit(client, request, "refresh-token-reused", spent.userId, null, "");
      if (spent.kind !== "ok") return null;
      return issueTokens(client, context, spent.userId, spent.family);
    });
    if (!result) throw unauthorized("Phiên đăng nhập đã hết hạn hoặc bị thu hồi; hãy đăng nhập lại.");
    return result;
  });

  app.post("/auth/logout", async (request, reply) => {
    const token = stringField(request.body, "refreshToken");
    await withUserTransaction(context.pool, null, async (client) => {
      const family = await familyOf(client, token);
      if (family) await revokeFamily(client, family);
    });
    return reply.code(204).send();
  });
}
