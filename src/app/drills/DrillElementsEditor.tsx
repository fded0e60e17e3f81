// Drawing the drill on the map: choose what (assembly point, command post,
// target, route, evacuation area, blocking point), which phase and forces,
// then draw it on the map through the editor's geometry session (a point by a
// tap or the device position; a route or area by terra-draw, "Xong" / "Hủy"
// floating over the map on a phone). Routes list their length and each
// force's travel time; evacuation areas their capacity.

import { useState } from "react";
import { bbox } from "@turf/bbox";
import { phasesInOrder } from "../../domain/drill-phases";
import { DRILL_ELEMENT_KINDS, elementKindInfo, type DrillElement, type DrillElementKind, type DrillPlan } from "../../domain/drill-plan";
import { formatMinutes, routeLengthKm, routeTravelTimes } from "../../geo/drills/drill-route-metrics";
import { newId } from "../../store/ids";
import { useWorkspace } from "../workspace";
import { GeometryToolBar, useGeometrySession } from "../editing";

interface Props {
  plan: DrillPlan;
  onChange: (change: (plan: DrillPlan) => DrillPlan) => void;
}

export function DrillElementsEditor({ plan, onChange }: Props) {
  const { controller } = useWorkspace();
  const phases = phasesInOrder(plan.phases);
  const [kind, setKind] = useState<DrillElementKind>("assembly-point");
  const [phaseId, setPhaseId] = useState("");
  const [name, setName] = useState("");
  const [capacity, setCapacity] = useState(200);
  const [forceIds, setForceIds] = useState<string[]>([]);
  const session = useGeometrySession();
  const drawing = session.tool !== null;
  const [message, setMessage] = useState<string | null>(null);
  const chosenPhase = phases.some((phase) => phase.id === phaseId) ? phaseId : (phases[0]?.id ?? "");
  const info = elementKindInfo(kind);

  async function draw() {
    if (!chosenPhase) return;
    setMessage(null);
    const geometry = info.geometry === "Point" ? await session.placePoint(null) : await session.drawNew(info.geometry, null);
    if (!geometry) {
      setMessage("Đã hủy vẽ.");
      return;
    }
    const count = plan.elements.filter((element) => element.kind === kind).length + 1;
    const element: DrillElement = {
      id: newId(),
      kind,
      name: name.trim() || `${info.label} ${count}`,
      phaseId: chosenPhase,
      forceIds,
      geometry,
      ...(kind === "evacuation-area" ? { capacity } : {}),
    };
    onChange((current) => ({ ...current, elements: [...current.elements, element] }));
    setName("");
    setMessage(`Đã thêm “${element.name}”.`);
  }

  return (
    <section aria-labelledby="drill-elements-title">
      <h3 id="drill-elements-title">Vẽ trên bản đồ</h3>
      {phases.length === 0 ? (
        <p className="muted">Thêm ít nhất một giai đoạn trước khi vẽ.</p>
      ) : (
        <div className="drill-form">
          <div className="drill-row">
            <label>
              Loại yếu tố
              <select value={kind} onChange={(event) => setKind(event.target.value as DrillElementKind)} disabled={drawing}>
                {DRILL_ELEMENT_KINDS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Thuộc giai đoạn
              <select value={chosenPhase} onChange={(event) => setPhaseId(event.target.value)} disabled={drawing}>
                {phases.map((phase) => (
                  <option key={phase.id} value={phase.id}>
                    {phase.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            Tên yếu tố
            <input value={name} placeholder={`${info.label} ${plan.elements.filter((element) => element.kind === kind).length + 1}`} onChange={(event) => setName(event.target.value)} />
          </label>
          {kind === "evacuation-area" && (
            <label>
              Sức chứa (người)
              <input type="number" min={0} value={capacity} onChange={(event) => setCapacity(Number(event.target.value))} />
            </label>
          )}
          {plan.forces.length > 0 && (
            <fieldset className="drill-forces-pick">
              <legend>Lực lượng được giao</legend>
              {plan.forces.map((force) => (
                <label key={force.id}>
                  <input
                    type="checkbox"
                    checked={forceIds.includes(force.id)}
                    onChange={() => setForceIds((current) => (current.includes(force.id) ? current.filter((id) => id !== force.id) : [...current, force.id]))}
                  />
                  {force.name}
                </label>
              ))}
            </fieldset>
          )}
          {session.tool ? (
            <GeometryToolBar
              subject={`Đang vẽ ${info.label.toLowerCase()}`}
              kind={session.tool.kind}
              geometryType={session.tool.geometryType}
              snapping={null}
              onFinish={session.finish}
              onCancel={session.cancel}
              onPlaceAt={session.placeAt}
            />
          ) : (
            <div className="drill-actions">
              <button type="button" onClick={() => void draw()} disabled={!controller}>
                Vẽ trên bản đồ
              </button>
            </div>
          )}
          {!drawing && session.error && (
            <p role="alert" className="error">
              Không vẽ được: {session.error}
            </p>
          )}
          {!drawing && !session.error && message && <p role="status" className="muted">{message}</p>}
        </div>
      )}
      <ElementList plan={plan} onChange={onChange} />
    </section>
  );
}

function ElementList({ plan, onChange }: Props) {
  const { controller } = useWorkspace();
  if (plan.elements.length === 0) return null;
  return (
    <ul className="drill-list" aria-label="Các yếu tố đã vẽ">
      {plan.elements.map((element) => {
        const phase = plan.phases.find((candidate) => candidate.id === element.phaseId);
        return (
          <li key={element.id}>
            <span>
              <strong>{element.name}</strong> · {elementKindInfo(element.kind).label} · {phase?.name}
              {element.geometry.type === "LineString" && <RouteFacts plan={plan} element={element} />}
              {element.capacity !== undefined && <> · sức chứa {element.capacity.toLocaleString("vi-VN")} người</>}
            </span>
            <span className="drill-item-actions">
              <button
                type="button"
                aria-label={`Xem ${element.name} trên bản đồ`}
                onClick={() => {
                  const [west, south, east, north] = bbox(element.geometry);
                  controller?.fitBounds([[west, south], [east, north]]);
                }}
              >
                Xem
              </button>
              <button
                type="button"
                aria-label={`Xóa ${element.name}`}
                onClick={() => onChange((current) => ({ ...current, elements: current.elements.filter((candidate) => candidate.id !== element.id) }))}
              >
                Xóa
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function RouteFacts({ plan, element }: { plan: DrillPlan; element: DrillElement }) {
  if (element.geometry.type !== "LineString") return null;
  const km = routeLengthKm(element.geometry);
  const times = routeTravelTimes(element, plan.forces);
  return (
    <span className="drill-route-facts" data-testid="route-facts">
      {" "}
      · dài {km.toLocaleString("vi-VN", { maximumFractionDigits: 2 })} km
      {times.map((time) => (
        <span key={time.forceId} className="drill-route-time">
          {time.forceName}: {formatMinutes(time.minutes)}
        </span>
      ))}
    </span>
  );
}
