// Validates an OpenAPI document with @apidevtools/swagger-parser (schema and
// semantics, every $ref resolved, the JSON Schemas of docs/schema/ it refers
// to included); prints what it found and exits 1 if invalid.
// usage: node validate.mjs FILE|URL  (a URL: the test server, on loopback,
// which the resolver refuses unless told)
import SwaggerParser from "@apidevtools/swagger-parser";

const doc = process.argv[2];
try {
    const api = await SwaggerParser.validate(doc, {resolve: {http: {safeUrlResolver: false}}});
    console.log(`valid OpenAPI ${api.openapi}: ${Object.keys(api.paths).length} paths`);
} catch (err) {
    console.error(`invalid: ${err.message}`);
    process.exit(1);
}
