// Tideline's embed script: the one stable file a page loads,
//   <script type="module" src=".../tideline.js"></script>
// It loads the widget (wasm-bindgen's module and the wasm beside it, both
// with hashed names, found relative to this file so any path works), and
// offers the JS API: `import { mount } from ".../tideline.js"`, or
// `Tideline.mount(element, options)` once loaded.
//
// The import and the wasm URL below name the files as trunk writes them;
// Trunk.toml's post-build hook puts in the hashed names.
import init, { mount as mountWidget } from './TIDELINE_BINDGEN_JS';

const wasm = new URL('./TIDELINE_BINDGEN_WASM', import.meta.url);

let failure = null;

// Loading mounts every [data-tideline] element. If it fails (no wasm, a
// blocked request), each box says so and the page's own scripts carry on.
const loaded = init({ module_or_path: wasm }).catch((error) => {
  failure = error;
  const message = `Tideline could not load: ${error?.message ?? error}`;
  console.error(message);
  for (const box of document.querySelectorAll('[data-tideline]')) {
    (box.shadowRoot ?? box).textContent = message;
  }
});

/** Mounts a widget on `element`; resolves to its handle (see README). */
export async function mount(element, options) {
  await loaded;
  if (failure) throw new Error(`Tideline.mount: Tideline could not load: ${failure?.message ?? failure}`);
  return mountWidget(element, options);
}

const Tideline = Object.freeze({ mount });
export default Tideline;
// For pages that would rather not import: one global, never overwritten.
globalThis.Tideline ??= Tideline;
