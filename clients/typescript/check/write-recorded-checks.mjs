// Turns every recorded Delivery API response into a TypeScript module that assigns the JSON, as an object
// literal, to the generated types: literal types ("contentType": "factBox") and excess-property checks then
// apply, which importing the .json with resolveJsonModule would lose (it widens strings).
// Usage: node write-recorded-checks.mjs <recorded-folder> <output-folder> <types-module>
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const [recorded, output, typesModule] = process.argv.slice(2);
if (!recorded || !output || !typesModule) {
  console.error("usage: write-recorded-checks.mjs <recorded-folder> <output-folder> <types-module>");
  process.exit(2);
}
mkdirSync(output, { recursive: true });
const files = readdirSync(recorded).filter((f) => f.endsWith(".json") && f !== "manifest.json").sort();
if (files.length === 0) {
  console.error(`no recorded responses in ${recorded}`);
  process.exit(1);
}
let source = `import type { DiplomaticContent, PagedResult } from ${JSON.stringify(typesModule)};\n\n`;
files.forEach((file, index) => {
  const json = JSON.parse(readFileSync(join(recorded, file), "utf8"));
  const type = "total" in json && "items" in json ? "PagedResult<DiplomaticContent>" : "DiplomaticContent";
  source += `// ${file}\nexport const recorded${index}: ${type} = ${JSON.stringify(json, null, 2)};\n\n`;
  console.log(`  ${file} as ${type}`);
});
writeFileSync(join(output, "recorded.generated.ts"), source);
