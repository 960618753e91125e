/** Types of layers.mjs (plain JavaScript so eslint.config.mjs can load it). */
export type LayerZone = { target: string | string[]; from: string | string[]; except?: string[]; message?: string };
export declare const pureModules: string[];
export declare const testFiles: string[];
export declare const layerZones: LayerZone[];
