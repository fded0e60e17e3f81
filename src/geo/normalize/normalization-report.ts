// What normalising a geometry changed, counted so the UI can tell the user
// (see normalization-summary.ts) instead of changing data silently.

export interface NormalizationReport {
  /** Consecutive repeated positions removed (a ring or line visiting the same point twice in a row). */
  repeatedPositionsRemoved: number;
  /** Rings whose last position did not repeat the first: closed. */
  ringsClosed: number;
  /** Rings turned round to RFC 7946 order (outer counter-clockwise, holes clockwise). */
  ringsReoriented: number;
  /** Polygons rebuilt with Clipper2 because a ring crossed or touched itself or another ring of the polygon. */
  polygonsRepaired: number;
  /** Rings with fewer than three distinct positions or no area, removed. */
  degenerateRingsRemoved: number;
  /** Polygons or lines left with nothing usable, removed. */
  degeneratePartsRemoved: number;
}

export function emptyReport(): NormalizationReport {
  return { repeatedPositionsRemoved: 0, ringsClosed: 0, ringsReoriented: 0, polygonsRepaired: 0, degenerateRingsRemoved: 0, degeneratePartsRemoved: 0 };
}

export function addReport(total: NormalizationReport, part: NormalizationReport): NormalizationReport {
  return {
    repeatedPositionsRemoved: total.repeatedPositionsRemoved + part.repeatedPositionsRemoved,
    ringsClosed: total.ringsClosed + part.ringsClosed,
    ringsReoriented: total.ringsReoriented + part.ringsReoriented,
    polygonsRepaired: total.polygonsRepaired + part.polygonsRepaired,
    degenerateRingsRemoved: total.degenerateRingsRemoved + part.degenerateRingsRemoved,
    degeneratePartsRemoved: total.degeneratePartsRemoved + part.degeneratePartsRemoved,
  };
}

export function reportChangedAnything(report: NormalizationReport): boolean {
  return Object.values(report).some((count) => count > 0);
}
