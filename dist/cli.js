#!/usr/bin/env node
'use strict';
const __vpclintUrl = require('node:url').pathToFileURL(__filename).href;
const __vpclintAsset = (name) => new URL(name, __vpclintUrl);
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/compile-cache.ts
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var import_node_vm = __toESM(require("node:vm"), 1);
var MAIN = "cli-main.js";
function cacheDirectory() {
  if (process.env.VPCLINT_NO_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = process.getuid?.();
  if (uid === void 0) return void 0;
  const dir = import_node_path.default.join(import_node_os.default.tmpdir(), `vpclint-compile-cache-${uid}`);
  try {
    (0, import_node_fs.mkdirSync)(dir, { mode: 448 });
  } catch {
  }
  try {
    const stat = (0, import_node_fs.lstatSync)(dir);
    return stat.isDirectory() && stat.uid === uid && (stat.mode & 63) === 0 ? dir : void 0;
  } catch {
    return void 0;
  }
}
function cacheFile(dir, file, bytes) {
  const key = (0, import_node_crypto.createHash)("sha256").update(`${process.version} ${process.arch}\0`).update(bytes).digest("hex").slice(0, 32);
  return import_node_path.default.join(dir, `${import_node_path.default.basename(file, ".js")}-${key}.bin`);
}
function readOwn(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (!stat.isFile() || stat.uid !== process.getuid?.()) return void 0;
    return (0, import_node_fs.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
var BUILDS_KEPT = 4;
function writeCache(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(tmp, data, { mode: 384, flag: "wx" });
    (0, import_node_fs.renameSync)(tmp, file);
    const dir = import_node_path.default.dirname(file);
    const name = import_node_path.default.basename(file);
    const bundle = name.slice(0, name.lastIndexOf("-") + 1);
    const others = (0, import_node_fs.readdirSync)(dir).filter((other) => other !== name && other.startsWith(bundle) && /^[0-9a-f]{32}\.bin$/.test(other.slice(bundle.length))).map((other) => ({ other, written: (0, import_node_fs.statSync)(import_node_path.default.join(dir, other)).mtimeMs })).sort((x, y) => y.written - x.written);
    for (const { other } of others.slice(BUILDS_KEPT - 1)) (0, import_node_fs.rmSync)(import_node_path.default.join(dir, other), { force: true });
  } catch {
    (0, import_node_fs.rmSync)(tmp, { force: true });
  }
}
function requireCached(file, dir) {
  if (dir === void 0) return (0, import_node_module.createRequire)(file)(file);
  const loaded = /* @__PURE__ */ new Map();
  const beside = import_node_path.default.dirname(file);
  const load = (target) => {
    const known = loaded.get(target);
    if (known !== void 0) return known.exports;
    const bytes = (0, import_node_fs.readFileSync)(target);
    const source = bytes.toString("utf8");
    const cache = cacheFile(dir, target, bytes);
    const cachedData = readOwn(cache);
    const script = new import_node_vm.default.Script(import_node_module.default.wrap(source), { filename: target, ...cachedData === void 0 ? {} : { cachedData } });
    if (cachedData === void 0 || script.cachedDataRejected === true) {
      process.once("exit", () => {
        try {
          writeCache(cache, script.createCachedData());
        } catch {
        }
      });
    }
    const module2 = new import_node_module.default(target);
    module2.filename = target;
    loaded.set(target, module2);
    const plain = (0, import_node_module.createRequire)(target);
    const require2 = Object.assign((id) => {
      const sibling = BESIDE.test(id) ? import_node_path.default.join(beside, id) : void 0;
      return sibling === void 0 ? plain(id) : load(sibling);
    }, plain);
    const wrapper = script.runInThisContext();
    wrapper.call(module2.exports, module2.exports, require2, module2, target, beside);
    module2.loaded = true;
    return module2.exports;
  };
  return load(file);
}
var BESIDE = /^\.\/cli-[a-z0-9-]+\.js$/;
function start() {
  const main = import_node_path.default.join(import_node_path.default.dirname((0, import_node_url.fileURLToPath)(__vpclintUrl)), MAIN);
  let cli;
  try {
    cli = requireCached(main, cacheDirectory());
  } catch (error) {
    if (error?.code !== "ENOENT") throw error;
    const debug = process.argv.includes("--debug") && error instanceof Error ? `
${error.stack ?? ""}` : "";
    process.stderr.write(`vpclint: cannot start: ${error.path ?? main} is missing; the installation is incomplete, reinstall vpclint${debug}
`);
    process.exitCode = 2;
    return Promise.resolve();
  }
  return cli.runCli();
}

// src/v8-flags.ts
var import_promises = require("node:fs/promises");
var import_node_util = require("node:util");
var import_node_v8 = __toESM(require("node:v8"), 1);
var import_node_zlib = require("node:zlib");
var MEASURED_V8 = /^11\.3\./;
var V8_FLAGS = ["--interrupt-budget=150000", "--max-inlined-bytecode-size-cumulative=300"];
function flagName(arg) {
  const name = arg.replace(/^--(no-|no_)?/, "").split("=")[0];
  return name.replace(/_/g, "-");
}
function v8FlagsToSet(v8Version, execArgv, env) {
  if (!MEASURED_V8.test(v8Version) || env.VPCLINT_NO_V8_FLAGS) return [];
  const given = new Set(
    [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].filter((arg) => arg.startsWith("--")).map(flagName)
  );
  return V8_FLAGS.filter((flag) => !given.has(flagName(flag)));
}
function setV8Flags() {
  const flags = v8FlagsToSet(process.versions.v8, process.execArgv, process.env);
  if (flags.length === 0) return;
  void [import_promises.readdir, import_node_zlib.gzipSync, import_node_util.parseArgs];
  void process.stdout;
  void process.stderr;
  for (const flag of flags) import_node_v8.default.setFlagsFromString(flag);
}

// src/bin.ts
setV8Flags();
void start();
