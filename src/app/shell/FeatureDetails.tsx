// The attribute panel of the feature the user clicked. Values are rendered as
// React text nodes, so a name like `<img onerror=…>` is shown, never run.

import { attributeLabel, featureTitle, formatAttributeValue } from "../../domain/attribute-labels";
import type { FeatureSelection } from "../../map/map-controller";
import { CoordinateSelectionDetails } from "./CoordinateSelectionDetails";

interface Props {
  selection: FeatureSelection;
  layerName: string;
  onClose: () => void;
}

const HIDDEN_KEYS = new Set(["sample"]);

export function FeatureDetails({ selection, layerName, onClose }: Props) {
  const entries = Object.entries(selection.properties).filter(([key]) => !HIDDEN_KEYS.has(key));
  const title = featureTitle(selection.properties);
  return (
    <aside className="feature-details" aria-label="Thông tin đối tượng">
      <header>
        <div>
          <div className="feature-layer">{layerName}</div>
          <h2>{title ?? "Đối tượng không tên"}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Đóng thông tin đối tượng">
          ×
        </button>
      </header>
      {Object.hasOwn(selection.properties, "sample") && selection.properties.sample === true && <p className="sample-tag">Dữ liệu mẫu – không phải vị trí thật</p>}
      <table>
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{attributeLabel(key)}</th>
              <td>{formatAttributeValue(key, value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CoordinateSelectionDetails selection={selection} />
    </aside>
  );
}
