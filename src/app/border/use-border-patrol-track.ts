// A patrol's GPS track: read from the GPX file the officer picks, matched
// against the markers (within the tolerance), and drawn on the map with a
// ring around every marker it passed.

import { useCallback, useEffect, useMemo, useState } from "react";
import type { FeatureCollection, LineString, MultiLineString } from "geojson";
import type { MarkerRegisterEntry } from "../../domain/border-marker-register";
import { markersPassedByTrack, type TrackMatch } from "../../geo/border-protection/track-marker-match";
import { readGpxTrack } from "../../io/gpx/read-gpx";
import { PATROL_TRACK_SOURCE_ID, patrolTrackStyles } from "../../map/styles/drill-border-overlay-styles";
import { useWorkspace } from "../workspace";

export interface LoadedTrack {
  fileName: string;
  track: LineString | MultiLineString;
  pointCount: number;
}

export function usePatrolTrack(markers: readonly MarkerRegisterEntry[], toleranceMetres: number) {
  const { controller } = useWorkspace();
  const [loaded, setLoaded] = useState<LoadedTrack | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (file: File) => {
    const read = readGpxTrack(await file.text(), file.name);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    setLoaded({ fileName: file.name, track: read.track, pointCount: read.pointCount });
  }, []);

  const matches: TrackMatch[] = useMemo(
    () => (loaded ? markersPassedByTrack(markers, loaded.track, toleranceMetres) : []),
    [loaded, markers, toleranceMetres],
  );

  const overlay = useMemo<FeatureCollection>(() => {
    if (!loaded) return { type: "FeatureCollection", features: [] };
    const rings = matches.flatMap((match) => {
      const marker = markers.find((candidate) => candidate.id === match.markerId);
      return marker ? [{ type: "Feature" as const, properties: { name: marker.label }, geometry: { type: "Point" as const, coordinates: [marker.lon, marker.lat] } }] : [];
    });
    return { type: "FeatureCollection", features: [{ type: "Feature", properties: { name: loaded.fileName }, geometry: loaded.track }, ...rings] };
  }, [loaded, matches, markers]);

  useEffect(() => {
    void controller?.setLayer(PATROL_TRACK_SOURCE_ID, overlay, patrolTrackStyles());
  }, [controller, overlay]);

  const show = useCallback((track: LoadedTrack | null) => {
    setLoaded(track);
    setError(null);
  }, []);

  return { loaded, matches, error, load, show };
}
