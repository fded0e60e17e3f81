// The app's single database connection and the repositories over it.

import { AppDatabase } from "../../store/database";
import { ImportedLayerRepository } from "../../store/imported-layer.repository";
import { LayerSettingsRepository } from "../../store/layer-settings.repository";

export const appDatabase = new AppDatabase();
export const importedLayers = new ImportedLayerRepository(appDatabase);
export const layerSettings = new LayerSettingsRepository(appDatabase);
