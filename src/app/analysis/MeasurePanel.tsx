// "Đo khoảng cách, diện tích": click points on the map; the length (and, for
// an area, the area and perimeter) updates live while the pointer moves.
// Double-click or "Kết thúc" ends the drawing. Ellipsoidal (WGS84) figures.

import { useEffect, useMemo, useRef, useState } from "react";
import { formatMetres, formatSquareMetres } from "../../geo/geodesy/compass";
import { measure } from "../../geo/geodesy/measure";
import { MeasureAdapter, type MeasureDrawing, type MeasureShape } from "../../map/drawing/analysis-measure-adapter";
import { useWorkspace } from "../workspace";

export function MeasurePanel() {
  const { controller } = useWorkspace();
  const adapter = useRef<MeasureAdapter | null>(null);
  const [shape, setShape] = useState<MeasureShape | null>(null);
  const [drawing, setDrawing] = useState<MeasureDrawing>({ vertices: [], pointer: null, drawing: false });

  useEffect(() => () => adapter.current?.destroy(), []);

  const start = (next: MeasureShape) => {
    if (!controller) return;
    adapter.current?.destroy();
    adapter.current = new MeasureAdapter(controller, next, setDrawing);
    setShape(next);
    adapter.current.start();
  };
  const clear = () => {
    adapter.current?.destroy();
    adapter.current = null;
    setShape(null);
    setDrawing({ vertices: [], pointer: null, drawing: false });
  };

  const path = drawing.drawing && drawing.pointer ? [...drawing.vertices, drawing.pointer] : drawing.vertices;
  const measurement = useMemo(() => measure(path, shape === "polygon"), [path, shape]);

  return (
    <section className="analysis-section" aria-labelledby="measure-title">
      <h3 id="measure-title">Đo trên bản đồ</h3>
      <div className={drawing.drawing ? "analysis-fields map-tool-actions" : "analysis-fields"}>
        <button type="button" aria-pressed={shape === "line" && drawing.drawing} onClick={() => start("line")} disabled={!controller}>
          Đo chiều dài
        </button>
        <button type="button" aria-pressed={shape === "polygon" && drawing.drawing} onClick={() => start("polygon")} disabled={!controller}>
          Đo diện tích
        </button>
        {drawing.drawing && (
          <button type="button" onClick={() => adapter.current?.finish()}>
            Kết thúc đo
          </button>
        )}
        {shape && (
          <button type="button" onClick={clear}>
            Xóa phép đo
          </button>
        )}
      </div>
      {shape && (
        <p className="analysis-measure" role="status" aria-live="polite" data-testid="measure-readout">
          {drawing.drawing && drawing.vertices.length === 0 && "Bấm lên bản đồ để đặt điểm đầu. "}
          Chiều dài: <strong>{formatMetres(measurement.lengthMetres)}</strong>
          {shape === "polygon" && (
            <>
              {" "}· Diện tích: <strong>{measurement.areaSquareMetres === null ? "—" : formatSquareMetres(measurement.areaSquareMetres)}</strong>
              {measurement.perimeterMetres !== null && ` · Chu vi: ${formatMetres(measurement.perimeterMetres)}`}
            </>
          )}
          {` · ${drawing.vertices.length} điểm`}
        </p>
      )}
    </section>
  );
}
