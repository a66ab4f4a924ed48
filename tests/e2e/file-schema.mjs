// The file format's published JSON Schema (schema/smarketing.schema.json), compiled once for
// the journeys that check an exported file against it.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../../schema/smarketing.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** Whether `file` (parsed JSON) follows the schema; its `errors` say where it does not. */
export const validate = ajv.compile(schema);
