// Incident records and settings in memory, loaded once from IndexedDB; every
// action writes to IndexedDB first (record + history + outbox in one
// transaction) and updates the in-memory list after, so what the officer
// sees has always been saved. Failures come back as Vietnamese messages.

import { useCallback, useEffect, useState } from "react";
import type { IncidentRecord } from "../../domain/incident";
import type { IncidentStatus } from "../../domain/incident-lifecycle";
import type { NewAttachment } from "../../store/attachment.repository";
import { IncidentStoreError, type IncidentChanges, type IncidentInput } from "../../store/incident.repository";
import { defaultIncidentSettings, type IncidentSettings } from "../../store/incident-settings.repository";
import { incidentOutbox, incidentRepository, incidentSettingsRepository, storageErrorMessage } from "../workspace";

export function incidentErrorMessage(error: unknown): string {
  if (error instanceof IncidentStoreError) return error.message;
  const name = error instanceof Error ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") {
    return "Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Các vụ việc đã lưu vẫn còn nguyên; hãy giải phóng bộ nhớ rồi lưu lại.";
  }
  return storageErrorMessage(error);
}

function upsert(records: IncidentRecord[] | null, record: IncidentRecord): IncidentRecord[] {
  const list = records ?? [];
  const index = list.findIndex((existing) => existing.id === record.id);
  if (index < 0) return [...list, record];
  const next = list.slice();
  next[index] = record;
  return next;
}

export function useIncidentRecords() {
  const [records, setRecords] = useState<IncidentRecord[] | null>(null);
  const [settings, setSettings] = useState<IncidentSettings>(defaultIncidentSettings);
  const [pendingOutbox, setPendingOutbox] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([incidentRepository.list(), incidentSettingsRepository.load(), incidentOutbox.countPending()])
      .then(([list, loadedSettings, pending]) => {
        if (cancelled) return;
        setRecords(list);
        setSettings(loadedSettings);
        setPendingOutbox(pending);
      })
      .catch((error: unknown) => !cancelled && setLoadError(`Không đọc được danh sách vụ việc: ${incidentErrorMessage(error)}`));
    return () => {
      cancelled = true;
    };
  }, []);

  const run = useCallback(async (write: () => Promise<IncidentRecord>): Promise<IncidentRecord> => {
    try {
      const record = await write();
      setRecords((current) => upsert(current, record));
      setPendingOutbox(await incidentOutbox.countPending());
      return record;
    } catch (error) {
      throw new Error(incidentErrorMessage(error));
    }
  }, []);

  const actor = settings.officerName;
  const create = useCallback((input: IncidentInput, photos: NewAttachment[]) => run(() => incidentRepository.create(input, actor, photos)), [run, actor]);
  const update = useCallback((id: string, changes: IncidentChanges) => run(() => incidentRepository.update(id, changes, actor)), [run, actor]);
  const changeStatus = useCallback((id: string, status: IncidentStatus) => run(() => incidentRepository.changeStatus(id, status, actor)), [run, actor]);
  const attach = useCallback((id: string, photos: NewAttachment[]) => run(() => incidentRepository.attach(id, photos, actor)), [run, actor]);
  const remove = useCallback((id: string) => run(() => incidentRepository.softDelete(id, actor)), [run, actor]);
  const restore = useCallback((id: string) => run(() => incidentRepository.restore(id, actor)), [run, actor]);

  const saveSettings = useCallback(async (changes: Partial<Omit<IncidentSettings, "id" | "updatedAt">>) => {
    setSettings(await incidentSettingsRepository.save(changes));
  }, []);

  return { records, settings, pendingOutbox, loadError, create, update, changeStatus, attach, remove, restore, saveSettings };
}

export type IncidentRecordsApi = ReturnType<typeof useIncidentRecords>;
