// node run.mjs FILE.wasm: cold-start and tagging figures of the entity model in V8.
import { readFileSync } from 'fs';
const bytes = readFileSync(process.argv[2]);
const { instance } = await WebAssembly.instantiate(bytes, {});
const x = instance.exports;
const time = (f) => { const t = performance.now(); f(); return performance.now() - t; };
const parse = time(() => x.parse_model());
const lists = time(() => x.rules_first());
const ready = time(() => x.model_first());
x.tag(10);
let toks = 0;
const dt = time(() => { toks = x.tag(2000); }) / 1000;
console.log(`wasm ${bytes.length} bytes: model parse ${parse.toFixed(1)} ms (first call); ` +
  `word lists + first rules analysis ${lists.toFixed(1)} ms; model ready + first analysis ${ready.toFixed(1)} ms; ` +
  `tagging ${(toks / dt).toFixed(0)} tokens/s`);
