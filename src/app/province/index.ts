export { ProvinceTab } from "./ProvinceTab";
export { useIsProvinceAccount } from "./use-province-account";
