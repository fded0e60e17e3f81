// A position written in every coordinate system the officer may need —
// WGS84 decimal and DMS, VN-2000 (the chosen province's 3° zone, UTM) and MGRS — each with
// a copy button. The copied text can be pasted back into "Tọa độ".

import { useState } from "react";
import type { LonLat } from "../../domain/coordinate-systems";
import { useVn2000Province } from "../workspace";
import { systemLabel } from "./vn2000-system-label";
import { formatAllCoordinates } from "../../geo/coordinates/format-coordinates";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure context): the old way.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

export function CoordinateReadout({ position, title = "Tọa độ" }: { position: LonLat; title?: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const province = useVn2000Province();
  const rows = formatAllCoordinates(position, province.centralMeridian);
  return (
    <section className="coordinate-readout" aria-label={title}>
      <table>
        <tbody>
          {rows.map((row) => {
            const label = systemLabel(row.system, province);
            return (
              <tr key={row.system}>
                <th scope="row">{label}</th>
                <td>
                  <code>{row.text}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="coordinate-copy"
                    aria-label={`Sao chép tọa độ ${label}`}
                    onClick={() => void copyText(row.text).then((ok) => setCopied(ok ? label : null))}
                  >
                    Sao chép
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="coordinate-copied" role="status">
        {copied ? `Đã sao chép tọa độ ${copied}.` : ""}
      </p>
    </section>
  );
}
