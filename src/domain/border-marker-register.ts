// The border-marker register ("sổ theo dõi cột mốc"): the sample marker layer
// gives each marker's number, type and responsible team; inspection records
// (from the register or from patrols) give its latest condition and date.
// An inspection is overdue when the last one is older than the configured
// interval, or when the marker was never inspected.

export type MarkerCondition = "tot" | "hu-hong" | "mat" | "bi-che-lap";

export const MARKER_CONDITIONS: readonly { id: MarkerCondition; label: string }[] = [
  { id: "tot", label: "Tốt" },
  { id: "hu-hong", label: "Hư hỏng" },
  { id: "mat", label: "Mất" },
  { id: "bi-che-lap", label: "Bị che lấp" },
];

export const MARKER_TYPES: Record<string, string> = { chinh: "Mốc chính", phu: "Mốc phụ" };

export const DEFAULT_INSPECTION_INTERVAL_DAYS = 30;

export function conditionLabel(condition: string): string {
  return MARKER_CONDITIONS.find((candidate) => candidate.id === condition)?.label ?? condition;
}

/** One inspection of one marker, stored in IndexedDB (markerInspections). */
export interface MarkerInspection {
  id: string;
  markerId: string;
  /** YYYY-MM-DD */
  date: string;
  inspector: string;
  condition: MarkerCondition;
  responsibleTeam: string;
  notes: string;
  /** ids of photos in borderAttachments */
  photoIds: string[];
  /** Set when the inspection came from a patrol log. */
  patrolId?: string;
  /** Where the inspector stood ("Lấy vị trí hiện tại"), with the GPS accuracy in metres. */
  position?: { lon: number; lat: number; accuracyMetres: number };
  updatedAt: string;
  revisions: string[];
  /** Who recorded it (device profile: "name (role)"); absent on records from before roles. */
  updatedBy?: string;
}

/** What the sample layer says about a marker (sample-data-contract "border-marker"). */
export interface MarkerBase {
  id: string;
  number: number;
  label: string;
  markerType: string;
  condition: string;
  lastInspected: string;
  responsibleTeam: string;
  lon: number;
  lat: number;
}

export interface MarkerRegisterEntry extends MarkerBase {
  lastInspector: string;
  inspectionCount: number;
  overdue: boolean;
  daysSinceInspection: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

/** Days between an inspection date and today (both YYYY-MM-DD), or null when the date is unknown. */
export function daysBetween(fromDate: string, today: string): number | null {
  const from = dayNumber(fromDate);
  const to = dayNumber(today);
  return from === null || to === null ? null : to - from;
}

export function isOverdue(lastInspected: string, today: string, intervalDays: number): boolean {
  const days = daysBetween(lastInspected, today);
  return days === null || days > intervalDays;
}

/** A marker checked during a patrol: it counts as an inspection date, without a condition. */
export interface MarkerCheck {
  markerId: string;
  date: string;
  inspector: string;
}

function latestBy<T extends { date: string }>(items: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const item of items) if (!latest || item.date >= latest.date) latest = item;
  return latest;
}

export function buildRegister(
  markers: readonly MarkerBase[],
  inspections: readonly MarkerInspection[],
  today: string,
  intervalDays: number,
  patrolChecks: readonly MarkerCheck[] = [],
): MarkerRegisterEntry[] {
  return [...markers]
    .sort((a, b) => a.number - b.number)
    .map((marker) => {
      const own = inspections.filter((inspection) => inspection.markerId === marker.id);
      const ordered = [...own].sort((a, b) => a.date.localeCompare(b.date) || a.updatedAt.localeCompare(b.updatedAt));
      const inspection = ordered.at(-1);
      const check = latestBy(patrolChecks.filter((candidate) => candidate.markerId === marker.id));
      const withCondition = inspection !== undefined && inspection.date >= marker.lastInspected;
      let lastInspected = withCondition ? inspection.date : marker.lastInspected;
      let lastInspector = withCondition ? inspection.inspector : "";
      if (check && check.date > lastInspected) {
        lastInspected = check.date;
        lastInspector = check.inspector;
      }
      return {
        ...marker,
        condition: withCondition ? inspection.condition : marker.condition,
        responsibleTeam: withCondition && inspection.responsibleTeam ? inspection.responsibleTeam : marker.responsibleTeam,
        lastInspected,
        lastInspector,
        inspectionCount: own.length,
        overdue: isOverdue(lastInspected, today, intervalDays),
        daysSinceInspection: daysBetween(lastInspected, today),
      };
    });
}
