export { CoordinateInput } from "./CoordinateInput";
export { CoordinateReadout } from "./CoordinateReadout";
export { LegendSwatch } from "./LegendSwatch";
export { NumberField, numberFrom } from "./NumberField";
export { OpacitySlider } from "./OpacitySlider";
export { downloadBlob, fileSlug } from "./file-download";
export { EditConflictPanel } from "./EditConflictPanel";
export { FeatureErrorBoundary } from "./FeatureErrorBoundary";
