// A tiny fetch wrapper for the tests: base URL, bearer token, JSON bodies.

export interface ApiResponse {
  status: number;
  headers: Headers;
  json: () => unknown;
  text: string;
}

export function apiClient(baseUrl: string, token?: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/geo+json" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
  };
}

export type Api = ReturnType<typeof apiClient>;
