import type { Linter } from 'eslint';

/** Every folder of src/ and the folders it may import (see eslint.config.js). */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
declare const config: Linter.Config[];
export default config;
