// The benchmark plan's five rules (bench/rules/bench/bench-2020.lua) as a JDM
// graph (bench.jdm.json) evaluated by @gorules/zen-engine behind node:http:
// POST /check with an enterprise as JSON, the decision's result as JSON.
// What a Node.js user would run instead of plancheck serve (bench/serve.sh).
//   node server.mjs PORT
import http from "node:http";
import { readFileSync } from "node:fs";
import { ZenEngine } from "@gorules/zen-engine";

const port = Number(process.argv[2] || 8090);
const engine = new ZenEngine();
const decision = engine.createDecision(readFileSync(new URL("./bench.jdm.json", import.meta.url)));

const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end('{"status":"ok"}');
        return;
    }
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
        try {
            const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            const out = await decision.evaluate(input);
            const body = JSON.stringify(out.result);
            res.writeHead(200, { "Content-Type": "application/json" });
            res.end(body);
        } catch (err) {
            res.writeHead(422, { "Content-Type": "application/problem+json" });
            res.end(JSON.stringify({ title: "Unprocessable Content", status: 422, detail: String(err) }));
        }
    });
});
server.keepAliveTimeout = 60000;
server.listen(port, "127.0.0.1", () => console.error(`zen: serving http://127.0.0.1:${server.address().port}/`));
