// The attribute panel names every property the app itself writes in Vietnamese:
// a commune opened from the official list (src/app/setup/create-commune-workspace.ts)
// shows its boundary's properties, none of them as a raw English key.

import { describe, expect, test } from "vitest";
import { attributeLabel } from "../../src/domain/attribute-labels";

const COMMUNE_BOUNDARY_KEYS = ["id", "name", "code", "province", "kind", "areaKm2", "borderCommune", "neighbourCountries", "source"];

describe("attribute labels", () => {
  test.each(COMMUNE_BOUNDARY_KEYS)("the commune boundary's %s has a Vietnamese label", (key) => {
    expect(attributeLabel(key)).not.toBe(key);
  });

  test("a key from an imported file is shown as it is", () => {
    expect(attributeLabel("TEN_THON")).toBe("TEN_THON");
  });
});
