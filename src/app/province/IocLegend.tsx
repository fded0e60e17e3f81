// The choropleth's legend: the metric's name and its classes, from the same
// classes that colour the map.

import type { ChoroplethClass } from "./ioc-choropleth";

export function IocLegend({ title, classes }: { title: string; classes: readonly ChoroplethClass[] }) {
  return (
    <figure className="ioc-legend" aria-label="Chú giải bản đồ IOC">
      <figcaption>{title}</figcaption>
      <ul>
        {classes.map((item) => (
          <li key={item.label}>
            <span className="ioc-swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
