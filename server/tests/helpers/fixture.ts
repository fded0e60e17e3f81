// The province used by the tests: three communes, the units working in them
// and one account per role. Commune A (42001) is served by its police
// (ca-a); commune B (42002) by its military command (chqs-b); the border
// station dbp covers A and B; commune C (42003) has nobody but the province.

import type pg from "pg";
import { addCommune, createUnit, createUser } from "../../src/admin/admin-commands";

export const COMMUNE_A = "42001";
export const COMMUNE_B = "42002";
export const COMMUNE_C = "42003";
export const PASSWORD = "mat-khau-thu-nghiem-dai";
/** The server key TOTP secrets are encrypted with (test-server.ts uses the same). */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);

export const ACCOUNTS = {
  editorA: { unit: "ca-a", role: "bien-tap" },
  viewerA: { unit: "ca-a", role: "chi-xem" },
  editorB: { unit: "chqs-b", role: "bien-tap" },
  station: { unit: "dbp", role: "bien-tap" },
  province: { unit: "tinh", role: "chi-xem" },
  provinceEditor: { unit: "tinh", role: "bien-tap" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;
export type Fixture = Record<AccountName, { id: string; username: string; totpSecret: string }>;

export async function seedFixture(client: pg.Client): Promise<Fixture> {
  await addCommune(client, COMMUNE_A, "Xã A");
  await addCommune(client, COMMUNE_B, "Xã B");
  await addCommune(client, COMMUNE_C, "Xã C");
  // A simple square boundary per commune, for resolving a station's item by its position.
  await client.query(`update communes set boundary = st_multi(st_makeenvelope(105 + (code::int - 42001) * 0.1, 18, 105.1 + (code::int - 42001) * 0.1, 18.1, 4326))`);
  await createUnit(client, "ca-a", "commune-police", "Công an xã A", [COMMUNE_A]);
  await createUnit(client, "chqs-b", "commune-military", "Ban CHQS xã B", [COMMUNE_B]);
  await createUnit(client, "dbp", "border-station", "Đồn Biên phòng AB", [COMMUNE_A, COMMUNE_B]);
  await createUnit(client, "tinh", "province", "IOC tỉnh", []);
  const fixture = {} as Fixture;
  for (const [name, account] of Object.entries(ACCOUNTS) as [AccountName, (typeof ACCOUNTS)[AccountName]][]) {
    const username = name.toLowerCase();
    const created = await createUser(client, username, PASSWORD, account.unit, account.role, "", TEST_SECRET_KEY);
    fixture[name] = { id: created.id, username, totpSecret: created.totpSecret };
  }
  return fixture;
}
