// Undo/redo of one editing session (Ctrl+Z / Ctrl+Y). Every step — the edit,
// its undo, its redo — is a new version written through the repository, so
// the outbox holds each of them and another tab sees each of them. An undo
// names the version this session last wrote: if the feature has changed since (in
// another tab), the repository refuses with an EditConflictError and nothing
// is written; the step stays on its stack. Steps run one after the other.

import type { Feature, Geometry } from "geojson";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import type { WorkspaceFeatureRecord } from "../../domain/workspace";
import type { FeatureChanges, WorkspaceFeatureRepository } from "../../store/layers/workspace-feature.repository";

interface FeatureState {
  geometry: Geometry;
  properties: Record<string, unknown>;
  deleted: boolean;
}

export interface HistoryStep {
  key: string;
  /** Vietnamese, e.g. "Thêm “Chốt A”", shown on the undo/redo buttons. */
  label: string;
  /** null: the step created the feature. */
  before: FeatureState | null;
  after: FeatureState;
}

type EditRepository = Pick<WorkspaceFeatureRepository, "create" | "update" | "remove" | "restore">;

const stateOf = (record: WorkspaceFeatureRecord): FeatureState => ({ geometry: record.geometry, properties: record.properties, deleted: record.deletedAt !== null });

export class EditHistory {
  private readonly undoSteps: HistoryStep[] = [];
  private readonly redoSteps: HistoryStep[] = [];
  private readonly listeners = new Set<() => void>();
  /** The version this session last wrote per feature: what an undo or redo is made on. */
  private readonly written = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: EditRepository,
    /** Who each write is recorded as, asked at the time of the write (the device profile may change meanwhile). */
    private readonly actorNow: () => string,
  ) {}

  private get actor(): string {
    return this.actorNow();
  }

  get nextUndo(): HistoryStep | undefined {
    return this.undoSteps[this.undoSteps.length - 1];
  }

  get nextRedo(): HistoryStep | undefined {
    return this.redoSteps[this.redoSteps.length - 1];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  create(workspaceId: string, layerId: BuiltInLayerId, feature: Pick<Feature, "geometry" | "properties">, label: string): Promise<WorkspaceFeatureRecord> {
    return this.run(async () => {
      const record = await this.repository.create(workspaceId, layerId, feature, this.actor);
      this.record({ key: record.key, label, before: null, after: stateOf(record) }, record);
      return record;
    });
  }

  /** Saves `changes` on the version the editor opened (`edited`). */
  update(edited: WorkspaceFeatureRecord, changes: FeatureChanges, label: string): Promise<WorkspaceFeatureRecord> {
    return this.run(async () => {
      const record = await this.repository.update(edited.key, edited.version, changes, this.actor);
      this.record({ key: record.key, label, before: stateOf(edited), after: stateOf(record) }, record);
      return record;
    });
  }

  remove(edited: WorkspaceFeatureRecord, label: string): Promise<WorkspaceFeatureRecord> {
    return this.run(async () => {
      const record = await this.repository.remove(edited.key, edited.version, this.actor);
      this.record({ key: record.key, label, before: stateOf(edited), after: stateOf(record) }, record);
      return record;
    });
  }

  restore(edited: WorkspaceFeatureRecord, label: string): Promise<WorkspaceFeatureRecord> {
    return this.run(async () => {
      const record = await this.repository.restore(edited.key, edited.version, this.actor);
      this.record({ key: record.key, label, before: stateOf(edited), after: stateOf(record) }, record);
      return record;
    });
  }

  /** Puts the feature of the last step back as it was before it; null when there is nothing to undo. */
  undo(): Promise<WorkspaceFeatureRecord | null> {
    return this.run(async () => {
      const step = this.nextUndo;
      if (!step) return null;
      const record = await this.moveTo(step, step.after, step.before);
      this.undoSteps.pop();
      this.redoSteps.push(step);
      this.written.set(step.key, record.version);
      this.changed();
      return record;
    });
  }

  redo(): Promise<WorkspaceFeatureRecord | null> {
    return this.run(async () => {
      const step = this.nextRedo;
      if (!step) return null;
      const record = await this.moveTo(step, step.before, step.after);
      this.redoSteps.pop();
      this.undoSteps.push(step);
      this.written.set(step.key, record.version);
      this.changed();
      return record;
    });
  }

  /** Writes the feature from state `from` (the version this session last wrote) to state `to` (null: not there). */
  private moveTo(step: HistoryStep, from: FeatureState | null, to: FeatureState | null): Promise<WorkspaceFeatureRecord> {
    const version = this.written.get(step.key) ?? 0;
    const wasThere = from !== null && !from.deleted;
    const willBeThere = to !== null && !to.deleted;
    if (wasThere && !willBeThere) return this.repository.remove(step.key, version, this.actor);
    if (!wasThere && willBeThere && from !== null && sameContent(from, to)) return this.repository.restore(step.key, version, this.actor);
    if (!wasThere && willBeThere) {
      // Back from "not created yet" (redo of a creation): restore, then the content it had.
      return this.repository.restore(step.key, version, this.actor).then((restored) =>
        sameContent(stateOf(restored), to) ? restored : this.repository.update(step.key, restored.version, { geometry: to.geometry, properties: to.properties }, this.actor),
      );
    }
    const target = to ?? from!;
    return this.repository.update(step.key, version, { geometry: target.geometry, properties: target.properties }, this.actor);
  }

  private record(step: HistoryStep, record: WorkspaceFeatureRecord): void {
    this.written.set(record.key, record.version);
    this.undoSteps.push(step);
    this.redoSteps.length = 0;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function sameContent(a: FeatureState, b: FeatureState): boolean {
  return JSON.stringify(a.geometry) === JSON.stringify(b.geometry) && JSON.stringify(a.properties) === JSON.stringify(b.properties);
}
