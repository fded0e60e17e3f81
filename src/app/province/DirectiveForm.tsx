// "Gửi chỉ đạo": title, text, deadline, the communes it goes to (checked in
// the table, or "Tất cả"), and an optional area drawn on the map with the
// editor's terra-draw session and tool bar ("Xong" / "Hủy", over the map on
// a phone). The directive's id is chosen here, so sending it again after a
// failure is the same directive (the server answers 200).

import { useEffect, useRef, useState } from "react";
import type { LineString, Polygon } from "geojson";
import { drawNewGeometry, type GeometrySession } from "../../map/drawing/draw-new-geometry";
import { showDirectiveArea } from "../../map/layers/ioc-map-layers";
import type { MapController } from "../../map/map-controller";
import { userErrorMessage } from "../workspace";
import { useTabActive } from "../ui";
import { GeometryToolBar } from "../editing";
import { buildDirective, sendDirective, type ProvinceHttp } from "./province-api";

interface Props {
  http: ProvinceHttp;
  controller: MapController | null;
  allCodes: readonly string[];
  recipients: ReadonlySet<string>;
  communeName: (code: string) => string;
  onSent: () => void;
}

export function DirectiveForm({ http, controller, allCodes, recipients, communeName, onSent }: Props) {
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [deadline, setDeadline] = useState("");
  const [toAll, setToAll] = useState(false);
  const [area, setArea] = useState<Polygon | null>(null);
  const [drawing, setDrawing] = useState<GeometrySession<LineString | Polygon> | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useRef(crypto.randomUUID());
  const codes = toAll ? [...allCodes] : allCodes.filter((code) => recipients.has(code));

  // The area is on the map only while the IOC tab is shown (the form keeps it while hidden).
  const shown = useTabActive();
  useEffect(() => {
    if (!controller || !shown || !area) return;
    void showDirectiveArea(controller, area);
    return () => void showDirectiveArea(controller, null);
  }, [controller, area, shown]);
  // Leaving the view (or hiding its tab) mid-drawing drops the drawing (and gives clicks back to the map).
  const drawingRef = useRef(drawing);
  drawingRef.current = drawing;
  useEffect(() => {
    if (!shown) drawingRef.current?.cancel();
  }, [shown]);
  useEffect(() => () => drawingRef.current?.cancel(), []);

  const draw = () => {
    if (!controller) return;
    const session = drawNewGeometry(controller, "Polygon", null);
    setDrawing(session);
    session.result.then(
      (geometry) => geometry.type === "Polygon" && setArea(geometry),
      () => undefined,
    ).finally(() => setDrawing(null));
  };

  const submit = async () => {
    const built = buildDirective({ title, text, deadline, communeCodes: codes, area }, id.current);
    if (!built.ok) return setMessage({ error: true, text: built.message });
    setBusy(true);
    try {
      await sendDirective(http, built.feature);
      setMessage({ error: false, text: `Đã gửi chỉ đạo “${built.feature.properties.title}” đến ${codes.length} xã.` });
      id.current = crypto.randomUUID();
      setTitle("");
      setText("");
      setArea(null);
      onSent();
    } catch (error) {
      setMessage({ error: true, text: `${userErrorMessage(error, "Chưa gửi được chỉ đạo.")} Nội dung vẫn giữ trên màn hình, hãy gửi lại.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ioc-directive-form" aria-label="Gửi chỉ đạo" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <h3>Gửi chỉ đạo</h3>
      <label>
        Tiêu đề
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Nội dung
        <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label>
        Thời hạn
        <input type="datetime-local" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={toAll} onChange={(event) => setToAll(event.target.checked)} /> Tất cả các xã
      </label>
      <p className="muted" data-testid="directive-recipients">
        Gửi đến: {codes.length === 0 ? "chưa chọn xã (đánh dấu trong bảng)" : toAll ? `tất cả ${codes.length} xã` : codes.map(communeName).join(", ")}
      </p>
      <div className="sync-actions">
        {drawing ? (
          <GeometryToolBar subject="Vùng chỉ đạo" kind="drawing" geometryType="Polygon" snapping={null} onFinish={() => drawing.finish()} onCancel={() => drawing.cancel()} />
        ) : (
          <button type="button" disabled={!controller} onClick={draw}>
            {area ? "Vẽ lại vùng" : "Vẽ vùng trên bản đồ (tùy chọn)"}
          </button>
        )}
        {area && !drawing && (
          <button type="button" onClick={() => setArea(null)}>
            Bỏ vùng
          </button>
        )}
      </div>
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "error" : undefined}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Đang gửi…" : "Gửi chỉ đạo"}
      </button>
    </form>
  );
}
