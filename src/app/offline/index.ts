export { OfflineTab } from "./OfflineTab";
