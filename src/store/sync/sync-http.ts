// The device's HTTP link to the provincial server: bearer access token kept
// in memory and refreshed when it expires (or when the server says 401 once),
// the rotating refresh token stored through SyncStateRepository, X-Device-Id
// on every request. Failures are told apart the way sync needs them: no
// network or a 5xx is retryable (back off, try again); a refused session is
// not (log in again); any other answer is returned for the caller to read.

import type { SyncStateRepository } from "./sync-state.repository";

export class SyncHttpError extends Error {
  constructor(
    message: string,
    /** 0 when the server was not reached. */
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "SyncHttpError";
  }
}

export interface TokenPair {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export interface RequestOptions {
  body?: BodyInit;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Refresh a little before the server's expiry, so a request never carries a token expiring on the way. */
const EXPIRY_MARGIN_MS = 30_000;

export const OFFLINE_MESSAGE = "Không kết nối được máy chủ tỉnh";

export function serverErrorMessage(status: number): string {
  return `Máy chủ tỉnh đang lỗi (mã ${status})`;
}

/** The Vietnamese `detail` of a problem+json answer, else a generic Vietnamese line. */
export async function problemDetail(response: Response, fallback: string): Promise<string> {
  try {
    const body = (await response.clone().json()) as { detail?: unknown };
    if (typeof body.detail === "string" && body.detail.length > 0) return body.detail;
  } catch {
    // Not JSON: the fallback says it in Vietnamese.
  }
  return fallback;
}

export class SyncHttp {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<void> | null = null;
  private deviceId: Promise<string> | null = null;

  constructor(
    readonly serverUrl: string,
    private readonly state: SyncStateRepository,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Takes the token pair of a login (or a refresh). */
  async acceptTokens(tokens: TokenPair): Promise<void> {
    this.accessToken = tokens.accessToken;
    this.expiresAt = Date.now() + tokens.expiresIn * 1000 - EXPIRY_MARGIN_MS;
    await this.state.updateRefreshToken(tokens.refreshToken);
  }

  url(path: string): string {
    return `${this.serverUrl.replace(/\/+$/, "")}${path}`;
  }

  /** A request without the session (login); network failures become SyncHttpError. */
  async raw(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(path), {
        method,
        body: options.body,
        signal: options.signal,
        headers: { ...(options.contentType ? { "content-type": options.contentType } : {}), ...options.headers },
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new SyncHttpError(OFFLINE_MESSAGE, 0, true);
    }
    if (response.status >= 500) throw new SyncHttpError(serverErrorMessage(response.status), response.status, true);
    return response;
  }

  /** An authenticated request: refreshes the access token when due, and once more on a 401. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    if (!this.accessToken || Date.now() >= this.expiresAt) await this.refresh();
    // Read once per link: a write transaction per request would queue behind a pull's page writes.
    this.deviceId ??= this.state.deviceId();
    const deviceId = await this.deviceId;
    const send = async () => this.raw(method, path, { ...options, headers: { ...options.headers, authorization: `Bearer ${this.accessToken}`, "x-device-id": deviceId } });
    const response = await send();
    if (response.status !== 401) return response;
    await this.refresh();
    const again = await send();
    if (again.status === 401) throw new SyncHttpError("Phiên đăng nhập máy chủ tỉnh đã hết hạn; hãy đăng nhập lại.", 401, false);
    return again;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body === undefined ? {} : { body: JSON.stringify(body), contentType: "application/json" });
    if (!response.ok) throw new SyncHttpError(await problemDetail(response, `Máy chủ tỉnh từ chối yêu cầu (mã ${response.status}).`), response.status, false);
    return (await response.json()) as T;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const session = await this.state.session();
    if (!session) throw new SyncHttpError("Chưa đăng nhập máy chủ tỉnh.", 401, false);
    const response = await this.raw("POST", "/auth/refresh", { body: JSON.stringify({ refreshToken: session.refreshToken }), contentType: "application/json" });
    if (!response.ok) throw new SyncHttpError(await problemDetail(response, "Phiên đăng nhập máy chủ tỉnh đã hết hạn; hãy đăng nhập lại."), 401, false);
    await this.acceptTokens((await response.json()) as TokenPair);
  }
}
