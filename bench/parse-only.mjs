// The floor plan lint is compared with (target P2): a cold Node process that only reads every YAML file
// under the folders given (*.yaml and *.yml, outside dot-folders, as plan lint finds them) and parses each
// with eemeli/yaml. It prints how many files it parsed and how many had YAML errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

let files = 0;
let withErrors = 0;

function parseFolder(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) parseFolder(path);
    else if (/\.ya?ml$/.test(e.name)) {
      files++;
      if (parseDocument(readFileSync(path, 'utf8')).errors.length > 0) withErrors++;
    }
  }
}

for (const dir of process.argv.slice(2)) parseFolder(dir);
process.stdout.write(`${files} files parsed, ${withErrors} with errors\n`);
