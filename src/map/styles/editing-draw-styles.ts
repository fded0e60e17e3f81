// The look of geometry being drawn or reshaped in the layer editor: orange
// lines and fills over the commune's layers, white-ringed vertices large
// enough to grab with a finger, small midpoints to insert a vertex.

export const EDIT_COLOR = "#ea580c";

export const POINT_STYLES = { pointColor: EDIT_COLOR, pointWidth: 8, pointOutlineColor: "#ffffff", pointOutlineWidth: 2 } as const;
export const LINE_STYLES = { lineStringColor: EDIT_COLOR, lineStringWidth: 4 } as const;
export const POLYGON_STYLES = { fillColor: EDIT_COLOR, fillOpacity: 0.25, outlineColor: EDIT_COLOR, outlineWidth: 3 } as const;

export const SELECT_STYLES = {
  selectedPointColor: EDIT_COLOR,
  selectedPointWidth: 9,
  selectedPointOutlineColor: "#ffffff",
  selectedPointOutlineWidth: 3,
  selectedLineStringColor: EDIT_COLOR,
  selectedLineStringWidth: 4,
  selectedPolygonColor: EDIT_COLOR,
  selectedPolygonFillOpacity: 0.25,
  selectedPolygonOutlineColor: EDIT_COLOR,
  selectedPolygonOutlineWidth: 3,
  selectionPointColor: "#ffffff",
  selectionPointOutlineColor: EDIT_COLOR,
  selectionPointWidth: 6,
  selectionPointOutlineWidth: 2,
  midPointColor: EDIT_COLOR,
  midPointOutlineColor: "#ffffff",
  midPointWidth: 4,
  midPointOutlineWidth: 1,
} as const;
