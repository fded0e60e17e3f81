// `npm run server [-- command …]`: start (default) migrates with the owner
// connection, then serves with the API role; the other commands administer
// communes, units and users.

import { parseArgs } from "node:util";
import pg from "pg";
import { readConfig } from "./config";
import { migrate } from "./db/migrate";
import { assertApiRoleIsConfined, ensureApiLoginRole, ensureDatabaseExists } from "./db/prepare-database";
import { buildServer } from "./app";
import { addCommune, createUnit, createUser } from "./admin/admin-commands";
import { encryptPlainTotpSecrets } from "./auth/secret-box";

const USAGE = `Cách dùng:
  npm run server                                  chạy máy chủ (tự áp dụng migration)
  npm run server -- migrate                       chỉ áp dụng migration
  npm run server -- add-commune --code 42022 --name "Xã Vũ Quang"
  npm run server -- create-unit --id ca-vu-quang --kind commune-police --name "Công an xã Vũ Quang" --communes 42022[,42025]
  npm run server -- create-user --username nguyenvana --unit ca-vu-quang --role bien-tap|chi-xem [--full-name "…"]
    (mật khẩu đọc từ biến môi trường OAPIF_NEW_PASSWORD; khóa TOTP in ra một lần duy nhất)
Biến môi trường: OAPIF_DATABASE_URL, OAPIF_ADMIN_DATABASE_URL, OAPIF_HOST, OAPIF_PORT, OAPIF_PUBLIC_URL,
  OAPIF_TOKEN_SECRET, OAPIF_SECRET_KEY, OAPIF_CORS_ORIGINS, OAPIF_POOL_SIZE, OAPIF_PAGE_CACHE_MB, OAPIF_LOG_LEVEL (xem docs/features/server.md).`;

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepare(adminUrl: string, apiUrl: string, secretKey: Buffer | null): Promise<void> {
  if (await ensureDatabaseExists(adminUrl)) console.log("Đã tạo cơ sở dữ liệu.");
  const applied = await migrate(adminUrl);
  console.log(applied.length > 0 ? `Đã áp dụng migration: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
  await ensureApiLoginRole(adminUrl, apiUrl);
  if (!secretKey) {
    console.warn("Cảnh báo: chưa đặt OAPIF_SECRET_KEY; khóa TOTP chưa được mã hóa khi lưu (openssl rand -hex 32).");
    return;
  }
  const encrypted = await withAdmin(adminUrl, async (client) => {
    await client.query("begin");
    const count = await encryptPlainTotpSecrets(client, secretKey);
    await client.query("commit");
    return count;
  });
  if (encrypted > 0) console.log(`Đã mã hóa ${encrypted} khóa TOTP còn lưu dạng rõ.`);
}

async function main(): Promise<void> {
  const config = readConfig();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      code: { type: "string" }, name: { type: "string" }, id: { type: "string" }, kind: { type: "string" }, communes: { type: "string" },
      username: { type: "string" }, unit: { type: "string" }, role: { type: "string" }, "full-name": { type: "string" },
    },
  });
  const command = positionals[0] ?? "start";
  const required = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== "string" || value === "") throw new Error(`Thiếu --${name}.\n\n${USAGE}`);
    return value;
  };
  switch (command) {
    case "start": {
      await prepare(config.adminDatabaseUrl, config.databaseUrl, config.secretKey);
      // The bench's superuser baseline is the only run allowed to bypass row-level security.
      if (process.env.OAPIF_BENCH_BASELINE !== "superuser") await assertApiRoleIsConfined(config.databaseUrl);
      if (!process.env.OAPIF_TOKEN_SECRET) console.warn("Cảnh báo: chưa đặt OAPIF_TOKEN_SECRET; phiên đăng nhập mất hiệu lực khi khởi động lại.");
      const { app } = buildServer(config, { logger: { level: process.env.OAPIF_LOG_LEVEL ?? "info" } });
      await app.listen({ host: config.host, port: config.port });
      return;
    }
    case "migrate":
      await prepare(config.adminDatabaseUrl, config.databaseUrl, config.secretKey);
      return;
    case "add-commune":
      await withAdmin(config.adminDatabaseUrl, (client) => addCommune(client, required("code"), required("name")));
      console.log("Đã lưu xã.");
      return;
    case "create-unit":
      await withAdmin(config.adminDatabaseUrl, (client) =>
        createUnit(client, required("id"), required("kind"), required("name"), (values.communes ?? "").split(",").map((code) => code.trim()).filter(Boolean)),
      );
      console.log("Đã tạo đơn vị.");
      return;
    case "create-user": {
      const password = process.env.OAPIF_NEW_PASSWORD;
      if (!password) throw new Error("Đặt mật khẩu ban đầu trong biến môi trường OAPIF_NEW_PASSWORD (không truyền trên dòng lệnh).");
      if (!config.secretKey) throw new Error("Đặt khóa máy chủ OAPIF_SECRET_KEY (openssl rand -hex 32) để mã hóa khóa TOTP khi lưu.");
      const created = await withAdmin(config.adminDatabaseUrl, (client) =>
        createUser(client, required("username"), password, required("unit"), required("role"), values["full-name"] ?? "", config.secretKey),
      );
      console.log(`Đã tạo tài khoản ${values.username} (${created.id}).`);
      console.log(`Khóa TOTP (chỉ hiện một lần): ${created.totpSecret}`);
      console.log(`Quét vào ứng dụng xác thực: ${created.otpauthUri}`);
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command === "help" ? 0 : 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
