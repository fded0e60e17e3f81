// Every repository suite again, with the device's data key set: the
// encryption middleware must be invisible to the code above it — the same
// assertions hold when every record goes through sealing and opening
// (explicit transactions, live tables, cursors, blobs, outbox sequence…).

import "fake-indexeddb/auto";
import { createKeyring } from "../../src/store/crypto/keyring";
import { setDataKey } from "../../src/store/crypto/data-key";

setDataKey((await createKeyring("mật khẩu kiểm thử", 1_000)).key);

await import("./incident-store.test");
await import("./edit-history.test");
await import("./hostile-concurrent-edits.test");
await import("./hostile-package-records.test");
await import("./imported-layer-repository.test");
await import("./layer-settings-repository.test");
await import("./live-table.test");
await import("./offline-download.test");
await import("./package-round-trip.test");
await import("./workspace-store.test");
await import("./import-layer-store.test");
