// The collections the server publishes: one per kind of record the app keeps.
// Incidents, the operational layers (one per layer id of the app's catalog),
// drills, marker inspections and patrols are rows of `features`; photos are
// the `attachments` collection (metadata items, binary content beside them).

import { LAYER_CATALOG, type GeometryKind } from "../../../src/domain/layer-catalog";
import { INCIDENT_COLLECTION } from "../../../src/domain/incident-ogc-feature";

export interface CollectionDefinition {
  id: string;
  title: string;
  description: string;
  /** GeoJSON geometry types accepted on write; empty = no geometry (null). */
  geometryTypes: readonly string[];
  /** Property holding the item's time for the `datetime` filter. */
  temporalProperty?: string;
  /** Attachments are stored in their own table. */
  storage: "features" | "attachments";
}

export const ATTACHMENT_COLLECTION = "attachments";

const GEOMETRY_TYPES: Record<GeometryKind, readonly string[]> = {
  point: ["Point", "MultiPoint"],
  line: ["LineString", "MultiLineString"],
  polygon: ["Polygon", "MultiPolygon"],
};

export const COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: INCIDENT_COLLECTION,
    title: "Vụ việc, điểm nóng ANTT",
    description: "Vụ việc và điểm nóng an ninh trật tự do Công an xã ghi nhận.",
    geometryTypes: ["Point"],
    temporalProperty: "occurredAt",
    storage: "features",
  },
  ...LAYER_CATALOG.map((layer): CollectionDefinition => ({
    id: layer.id,
    title: layer.name,
    description: `Lớp bản đồ "${layer.name}" (${layer.englishName}).`,
    geometryTypes: GEOMETRY_TYPES[layer.geometry],
    storage: "features",
  })),
  {
    id: "drills",
    title: "Kế hoạch diễn tập",
    description: "Kế hoạch diễn tập của Ban CHQS xã; hình học là khu vực diễn tập.",
    geometryTypes: ["Point", "LineString", "Polygon", "MultiPolygon", "GeometryCollection"],
    temporalProperty: "date",
    storage: "features",
  },
  {
    id: "marker-inspections",
    title: "Kiểm tra cột mốc",
    description: "Các lần kiểm tra tình trạng cột mốc biên giới.",
    geometryTypes: ["Point"],
    temporalProperty: "date",
    storage: "features",
  },
  {
    id: "patrols",
    title: "Tuần tra biên giới",
    description: "Nhật ký tuần tra chung giữa xã và Đồn Biên phòng, kèm vết GPS.",
    geometryTypes: ["LineString", "MultiLineString"],
    temporalProperty: "date",
    storage: "features",
  },
  {
    id: ATTACHMENT_COLLECTION,
    title: "Ảnh đính kèm",
    description: "Ảnh đính kèm vụ việc và lượt kiểm tra cột mốc: mỗi ảnh là một mục, nội dung nhị phân tại liên kết enclosure.",
    geometryTypes: [],
    storage: "attachments",
  },
];

const BY_ID = new Map(COLLECTIONS.map((collection) => [collection.id, collection]));

export function findCollection(id: string): CollectionDefinition | undefined {
  return BY_ID.get(id);
}
