/**
 * Version of the JSON result shape. Bumped on any change a consumer could notice: major for removed
 * or retyped fields, minor for added ones.
 */
export const SCHEMA_VERSION = "2.0.0";
