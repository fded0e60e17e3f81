// History and photos of the record shown in the details panel, read from
// IndexedDB whenever the record's version changes. Photo object URLs are
// revoked when no longer shown.

import { useEffect, useState } from "react";
import type { IncidentRecord } from "../../domain/incident";
import type { IncidentHistoryRecord } from "../../domain/incident-history";
import { incidentAttachments, incidentRepository } from "../workspace";

export interface ShownPhoto {
  id: string;
  fileName: string;
  url: string;
}

export function useIncidentDetails(record: IncidentRecord | null) {
  const [history, setHistory] = useState<IncidentHistoryRecord[]>([]);
  const [photos, setPhotos] = useState<ShownPhoto[]>([]);

  useEffect(() => {
    if (!record) return;
    let cancelled = false;
    const urls: string[] = [];
    void Promise.all([incidentRepository.history(record.id), incidentAttachments.forIncident(record.id)]).then(([entries, attachments]) => {
      if (cancelled) return;
      setHistory(entries.reverse());
      setPhotos(
        attachments.map((attachment) => {
          const url = URL.createObjectURL(attachment.blob);
          urls.push(url);
          return { id: attachment.id, fileName: attachment.fileName, url };
        }),
      );
    });
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [record?.id, record?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  return { history, photos };
}
