// The state of one feature in the editor — a new one (drawn, not yet saved)
// or a stored one — and its actions: save the attributes (validated), reshape
// and save the geometry (checked: inside the commune where required, no
// crossing edges; a refused shape stays on screen, unsaved, to be fixed),
// delete, and resolve a save refused because another tab changed the feature.
// The form follows the stored feature while the officer has not typed.

import { useEffect, useState } from "react";
import type { FeatureCollection, Geometry } from "geojson";
import type { EditableLayerId } from "../../domain/layer-attributes";
import { attributeFormValues, validateAttributes, type AttributeFormValues, type AttributeProblem } from "../../domain/layer-attribute-validation";
import type { WorkspaceFeatureRecord } from "../../domain/workspace";
import type { GeometryProblem } from "../../geo/shapes/edited-geometry-problems";
import type { EditableGeometry } from "../../map/edit-geometry";
import type { SnapPosition } from "../../map/terra-draw-snapping";
import { isEditConflict } from "../../store/edit-conflict";
import type { FeatureChanges } from "../../store/workspace-feature.repository";
import { storageErrorMessage } from "../workspace";
import type { EditHistory } from "./edit-history";
import { featureTitle } from "./feature-title";
import { geometryProblems, withComputedProperties } from "./geometry-save-check";

export interface FeatureEditorOptions {
  workspaceId: string;
  layerId: EditableLayerId;
  /** The stored feature, live; null for a new one. */
  live: WorkspaceFeatureRecord | null;
  /** The drawn geometry of a new feature. */
  newGeometry: Geometry | null;
  communes: FeatureCollection | null;
  history: EditHistory;
  reshape: (geometry: EditableGeometry, snap: SnapPosition | null) => Promise<EditableGeometry | null>;
  snap: SnapPosition | null;
  onCreated: (record: WorkspaceFeatureRecord) => void;
  onClose: () => void;
}

interface Conflict {
  stored: WorkspaceFeatureRecord;
  attempted: WorkspaceFeatureRecord;
  changes: FeatureChanges;
  label: string;
}

export function useFeatureEditor(options: FeatureEditorOptions) {
  const { layerId, live, history } = options;
  const [base, setBase] = useState<WorkspaceFeatureRecord | null>(live);
  const [values, setValues] = useState<AttributeFormValues>(() => attributeFormValues(layerId, live?.properties ?? {}));
  const [dirty, setDirty] = useState(false);
  const [attributeProblems, setAttributeProblems] = useState<AttributeProblem[]>([]);
  const [geometry, setGeometry] = useState<Geometry | null>(live?.geometry ?? options.newGeometry);
  const [shapeProblems, setShapeProblems] = useState<GeometryProblem[]>(() => (options.newGeometry ? geometryProblems(layerId, options.newGeometry, options.communes) : []));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Follow the stored feature (an undo, another tab) while the officer has nothing unsaved.
  useEffect(() => {
    if (!live || !base || live.version === base.version || dirty || conflict || shapeProblems.length > 0) return;
    setBase(live);
    setGeometry(live.geometry);
    setValues(attributeFormValues(layerId, live.properties));
  }, [live, base, dirty, conflict, shapeProblems.length, layerId]);

  const accept = (record: WorkspaceFeatureRecord, message: string) => {
    setBase(record);
    setGeometry(record.geometry);
    setValues(attributeFormValues(layerId, record.properties));
    setDirty(false);
    setShapeProblems([]);
    setConflict(null);
    setNotice(message);
  };

  const write = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (reason) {
      setError(isEditConflict(reason) ? reason.message : `Chưa lưu được: ${storageErrorMessage(reason)}`);
    } finally {
      setBusy(false);
    }
  };

  const update = (on: WorkspaceFeatureRecord, changes: FeatureChanges, label: string, message: string) =>
    write(async () => {
      try {
        accept(await history.update(on, changes, label), message);
      } catch (reason) {
        if (!isEditConflict(reason)) throw reason;
        setConflict({ stored: reason.stored as WorkspaceFeatureRecord, attempted: reason.attempted as WorkspaceFeatureRecord, changes, label });
      }
    });

  const saveAttributes = () => {
    const checked = validateAttributes(layerId, values, base?.properties ?? {});
    setAttributeProblems(checked.problems);
    if (checked.problems.length > 0 || !geometry) return;
    const title = featureTitle(checked.properties);
    if (!base) {
      const problems = geometryProblems(layerId, geometry, options.communes);
      setShapeProblems(problems);
      if (problems.length > 0) return;
      void write(async () => {
        const record = await history.create(options.workspaceId, layerId, { geometry, properties: withComputedProperties(layerId, geometry, checked.properties) }, `Thêm “${title}”`);
        accept(record, `Đã thêm “${title}”.`);
        options.onCreated(record);
      });
      return;
    }
    void update(base, { properties: withComputedProperties(layerId, base.geometry, checked.properties) }, `Sửa thuộc tính “${title}”`, "Đã lưu thuộc tính.");
  };

  const editShape = async () => {
    if (!geometry || (geometry.type !== "Point" && geometry.type !== "LineString" && geometry.type !== "Polygon")) {
      setError("Hình nhiều phần chưa sửa được trên bản đồ; hãy xóa và vẽ lại, hoặc sửa trong phần mềm GIS rồi nhập lại.");
      return;
    }
    const reshaped = await options.reshape(geometry, options.snap);
    if (!reshaped) return;
    setGeometry(reshaped);
    const problems = geometryProblems(layerId, reshaped, options.communes);
    setShapeProblems(problems);
    if (problems.length > 0 || !base) return;
    const title = featureTitle(base.properties);
    void update(base, { geometry: reshaped, properties: withComputedProperties(layerId, reshaped, base.properties) }, `Sửa hình “${title}”`, "Đã lưu hình mới.");
  };

  const discardShape = () => {
    setShapeProblems([]);
    if (base) setGeometry(base.geometry);
    else options.onClose();
  };

  const remove = () => {
    if (!base) return options.onClose();
    void write(async () => {
      await history.remove(base, `Xóa “${featureTitle(base.properties)}”`);
      options.onClose();
    });
  };

  const keepMine = () => conflict && void update(conflict.stored, conflict.changes, conflict.label, "Đã lưu bản của bạn lên bản mới nhất.");
  const takeStored = () => conflict && accept(conflict.stored, "Đã lấy bản đã lưu.");

  const setValue = (key: string, value: string | boolean) => {
    setValues((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };

  return { base, values, setValue, attributeProblems, geometry, shapeProblems, conflict, busy, error, notice, saveAttributes, editShape, discardShape, remove, keepMine, takeStored };
}
