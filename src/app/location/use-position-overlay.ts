// Draws the device's position and its accuracy circle on the map while shown
// (an empty layer hides it), and keeps the map centred on it while following:
// each new fix recentres the map, until the user moves the map by hand.

import { useEffect, useMemo } from "react";
import type { FeatureCollection } from "geojson";
import { discPolygon } from "../../geo/travel-time/reach-shapes";
import type { MapController } from "../../map/map-controller";
import { DEVICE_POSITION_SOURCE_ID, devicePositionStyles } from "../../map/styles/device-position-styles";
import type { DeviceFix } from "./device-position";

const NOTHING: FeatureCollection = { type: "FeatureCollection", features: [] };

export function positionFeatures(fix: DeviceFix | null): FeatureCollection {
  if (!fix) return NOTHING;
  const centre = [fix.lon, fix.lat];
  // The accuracy circle is a geodesic disc in a local metric frame (exact to 1e-4 over a few km).
  const circle = discPolygon(centre, fix.accuracyMetres);
  return {
    type: "FeatureCollection",
    features: [
      ...(circle ? [{ type: "Feature" as const, properties: { name: `Sai số ${Math.round(fix.accuracyMetres)} m` }, geometry: circle }] : []),
      { type: "Feature", properties: { name: "Vị trí của tôi" }, geometry: { type: "Point", coordinates: centre } },
    ],
  };
}

export function usePositionOverlay(controller: MapController | null, fix: DeviceFix | null, following: boolean, onUserMove: () => void): void {
  const features = useMemo(() => positionFeatures(fix), [fix]);

  useEffect(() => {
    void controller?.setLayer(DEVICE_POSITION_SOURCE_ID, features, devicePositionStyles(), undefined, false);
  }, [controller, features]);

  useEffect(() => {
    if (following && fix) controller?.centreOn([fix.lon, fix.lat]);
  }, [controller, following, fix]);

  useEffect(() => (following && controller ? controller.onUserMove(onUserMove) : undefined), [controller, following, onUserMove]);
}
