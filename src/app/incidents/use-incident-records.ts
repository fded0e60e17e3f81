// Incident records, settings and the outbox count, live from IndexedDB: every
// action only writes (record + history + outbox in one transaction) and the
// views follow the stored data, so what the officer sees has always been
// saved — also when it was written in another tab. Failures come back as
// Vietnamese messages.

import { useCallback } from "react";
import type { IncidentRecord } from "../../domain/incident";
import type { IncidentStatus } from "../../domain/incident-lifecycle";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import { IncidentStoreError, type IncidentChanges, type IncidentInput } from "../../store/incidents/incident.repository";
import { EditConflictError } from "../../store/edit-conflict";
import { defaultIncidentSettings, type IncidentSettings } from "../../store/incidents/incident-settings.repository";
import { incidentOutbox, incidentRepository, incidentSettingsRepository, storageErrorMessage, useLiveData, useLiveIncidents } from "../workspace";
import { usePermissions } from "../roles";

export function incidentErrorMessage(error: unknown): string {
  if (error instanceof IncidentStoreError) return error.message;
  const name = error instanceof Error ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") {
    return "Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Các vụ việc đã lưu vẫn còn nguyên; hãy giải phóng bộ nhớ rồi lưu lại.";
  }
  return storageErrorMessage(error);
}

const DEFAULT_SETTINGS = defaultIncidentSettings();

export function useIncidentRecords() {
  const live = useLiveIncidents();
  const storedSettings = useLiveData(() => incidentSettingsRepository.load(), []);
  const pending = useLiveData(() => incidentOutbox.countPending(), []);
  const settings = storedSettings.data ?? DEFAULT_SETTINGS;
  const failure = live.error ?? storedSettings.error ?? pending.error;
  const loadError = failure ? `Không đọc được danh sách vụ việc: ${incidentErrorMessage(failure)}` : null;

  const run = useCallback(async (write: () => Promise<IncidentRecord>): Promise<IncidentRecord> => {
    try {
      return await write();
    } catch (error) {
      // A conflict carries both versions for the form to show: pass it on as it is.
      if (error instanceof EditConflictError) throw error;
      throw new Error(incidentErrorMessage(error));
    }
  }, []);

  // Who the change is recorded as: the device profile's user and role (app/roles).
  const { actor } = usePermissions();
  const create = useCallback((input: IncidentInput, photos: NewAttachment[]) => run(() => incidentRepository.create(input, actor, photos)), [run, actor]);
  /** An edit from a form opened on `baseVersion`: a newer stored record is an EditConflictError, never overwritten. */
  const update = useCallback(
    (id: string, changes: IncidentChanges, baseVersion: number) => run(() => incidentRepository.update(id, changes, actor, baseVersion)),
    [run, actor],
  );
  const changeStatus = useCallback((id: string, status: IncidentStatus) => run(() => incidentRepository.changeStatus(id, status, actor)), [run, actor]);
  const attach = useCallback((id: string, photos: NewAttachment[]) => run(() => incidentRepository.attach(id, photos, actor)), [run, actor]);
  const remove = useCallback((id: string) => run(() => incidentRepository.softDelete(id, actor)), [run, actor]);
  const restore = useCallback((id: string) => run(() => incidentRepository.restore(id, actor)), [run, actor]);

  const saveSettings = useCallback(async (changes: Partial<Omit<IncidentSettings, "id" | "updatedAt">>) => {
    await incidentSettingsRepository.save(changes);
  }, []);

  return { records: live.rows, settings, pendingOutbox: pending.data ?? 0, loadError, create, update, changeStatus, attach, remove, restore, saveSettings };
}

export type IncidentRecordsApi = ReturnType<typeof useIncidentRecords>;
