// Unsaved incident forms (IndexedDB table `incidentDrafts`, schema v3), saved
// as the officer types so a reload, a crash or a flat battery mid-typing loses
// nothing. Key "new" for a record being created, the incident id for an edit.
// Photos picked but not yet saved are kept as Blobs too.

import type { AppDatabase } from "../database";
import type { IncidentFields } from "../../domain/incident";
import type { NewAttachment } from "./attachment.repository";
import { nowIso } from "../ids";

export const NEW_INCIDENT_DRAFT = "new";

export interface IncidentDraftRecord {
  id: string;
  /** The coordinate text as typed (it may not parse yet). */
  coordinateText: string;
  fields: Partial<IncidentFields>;
  photos: NewAttachment[];
  updatedAt: string;
}

export class DraftRepository {
  constructor(private readonly database: AppDatabase) {}

  private table() {
    return this.database.table<IncidentDraftRecord, string>("incidentDrafts");
  }

  get(id: string): Promise<IncidentDraftRecord | undefined> {
    return this.table().get(id);
  }

  async save(draft: Omit<IncidentDraftRecord, "updatedAt">): Promise<void> {
    await this.table().put({ ...draft, updatedAt: nowIso() });
  }

  async discard(id: string): Promise<void> {
    await this.table().delete(id);
  }
}
