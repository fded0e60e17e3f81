export { MyLocationControl } from "./MyLocationControl";
export { TakePositionButton } from "./TakePositionButton";
export { MaxAccuracySetting } from "./MaxAccuracySetting";
export { PhotoSourceButtons } from "./PhotoSourceButtons";
export { PhotoPicker } from "./PhotoPicker";
export { photoCapture } from "./photo-capture";
export { useDevicePosition, type DeviceFix } from "./device-position";
export { useScreenWakeLock } from "./use-screen-wake-lock";
