// Types for tests that import the data generator (plain ESM JS).
import type { Feature, FeatureCollection } from "geojson";

export declare const LAYER_IDS: readonly string[];
export declare function buildVuQuangLayers(borderExtract: FeatureCollection): Record<string, Feature[]>;
/** Output text keyed by path relative to the project root, e.g. "data/vu-quang/commune.geojson". */
export declare function renderVuQuangFiles(borderExtract: FeatureCollection): Record<string, string>;
export declare function renderBasemapFiles(): Record<string, string>;
