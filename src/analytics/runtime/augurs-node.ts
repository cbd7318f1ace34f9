// Loads the augurs WebAssembly modules once, synchronously, so forecasting stays a plain function call.
// Reading the .wasm bytes is module loading (like `import`), not data I/O: this is the only file
// of the analytics core that touches node:*, and it only ever reads files inside node_modules.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- wasm bytes are code, loaded once; no data I/O
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- resolves the package's own .wasm next to its .js
import { createRequire } from 'node:module';
import * as ets from '@bsull/augurs/ets';
import * as mstl from '@bsull/augurs/mstl';

const require = createRequire(import.meta.url);

interface WasmModule {
  initSync(input: { module: BufferSource }): unknown;
}

function initOnce(mod: WasmModule, specifier: string): void {
  // wasm-bindgen glue sits next to its `<name>_bg.wasm`; the package has no other way to hand it to Node.
  const jsPath = require.resolve(specifier);
  mod.initSync({ module: readFileSync(jsPath.replace(/\.js$/, '_bg.wasm')) });
}

let mstlReady = false;
let etsReady = false;

/** Returns the MSTL module of augurs, initialised on first use. */
export function augursMstl(): typeof mstl {
  if (!mstlReady) {
    initOnce(mstl, '@bsull/augurs/mstl');
    mstlReady = true;
  }
  return mstl;
}

/** Returns the AutoETS module of augurs, initialised on first use. */
export function augursEts(): typeof ets {
  if (!etsReady) {
    initOnce(ets, '@bsull/augurs/ets');
    etsReady = true;
  }
  return ets;
}
