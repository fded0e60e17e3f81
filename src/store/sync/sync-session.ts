// Connecting the device to the provincial server ("Kết nối máy chủ tỉnh") and
// leaving it ("Đăng xuất"). Login sends user name, password and TOTP code
// once; only the refresh token is kept (SyncStateRepository), so the device
// reconnects after a restart without the password and keeps working offline
// meanwhile. The account (role, unit, communes) comes from GET /auth/me; a
// server without it (404) still syncs, with the account unknown. Logging out
// revokes the session on the server when reachable, forgets it here, and
// never touches the outbox: unsynced changes stay until the next login.

import type { AppDatabase } from "../database";
import { OutboxRepository } from "../outbox.repository";
import { problemDetail, SyncHttp, SyncHttpError, type TokenPair } from "./sync-http";
import { SyncStateRepository, type ServerAccount, type SyncSession } from "./sync-state.repository";

export interface LoginInput {
  serverUrl: string;
  username: string;
  password: string;
  totp: string;
}

export function normaliseServerUrl(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new SyncHttpError("Địa chỉ máy chủ không hợp lệ (ví dụ: https://bando.tinh.gov.vn).", 0, false);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SyncHttpError("Địa chỉ máy chủ phải bắt đầu bằng https://.", 0, false);
  return trimmed;
}

export async function readAccount(http: SyncHttp): Promise<ServerAccount | null> {
  const response = await http.request("GET", "/auth/me");
  if (response.status === 404) return null;
  if (!response.ok) throw new SyncHttpError(await problemDetail(response, "Không đọc được thông tin tài khoản."), response.status, false);
  return (await response.json()) as ServerAccount;
}

export class SyncSessionService {
  private readonly state: SyncStateRepository;

  constructor(
    private readonly database: AppDatabase,
    private readonly fetchImpl?: typeof fetch,
  ) {
    this.state = new SyncStateRepository(database);
  }

  /** The HTTP link of the stored session, or null when the device is not connected. */
  async resume(): Promise<SyncHttp | null> {
    const session = await this.state.session();
    return session ? new SyncHttp(session.serverUrl, this.state, this.fetchImpl) : null;
  }

  async login(input: LoginInput): Promise<{ http: SyncHttp; session: SyncSession }> {
    const serverUrl = normaliseServerUrl(input.serverUrl);
    if (!input.username.trim() || !input.password || !/^\d{6}$/.test(input.totp.trim())) {
      throw new SyncHttpError("Nhập tên đăng nhập, mật khẩu và mã xác thực 6 chữ số.", 0, false);
    }
    const http = new SyncHttp(serverUrl, this.state, this.fetchImpl);
    const response = await http.raw("POST", "/auth/login", {
      body: JSON.stringify({ username: input.username.trim(), password: input.password, totp: input.totp.trim() }),
      contentType: "application/json",
    });
    if (!response.ok) throw new SyncHttpError(await problemDetail(response, "Đăng nhập không thành công."), response.status, false);
    const tokens = (await response.json()) as TokenPair;
    await this.state.saveSession({ serverUrl, username: input.username.trim(), refreshToken: tokens.refreshToken, account: null, connectedAt: new Date().toISOString() });
    // Another server or account sees other records: its cursor starts from the beginning.
    const cursorOwner = `${serverUrl}|${input.username.trim().toLowerCase()}`;
    if ((await this.state.progress()).cursorOwner !== cursorOwner) await this.state.updateProgress({ cursor: "0", cursorOwner });
    await http.acceptTokens(tokens);
    const account = await readAccount(http);
    const session = { ...(await this.state.session())!, account };
    await this.state.saveSession(session);
    return { http, session };
  }

  /** How many changes would wait on the device after logging out (the warning's count). */
  unsyncedCount(): Promise<number> {
    return new OutboxRepository(this.database).countUnsynced();
  }

  async logout(): Promise<void> {
    const session = await this.state.session();
    if (!session) return;
    try {
      const http = new SyncHttp(session.serverUrl, this.state, this.fetchImpl);
      await http.raw("POST", "/auth/logout", { body: JSON.stringify({ refreshToken: session.refreshToken }), contentType: "application/json" });
    } catch {
      // Offline: the token expires on its own; forgetting it here is what matters.
    }
    await this.state.clearSession();
  }
}
