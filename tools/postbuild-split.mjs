// The split build's last step (called by tools/postbuild.mjs before anything
// else): tools/split/wasm-bindgen left the lazy modules and the JS that loads
// them (`__wasm_split.js`, from wasm-split-cli) in target/wasm-split/, and
// wasm-bindgen's JS (the glue) imports that JS by its plain name. Here:
// - each lazy module is optimised like the main one (wasm-opt with the
//   flags index.html gives Trunk) and named by a hash of its content;
// - the loading JS fetches those names, each with its integrity hash, and
//   compiles from bytes (iOS 14.5, the floor, has no instantiateStreaming,
//   and an intranet server may send wasm with the wrong content type);
// - the loading JS goes into the glue, which is renamed by its new content,
//   and index.html follows (the glue's link and integrity).
// Every name then changes exactly when its content does, so hashed files
// can be cached for good (docs/EMBEDDING.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SPLIT_OUT = join(HERE, '..', 'target', 'wasm-split');
const LINK = './__wasm_split.js';
// V8's explicit compile hint; it must be the file's very first line.
const COMPILE_ALL = '//# allFunctionsCalledOnLoad\n';
const sha = (alg, data) => createHash(alg).update(data).digest();
const hex16 = (data) => sha('sha256', data).toString('hex').slice(0, 16);
const sri = (data) => `sha384-${sha('sha384', data).toString('base64')}`;

function wasmOpt() {
  const local = join(HERE, '..', 'node_modules', '.bin', 'wasm-opt');
  return existsSync(local) ? local : 'wasm-opt';
}

// The wasm-opt flags of the main module, from index.html's Trunk link.
async function optFlags() {
  const html = await readFile(join(HERE, '..', 'index.html'), 'utf8');
  const level = /data-wasm-opt="([^"]+)"/.exec(html);
  const params = /data-wasm-opt-params="([^"]+)"/.exec(html);
  return [`-O${level ? level[1] : 's'}`, ...(params ? params[1].split(/\s+/) : [])];
}

/// Finishes a split build in `dir`; does nothing for a build that is not split.
export async function finishSplit(dir) {
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  const names = await readdir(dir);
  const glueName = names.find((n) => /\.js$/.test(n) && html.includes(n) && !n.startsWith('loader-'));
  if (!glueName) return null;
  const glue = await readFile(join(dir, glueName), 'utf8');
  if (!glue.includes(LINK)) return null;
  if (!existsSync(join(SPLIT_OUT, '__wasm_split.js'))) {
    throw new Error(`postbuild: ${glueName} imports ${LINK} but target/wasm-split/ has none (was tools/split/wasm-bindgen run?)`);
  }
  const stem = glueName.replace(/-[0-9a-f]{12,16}\.js$/, '');
  let link = await readFile(join(SPLIT_OUT, '__wasm_split.js'), 'utf8');

  // The lazy modules: optimised, hashed, fetched with integrity.
  const flags = await optFlags();
  const lazy = [];
  for (const file of (await readdir(SPLIT_OUT)).filter((n) => n.endsWith('.wasm') && n !== `${stem}.wasm`).sort()) {
    const ref = `"./${file}"`;
    if (!link.includes(ref)) continue; // an empty module nothing loads
    const tmp = join(dir, `.${file}`);
    execFileSync(wasmOpt(), [join(SPLIT_OUT, file), ...flags, '-o', tmp]);
    const bytes = await readFile(tmp);
    const name = `${file.replace(/\.wasm$/, '')}-${hex16(bytes)}.wasm`;
    await rename(tmp, join(dir, name));
    link = link.split(`fetch(new URL(${ref}, import.meta.url))`).join(`fetch(new URL("./${name}", import.meta.url),{integrity:"${sri(bytes)}"})`);
    if (link.includes(ref)) throw new Error(`postbuild: ${file}: its fetch in __wasm_split.js is not the one this step knows`);
    lazy.push({ name, bytes: bytes.length });
  }
  // Every module the loading JS fetches must now be a hashed file of this build.
  const left = link.match(/"\.\/[^"]+\.wasm"/g)?.filter((r) => !/-[0-9a-f]{16}\.wasm"$/.test(r));
  if (left?.length) throw new Error(`postbuild: __wasm_split.js still fetches ${left.join(', ')}`);
  const streaming = 'WebAssembly.instantiateStreaming(src, imports)';
  if (!link.includes(streaming)) throw new Error('postbuild: __wasm_split.js does not instantiate the way this step knows');
  link =
    'const fromBytes=(src,imports)=>src.then((r)=>{if(!r.ok)throw new TypeError(r.status);return r.arrayBuffer()}).then((b)=>WebAssembly.instantiate(b,imports));\n' +
    link.split(streaming).join('fromBytes(src, imports)');
  // Shipped without comments and indentation (it is small, and not minified by Trunk).
  link = link
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\/\*.*\*\/$/.test(l) && !l.startsWith('//'))
    .join('\n');

  // The loading JS goes into the glue, in a scope of its own: one module and
  // one request fewer before the first figure (226 B brotli, and no import
  // cycle: the loading JS imported the glue, the glue imported it). Its one
  // import, the glue's initSync, is then the glue's own function; its
  // exports become the object the glue hands the wasm as the imports of
  // "./__wasm_split.js" (the key stays the module name the wasm asks for).
  const mainImport = `import { initSync } from "./${stem}.js";\n`;
  if (!link.includes(mainImport)) throw new Error(`postbuild: __wasm_split.js does not import ${stem}.js the way this step knows`);
  link = link.replace(mainImport, '');
  // The bare name must then be the glue's own top-level function, or a lazy
  // module's first load would fail with a ReferenceError, not the build.
  if (!/(^|[;}\s])function initSync\(/.test(glue) || !/export\s*\{[^}]*\binitSync\b/.test(glue)) {
    throw new Error(`postbuild: ${glueName} has no top-level function initSync for __wasm_split.js`);
  }
  const exported = [...link.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
  link = link.replace(/^export const /gm, 'const ');
  if (!exported.length || /^\s*(import|export)\b/m.test(link)) throw new Error('postbuild: __wasm_split.js imports or exports what this step does not know');
  // Everything the main module imports from it must be in the object that
  // replaces it, or the app would not start while the build passed.
  const main = (await readdir(dir)).find((n) => n.startsWith(`${stem}-`) && n.endsWith('_bg.wasm'));
  if (!main) throw new Error(`postbuild: no main module ${stem}-…_bg.wasm in ${dir}`);
  const asked = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(join(dir, main))))
    .filter((i) => i.module === LINK)
    .map((i) => i.name);
  const missing = asked.filter((name) => !exported.includes(name));
  if (!asked.length || missing.length) throw new Error(`postbuild: the main module imports ${missing.join(', ') || 'nothing'} from ${LINK}, which does not export that`);
  const bound = [...glue.matchAll(/import\s*\*\s*as\s*(\w+)\s*from\s*"\.\/__wasm_split\.js";?/g)];
  if (!bound.length) throw new Error(`postbuild: ${glueName} does not import ${LINK} the way this step knows`);
  let merged = glue;
  for (const [statement] of bound) merged = merged.replace(statement, '');
  if (merged.includes(`"${LINK}";`) || /from\s*"\.\/__wasm_split\.js"/.test(merged)) throw new Error(`postbuild: ${glueName} still imports ${LINK}`);
  const [first, ...others] = bound.map((m) => m[1]);
  merged +=
    `\nconst ${first}=(()=>{\n${link}\nreturn{__proto__:null,${exported.join(',')}};\n})()` +
    others.map((name) => `,${name}=${first}`).join('') +
    ';\n';
  // The glue's first line asks V8 (Chrome 136 and later; other engines read
  // a comment) to compile all its functions as the file streams in, off the
  // main thread: without it, the start compiled 77 of them one by one on
  // first call, 4–5 ms of the main thread before the first figure
  // (bench/FINDINGS.md).
  const newGlue = COMPILE_ALL + merged;
  const newGlueName = `${stem}-${hex16(newGlue)}.js`;
  await writeFile(join(dir, newGlueName), newGlue);
  if (newGlueName !== glueName) await rm(join(dir, glueName));

  await laterStringsAreLazy(dir, stem);

  // index.html: the glue's new name and integrity.
  html = html.split(glueName).join(newGlueName);
  const preload = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((l) => l.includes(newGlueName) && /modulepreload/.test(l));
  if (!preload) throw new Error(`postbuild: index.html has no modulepreload of ${glueName}`);
  html = html.replace(preload, preload.replace(/\bintegrity=["']?[^"'\s>]+["']?/, `integrity="${sri(newGlue)}"`));
  await writeFile(join(dir, 'index.html'), html);
  return { glue: newGlueName, lazy };
}

// The strings only lazy views read (`L`, core/src/i18n/later.rs) are one
// static the splitter places with the code that reads it. A first-screen
// use of any `L` key pulls the whole table into the main module, in front of
// the first figure: said here by name rather than as a budget overrun. The
// table's first texts, as the build lays them out (Indonesian then English
// for each key), are looked for in the main module's bytes.
async function laterStringsAreLazy(dir, stem) {
  const table = await readFile(join(HERE, '..', 'core', 'src', 'i18n', 'later.rs'), 'utf8');
  const rows = [...table.matchAll(/^\s*\w+ => ("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*");/gm)].slice(0, 2);
  if (rows.length < 2) throw new Error('postbuild: core/src/i18n/later.rs has no rows this step can read');
  const start = Buffer.from(JSON.parse(rows[0][1]) + JSON.parse(rows[0][2]) + JSON.parse(rows[1][1]));
  const main = (await readdir(dir)).find((n) => n.startsWith(`${stem}-`) && n.endsWith('_bg.wasm'));
  if (!main) throw new Error(`postbuild: no main module ${stem}-…_bg.wasm in ${dir}`);
  if ((await readFile(join(dir, main))).includes(start)) {
    throw new Error(`postbuild: the lazy views' string table (core/src/i18n/later.rs) is in the main module ${main}: code on the first screen names an \`L\` key (move that key to \`T\`)`);
  }
}
