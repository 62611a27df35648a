// Shortens the names the wasm and its JS glue know each other by, in both files:
//   node scripts/minify-wasm-names.mjs tideline-<hash>_bg.wasm tideline-<hash>.js
// wasm-bindgen names every import `__wbg_<function>_<16 hex digits>` and
// writes each name twice, in the wasm's import section and as a key of the
// glue's import object; the hex digits do not compress (about 5.8 KB of the
// gzip download for the widget's 171 imports). Its exports (`__wbindgen_malloc`,
// `tidelinehandle_setWindow`, closures' `…_invoke__h<hash>`) are read as
// `wasm.<name>` in the glue (another 0.4 KB). Release builds run this after
// esbuild (Trunk.toml), as a JS minifier shortens local names; binaryen's
// --minify-imports only renames imports from `env`, not wasm-bindgen's.
//
// Only the import and export sections of the wasm change (every other byte
// is copied); the build fails unless every import is a key of the glue
// exactly once and every renamed export is only ever read as a property.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: minify-wasm-names.mjs <module_bg.wasm> <module.js>');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const encodeName = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};

/** The n-th short name: a … z, A … Z, then two letters and more. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/** Skips an import's description (function, table, memory, global or tag). */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: a type index
    case 4: // tag: attribute, type index
      if (kind === 4) at++;
      return leb(bytes, at)[1];
    case 1: // table: a reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: a value type, mutability
      return at + 2;
    default:
      throw new Error(`import of unknown kind ${kind}`);
  }
}

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id === 7) {
    parts.push(renameExports(body, end));
    at = end;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // The import section: (module name, field name, description) × count.
  let [count, p] = leb(wasm, body);
  const entries = [encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    const start = p;
    let length;
    [length, p] = leb(wasm, p);
    const module = wasm.toString('utf8', p, p + length);
    p += length;
    [length, p] = leb(wasm, p);
    const field = wasm.toString('utf8', p, p + length);
    p += length;
    const described = p;
    p = skipDescription(wasm, p);
    // Only the glue's own imports; a module of the page's would keep its names.
    if (!module.endsWith('_bg.js')) {
      entries.push(wasm.subarray(start, p));
      continue;
    }
    const short = shortName(renamed++);
    const key = new RegExp(`([{,])${field.replace(/\$/g, '\\$')}:`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`import ${field}: ${found} keys in ${jsPath}, expected 1`);
    js = js.replace(key, (_, before) => `${before}${short}:`);
    entries.push(encodeName(module), encodeName(short), wasm.subarray(described, p));
  }
  if (p !== end) throw new Error('the import section did not parse to its end');
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(section.length), section);
  at = end;
}
/**
 * The export section, with wasm-bindgen's own long names shortened (the glue
 * reads them as `wasm.name`; `memory`, `mount` and `start` keep theirs).
 */
function renameExports(body, end) {
  let [count, p] = leb(wasm, body);
  const entries = [encodeLeb(count)];
  let shortened = 0;
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = leb(wasm, p);
    const name = wasm.toString('utf8', p, p + length);
    p += length;
    const kind = wasm[p];
    const [, next] = leb(wasm, p + 1);
    const described = wasm.subarray(p, next);
    p = next;
    if (!/^(__wbindgen_|__wbg_|__externref_|tidelinehandle_|wasm_bindgen__)/.test(name)) {
      entries.push(encodeName(name), described);
      continue;
    }
    // Every mention of it in the glue must be a property read (`wasm.name`).
    const read = new RegExp(`\\.${name}\\b`, 'g');
    const anywhere = new RegExp(`\\b${name}\\b`, 'g');
    const reads = js.match(read)?.length ?? 0;
    if (reads !== (js.match(anywhere)?.length ?? 0)) throw new Error(`export ${name} is used in ${jsPath} other than as wasm.${name}`);
    if (kind > 4) throw new Error(`export ${name} of unknown kind ${kind}`);
    const short = shortName(shortened++);
    js = js.replace(read, () => `.${short}`);
    entries.push(encodeName(short), described);
  }
  if (p !== end) throw new Error('the export section did not parse to its end');
  const section = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), encodeLeb(section.length), section]);
}

writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
