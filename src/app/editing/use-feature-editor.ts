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
import { describeNormalization, normalizeGeometry } from "../../geo/normalize";
import type { EditableGeometry } from "../../map/drawing/edit-geometry";
import type { SnapPosition } from "../../map/drawing/terra-draw-snapping";
import { isEditConflict } from "../../store/edit-conflict";
import type { FeatureChanges } from "../../store/layers/workspace-feature.repository";
import { storageErrorMessage } from "../workspace";
import type { EditHistory } from "./edit-history";
import { featureTitle } from "./feature-title";
import { geometryProblems, withComputedProperties } from "../../geo/shapes/layer-geometry-checks";

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

  /** A stored feature's shape changed here (reshaped and refused, or repaired) but not saved. */
  const shapePending = base !== null && geometry !== null && geometry !== base.geometry;

  // Follow the stored feature (an undo, another tab) while the officer has nothing unsaved.
  useEffect(() => {
    if (!live || !base || live.version === base.version || dirty || conflict || shapePending) return;
    setBase(live);
    setGeometry(live.geometry);
    setValues(attributeFormValues(layerId, live.properties));
  }, [live, base, dirty, conflict, shapePending, layerId]);

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
    if (shapePending && shapeProblems.length > 0) {
      setError("Hình đang sửa còn lỗi: hãy sửa hoặc bỏ hình trước khi lưu thuộc tính.");
      return;
    }
    // A shape shown but not saved yet (a repair) goes with the attributes, never lost by them.
    const shape = shapePending ? geometry : base.geometry;
    const changes = shapePending ? { geometry: shape, properties: withComputedProperties(layerId, shape, checked.properties) } : { properties: withComputedProperties(layerId, shape, checked.properties) };
    void update(base, changes, `Sửa thuộc tính “${title}”`, "Đã lưu thuộc tính.");
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

  /** "Sửa hình tự động": the Clipper2 repair of src/geo/normalize, shown and said, saved only when the officer saves. */
  const repairShape = () => {
    if (!geometry) return;
    const { geometry: repaired, report } = normalizeGeometry(geometry);
    if (!repaired) {
      setError("Sau khi sửa, hình không còn diện tích: hãy vẽ lại.");
      return;
    }
    setGeometry(repaired);
    setShapeProblems(geometryProblems(layerId, repaired, options.communes));
    setNotice(`${describeNormalization(report)} Hình đã sửa chưa được lưu: xem lại rồi bấm “${base ? "Lưu hình" : "Lưu đối tượng"}”.`);
  };

  /** Saves the shape shown (after a repair) when nothing is wrong with it any more. */
  const saveShape = () => {
    if (!base || !geometry) return;
    const problems = geometryProblems(layerId, geometry, options.communes);
    setShapeProblems(problems);
    if (problems.length > 0) return;
    void update(base, { geometry, properties: withComputedProperties(layerId, geometry, base.properties) }, `Sửa hình “${featureTitle(base.properties)}”`, "Đã lưu hình mới.");
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

  return {
    base,
    values,
    setValue,
    attributeProblems,
    geometry,
    shapeProblems,
    shapePending,
    conflict,
    busy,
    error,
    notice,
    saveAttributes,
    editShape,
    repairShape,
    saveShape,
    discardShape,
    remove,
    keepMine,
    takeStored,
  };
}
