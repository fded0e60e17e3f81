// Why layer features the provincial server sent are not on the map yet: no
// workspace on this device holds their commune (the open one is the sample,
// or a border station has not opened that commune). They are kept on the
// device and move into the commune's workspace as soon as it is created.

import { appDatabase, useLiveData } from "../workspace";
import { heldCountsByCommune } from "../../store/layers/held-layer-features";

export function HeldFeaturesNote() {
  const counts = useLiveData(() => heldCountsByCommune(appDatabase), []).data;
  if (!counts || counts.size === 0) return null;
  return (
    <section aria-label="Dữ liệu chờ vùng làm việc">
      <h3>Dữ liệu chờ vùng làm việc</h3>
      <ul>
        {[...counts].map(([code, count]) => (
          <li key={code}>
            {count.toLocaleString("vi-VN")} đối tượng lớp bản đồ của xã mã {code} đã nhận từ máy chủ tỉnh nhưng máy này chưa có vùng làm việc của xã đó, nên chưa hiện trên bản đồ (vùng làm việc mẫu hay của xã khác không nhận dữ liệu này).
          </li>
        ))}
      </ul>
      <p className="muted">Dữ liệu vẫn được giữ trên máy: vào “Xã / phường”, chọn xã đó (hoặc các xã của đồn) để mở vùng làm việc, các đối tượng sẽ tự chuyển vào.</p>
    </section>
  );
}
