// Types for the standalone validators that scripts/build.mjs generates into validators.generated.js.
import type { ValidateFunction } from 'ajv';

export const plan: ValidateFunction;
export const council: ValidateFunction;
export const config: ValidateFunction;
export const matrix: ValidateFunction;
