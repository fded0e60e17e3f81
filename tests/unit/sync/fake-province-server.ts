// A small in-memory stand-in for the provincial server's sync endpoints, for
// MSW: items with versions, a change sequence, idempotency keys, 412 on a
// stale base version, photos of incidents and marker inspections (404 until
// their item exists, as on the real server); and switches to make it fail the way
// networks do (connection dropped before or after the server did the work,
// 503). The real server is exercised by the e2e tests.

import { http, HttpResponse } from "msw";
import type { Feature } from "geojson";

export const SERVER = "http://tinh.test";

interface StoredItem {
  collection: string;
  feature: Feature;
  version: number;
  seq: number;
}

export class FakeProvinceServer {
  items = new Map<string, StoredItem>();
  photos = new Map<string, Uint8Array>();
  answered = new Map<string, { status: number; etag?: string }>();
  seq = 0;
  /** Every outbox batch received, as entry ids in order. */
  batches: string[][] = [];
  changesRequests: string[] = [];
  /** Called as each /sync/changes request arrives, before it is answered (to see what the device has stored by then). */
  onChangesRequest: () => Promise<void> | void = () => undefined;
  photoPuts = 0;
  /** Fail the next N requests before the server does anything. */
  dropBefore = 0;
  /** Do the work of the next N outbox batches, then drop the connection before answering. */
  dropAfter = 0;
  /** Outbox batch requests (counted from 1, dropped ones included) lost before the server sees them. */
  dropBatchNumbers = new Set<number>();
  private batchRequests = 0;
  /** Answer the next N requests 503. */
  unavailable = 0;
  /** Drop the next N photo byte uploads. */
  dropPhotoUploads = 0;
  accessTokens = 0;
  acknowledgements: { directiveId: string; body: unknown; key: string | null }[] = [];

  /** A change made by someone else (another device) directly on the server. */
  put(collection: string, feature: Feature): StoredItem {
    const key = `${collection}/${feature.id}`;
    const version = (this.items.get(key)?.version ?? 0) + 1;
    const item = { collection, feature: { ...feature, properties: { ...feature.properties, version } }, version, seq: ++this.seq };
    this.items.set(key, item);
    return item;
  }

  count(collection: string): number {
    return [...this.items.values()].filter((item) => item.collection === collection).length;
  }

  private gate(): Response | null {
    if (this.dropBefore > 0) {
      this.dropBefore -= 1;
      return HttpResponse.error();
    }
    if (this.unavailable > 0) {
      this.unavailable -= 1;
      return new HttpResponse("Service Unavailable", { status: 503 });
    }
    return null;
  }

  private apply(entry: { id: string; method: string; path: string; baseVersion: number; payload: Feature }): { status: number; etag?: string } {
    const previous = this.answered.get(entry.id);
    if (previous) return previous;
    const match = /^\/collections\/([a-z0-9-]+)\/items(?:\/([^/]+))?(?:\/attachments\/([^/]+))?$/.exec(entry.path)!;
    const [, collection, itemId, attachmentId] = match;
    let answer: { status: number; etag?: string };
    if (attachmentId) {
      if (!this.items.has(`${collection}/${itemId}`)) return { status: 404 };
      const item = this.put("attachments", { type: "Feature", id: attachmentId, geometry: null as never, properties: { ...this.attachmentOwner(collection, itemId), ...(entry.payload as unknown as Record<string, unknown>), hasContent: false } });
      answer = { status: item.version === 1 ? 201 : 200, etag: `"${item.version}"` };
    } else {
      const id = itemId ?? String(entry.payload.id);
      const current = this.items.get(`${collection}/${id}`);
      if ((current?.version ?? 0) !== entry.baseVersion) answer = { status: 412 };
      else {
        const item = this.put(collection, { ...entry.payload, id });
        answer = { status: current ? 200 : 201, etag: `"${item.version}"` };
      }
    }
    if (answer.status !== 412) this.answered.set(entry.id, answer);
    return answer;
  }

  /** How the server names a photo's item (`incidentId` only for an incident's). */
  private attachmentOwner(collection: string, ownerId: string): Record<string, unknown> {
    return { ownerCollection: collection, ownerId, incidentId: collection === "incidents" ? ownerId : null };
  }

  /** Photo bytes are read and written only under the photo's own item. */
  private isPhotoOf(photo: Feature, params: { collection?: unknown; ownerId?: unknown }): boolean {
    return photo.properties?.ownerCollection === params.collection && photo.properties?.ownerId === params.ownerId;
  }

  handlers() {
    return [
      http.post(`${SERVER}/auth/login`, () => HttpResponse.json({ accessToken: `a${++this.accessTokens}`, tokenType: "Bearer", expiresIn: 900, refreshToken: `r${this.accessTokens}` })),
      http.post(`${SERVER}/auth/refresh`, () => HttpResponse.json({ accessToken: `a${++this.accessTokens}`, tokenType: "Bearer", expiresIn: 900, refreshToken: `r${this.accessTokens}` })),
      http.post(`${SERVER}/auth/logout`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${SERVER}/auth/me`, () => HttpResponse.json({ id: "u1", username: "ca-a", unitId: "ca-a", unitName: "Công an xã A", unitKind: "commune-police", role: "bien-tap", communeCodes: ["42001"] })),
      http.post(`${SERVER}/sync/outbox`, async ({ request }) => {
        const gated = this.gate();
        if (gated) return gated;
        if (this.dropBatchNumbers.has(++this.batchRequests)) return HttpResponse.error();
        const { entries } = (await request.json()) as { entries: { id: string; method: string; path: string; baseVersion: number; payload: Feature }[] };
        this.batches.push(entries.map((entry) => entry.id));
        const results = entries.map((entry) => ({ id: entry.id, ...this.apply(entry) }));
        if (this.dropAfter > 0) {
          this.dropAfter -= 1;
          return HttpResponse.error();
        }
        return HttpResponse.json({ results });
      }),
      http.put(`${SERVER}/collections/:collection/items/:ownerId/attachments/:attachmentId`, async ({ request, params }) => {
        const gated = this.gate();
        if (gated) return gated;
        this.photoPuts += 1;
        const bytes = new Uint8Array(await request.arrayBuffer());
        if (this.dropPhotoUploads > 0) {
          this.dropPhotoUploads -= 1;
          return HttpResponse.error();
        }
        const item = this.items.get(`attachments/${params.attachmentId}`);
        if (!item || !this.isPhotoOf(item.feature, params)) return new HttpResponse(null, { status: 404 });
        this.photos.set(String(params.attachmentId), bytes);
        this.put("attachments", { ...item.feature, properties: { ...item.feature.properties, hasContent: true } });
        return new HttpResponse(null, { status: 200 });
      }),
      http.get(`${SERVER}/collections/:collection/items/:ownerId/attachments/:attachmentId`, ({ params }) => {
        const item = this.items.get(`attachments/${params.attachmentId}`);
        const bytes = item && this.isPhotoOf(item.feature, params) ? this.photos.get(String(params.attachmentId)) : undefined;
        return bytes ? new HttpResponse(bytes, { headers: { "content-type": "image/jpeg" } }) : new HttpResponse(null, { status: 404 });
      }),
      http.get(`${SERVER}/collections/:collection/items/:id`, ({ params }) => {
        const item = this.items.get(`${params.collection}/${params.id}`);
        return item ? HttpResponse.json(item.feature, { headers: { etag: `"${item.version}"` } }) : new HttpResponse(null, { status: 404 });
      }),
      http.post(`${SERVER}/directives/:id/acknowledgements`, async ({ request, params }) => {
        const gated = this.gate();
        if (gated) return gated;
        this.acknowledgements.push({ directiveId: String(params.id), body: await request.json(), key: request.headers.get("idempotency-key") });
        return new HttpResponse(null, { status: 201 });
      }),
      http.get(`${SERVER}/sync/changes`, async ({ request }) => {
        const gated = this.gate();
        if (gated) return gated;
        const url = new URL(request.url);
        this.changesRequests.push(url.search);
        await this.onChangesRequest();
        const since = Number(url.searchParams.get("since") ?? 0);
        const limit = Number(url.searchParams.get("limit") ?? 1000);
        const after = [...this.items.values()].filter((item) => item.seq > since).sort((a, b) => a.seq - b.seq);
        const page = after.slice(0, limit);
        return HttpResponse.json({
          changes: page.map((item) => ({ collection: item.collection, feature: item.feature })),
          nextCursor: String(page.at(-1)?.seq ?? since),
          more: after.length > limit,
        });
      }),
    ];
  }
}
