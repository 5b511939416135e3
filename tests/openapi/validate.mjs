// Validates an OpenAPI document with @apidevtools/swagger-parser (schema and
// semantics, $refs resolved); prints what it found and exits 1 if invalid.
// usage: node validate.mjs FILE
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
try {
    const api = await SwaggerParser.validate(file);
    console.log(`valid OpenAPI ${api.openapi}: ${Object.keys(api.paths).length} paths`);
} catch (err) {
    console.error(`invalid: ${err.message}`);
    process.exit(1);
}
