// The incidents feature's repositories over the app's single database connection
// (module singletons, imported by the use-incident-* hooks).

import { appDatabase } from "./app-database";
import { AttachmentRepository } from "../../store/incidents/attachment.repository";
import { DraftRepository } from "../../store/incidents/draft.repository";
import { IncidentRepository } from "../../store/incidents/incident.repository";
import { IncidentSettingsRepository } from "../../store/incidents/incident-settings.repository";
import { OutboxRepository } from "../../store/outbox.repository";

export const incidentRepository = new IncidentRepository(appDatabase);
export const incidentOutbox = new OutboxRepository(appDatabase);
export const incidentAttachments = new AttachmentRepository(appDatabase);
export const incidentDrafts = new DraftRepository(appDatabase);
export const incidentSettingsRepository = new IncidentSettingsRepository(appDatabase);
