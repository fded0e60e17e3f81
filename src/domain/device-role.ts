// The role of the person using this device (DOMAIN.md §7 "Roles on one device
// or account") and the ONE permission table that says, per role, which side
// panel tabs appear (in which order: the role's own work first), which
// actions it may use and which operational layers it may edit. Every view
// asks this table (app/roles `usePermissions`); nothing else decides.
//
// A role chosen on the device is a working convenience, not a lock: the
// device's passphrase (issue #16, crypto) protects the data; a role that came
// from the server account (`source: "máy chủ"`) cannot be changed on the device.

import type { BuiltInLayerId } from "./layer-catalog";

export type DeviceRoleId = "ban-chqs-xa" | "cong-an-xa" | "don-bien-phong" | "tinh" | "chi-xem";

/** The side panel's tab ids (app/shell/side-panel-tabs.tsx). */
export type PanelTabId = "layers" | "editing" | "incidents" | "drill" | "border" | "offline" | "analysis" | "sync" | "province";

export type RoleAction =
  /** Create, edit, change status, delete and restore incidents and hotspots. */
  | "incident.edit"
  /** See the names of the people involved in incidents (lists, details, search, exports). */
  | "incident.involved"
  /** Create, edit and delete drill plans. */
  | "drill.edit"
  /** Record marker inspections and patrols. */
  | "border.edit"
  /** Edit the workspace's operational layers (the layers of `editableLayers`), import into a layer, set a layer's độ mật. */
  | "layers.edit"
  /** "Nhập dữ liệu": add imported layers, merge exchange packages. */
  | "data.import"
  /** Exchange packages, KML/GPX/CSV/CoT, GIS files, statistics CSV. */
  | "data.export";

export interface DeviceRole {
  id: DeviceRoleId;
  label: string;
  /** One line for the role chooser. */
  description: string;
  tabs: readonly PanelTabId[];
  actions: ReadonlySet<RoleAction>;
  editableLayers: ReadonlySet<BuiltInLayerId>;
}

const DEFENCE_LAYERS: BuiltInLayerId[] = ["village", "defence-zone", "defence-land", "road", "militia-post", "command-post"];
const BORDER_LAYERS: BuiltInLayerId[] = ["border-line", "border-station", "border-marker"];
const ALL_EDITABLE: BuiltInLayerId[] = [...DEFENCE_LAYERS, ...BORDER_LAYERS, "hotspot"];

function role(
  id: DeviceRoleId,
  label: string,
  description: string,
  tabs: PanelTabId[],
  actions: RoleAction[],
  editableLayers: BuiltInLayerId[],
): DeviceRole {
  return { id, label, description, tabs, actions: new Set(actions), editableLayers: new Set(editableLayers) };
}

/**
 * The permission table. Order of `tabs` is the order shown; the first tab opens first. "province" is
 * further offered only while a province account is connected (its `useShown`, app/shell/side-panel-tabs.tsx).
 */
export const DEVICE_ROLES: readonly DeviceRole[] = [
  role(
    "ban-chqs-xa",
    "Ban CHQS xã",
    "Dân quân, đất quốc phòng, chốt trực, kế hoạch diễn tập",
    ["drill", "layers", "editing", "incidents", "border", "analysis", "offline", "sync"],
    ["drill.edit", "layers.edit", "data.import", "data.export"],
    DEFENCE_LAYERS,
  ),
  role(
    "cong-an-xa",
    "Công an xã",
    "Vụ việc, điểm nóng an ninh trật tự, người liên quan",
    ["incidents", "layers", "editing", "analysis", "drill", "border", "offline", "sync"],
    ["incident.edit", "incident.involved", "layers.edit", "data.import", "data.export"],
    ["hotspot", "command-post", "village"],
  ),
  role(
    "don-bien-phong",
    "Đồn Biên phòng",
    "Đường biên, cột mốc, tuần tra, trao đổi với xã",
    ["border", "layers", "editing", "incidents", "drill", "analysis", "offline", "sync"],
    ["border.edit", "layers.edit", "data.import", "data.export"],
    BORDER_LAYERS,
  ),
  role(
    "tinh",
    "Cấp tỉnh",
    "Bộ CHQS, Công an tỉnh, BĐBP tỉnh: xem và quản lý dữ liệu mọi xã",
    ["layers", "province", "incidents", "drill", "border", "analysis", "editing", "offline", "sync"],
    ["incident.edit", "incident.involved", "drill.edit", "border.edit", "layers.edit", "data.import", "data.export"],
    ALL_EDITABLE,
  ),
  role("chi-xem", "Chỉ xem", "Xem bản đồ và hồ sơ, không sửa, không xuất dữ liệu", ["layers", "incidents", "drill", "border", "analysis", "offline", "sync"], [], []),
];

/** The role a device without a chosen role works with: nothing changes until someone says who they are. */
export const FALLBACK_ROLE: DeviceRoleId = "chi-xem";

export function isDeviceRoleId(value: unknown): value is DeviceRoleId {
  return DEVICE_ROLES.some((entry) => entry.id === value);
}

export function deviceRole(id: DeviceRoleId): DeviceRole {
  return DEVICE_ROLES.find((entry) => entry.id === id)!;
}

export function roleMay(id: DeviceRoleId, action: RoleAction): boolean {
  return deviceRole(id).actions.has(action);
}

export function roleMayEditLayer(id: DeviceRoleId, layerId: BuiltInLayerId): boolean {
  const entry = deviceRole(id);
  return entry.actions.has("layers.edit") && entry.editableLayers.has(layerId);
}

/** Tabs in the role's order, keeping only those the shell has. */
export function tabsForRole<T extends { id: string }>(id: DeviceRoleId, tabs: readonly T[]): T[] {
  return deviceRole(id)
    .tabs.map((tabId) => tabs.find((tab) => tab.id === tabId))
    .filter((tab): tab is T => tab !== undefined);
}

/** "Nguyễn Văn An (Công an xã)": who a change is recorded as. */
export function actorName(displayName: string, id: DeviceRoleId): string {
  return `${displayName.trim() || "Không ghi tên"} (${deviceRole(id).label})`;
}

/**
 * The server account (`GET /auth/me`, contract-sync.md): the unit kind gives
 * the role, a read-only account is "chi-xem" whatever its unit. A bare
 * "commune" unit (UBND xã) receives reports: it reads only.
 */
export interface ServerAccount {
  displayName?: string;
  username: string;
  unitKind: "commune" | "commune-military" | "commune-police" | "border-station" | "province";
  role: "bien-tap" | "chi-xem";
}

const ROLE_OF_UNIT: Record<ServerAccount["unitKind"], DeviceRoleId> = {
  commune: "chi-xem",
  "commune-military": "ban-chqs-xa",
  "commune-police": "cong-an-xa",
  "border-station": "don-bien-phong",
  province: "tinh",
};

export function roleFromServerAccount(account: Pick<ServerAccount, "unitKind" | "role">): DeviceRoleId {
  return account.role === "chi-xem" ? "chi-xem" : ROLE_OF_UNIT[account.unitKind];
}
