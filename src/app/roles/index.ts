export { usePermissions } from "./use-permissions";
export type { Permissions } from "./use-permissions";
export { currentActor, deviceProfiles, useDeviceProfile } from "./device-profile-store";
export { ProfileBar } from "./ProfileBar";
export { RoleFields } from "./RoleFields";
export { RoleGate } from "./RoleGate";
export { ClassificationBadge } from "./ClassificationBadge";
export { ClassificationSelect } from "./ClassificationSelect";
export { layerClassifications, useLayerClassifications } from "./layer-classifications";
