// "Tỉnh (IOC)": shown only for a province account (the tab button checks
// useIsProvinceAccount); the view needs the live link to the server.

import { useSyncLink } from "../sync";
import { useProvinceAccount } from "./use-province-account";
import { IocView } from "./IocView";
import "./province.css";

export function ProvinceTab() {
  const account = useProvinceAccount();
  const link = useSyncLink();
  if (!account || !link) return <p className="muted">Trung tâm điều hành tỉnh chỉ dành cho tài khoản cấp tỉnh đã kết nối ở tab “Đồng bộ”.</p>;
  return <IocView http={link.http} account={account} />;
}
