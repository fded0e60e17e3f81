// Choropleth classes of one IOC metric: "0" in its own pale class (nothing
// to do there), then up to four equal classes from 1 to the largest value,
// rounded to whole numbers. The same classes give the map's step expression
// and the legend, so the two cannot disagree.

export interface ChoroplethClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
  color: string;
  label: string;
}

const ZERO_COLOR = "#f1f5f9";
const CLASS_COLORS = ["#fde68a", "#fb923c", "#dc2626", "#7f1d1d"];

export function choroplethClasses(values: readonly number[]): ChoroplethClass[] {
  const classes: ChoroplethClass[] = [{ min: 0, max: 0, color: ZERO_COLOR, label: "0" }];
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  const step = Math.max(1, Math.ceil(largest / CLASS_COLORS.length));
  for (let index = 0, min = 1; min <= largest; index += 1, min += step) {
    const max = Math.min(largest, min + step - 1);
    const label = min === max ? min.toLocaleString("vi-VN") : `${min.toLocaleString("vi-VN")}–${max.toLocaleString("vi-VN")}`;
    classes.push({ min, max, color: CLASS_COLORS[index], label });
  }
  return classes;
}

export function classOf(classes: readonly ChoroplethClass[], value: number): ChoroplethClass {
  return classes.findLast((item) => value >= item.min) ?? classes[0];
}

/** A MapLibre `step` expression over the feature property `property`. */
export function choroplethFillExpression(classes: readonly ChoroplethClass[], property: string): unknown[] {
  return ["step", ["get", property], classes[0].color, ...classes.slice(1).flatMap((item) => [item.min, item.color])];
}
