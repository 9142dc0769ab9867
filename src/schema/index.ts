export * from "./analysis.js";
export * from "./discourse.js";
export * from "./entities.js";
export * from "./normalize.js";
export * from "./quantity.js";
export * from "./sections.js";
export * from "./span.js";
export * from "./time.js";
export { SCHEMA_VERSION } from "./version.js";
