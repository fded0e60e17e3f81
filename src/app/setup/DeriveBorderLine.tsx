// The button of a border commune's workspace that fills "Đường biên giới" from
// the official boundaries, with the result said plainly and a one-step undo.

import { useState } from "react";
import { storageErrorMessage, useWorkspace, workspaceFeatures } from "../workspace";
import { deriveWorkspaceBorderLine, type DerivedBorder } from "./derive-workspace-border-line";
import { currentActor } from "../roles";

/** Who the derived lines are recorded as: the device's user and role, and where they came from. */
const actor = () => `${currentActor()} – lấy từ ranh giới chính thức`;

export function DeriveBorderLine() {
  const { record } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DerivedBorder | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (record.kind !== "communes") return null;

  async function run(step: () => Promise<string>) {
    setBusy(true);
    try {
      setMessage(await step());
    } catch (reason) {
      setMessage(reason instanceof Error && !/Quota|Abort/.test(reason.name) ? reason.message : storageErrorMessage(reason));
    } finally {
      setBusy(false);
    }
  }

  const derive = () =>
    run(async () => {
      const derived = await deriveWorkspaceBorderLine(record, actor());
      setResult(derived);
      return `Đã lấy ${derived.lines} đoạn đường biên giới với ${derived.countries.join(", ")}, dài ${derived.lengthKm.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} km, vào lớp “Đường biên giới”.`;
    });
  const undo = () =>
    run(async () => {
      if (!result) return "";
      await workspaceFeatures.undoImport(result.undo, actor());
      setResult(null);
      return "Đã hoàn tác: lớp “Đường biên giới” trở lại như trước.";
    });

  return (
    <section aria-labelledby="derive-border-title" className="derive-border">
      <h3 id="derive-border-title">Đường biên giới quốc gia</h3>
      <button type="button" disabled={busy} onClick={() => void derive()}>
        Lấy đường biên giới từ ranh giới
      </button>
      {result && (
        <button type="button" disabled={busy} onClick={() => void undo()}>
          Hoàn tác
        </button>
      )}
      {message && (
        <p role="status" data-testid="derive-border-status">
          {message}
        </p>
      )}
    </section>
  );
}
