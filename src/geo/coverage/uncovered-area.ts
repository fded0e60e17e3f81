// The area a new post's reach adds to the coverage, exactly (Clipper2 +
// ellipsoidal area), for the few suggested posts. The sample count that picks
// them is only as fine as the sample grid (~160 m over the sample commune):
// off by 3 % for a 15-minute reach and up to 10 % for a 5-minute one (a
// 333 m walk), so the figure people read is this one. Each reach taken counts
// as covered for the next.

import { geodesicArea } from "../geodesy/geodesic-area";
import { intersection, subtract, unionAll, type Areal } from "../shapes/polygon-boolean";

export class UncoveredArea {
  private covered: Areal | null;

  constructor(
    private readonly area: Areal,
    covered: Areal | null,
  ) {
    this.covered = covered;
  }

  /** Area (m²) of `reach` inside the area and not yet covered; the reach then counts as covered. */
  take(reach: Areal | null): number {
    const inside = intersection(reach, this.area);
    if (!inside) return 0;
    const gained = geodesicArea(subtract(inside, this.covered));
    this.covered = this.covered ? unionAll([this.covered, inside]) : inside;
    return gained;
  }
}
