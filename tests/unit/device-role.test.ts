// The permission table of the device roles (domain/device-role.ts) and the
// device profile store: each role's tabs (in order) and actions, the rules
// that must hold across the table, the server account mapping, and a role
// from the server that the device cannot change.

import "fake-indexeddb/auto";
import { afterEach, describe, expect, test } from "vitest";
import { DEVICE_ROLES, actorName, deviceRole, roleFromServerAccount, roleMay, roleMayEditLayer, tabsForRole, type DeviceRoleId, type RoleAction } from "../../src/domain/device-role";
import { AppDatabase } from "../../src/store/database";
import { DeviceProfileRepository } from "../../src/store/profile/device-profile.repository";

const ALL_ACTIONS: RoleAction[] = ["incident.edit", "incident.involved", "drill.edit", "border.edit", "layers.edit", "data.import", "data.export"];

/** The matrix as a person reads it: what each role may do. */
const EXPECTED: Record<DeviceRoleId, { firstTab: string; hasEditingTab: boolean; actions: RoleAction[] }> = {
  "ban-chqs-xa": { firstTab: "drill", hasEditingTab: true, actions: ["drill.edit", "layers.edit", "data.import", "data.export"] },
  "cong-an-xa": { firstTab: "incidents", hasEditingTab: true, actions: ["incident.edit", "incident.involved", "layers.edit", "data.import", "data.export"] },
  "don-bien-phong": { firstTab: "border", hasEditingTab: true, actions: ["border.edit", "layers.edit", "data.import", "data.export"] },
  tinh: { firstTab: "layers", hasEditingTab: true, actions: ALL_ACTIONS },
  "chi-xem": { firstTab: "layers", hasEditingTab: false, actions: [] },
};

describe("the permission table", () => {
  test.each(Object.entries(EXPECTED))("%s: first tab, editing tab, actions", (id, expected) => {
    const role = deviceRole(id as DeviceRoleId);
    expect(role.tabs[0]).toBe(expected.firstTab);
    expect(role.tabs.includes("editing")).toBe(expected.hasEditingTab);
    expect(ALL_ACTIONS.filter((action) => roleMay(role.id, action))).toEqual(expected.actions);
  });

  test("only Công an xã and tỉnh see the names of people involved; whoever edits incidents sees them", () => {
    expect(DEVICE_ROLES.filter((role) => role.actions.has("incident.involved")).map((role) => role.id)).toEqual(["cong-an-xa", "tinh"]);
    for (const role of DEVICE_ROLES) if (role.actions.has("incident.edit")) expect(role.actions.has("incident.involved")).toBe(true);
  });

  test("chỉ xem edits no layer and every role sees the map layers, incidents, drills and border tabs", () => {
    expect(deviceRole("chi-xem").editableLayers.size).toBe(0);
    for (const role of DEVICE_ROLES) for (const tab of ["layers", "incidents", "drill", "border"] as const) expect(role.tabs).toContain(tab);
  });

  test("editable layers follow the role's work: defence land for Ban CHQS, markers for the border station, hotspots for the police", () => {
    expect(roleMayEditLayer("ban-chqs-xa", "defence-land")).toBe(true);
    expect(roleMayEditLayer("ban-chqs-xa", "border-marker")).toBe(false);
    expect(roleMayEditLayer("don-bien-phong", "border-marker")).toBe(true);
    expect(roleMayEditLayer("don-bien-phong", "defence-land")).toBe(false);
    expect(roleMayEditLayer("cong-an-xa", "hotspot")).toBe(true);
    expect(roleMayEditLayer("cong-an-xa", "militia-post")).toBe(false);
    expect(roleMayEditLayer("chi-xem", "village")).toBe(false);
  });

  test("tabs come in the role's order and only those the shell has", () => {
    const shell = ["layers", "editing", "incidents", "drill", "border", "offline", "analysis"].map((id) => ({ id }));
    expect(tabsForRole("don-bien-phong", shell).map((tab) => tab.id)).toEqual(["border", "layers", "editing", "incidents", "drill", "analysis", "offline"]);
    expect(tabsForRole("chi-xem", shell.slice(0, 3)).map((tab) => tab.id)).toEqual(["layers", "incidents"]);
  });

  test("the server account decides the role: its unit, or chỉ xem for a read-only account", () => {
    expect(roleFromServerAccount({ unitKind: "commune-police", role: "bien-tap" })).toBe("cong-an-xa");
    expect(roleFromServerAccount({ unitKind: "commune-military", role: "bien-tap" })).toBe("ban-chqs-xa");
    expect(roleFromServerAccount({ unitKind: "border-station", role: "bien-tap" })).toBe("don-bien-phong");
    expect(roleFromServerAccount({ unitKind: "province", role: "bien-tap" })).toBe("tinh");
    expect(roleFromServerAccount({ unitKind: "province", role: "chi-xem" })).toBe("chi-xem");
    expect(roleFromServerAccount({ unitKind: "commune", role: "bien-tap" })).toBe("chi-xem");
  });

  test("who made a change reads as name and role", () => {
    expect(actorName("Nguyễn Văn An", "cong-an-xa")).toBe("Nguyễn Văn An (Công an xã)");
    expect(actorName("  ", "chi-xem")).toBe("Không ghi tên (Chỉ xem)");
  });
});

describe("the device profile", () => {
  const databases: AppDatabase[] = [];
  const fresh = () => {
    const database = new AppDatabase(`profile-${crypto.randomUUID()}`);
    databases.push(database);
    return new DeviceProfileRepository(database);
  };
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.delete();
  });

  test("no profile until a role is chosen; the choice is stored with its source", async () => {
    const profiles = fresh();
    expect(await profiles.get()).toBeNull();
    await profiles.choose("don-bien-phong", " Lê Văn C ");
    expect(await profiles.get()).toMatchObject({ role: "don-bien-phong", displayName: "Lê Văn C", source: "thiết bị" });
  });

  test("a role from the server account cannot be changed on the device, until logout", async () => {
    const profiles = fresh();
    await profiles.choose("tinh", "Máy dùng chung");
    await profiles.setFromServerAccount({ username: "ca.vuquang", displayName: "Trần Thị B", unitKind: "commune-police", role: "bien-tap" });
    expect(await profiles.get()).toMatchObject({ role: "cong-an-xa", displayName: "Trần Thị B", source: "máy chủ" });
    await expect(profiles.choose("tinh", "Trần Thị B")).rejects.toThrow("theo tài khoản trên máy chủ");
    expect((await profiles.get())?.role).toBe("cong-an-xa");
    await profiles.clearServerAccount();
    await profiles.choose("chi-xem", "");
    expect(await profiles.get()).toMatchObject({ role: "chi-xem", displayName: "Trần Thị B", source: "thiết bị" });
  });
});
