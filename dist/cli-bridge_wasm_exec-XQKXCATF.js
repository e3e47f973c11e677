#!/usr/bin/env node
import { createRequire as __vpclintCreateRequire } from 'node:module';
const require = __vpclintCreateRequire(import.meta.url);
const __vpclintAsset = (name) => new URL(name, import.meta.url);
import {
  require_bridge_wasm_exec
} from "./cli-chunk-LWTHFJ2P.js";
import "./cli-chunk-IINIPWSC.js";
export default require_bridge_wasm_exec();
