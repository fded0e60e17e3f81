// The app's single database connection and the repositories over it.

import { AppDatabase } from "../../store/database";
import { ImportedLayerRepository } from "../../store/layers/imported-layer.repository";
import { LayerSettingsRepository } from "../../store/layers/layer-settings.repository";
import { WorkspaceFeatureRepository } from "../../store/layers/workspace-feature.repository";
import { WorkspaceRepository } from "../../store/layers/workspace.repository";

export const appDatabase = new AppDatabase();
export const importedLayers = new ImportedLayerRepository(appDatabase);
export const layerSettings = new LayerSettingsRepository(appDatabase);
export const workspaces = new WorkspaceRepository(appDatabase);
export const workspaceFeatures = new WorkspaceFeatureRepository(appDatabase);
