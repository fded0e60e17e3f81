// A joint patrol of the commune and the border guard station along the
// border: who went, which markers were checked (ticked by hand or matched
// from the GPS track), and what was found. Stored in IndexedDB (patrols).

import type { LineString, MultiLineString } from "geojson";

export const DEFAULT_TRACK_TOLERANCE_METRES = 100;

export interface PatrolRecord {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  communeParticipants: string;
  stationParticipants: string;
  /** Markers checked: ticked by hand or matched from the track. */
  checkedMarkerIds: string[];
  /** The subset of checkedMarkerIds that the GPS track matched. */
  trackMatchedMarkerIds: string[];
  findings: string;
  track: LineString | MultiLineString | null;
  trackFileName: string;
  toleranceMetres: number;
  updatedAt: string;
  revisions: string[];
  /** Who recorded it (device profile: "name (role)"); absent on records from before roles. */
  updatedBy?: string;
}
