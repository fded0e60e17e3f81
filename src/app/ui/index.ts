export { CoordinateInput } from "./CoordinateInput";
export { CoordinateReadout } from "./CoordinateReadout";
export { LegendSwatch } from "./LegendSwatch";
export { NumberField, numberFrom } from "./NumberField";
export { OpacitySlider } from "./OpacitySlider";
export { downloadBlob, fileSlug } from "./file-download";
export { CrsSelect } from "./CrsSelect";
export { Vn2000ProvinceSelect } from "./Vn2000ProvinceSelect";
