// Settings of the incidents feature (IndexedDB table `incidentSettings`,
// schema v3, one row): the configurable category list (seeded from
// DOMAIN.md §3), early-warning distances, and `officerName` — kept for old
// rows only: who made a change now comes from the device profile
// (store/profile/device-profile.repository.ts).

import type { AppDatabase } from "../database";
import { DEFAULT_INCIDENT_CATEGORIES, type Category } from "../../domain/incident-categories";
import { nowIso } from "../ids";

export interface IncidentSettings {
  id: "incident-settings";
  categories: Category[];
  hotspotProximityMetres: number;
  recentDays: number;
  borderBeltMetres: number;
  officerName: string;
  updatedAt: string;
}

export function defaultIncidentSettings(): IncidentSettings {
  return {
    id: "incident-settings",
    categories: DEFAULT_INCIDENT_CATEGORIES.map((category) => ({ ...category })),
    hotspotProximityMetres: 500,
    recentDays: 30,
    borderBeltMetres: 1_000,
    officerName: "Cán bộ Công an xã",
    updatedAt: nowIso(),
  };
}

export class IncidentSettingsRepository {
  constructor(private readonly database: AppDatabase) {}

  private table() {
    return this.database.table<IncidentSettings, string>("incidentSettings");
  }

  async load(): Promise<IncidentSettings> {
    const stored = await this.table().get("incident-settings");
    return stored ? { ...defaultIncidentSettings(), ...stored } : defaultIncidentSettings();
  }

  async save(changes: Partial<Omit<IncidentSettings, "id" | "updatedAt">>): Promise<IncidentSettings> {
    const next: IncidentSettings = { ...(await this.load()), ...changes, updatedAt: nowIso() };
    await this.table().put(next);
    return next;
  }
}
