// Display settings of the built-in layers survive reopening the database.

import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { LayerSettingsRepository } from "../../src/store/layers/layer-settings.repository";

test("visibility and opacity are saved per layer and overwritten by the latest choice", async () => {
  const database = new AppDatabase(`test-${crypto.randomUUID()}`);
  const settings = new LayerSettingsRepository(database);
  await settings.save("hotspot", { visible: false, opacity: 0.4 });
  await settings.save("village", { visible: true, opacity: 0.2 });
  await settings.save("hotspot", { visible: true, opacity: 0.7 });

  const reopened = new AppDatabase(database.name);
  const loaded = await new LayerSettingsRepository(reopened).loadAll();
  expect(Object.fromEntries(loaded)).toEqual({
    hotspot: { visible: true, opacity: 0.7 },
    village: { visible: true, opacity: 0.2 },
  });
  reopened.close();
  await database.delete();
});
