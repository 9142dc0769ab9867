// Writes the JSON Schema of every public result shape into dist/, generated from the zod schemas
// (the single source of truth), so that consumers in other languages can validate bantin's output.
// One document: every shape under $defs, the Analysis as the root.
//
// Versioning policy (see README): within a major schemaVersion, new fields may appear in any object
// (a minor version). So the published schema leaves objects open (no `additionalProperties: false`):
// a validator built from schema 1.x must accept the output of any later 1.y.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import * as bantin from "../dist/index.js";

const generated = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/$defs/${id}` });
/** Removes `additionalProperties: false` everywhere, keeping typed catch-alls (records). */
function open(node) {
  if (Array.isArray(node)) return node.map(open);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "additionalProperties" && v === false) continue;
    out[k] = open(v);
  }
  return out;
}
const defs = {};
for (const [id, s] of Object.entries(generated.schemas)) {
  const { $schema: _s, $id: _i, ...rest } = s;
  defs[id] = open(rest);
}
for (const root of ["Analysis", "NormalizeResult", "DecodeResult", "FoldResult"]) {
  if (!defs[root]) throw new Error(`schema ${root} is missing from the registry`);
}
const doc = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://unpkg.com/bantin/dist/bantin.schema.json",
  title: "bantin Analysis",
  description: `Result shapes of bantin, schemaVersion ${bantin.SCHEMA_VERSION}. The root is the Analysis; every other shape is under $defs.`,
  $ref: "#/$defs/Analysis",
  $defs: defs,
};
writeFileSync(
  new URL("../dist/bantin.schema.json", import.meta.url),
  `${JSON.stringify(doc, null, 2)}\n`,
);
console.log(`wrote dist/bantin.schema.json (${Object.keys(defs).length} shapes)`);
