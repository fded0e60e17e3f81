// The độ mật of the open workspace's operational layers, live (one liveQuery
// per reader), and the one function exports and prints use to read the mark
// of any layer: an operational layer from its workspace row, an imported layer
// from its own record.

import type { Classification } from "../../domain/classification";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { LayerClassificationRepository } from "../../store/classification/layer-classification.repository";
import { appDatabase, useLiveData } from "../workspace";

export const layerClassifications = new LayerClassificationRepository(appDatabase);

const NONE: ReadonlyMap<BuiltInLayerId, Classification> = new Map();

export function useLayerClassifications(workspaceId: string): ReadonlyMap<string, Classification> {
  return useLiveData(() => layerClassifications.ofWorkspace(workspaceId), [workspaceId]).data ?? NONE;
}
