// "In bản đồ": the map sheet of the drill at the phase on screen — A4/A3,
// landscape or portrait, MGRS or VN-2000 grid — saved as PNG or PDF. The
// classification line is the highest độ mật of what is on the sheet
// (sheet-classification.ts); Tối mật layers and incidents are left out and named;
// the working overlays (analysis results, editor, position…) stay off the paper
// (print-overlays.ts) and the legend lists what is drawn (sheet-legend.ts).

import { useState } from "react";
import { hHourLabel } from "../../domain/drill-phases";
import { DRILL_TYPES, type DrillPlan } from "../../domain/drill-plan";
import { SAMPLE_NOTICE } from "../../domain/sample-data-contract";
import type { GridSystem } from "../../geo/print/print-grid";
import type { Orientation, PaperSize } from "../../geo/print/print-layout";
import { withIncidentsLeftOut } from "../../map/layers/incident-map-layer";
import { captureMap } from "../../map/print/print-capture";
import { sheetToPdfBlob, sheetToPngBlob } from "../../map/print/print-export";
import { screenOnlySources } from "../../map/print/print-overlays";
import { composeSheet } from "../../map/print/print-sheet";
import { ensurePrintFonts } from "../../map/print/print-sheet-text";
import { downloadBlob, fileSlug } from "../ui";
import { useVn2000Province, useWorkspace, userErrorMessage } from "../workspace";
import { classificationOf } from "../../domain/classification";
import { ClassificationBadge, useLayerClassifications } from "../roles";
import { leftOutNotice, sheetLayers, sheetMark, withLayersHidden } from "./sheet-classification";
import { sheetLegend } from "./sheet-legend";
import { useIncidentsInView } from "./use-incidents-in-view";

export function PrintPanel({ plan, shownPhaseId }: { plan: DrillPlan; shownPhaseId: string | null }) {
  const current = useWorkspace();
  const { controller, record: workspace } = current;
  const marks = useLayerClassifications(workspace.id);
  const incidentsInView = useIncidentsInView(controller);
  const onSheet = sheetLayers(plan, current, marks, incidentsInView);
  const province = useVn2000Province();
  const [paper, setPaper] = useState<PaperSize>("A4");
  const [orientation, setOrientation] = useState<Orientation>("landscape");
  const [grid, setGrid] = useState<GridSystem>("mgrs");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const phase = plan.phases.find((candidate) => candidate.id === shownPhaseId) ?? null;
  const phaseLabel = phase ? `${hHourLabel(phase.offsetMinutes)} – ${phase.name}` : "Tất cả giai đoạn";

  async function exportSheet(format: "png" | "pdf") {
    if (!controller) return;
    if (classificationOf(plan) === "toi-mat") return setStatus("Kế hoạch Tối mật không được in hay xuất khỏi thiết bị.");
    setBusy(true);
    setStatus("Đang dựng bản đồ để in…");
    try {
      await ensurePrintFonts();
      const capture = await withLayersHidden(controller, [...onSheet.hidden, ...screenOnlySources(controller)], () =>
        withIncidentsLeftOut(controller, onSheet.leftOutIncidents, () => captureMap(controller)),
      );
      const typeLabel = DRILL_TYPES.find((type) => type.id === plan.type)?.label ?? "";
      const sheet = composeSheet(capture, {
        paper,
        orientation,
        grid,
        tm3Meridian: province.centralMeridian,
        classification: sheetMark(onSheet.classification),
        title: plan.name,
        subtitle: `${workspace.name} · ${typeLabel} · Ngày ${new Date(`${plan.date}T00:00:00`).toLocaleDateString("vi-VN")} · Giờ H: ${plan.hHour} · Giai đoạn: ${phaseLabel}`,
        phaseLabel,
        legend: sheetLegend(plan, current, onSheet.hidden, onSheet.leftOutIncidents, incidentsInView),
        printedOn: new Date(),
        notice: [workspace.kind === "sample" ? SAMPLE_NOTICE : "", leftOutNotice(onSheet.leftOut)].filter(Boolean).join(" · "),
      });
      const name = `ban-do-${fileSlug(plan.name)}-${fileSlug(phase?.name ?? "tat-ca")}-${paper}`.toLowerCase();
      const blob = format === "png" ? await sheetToPngBlob(sheet) : await sheetToPdfBlob(sheet, plan.name);
      downloadBlob(blob, `${name}.${format}`);
      setStatus(
        `Đã xuất ${format.toUpperCase()} ${paper} (tỉ lệ khoảng 1:${Math.round(sheet.scaleDenominator).toLocaleString("vi-VN")}).${onSheet.leftOut.length > 0 ? ` ${leftOutNotice(onSheet.leftOut)}` : ""}`,
      );
    } catch (error) {
      setStatus(`Không xuất được bản đồ: ${userErrorMessage(error, "lỗi không mong đợi khi vẽ trang in")}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="drill-print-title" className="drill-print">
      <h3 id="drill-print-title">In bản đồ</h3>
      <div className="drill-row">
        <label>
          Khổ giấy
          <select value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <label>
          Hướng giấy
          <select value={orientation} onChange={(event) => setOrientation(event.target.value as Orientation)}>
            <option value="landscape">Ngang</option>
            <option value="portrait">Dọc</option>
          </select>
        </label>
        <label>
          Lưới tọa độ
          <select value={grid} onChange={(event) => setGrid(event.target.value as GridSystem)}>
            <option value="mgrs">MGRS</option>
            <option value="vn2000">VN-2000</option>
          </select>
        </label>
      </div>
      <p data-testid="print-classification">
        Độ mật của bản in (cao nhất trong những gì trên bản đồ): {sheetMark(onSheet.classification) ? <ClassificationBadge classification={onSheet.classification} /> : "Thường"}
      </p>
      {onSheet.leftOut.length > 0 && <p className="muted">{leftOutNotice(onSheet.leftOut)}</p>}
      <p className="muted">Bản in lấy đúng khung nhìn hiện tại của bản đồ, giai đoạn: {phaseLabel}.</p>
      <div className="drill-actions">
        <button type="button" disabled={busy || !controller} onClick={() => void exportSheet("png")}>
          Xuất PNG
        </button>
        <button type="button" disabled={busy || !controller} onClick={() => void exportSheet("pdf")}>
          Xuất PDF
        </button>
      </div>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
    </section>
  );
}
