// The editing session's history for the open workspace (one per workspace and
// tab, kept while the tab lives), with the labels of the next undo and redo
// for the buttons, live.

import { useSyncExternalStore } from "react";
import { workspaceFeatures } from "../workspace";
import { currentActor } from "../roles";
import { EditHistory, type HistoryStep } from "./edit-history";


const histories = new Map<string, EditHistory>();

export function editHistoryOf(workspaceId: string): EditHistory {
  let history = histories.get(workspaceId);
  if (!history) {
    history = new EditHistory(workspaceFeatures, currentActor);
    histories.set(workspaceId, history);
  }
  return history;
}

export interface EditHistoryState {
  history: EditHistory;
  nextUndo: HistoryStep | undefined;
  nextRedo: HistoryStep | undefined;
}

export function useEditHistory(workspaceId: string): EditHistoryState {
  const history = editHistoryOf(workspaceId);
  const nextUndo = useSyncExternalStore(history.subscribe, () => history.nextUndo);
  const nextRedo = useSyncExternalStore(history.subscribe, () => history.nextRedo);
  return { history, nextUndo, nextRedo };
}
