// Security on the device: passphrase set-up, lock screen, idle lock, the
// header's "Khóa" / "Bảo mật". Records are sealed by src/store/crypto/.
export { DeviceSecurityGate } from "./DeviceSecurityGate";
export { DeviceLockControls } from "./DeviceLockControls";
