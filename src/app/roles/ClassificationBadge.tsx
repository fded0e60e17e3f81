// The mark shown next to classified data on screen ("MẬT", "TỐI MẬT"); Thường shows nothing.

import { classificationLabel, classificationMark, type Classification } from "../../domain/classification";
import "./roles.css";

export function ClassificationBadge({ classification }: { classification: Classification }) {
  const mark = classificationMark(classification);
  if (!mark) return null;
  return (
    <span className={`classification-badge ${classification}`} title={`Độ mật: ${classificationLabel(classification)}`} data-testid="classification-badge">
      {mark}
    </span>
  );
}
