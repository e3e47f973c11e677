#!/usr/bin/env node
import { createRequire as __vpclintCreateRequire } from 'node:module';
const require = __vpclintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path3 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path3.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += stringify(child2);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains2(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains2(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += walk(child2, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child2 = node.nodes[i];
          if (child2.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child2.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child2.value && child2.type !== "open") {
            queue.push(append(queue.pop(), child2.value));
            continue;
          }
          if (child2.nodes) {
            walk(child2, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path3 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path3.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path3 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path3.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path3 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path3.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path3 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path3.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path3.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge3(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge3;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty2(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty2;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path3 = require_path();
    exports.path = path3;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path3, settings, callback) {
      settings.fs.lstat(path3, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path3, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path3, settings) {
      const lstat = settings.fs.lstatSync(path3);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path3);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path3, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path3 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path3, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path3,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path3, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path3.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path3.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/cli.ts
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path2 from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

// src/engine/define-rule.ts
var REPO_URL = "https://github.com/vpclint/vpclint";
var TOOL_VERSION = "0.1.0";
function defineRule(definition) {
  return {
    ...definition,
    docsUrl: `${REPO_URL}/blob/v${TOOL_VERSION}/docs/rules.md#${definition.name}`
  };
}
function formatMessage(template, data) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) {
      throw new Error(`message placeholder {${key}} has no data`);
    }
    return String(data[key]);
  });
}

// src/model/cidr.ts
var HOST_MASK4 = Array.from({ length: 33 }, (_, p) => (1n << BigInt(32 - p)) - 1n);
var HOST_MASK6 = Array.from({ length: 129 }, (_, p) => (1n << BigInt(128 - p)) - 1n);
var ALL4 = (1n << 32n) - 1n;
var ALL6 = (1n << 128n) - 1n;
var groups = [0, 0, 0, 0, 0, 0, 0, 0];
var C_0 = 48;
var C_9 = 57;
var C_DOT = 46;
var C_COLON = 58;
var C_SLASH = 47;
var C_PERCENT = 37;
function fail(error) {
  return { ok: false, error };
}
function quote(s) {
  return JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);
}
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 65279 || c >= 8192 && c <= 8203 || c === 12288;
}
function badChar(text, i, where) {
  const c = text.charCodeAt(i);
  if (isSpace(c)) {
    return i === 0 || i === text.length - 1 ? "has leading or trailing whitespace" : "contains whitespace";
  }
  if (c === C_SLASH) return "has more than one '/'";
  const cp = text.codePointAt(i) ?? c;
  return `invalid character ${JSON.stringify(String.fromCodePoint(cp))} in ${where}`;
}
function hexValue(c) {
  if (c >= C_0 && c <= C_9) return c - C_0;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}
function parseIPv4(text, start, end) {
  let value = 0;
  let octets = 0;
  let i = start;
  for (; ; ) {
    let octet = 0;
    const from = i;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < C_0 || c > C_9) break;
      octet = octet * 10 + (c - C_0);
      i++;
    }
    const digits = i - from;
    if (digits === 0) {
      if (i < end && text.charCodeAt(i) !== C_DOT) return badChar(text, i, "IPv4 address");
      return `empty octet in IPv4 address ${quote(text.slice(start, end))}`;
    }
    if (digits > 1 && text.charCodeAt(from) === C_0) {
      return `octet ${quote(text.slice(from, i))} has a leading zero`;
    }
    if (digits > 3 || octet > 255) return `octet ${quote(text.slice(from, i))} is out of range (0-255)`;
    value = value * 256 + octet;
    octets++;
    if (i === end) break;
    if (text.charCodeAt(i) !== C_DOT) return badChar(text, i, "IPv4 address");
    i++;
    if (octets === 4) {
      const what = i === end ? "ends with '.'" : "has more than 4 octets";
      return `IPv4 address ${quote(text.slice(start, end))} ${what}`;
    }
  }
  if (octets !== 4) return `IPv4 address ${quote(text.slice(start, end))} has ${octets} octets, expected 4`;
  return value;
}
function parseIPv6(text, start, end) {
  let n = 0;
  let ellipsis = -1;
  let i = start;
  if (end - start >= 2 && text.charCodeAt(i) === C_COLON && text.charCodeAt(i + 1) === C_COLON) {
    ellipsis = 0;
    i += 2;
  } else if (text.charCodeAt(i) === C_COLON) {
    return "IPv6 address starts with a single ':'";
  }
  while (i < end) {
    let value = 0;
    const from = i;
    while (i < end) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      i++;
    }
    if (i < end && text.charCodeAt(i) === C_DOT) {
      if (n > 6) return `IPv6 address ${quote(text.slice(start, end))} has too many groups`;
      const v4 = parseIPv4(text, from, end);
      if (typeof v4 === "string") return `${v4} (in IPv6 address)`;
      groups[n++] = Math.floor(v4 / 65536);
      groups[n++] = v4 % 65536;
      i = end;
      break;
    }
    const digits = i - from;
    if (digits === 0) {
      const c2 = text.charCodeAt(i);
      if (c2 === C_COLON) return `IPv6 address ${quote(text.slice(start, end))} has ':::'`;
      if (c2 === C_PERCENT) return "zone index (%…) is not allowed in a CIDR block";
      return badChar(text, i, "IPv6 address");
    }
    if (digits > 4) return `IPv6 group ${quote(text.slice(from, i))} has more than 4 hex digits`;
    if (n === 8) return `IPv6 address ${quote(text.slice(start, end))} has more than 8 groups`;
    groups[n++] = value;
    if (i === end) break;
    const c = text.charCodeAt(i);
    if (c !== C_COLON) {
      if (c === C_PERCENT) return "zone index (%…) is not allowed in a CIDR block";
      return badChar(text, i, "IPv6 address");
    }
    i++;
    if (i === end) return "IPv6 address ends with a single ':'";
    if (text.charCodeAt(i) === C_COLON) {
      if (ellipsis >= 0) return `IPv6 address ${quote(text.slice(start, end))} has more than one '::'`;
      ellipsis = n;
      i++;
    }
  }
  if (ellipsis < 0) {
    if (n !== 8) return `IPv6 address ${quote(text.slice(start, end))} has ${n} groups, expected 8 (or '::')`;
    return void 0;
  }
  if (n > 7) return `IPv6 address ${quote(text.slice(start, end))} has '::' and 8 groups`;
  const tail = n - ellipsis;
  for (let k = 0; k < tail; k++) groups[7 - k] = groups[n - 1 - k] ?? 0;
  for (let k = ellipsis; k < 8 - tail; k++) groups[k] = 0;
  return void 0;
}
function parsePrefix(text, start, end, family) {
  if (start === end) return "missing prefix length after '/'";
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < C_0 || c > C_9) {
      if (isSpace(c) || c === C_SLASH) return badChar(text, i, "prefix length");
      return `prefix length ${quote(text.slice(start, end))} is not a number`;
    }
    value = value * 10 + (c - C_0);
  }
  const digits = text.slice(start, end);
  if (end - start > 1 && text.charCodeAt(start) === C_0) return `prefix length ${quote(digits)} has a leading zero`;
  const max = family === 4 ? 32 : 128;
  if (end - start > 3 || value > max) {
    return `prefix length ${digits} is out of range for IPv${family} (0-${max})`;
  }
  return value;
}
function describeType(v) {
  if (v === null || v === void 0) return String(v);
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function parseCidr(text) {
  if (typeof text !== "string") return fail(`expected a CIDR string, got ${describeType(text)}`);
  const len = text.length;
  if (len === 0) return fail("empty string is not a CIDR block");
  const slash = text.indexOf("/");
  if (slash < 0) {
    for (let i = 0; i < len; i++) if (isSpace(text.charCodeAt(i))) return fail(badChar(text, i, ""));
    return fail(`missing prefix length (expected address/prefix, e.g. 10.0.0.0/16) in ${quote(text)}`);
  }
  if (slash === 0) return fail("missing address before '/'");
  const colon = text.indexOf(":");
  if (colon < 0 || colon > slash) {
    const v4 = parseIPv4(text, 0, slash);
    if (typeof v4 === "string") return fail(v4);
    const prefix2 = parsePrefix(text, slash + 1, len, 4);
    if (typeof prefix2 === "string") return fail(prefix2);
    const size = 2 ** (32 - prefix2);
    const net = v4 - v4 % size;
    const first2 = BigInt(net);
    const hostBitsSet2 = net !== v4;
    return {
      ok: true,
      cidr: {
        text,
        // A well-formed IPv4 literal without host bits is already canonical.
        canonical: hostBitsSet2 ? `${formatIPv4(net)}/${prefix2}` : text,
        family: 4,
        prefix: prefix2,
        first: first2,
        last: first2 + HOST_MASK4[prefix2],
        hostBitsSet: hostBitsSet2
      }
    };
  }
  const bad = parseIPv6(text, 0, slash);
  if (bad !== void 0) return fail(bad);
  const prefix = parsePrefix(text, slash + 1, len, 6);
  if (typeof prefix === "string") return fail(prefix);
  let hostBitsSet = false;
  for (let k = 0; k < 8; k++) {
    const bits = prefix - 16 * k;
    if (bits >= 16) continue;
    const g = groups[k];
    const net = bits <= 0 ? 0 : g & 65535 << 16 - bits & 65535;
    if (net !== g) {
      hostBitsSet = true;
      groups[k] = net;
    }
  }
  const first = groupsToBigInt();
  return {
    ok: true,
    cidr: {
      text,
      canonical: `${formatGroups()}/${prefix}`,
      family: 6,
      prefix,
      first,
      last: first + HOST_MASK6[prefix],
      hostBitsSet
    }
  };
}
function groupsToBigInt() {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  return BigInt(g0 * 4294967296 + g1 * 65536 + g2) << 80n | BigInt(g3 * 4294967296 + g4 * 65536 + g5) << 32n | BigInt(g6 * 65536 + g7);
}
function formatGroups() {
  let bestStart = -1;
  let bestLen = 1;
  for (let k = 0; k < 8; ) {
    if (groups[k] !== 0) {
      k++;
      continue;
    }
    let j = k;
    while (j < 8 && groups[j] === 0) j++;
    if (j - k > bestLen) {
      bestStart = k;
      bestLen = j - k;
    }
    k = j;
  }
  let out = "";
  for (let k = 0; k < 8; k++) {
    if (k === bestStart) {
      out += "::";
      k += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(":")) out += ":";
    out += groups[k].toString(16);
  }
  return out;
}
function formatIPv4(n) {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}
function formatAddress(family, address) {
  if (address < 0n || address > (family === 4 ? ALL4 : ALL6)) {
    throw new RangeError(`address ${address} is out of range for IPv${family}`);
  }
  if (family === 4) return formatIPv4(Number(address));
  for (let k = 0; k < 8; k++) groups[k] = Number(address >> BigInt(112 - 16 * k) & 0xffffn);
  return formatGroups();
}
function hostMask(family, prefix) {
  const mask = family === 4 ? HOST_MASK4[prefix] : family === 6 ? HOST_MASK6[prefix] : void 0;
  if (mask === void 0 || !Number.isInteger(prefix)) {
    throw new RangeError(`prefix length ${prefix} is out of range for IPv${family}`);
  }
  return mask;
}
function toCidr(family, first, prefix) {
  const host = hostMask(family, prefix);
  const net = first & ~host;
  const canonical = `${formatAddress(family, net)}/${prefix}`;
  return { text: canonical, canonical, family, prefix, first: net, last: net | host, hostBitsSet: false };
}
var WORLD_IPV4 = Object.freeze(toCidr(4, 0n, 0));
var WORLD_IPV6 = Object.freeze(toCidr(6, 0n, 0));
function overlaps(a, b) {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
function contains(outer, inner) {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}
function isWorld(c) {
  return c.prefix === 0;
}
function compareCidr(a, b) {
  if (a.family !== b.family) return a.family - b.family;
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  return a.prefix - b.prefix;
}
function forEachGap(ranges, target, gap) {
  const relevant = [];
  for (const r of ranges) if (overlaps(r, target)) relevant.push(r);
  relevant.sort((a, b) => a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
  let cursor = target.first;
  for (const r of relevant) {
    if (r.first > cursor) {
      if (!gap(cursor, r.first - 1n)) return;
    }
    if (r.last >= cursor) {
      if (r.last >= target.last) return;
      cursor = r.last + 1n;
    }
  }
  gap(cursor, target.last);
}
function unionCovers(ranges, target) {
  let covered = true;
  forEachGap(ranges, target, () => covered = false);
  return covered;
}
function uncoveredParts(ranges, target) {
  const out = [];
  const bits = target.family === 4 ? 32 : 128;
  forEachGap(ranges, target, (lo, hi) => {
    while (lo <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (lo & size) === 0n && lo + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(target.family, lo, bits - hostBits));
      lo += size;
    }
    return true;
  });
  return out;
}

// rules/invalid-cidr.ts
function attributeText(path3) {
  if (!path3 || path3.length === 0) return "a CIDR block";
  let out = "";
  for (const part of path3) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}
function literalText(text) {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}
var invalid_cidr_default = defineRule({
  id: "NET001",
  name: "invalid-cidr",
  defaultSeverity: "error",
  summary: "A CIDR literal does not parse, or has host bits set.",
  rationale: "A malformed CIDR block fails the plan or the apply, often only after other resources have been created. A block with host bits set (10.0.1.0/22) is not the network it appears to be: it is rejected, or masked to the network address (10.0.0.0/22), a range larger or placed differently than the author intended, so reviews that read the literal by eye go wrong. A /0 with host bits (192.168.1.0/0) looks like a private network but admits or routes the whole internet.",
  remediation: "Write every CIDR block as its network address and prefix length (10.0.0.0/22, 2001:db8::/56): clear the host bits, or change the prefix length to the block that was meant. Fix malformed literals to address/prefix form with four octets for IPv4 and a prefix length of at most 32 (IPv4) or 128 (IPv6).",
  messages: {
    malformed: "{resource} sets {attribute} to {cidr}, which is not a valid CIDR block: {reason}. Write an IPv4 or IPv6 network as address/prefix, e.g. 10.0.0.0/16 or 2001:db8::/56.",
    wrongFamily: "{resource} sets {attribute} to {cidr}, an {family} block, where an {expected} block is expected. Move it to the attribute for {family} sources or destinations, or write the intended {expected} block.",
    hostBits: "{resource} sets {attribute} to {cidr}, which has host bits set; AWS uses {canonical}. Write the network address {canonical}, or change the prefix length if a different block was meant.",
    hostBitsWorld: "{resource} sets {attribute} to {cidr}, which has host bits set and a /0 prefix: AWS reads it as {canonical}, the whole {internet}, not the network its address suggests. Write {canonical} if every address is meant; otherwise write the intended prefix length."
  },
  check(model, context) {
    for (const literal of model.cidrLiterals) {
      const { subject, result } = literal;
      const where = { resource: subject.resource.address, attribute: attributeText(subject.path) };
      if (!result.ok) {
        const alone = parseCidr(literal.text);
        if (alone.ok) {
          const family = alone.cidr.family === 4 ? "IPv4" : "IPv6";
          const expected = alone.cidr.family === 4 ? "IPv6" : "IPv4";
          context.report({ messageId: "wrongFamily", subject, data: { ...where, cidr: literalText(literal.text), family, expected } });
        } else {
          context.report({ messageId: "malformed", subject, data: { ...where, cidr: literalText(literal.text), reason: result.error } });
        }
        continue;
      }
      const { cidr } = result;
      if (!cidr.hostBitsSet) continue;
      if (cidr.prefix === 0) {
        context.report({
          messageId: "hostBitsWorld",
          subject,
          data: {
            ...where,
            cidr: literalText(literal.text),
            canonical: cidr.canonical,
            internet: cidr.family === 4 ? "IPv4 internet" : "IPv6 internet"
          }
        });
      } else {
        context.report({ messageId: "hostBits", subject, data: { ...where, cidr: literalText(literal.text), canonical: cidr.canonical } });
      }
    }
  }
});

// rules/peering-cidr-overlap.ts
var peering_cidr_overlap_default = defineRule({
  id: "NET101",
  name: "peering-cidr-overlap",
  defaultSeverity: "error",
  summary: "Two peered VPCs have overlapping IPv4 or IPv6 CIDR blocks.",
  rationale: "AWS cannot route between two VPCs whose address ranges overlap, so it refuses the peering: the connection ends in the `failed` state at apply time. Every block counts, the primary IPv4 block, each secondary IPv4 block and each IPv6 block, even one that no subnet uses yet. By then the rest of the plan is already applied, and re-addressing a VPC later means rebuilding everything in it.",
  remediation: "Give the two VPCs disjoint ranges: change the CIDR block (or the secondary block association) of one of them, ideally from an address plan or IPAM pool that hands out non-overlapping blocks. If the two VPCs do not need to talk to each other directly, drop the peering. Where re-addressing is impossible, connect the workloads with AWS PrivateLink or a private NAT gateway instead of peering.",
  messages: {
    overlap: "Peering {peering} joins {vpc} ({vpcCidr}) and {peerVpc} ({peerCidr}), whose {family} ranges overlap; AWS will fail the peering. Re-address one VPC or drop the peering."
  },
  check(model, context) {
    for (const peering of model.peerings) {
      const subject = { resource: peering.resource };
      const requester = sideVpc(peering, "requester", peering.requester);
      const accepter = sideVpc(peering, "accepter", peering.accepter);
      if (typeof requester === "string" || typeof accepter === "string") {
        for (const side of [requester, accepter]) if (typeof side === "string" && side !== "") context.unresolved(subject, side);
        continue;
      }
      if (requester.key === accepter.key) continue;
      let found = false;
      const pending = /* @__PURE__ */ new Set();
      for (const mine of requester.cidrBlocks) {
        for (const theirs of accepter.cidrBlocks) {
          if (blockFamily(mine) !== blockFamily(theirs)) continue;
          if (mine.amazonProvided === true && theirs.amazonProvided === true) continue;
          if (mine.cidr.state === "known" && theirs.cidr.state === "known") {
            const a = mine.cidr.value;
            const b = theirs.cidr.value;
            if (!overlaps(a, b)) continue;
            found = true;
            context.report({
              messageId: "overlap",
              subject,
              related: [...vpcRelated(requester, mine), ...vpcRelated(accepter, theirs)],
              data: {
                peering: peering.label,
                vpc: requester.label,
                vpcCidr: a.canonical,
                peerVpc: accepter.label,
                peerCidr: b.canonical,
                family: a.family === 4 ? "IPv4" : "IPv6"
              }
            });
            continue;
          }
          for (const [block, vpc] of [
            [mine, requester],
            [theirs, accepter]
          ]) {
            const why = unknownBlockReason(block, vpc);
            if (why !== void 0) pending.add(why);
          }
        }
      }
      if (found) continue;
      for (const vpc of [requester, accepter]) {
        if (vpc.blocksIncomplete !== void 0) {
          pending.add(`not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete}), so an overlap cannot be ruled out`);
        }
      }
      for (const why of pending) context.unresolved(subject, why);
    }
  }
});
function sideVpc(peering, side, vpc) {
  if (vpc.state === "known") return vpc.value;
  if (vpc.state === "absent") return `the ${side} VPC of ${peering.label} is not set`;
  if (vpc.invalid === true) return "";
  return `the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`;
}
function blockFamily(block) {
  return block.kind === "ipv6" ? 6 : 4;
}
var KIND_TEXT = {
  "ipv4-primary": "primary IPv4",
  "ipv4-secondary": "secondary IPv4",
  ipv6: "IPv6"
};
function unknownBlockReason(block, vpc) {
  if (block.cidr.state !== "unknown" || block.cidr.invalid === true) return void 0;
  const where = block.subject.resource.address === vpc.resource?.address ? "" : ` (${block.subject.resource.address})`;
  return `the ${KIND_TEXT[block.kind]} CIDR block of ${vpc.label}${where} is unknown (${block.cidr.reason})`;
}
function vpcRelated(vpc, block) {
  const out = [vpc.resource !== void 0 ? { resource: vpc.resource } : vpc.label];
  if (block.subject.resource !== vpc.resource) out.push({ resource: block.subject.resource });
  return out;
}

// src/model/cidr-index.ts
var HOST_MASK42 = Array.from({ length: 33 }, (_, p) => (1n << BigInt(32 - p)) - 1n);
var HOST_MASK62 = Array.from({ length: 129 }, (_, p) => (1n << BigInt(128 - p)) - 1n);
function compareEntries(a, b) {
  if (a.cidr.family !== b.cidr.family) return a.cidr.family - b.cidr.family;
  if (a.cidr.first !== b.cidr.first) return a.cidr.first < b.cidr.first ? -1 : 1;
  if (a.cidr.prefix !== b.cidr.prefix) return a.cidr.prefix - b.cidr.prefix;
  return a.seq - b.seq;
}
function bySeq(a, b) {
  return a.seq - b.seq;
}
function networkKey(family, network) {
  return family === 4 ? Number(network) : network.toString(16);
}
var CidrIndex = class {
  sorted = [];
  v4 = { prefixes: [], byPrefix: /* @__PURE__ */ new Map() };
  v6 = { prefixes: [], byPrefix: /* @__PURE__ */ new Map() };
  constructor(items) {
    let seq = 0;
    for (const { cidr, item } of items) {
      const entry = { cidr, item, seq: seq++ };
      this.sorted.push(entry);
      const table = cidr.family === 4 ? this.v4 : this.v6;
      let networks = table.byPrefix.get(cidr.prefix);
      if (networks === void 0) {
        networks = /* @__PURE__ */ new Map();
        table.byPrefix.set(cidr.prefix, networks);
        table.prefixes.push(cidr.prefix);
      }
      const key = networkKey(cidr.family, cidr.first);
      const same = networks.get(key);
      if (same === void 0) networks.set(key, [entry]);
      else same.push(entry);
    }
    this.sorted.sort(compareEntries);
    this.v4.prefixes.sort((a, b) => a - b);
    this.v6.prefixes.sort((a, b) => a - b);
  }
  /** Number of entries (item/CIDR pairs) in the index. */
  get size() {
    return this.sorted.length;
  }
  /**
   * Entries whose CIDR overlaps `query`, in input order; an item added under several
   * overlapping CIDRs appears once per CIDR. Use it when the message needs the matching block.
   */
  overlappingEntries(query) {
    const found = [];
    this.collectSupernets(query, query.prefix - 1, found);
    this.collectSubnets(query, found);
    return found.sort(bySeq).map(toPair);
  }
  /** Entries whose CIDR contains `query` (equal included), in input order. */
  containingEntries(query) {
    const found = [];
    this.collectSupernets(query, query.prefix, found);
    return found.sort(bySeq).map(toPair);
  }
  /** Items whose CIDR overlaps `query`, each once (by identity), in the order they were first added. */
  overlapping(query) {
    return distinctItems(this.overlappingEntries(query));
  }
  /** Items whose CIDR contains `query` (equal included), each once, in the order they were first added. */
  containing(query) {
    return distinctItems(this.containingEntries(query));
  }
  /** Entries of query's family whose CIDR is a supernet of it with prefix <= maxPrefix. */
  collectSupernets(query, maxPrefix, out) {
    const table = query.family === 4 ? this.v4 : this.v6;
    const masks = query.family === 4 ? HOST_MASK42 : HOST_MASK62;
    for (const p of table.prefixes) {
      if (p > maxPrefix) break;
      const entries = table.byPrefix.get(p)?.get(networkKey(query.family, query.first & ~masks[p]));
      if (entries !== void 0) for (const e of entries) out.push(e);
    }
  }
  /** Entries of query's family inside it (prefix >= the query's): first address in [first, last]. */
  collectSubnets(query, out) {
    const list = this.sorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      const c = list[mid].cidr;
      const before = c.family !== query.family ? c.family < query.family : c.first !== query.first ? c.first < query.first : c.prefix < query.prefix;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length; i++) {
      const e = list[i];
      if (e.cidr.family !== query.family || e.cidr.first > query.last) break;
      out.push(e);
    }
  }
};
function toPair(e) {
  return { cidr: e.cidr, item: e.item };
}
function distinctItems(entries) {
  if (entries.length < 2) return entries.map((e) => e.item);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { item } of entries) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

// src/model/peering-routes.ts
var SKIP = { kind: "skip" };
function unresolved(reason) {
  return { kind: "unresolved", reason };
}
function routeLabel(route) {
  return route.key;
}
function labelled(x) {
  return x.resource !== void 0 ? { resource: x.resource } : x.label;
}
function peeringRouteTarget(route) {
  const target = route.target;
  if (target.kind !== "peering") return SKIP;
  const label = routeLabel(route);
  const d = route.destination;
  if (d.state === "absent") {
    const pl = route.destinationPrefixListId;
    if (pl.state === "absent") return SKIP;
    const id = pl.state === "known" ? ` ${pl.value}` : "";
    return unresolved(`the destination of ${label} is a managed prefix list${id}, whose entries vpclint cannot see`);
  }
  if (d.state === "unknown") return d.invalid === true ? SKIP : unresolved(`the destination of ${label} is unknown (${d.reason})`);
  const p = target.peering;
  if (p.state === "absent") return SKIP;
  if (p.state === "unknown") {
    return p.invalid === true ? SKIP : unresolved(`the peering connection of ${label} is unknown (${p.reason})`);
  }
  return { kind: "ok", destination: d.value, peering: p.value };
}
function peeringRouteSides(route, peering) {
  const label = routeLabel(route);
  const t = route.routeTable;
  if (t.state === "absent") return unresolved(`the route table of ${label} is not set`);
  if (t.state === "unknown") {
    return t.invalid === true ? SKIP : unresolved(`the route table of ${label} is unknown (${t.reason})`);
  }
  const table = t.value;
  const v = table.vpc;
  if (v.state === "absent") return unresolved(`the VPC of route table ${table.label} is not set`);
  if (v.state === "unknown") {
    return v.invalid === true ? SKIP : unresolved(`the VPC of route table ${table.label} is unknown (${v.reason})`);
  }
  const vpc = v.value;
  const { requester, accepter } = peering;
  const requesterIsVpc = requester.state === "known" && requester.value.key === vpc.key;
  const accepterIsVpc = accepter.state === "known" && accepter.value.key === vpc.key;
  if (requesterIsVpc && accepterIsVpc) return SKIP;
  if (requesterIsVpc || accepterIsVpc) {
    const other = requesterIsVpc ? accepter : requester;
    const side = requesterIsVpc ? "accepter" : "requester";
    if (other.state === "known") return { kind: "ok", table, vpc, peer: other.value };
    return sideUnresolved(peering, side, other);
  }
  if (requester.state === "known" && accepter.state === "known") return SKIP;
  return requester.state !== "known" ? sideUnresolved(peering, "requester", requester) : sideUnresolved(peering, "accepter", accepter);
}
function sideUnresolved(peering, side, vpc) {
  if (vpc.state === "unknown") {
    return vpc.invalid === true ? SKIP : unresolved(`the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`);
  }
  return unresolved(`the ${side} VPC of ${peering.label} is not set`);
}
function resolvePeeringRoute(route) {
  const t = peeringRouteTarget(route);
  if (t.kind !== "ok") return t;
  const s = peeringRouteSides(route, t.peering);
  if (s.kind !== "ok") return s;
  return { kind: "ok", route, destination: t.destination, peering: t.peering, table: s.table, vpc: s.vpc, peer: s.peer };
}
var WIDEST_VPC_PREFIX = { 4: 16, 6: 44 };
function insidePeer(peer, destination) {
  let unknownReason2;
  for (const block of peer.cidrBlocks) {
    if ((block.kind === "ipv6" ? 6 : 4) !== destination.family) continue;
    const c = block.cidr;
    if (c.state === "known") {
      if (contains(c.value, destination)) return { kind: "inside", block: c.value };
    } else if (c.state === "unknown" && c.invalid !== true && unknownReason2 === void 0) {
      unknownReason2 = `the ${block.kind === "ipv6" ? "IPv6" : "IPv4"} CIDR block of ${peer.label} is unknown (${c.reason})`;
    }
  }
  if (destination.prefix < WIDEST_VPC_PREFIX[destination.family]) return { kind: "outside" };
  if (unknownReason2 === void 0 && peer.blocksIncomplete !== void 0) {
    unknownReason2 = `not every CIDR block of ${peer.label} is known (${peer.blocksIncomplete})`;
  }
  if (unknownReason2 !== void 0) {
    return { kind: "unknown", reason: `${unknownReason2}, so it cannot be told whether ${destination.canonical} is inside it` };
  }
  return { kind: "outside" };
}
var VpcBlockIndex = class {
  index;
  answers = /* @__PURE__ */ new Map();
  constructor(model) {
    const items = [];
    for (const vpc of model.vpcs) {
      for (const block of vpc.cidrBlocks) if (block.cidr.state === "known") items.push({ cidr: block.cidr.value, item: vpc });
    }
    this.index = new CidrIndex(items);
  }
  /** The first three VPCs by label whose blocks overlap `destination`, each with its first overlapping block. */
  firstOverlapping(destination) {
    const key = `${destination.family}/${destination.canonical}`;
    let found = this.answers.get(key);
    if (found === void 0) {
      const best = [];
      for (const { cidr, item } of this.index.overlappingEntries(destination)) {
        const same = best.findIndex((o) => o.vpc === item);
        if (same >= 0) {
          if (compareCidr(cidr, best[same].cidr) < 0) best[same] = { vpc: item, cidr };
          continue;
        }
        if (best.length === 3 && !(item.label < best[2].vpc.label)) continue;
        best.push({ vpc: item, cidr });
        best.sort((a, b) => a.vpc.label < b.vpc.label ? -1 : a.vpc.label > b.vpc.label ? 1 : 0);
        if (best.length > 3) best.pop();
      }
      found = best;
      this.answers.set(key, found);
    }
    return found;
  }
};
function classifyPeeringRoute(route, index) {
  const t = peeringRouteTarget(route);
  if (t.kind !== "ok") return t;
  if (isWorld(t.destination)) return { kind: "default", destination: t.destination, peering: t.peering };
  const s = peeringRouteSides(route, t.peering);
  if (s.kind !== "ok") return s;
  const facts = { route, destination: t.destination, peering: t.peering, ...s };
  const inside = insidePeer(s.peer, t.destination);
  if (inside.kind === "inside") return { kind: "inside", facts };
  if (inside.kind === "unknown") return unresolved(inside.reason);
  const third = index.firstOverlapping(t.destination).find((o) => o.vpc.key !== s.vpc.key && o.vpc.key !== s.peer.key);
  if (third === void 0) return { kind: "outside", facts };
  return { kind: "third", facts, third: third.vpc, thirdCidr: third.cidr, peeredWithPeer: arePeered(s.peer, third.vpc) };
}
function arePeered(a, b) {
  return a.peerings.some((p) => {
    const r = p.requester.state === "known" ? p.requester.value.key : void 0;
    const c = p.accepter.state === "known" ? p.accepter.value.key : void 0;
    return r === a.key && c === b.key || r === b.key && c === a.key;
  });
}

// rules/missing-reverse-route.ts
var missing_reverse_route_default = defineRule({
  id: "NET201",
  name: "missing-reverse-route",
  defaultSeverity: "error",
  summary: "A route sends traffic over a peering connection, but the peer side has no route back over it.",
  rationale: "VPC peering needs routes on both sides: the route table of the sending subnets must send the peer's range over the peering connection, and the route table of every peer subnet that answers must send the sender's range back over the same connection. Without the return route, replies follow the peer's other routes (or none) and are dropped, so connections hang even though the peering is active and every resource applied. A return route may cover the whole sending VPC or only the sending subnets, but it must be the most specific route for them in the peer table.",
  remediation: "In each route table named in the finding (the tables of the peer subnets that reply), add a route whose destination covers the sending subnets (or the whole sending VPC) with the same peering connection as target. In Terraform that is an `aws_route` with `vpc_peering_connection_id`, in CloudFormation an `AWS::EC2::Route` with `VpcPeeringConnectionId`. Remove more specific routes that send part of that range elsewhere.",
  messages: {
    missingReturnRoute: "Route {route} sends {destination} over peering {peering} to {peerVpc}, but {peerTable} has no route back over {peering} for {missing}, so the replies are dropped. Add a route for {missing} with target {peering} to {peerTable}."
  },
  check(model, context) {
    const memo = new Memo();
    for (const route of model.routes) {
      const r = resolvePeeringRoute(route);
      if (r.kind === "skip") continue;
      if (r.kind === "unresolved") {
        context.unresolved(route.subject, r.reason);
        continue;
      }
      const { destination, peering, table, vpc, peer } = r;
      const family = destination.family;
      const inside = insidePeer(peer, destination);
      if (inside.kind === "outside") continue;
      if (inside.kind === "unknown") {
        context.unresolved(route.subject, inside.reason);
        continue;
      }
      if (peer.external) {
        context.unresolved(
          route.subject,
          `${peer.label} is not managed in the linted code, so its route tables cannot be checked for a route back over ${peering.label}`
        );
        continue;
      }
      const sources = memo.sources(table, vpc, family);
      const replies = memo.replyTables(peer, destination);
      for (const why of replies.unresolved) context.unresolved(route.subject, why);
      for (const { table: peerTable, uncertain } of replies.tables) {
        const cov = memo.partition(peerTable, family).over(peering);
        const gaps = merge(sources.known.flatMap((s) => uncoveredParts(cov.sure, s)));
        const open = sources.unknown.filter(
          (u) => u.superset === void 0 || !u.superset.every((c) => unionCovers(cov.sure, c))
        );
        if (gaps.length === 0 && open.length === 0) continue;
        const prefix = `cannot tell whether ${peerTable.label} sends replies`;
        if (gaps.length === 0) {
          for (const u of open) context.unresolved(route.subject, `${prefix} back over ${peering.label}: ${u.reason}`);
          continue;
        }
        const missing = merge(sources.known.flatMap((s) => uncoveredParts(cov.possible, s)));
        const doubt = uncertain ?? cov.doubts[0] ?? (missing.length === 0 ? cov.maybe[0] : void 0);
        if (doubt !== void 0) {
          const gapText = gaps.map((c) => c.canonical).join(", ");
          context.unresolved(route.subject, `${prefix} for ${gapText} back over ${peering.label}: ${doubt}`);
          continue;
        }
        context.report({
          messageId: "missingReturnRoute",
          subject: route.subject,
          related: [{ resource: peering.resource }, labelled(peerTable), labelled(peer)],
          data: {
            route: routeLabel(route),
            destination: destination.canonical,
            peering: peering.label,
            peerVpc: peer.label,
            peerTable: peerTable.label,
            missing: missing.map((c) => c.canonical).join(", ")
          }
        });
      }
    }
  }
});
function familyCidr(subnet, family) {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}
function familyName(family) {
  return family === 4 ? "IPv4" : "IPv6";
}
function vpcBlocks(vpc, family) {
  const known2 = [];
  const unknown2 = [];
  for (const block of vpc.cidrBlocks) {
    if ((block.kind === "ipv6" ? 6 : 4) !== family) continue;
    const c = block.cidr;
    if (c.state === "known") known2.push(c.value);
    else if (c.state === "unknown" && c.invalid !== true) {
      unknown2.push(`the ${familyName(family)} CIDR block of ${vpc.label} is unknown (${c.reason})`);
    }
  }
  if (vpc.blocksIncomplete !== void 0) unknown2.push(`not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete})`);
  return { known: known2, unknown: unknown2 };
}
function replySources(table, vpc, family) {
  const known2 = [];
  const unknownSubnets = [];
  for (const subnet of table.subnets) {
    const c = familyCidr(subnet, family);
    if (c.state === "known") known2.push(c.value);
    else if (c.state === "unknown" && c.invalid !== true) {
      unknownSubnets.push(`the ${familyName(family)} CIDR of subnet ${subnet.label} is unknown (${c.reason})`);
    }
  }
  const blocks = vpcBlocks(vpc, family);
  if (known2.length === 0 && unknownSubnets.length === 0) {
    return { known: merge(blocks.known), unknown: blocks.unknown.map((reason) => ({ reason, superset: void 0 })) };
  }
  const superset = blocks.unknown.length === 0 ? blocks.known : void 0;
  return { known: merge(known2), unknown: unknownSubnets.map((reason) => ({ reason, superset })) };
}
var MAYBE = "\0maybe";
var Partition = class {
  owned = /* @__PURE__ */ new Map();
  /** Routes without a known destination, by target key: they may cover anything. */
  unplaced = [];
  maybeReasons = [];
  incomplete;
  cache = /* @__PURE__ */ new Map();
  constructor(table, family) {
    if (table.routesIncomplete !== void 0) {
      this.incomplete = `not every route of ${table.label} is known (${table.routesIncomplete})`;
    }
    const placed = [];
    for (const route of table.routes) {
      const key = targetKey(route);
      const d = route.destination;
      if (d.state === "known") {
        if (d.value.family !== family) continue;
        placed.push({ cidr: d.value, key });
        if (key === MAYBE) this.maybeReasons.push(maybeReason(route));
        continue;
      }
      if (key === void 0) continue;
      if (d.state === "unknown" && d.invalid !== true) {
        this.unplaced.push({ key, reason: `the destination of ${routeLabel(route)} is unknown (${d.reason})` });
      } else if (d.state === "absent" && route.destinationPrefixListId.state !== "absent") {
        this.unplaced.push({ key, reason: `${routeLabel(route)} goes to a managed prefix list, whose entries vpclint cannot see` });
      }
    }
    placed.sort((a, b) => compareCidr(a.cidr, b.cidr));
    const stack = [];
    for (const p of placed) {
      for (let top = stack.at(-1); top !== void 0 && !contains(top.cidr, p.cidr); top = stack.at(-1)) {
        this.close(top);
        stack.pop();
      }
      stack.at(-1)?.children.push(p.cidr);
      stack.push({ cidr: p.cidr, key: p.key, children: [] });
    }
    for (let i = stack.length - 1; i >= 0; i--) this.close(stack[i]);
  }
  /** Gives a route the part of its range that no more specific route takes. */
  close(node) {
    if (node.key === void 0) return;
    let list = this.owned.get(node.key);
    if (list === void 0) this.owned.set(node.key, list = []);
    for (const part of uncoveredParts(node.children, node.cidr)) list.push(part);
  }
  /** What the table sends over `peering`. */
  over(peering) {
    let c = this.cache.get(peering.key);
    if (c === void 0) {
      const sure = this.owned.get(peering.key) ?? [];
      const maybe = this.owned.get(MAYBE) ?? [];
      const doubts = [];
      if (this.incomplete !== void 0) doubts.push(this.incomplete);
      for (const u of this.unplaced) if (u.key === peering.key || u.key === MAYBE) doubts.push(u.reason);
      c = { sure, possible: maybe.length === 0 ? sure : [...sure, ...maybe], doubts, maybe: this.maybeReasons };
      this.cache.set(peering.key, c);
    }
    return c;
  }
};
function targetKey(route) {
  const t = route.target;
  if (t.kind === "unknown") return MAYBE;
  if (t.kind !== "peering") return void 0;
  if (t.peering.state === "known") return t.peering.value.key;
  return t.peering.state === "unknown" && t.peering.invalid !== true ? MAYBE : void 0;
}
function maybeReason(route) {
  const t = route.target;
  if (t.kind === "peering" && t.peering.state === "unknown") {
    return `the peering connection of ${routeLabel(route)} is unknown (${t.peering.reason})`;
  }
  return t.kind === "unknown" ? t.reason : `the target of ${routeLabel(route)} is unknown`;
}
var Memo = class {
  partitions = /* @__PURE__ */ new Map();
  sourceSets = /* @__PURE__ */ new Map();
  subnets = /* @__PURE__ */ new Map();
  replies = /* @__PURE__ */ new Map();
  partition(table, family) {
    let pair = this.partitions.get(table);
    if (pair === void 0) this.partitions.set(table, pair = [void 0, void 0]);
    const i = family === 4 ? 0 : 1;
    return pair[i] ??= new Partition(table, family);
  }
  sources(table, vpc, family) {
    let pair = this.sourceSets.get(table);
    if (pair === void 0) this.sourceSets.set(table, pair = [void 0, void 0]);
    const i = family === 4 ? 0 : 1;
    return pair[i] ??= replySources(table, vpc, family);
  }
  /** The subnets of a VPC by range in one family. */
  subnetLookup(vpc, family) {
    let pair = this.subnets.get(vpc);
    if (pair === void 0) this.subnets.set(vpc, pair = [void 0, void 0]);
    const i = family === 4 ? 0 : 1;
    let found = pair[i];
    if (found === void 0) {
      const items = [];
      const unknown2 = [];
      for (const subnet of vpc.subnets) {
        const c = familyCidr(subnet, family);
        if (c.state === "known") items.push({ cidr: c.value, item: subnet });
        else if (c.state === "unknown" && c.invalid !== true) unknown2.push({ subnet, reason: c.reason });
      }
      pair[i] = found = { index: new CidrIndex(items), unknown: unknown2 };
    }
    return found;
  }
  /**
   * The peer tables that carry replies: those of the peer's subnets inside the destination, or
   * every table of the peer when none of its subnets is in scope.
   */
  replyTables(peer, destination) {
    let byDestination = this.replies.get(peer);
    if (byDestination === void 0) this.replies.set(peer, byDestination = /* @__PURE__ */ new Map());
    const cached = byDestination.get(destination.canonical);
    if (cached !== void 0) return cached;
    const tables = /* @__PURE__ */ new Map();
    const unresolved2 = [];
    if (peer.subnets.length === 0) {
      tables.set(peer.mainRouteTable, void 0);
      for (const t of peer.routeTables) tables.set(t, void 0);
    } else {
      const lookup = this.subnetLookup(peer, destination.family);
      const add = (subnet, uncertain) => {
        const t = subnet.routeTable;
        if (t.state === "known") {
          if (uncertain === void 0 || !tables.has(t.value)) tables.set(t.value, uncertain);
        } else if (t.state === "unknown" && t.invalid !== true) {
          unresolved2.push(`the route table of subnet ${subnet.label} is unknown (${t.reason}), so its route back cannot be checked`);
        }
      };
      for (const subnet of lookup.index.overlapping(destination)) add(subnet, void 0);
      for (const { subnet, reason } of lookup.unknown) {
        add(subnet, `the ${familyName(destination.family)} CIDR of subnet ${subnet.label}, which uses this table, is unknown (${reason})`);
      }
    }
    const list = [...tables].map(([table, uncertain]) => ({ table, uncertain }));
    list.sort((a, b) => a.table.label < b.table.label ? -1 : a.table.label > b.table.label ? 1 : 0);
    const result = { tables: list, unresolved: unresolved2 };
    byDestination.set(destination.canonical, result);
    return result;
  }
};
function merge(cidrs) {
  if (cidrs.length === 0) return [];
  const sorted = [...cidrs].sort(compareCidr);
  const out = [];
  const first = sorted[0];
  let family = first.family;
  let lo = first.first;
  let hi = first.last;
  const flush = () => {
    const bits = family === 4 ? 32 : 128;
    let at2 = lo;
    while (at2 <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (at2 & size) === 0n && at2 + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(family, at2, bits - hostBits));
      at2 += size;
    }
  };
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.family === family && c.first <= hi + 1n) {
      if (c.last > hi) hi = c.last;
      continue;
    }
    flush();
    family = c.family;
    lo = c.first;
    hi = c.last;
  }
  flush();
  return out;
}

// rules/transitive-peering-route.ts
var transitive_peering_route_default = defineRule({
  id: "NET202",
  name: "transitive-peering-route",
  defaultSeverity: "error",
  summary: "A route sends traffic for a third VPC over a peering connection, but peering is not transitive.",
  rationale: "A VPC peering connection only carries traffic whose source and destination are in its two VPCs. A route in VPC A that sends the range of a third VPC C over the peering with B relies on B to pass the packets on to C, which AWS never does, even when B is itself peered with C. Terraform and CloudFormation apply such a route without complaint and the traffic is silently dropped.",
  remediation: "Connect A and C directly: create a peering connection between them and route C's range over it (in both directions), or attach all VPCs that must talk to each other to a transit gateway or Cloud WAN and route through it. Then remove the route to C's range from the peering with B.",
  messages: {
    transitive: "Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes {thirdVpc} ({thirdCidr}), which is peered with {peerVpc}; peering is not transitive, so {peerVpc} will not forward the traffic. Peer with {thirdVpc} directly (or use a transit gateway) and route {thirdCidr} over that connection.",
    thirdVpc: "Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes {thirdVpc} ({thirdCidr}), which is not part of {peerVpc}; a peering only reaches the peer VPC itself, so the traffic is dropped. Peer with {thirdVpc} directly (or use a transit gateway) and route {thirdCidr} over that connection."
  },
  check(model, context) {
    const index = new VpcBlockIndex(model);
    for (const route of model.routes) {
      const c = classifyPeeringRoute(route, index);
      if (c.kind === "unresolved") context.unresolved(route.subject, c.reason);
      if (c.kind !== "third") continue;
      const { facts, third, thirdCidr, peeredWithPeer } = c;
      context.report({
        messageId: peeredWithPeer ? "transitive" : "thirdVpc",
        subject: route.subject,
        related: [{ resource: facts.peering.resource }, labelled(facts.peer), labelled(third)],
        data: {
          route: routeLabel(route),
          destination: facts.destination.canonical,
          peering: facts.peering.label,
          peerVpc: facts.peer.label,
          thirdVpc: third.label,
          thirdCidr: thirdCidr.canonical
        }
      });
    }
  }
});

// rules/edge-to-edge-route.ts
var edge_to_edge_route_default = defineRule({
  id: "NET203",
  name: "edge-to-edge-route",
  defaultSeverity: "error",
  summary: "A route sends traffic over a peering connection to a default route or a range outside the peer VPC.",
  rationale: "A VPC peering connection only delivers packets addressed to the peer VPC itself. It does not extend the peer's internet gateway, NAT gateway, VPN connection, Direct Connect gateway or gateway endpoints to you (AWS calls this edge-to-edge routing and does not support it). A route for 0.0.0.0/0 or ::/0 over a peering, or for a range wider than the peer VPC or outside it, is accepted at apply time, and the traffic it catches is dropped: instances lose internet or on-premises access, often only in the subnets that use this route table.",
  remediation: "Route over the peering only the peer VPC's CIDR blocks (or parts of them). Send internet traffic to an internet gateway or NAT gateway in the same VPC, and on-premises or other-VPC traffic to a VPN, Direct Connect or transit gateway attachment of the same VPC. To share one egress point between VPCs, use a transit gateway instead of peering.",
  messages: {
    defaultRoute: "Route {route} sends all {family} traffic ({destination}) over peering {peering}; a peering cannot reach the other VPC's internet gateway, NAT gateway, VPN or Direct Connect, so this traffic is dropped. Send {destination} to a gateway of this VPC and route only the peer VPC's CIDR over {peering}.",
    outsidePeer: "Route {route} sends {destination} over peering {peering}, but that range is not inside {peerVpc} ({peerCidrs}); a peering reaches only the peer VPC's own addresses, not its gateways, VPN or Direct Connect, so traffic for the rest of the range is dropped. Narrow the route to {peerVpc}'s CIDR and send other traffic through a gateway of this VPC."
  },
  check(model, context) {
    const index = new VpcBlockIndex(model);
    for (const route of model.routes) {
      const c = classifyPeeringRoute(route, index);
      switch (c.kind) {
        case "unresolved":
          context.unresolved(route.subject, c.reason);
          break;
        case "default":
          context.report({
            messageId: "defaultRoute",
            subject: route.subject,
            related: [{ resource: c.peering.resource }],
            data: {
              route: routeLabel(route),
              destination: c.destination.canonical,
              family: c.destination.family === 4 ? "IPv4" : "IPv6",
              peering: c.peering.label
            }
          });
          break;
        case "outside": {
          const { facts } = c;
          const family = facts.destination.family;
          const blocks = [];
          let incomplete = facts.peer.blocksIncomplete !== void 0;
          for (const b of facts.peer.cidrBlocks) {
            if ((b.kind === "ipv6" ? 6 : 4) !== family) continue;
            if (b.cidr.state === "known") blocks.push(b.cidr.value.canonical);
            else if (b.cidr.state === "unknown" && b.cidr.invalid !== true) incomplete = true;
          }
          let peerCidrs = blocks.length > 0 ? blocks.join(", ") : `no IPv${family} block`;
          if (incomplete) peerCidrs = blocks.length > 0 ? `${peerCidrs} and unknown blocks` : "CIDR blocks unknown";
          context.report({
            messageId: "outsidePeer",
            subject: route.subject,
            related: [{ resource: facts.peering.resource }, labelled(facts.peer)],
            data: {
              route: routeLabel(route),
              destination: facts.destination.canonical,
              peering: facts.peering.label,
              peerVpc: facts.peer.label,
              peerCidrs
            }
          });
          break;
        }
        default:
          break;
      }
    }
  }
});

// rules/duplicate-peering.ts
var VpcNumbers = class {
  #byId = /* @__PURE__ */ new Map();
  #byObject = /* @__PURE__ */ new Map();
  #next = 0;
  of(vpc) {
    let n = this.#byObject.get(vpc);
    if (n !== void 0) return n;
    if (vpc.id.state === "known") {
      n = this.#byId.get(vpc.id.value);
      if (n === void 0) this.#byId.set(vpc.id.value, n = this.#next++);
    } else {
      n = this.#next++;
    }
    this.#byObject.set(vpc, n);
    return n;
  }
};
function pairKey(a, b) {
  return a < b ? a * 67108864 + b : b * 67108864 + a;
}
function vpcRelated2(vpc) {
  return vpc.resource ? { resource: vpc.resource } : vpc.label;
}
function cmp(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}
function byAddress(a, b) {
  return cmp(a.resource.address, b.resource.address) || cmp(a.resource.file, b.resource.file);
}
function nameOf(p, other) {
  return p.resource.address === other.resource.address ? `${p.resource.address} (in ${p.resource.file})` : p.resource.address;
}
var SIDES = ["requester", "accepter"];
function sideValue(p, side) {
  return side === "requester" ? p.requester : p.accepter;
}
var duplicate_peering_default = defineRule({
  id: "NET301",
  name: "duplicate-peering",
  defaultSeverity: "error",
  summary: "More than one peering connection joins the same pair of VPCs.",
  rationale: "AWS allows only one VPC peering connection between two VPCs, whichever side requests it. Terraform does not fail on a second one: AWS returns the ID of the existing connection, so two resources silently manage the same connection. Their settings (DNS resolution, tags, acceptance) fight on every apply, and destroying either resource deletes the connection that the other one and every route over it still depend on.",
  remediation: "Keep exactly one peering connection per pair of VPCs: remove the extra resource and point its routes and options at the remaining connection (use a `moved` block or `terraform state rm` so the shared connection is not destroyed). One connection can carry traffic in both directions.",
  messages: {
    duplicate: "Peering {peering} ({requester} to {accepter}) duplicates {first}, which already joins these two VPCs. AWS allows only one peering connection between two VPCs, and Terraform silently returns the existing connection's ID for a second one, so both resources would manage one connection. Remove {peering} and use {first}."
  },
  check(model, context) {
    const numbers = new VpcNumbers();
    const byPair = /* @__PURE__ */ new Map();
    const byVpc = /* @__PURE__ */ new Map();
    const undecided = [];
    const touch = (n, p) => {
      const list = byVpc.get(n);
      if (list) list.push(p);
      else byVpc.set(n, [p]);
    };
    for (const p of model.peerings) {
      const { requester, accepter } = p;
      const a = requester.state === "known" ? numbers.of(requester.value) : -1;
      const b = accepter.state === "known" ? numbers.of(accepter.value) : -1;
      if (a >= 0) touch(a, p);
      if (b >= 0 && b !== a) touch(b, p);
      if (a < 0 || b < 0) {
        undecided.push(p);
        continue;
      }
      const pair = pairKey(a, b);
      const list = byPair.get(pair);
      if (list) list.push(p);
      else byPair.set(pair, [p]);
    }
    for (const group of byPair.values()) {
      if (group.length < 2) continue;
      group.sort(byAddress);
      const first = group[0];
      const keptById = /* @__PURE__ */ new Map();
      const keep = (p) => {
        if (p.id.state !== "known") return true;
        const same = keptById.get(p.id.value);
        if (same?.some((q) => sameConnection(p, q))) return false;
        if (same) same.push(p);
        else keptById.set(p.id.value, [p]);
        return true;
      };
      keep(first);
      for (const p of group.slice(1)) {
        if (!keep(p)) continue;
        const requester = p.requester.value;
        const accepter = p.accepter.value;
        context.report({
          messageId: "duplicate",
          subject: { resource: p.resource },
          related: [{ resource: first.resource }, vpcRelated2(requester), vpcRelated2(accepter)],
          data: {
            peering: nameOf(p, first),
            first: nameOf(first, p),
            requester: requester.label,
            accepter: accepter.label
          }
        });
      }
    }
    const [firstAll, secondAll] = firstTwo(model.peerings);
    const firstTwoByVpc = /* @__PURE__ */ new Map();
    for (const p of undecided) {
      const unknownSides = SIDES.filter((side) => sideValue(p, side).state !== "known");
      if (unknownSides.some((side) => isInvalid(sideValue(p, side)))) continue;
      const knownSide = SIDES.find((side) => sideValue(p, side).state === "known");
      let other;
      let sharedLabel;
      if (knownSide) {
        const vpc = sideValue(p, knownSide).value;
        const key = numbers.of(vpc);
        let two = firstTwoByVpc.get(key);
        if (!two) {
          two = firstTwo(byVpc.get(key) ?? []);
          firstTwoByVpc.set(key, two);
        }
        other = two[0] === p ? two[1] : two[0];
        sharedLabel = vpc.label;
      } else {
        other = firstAll === p ? secondAll : firstAll;
      }
      if (!other) continue;
      const why = unknownSides.map((side) => `the ${side} VPC ${describe(sideValue(p, side))}`).join(" and ");
      const target = sharedLabel ? `${other.resource.address}, which also joins ${sharedLabel},` : `${other.resource.address} or another peering connection`;
      context.unresolved({ resource: p.resource }, `${why}, so whether it duplicates ${target} cannot be decided`);
    }
  }
});
function sameConnection(p, q) {
  if (p.id.state !== "known" || q.id.state !== "known" || p.id.value !== q.id.value) return false;
  const accepterOnly = (x) => x.accepterResource === x.resource;
  return p.resource.address === q.resource.address || accepterOnly(p) || accepterOnly(q);
}
function isInvalid(v) {
  return v.state === "unknown" && v.invalid === true;
}
function describe(v) {
  if (v.state === "unknown") return `is unknown (${v.reason})`;
  return "is not set";
}
function firstTwo(list) {
  let first;
  let second;
  for (const q of list) {
    if (q === first || q === second) continue;
    if (!first || byAddress(q, first) < 0) {
      second = first;
      first = q;
    } else if (!second || byAddress(q, second) < 0) {
      second = q;
    }
  }
  return [first, second];
}

// rules/open-ingress.ts
var SENSITIVE_PORTS = [
  { port: 22, name: "SSH", tcp: true, udp: false },
  { port: 23, name: "Telnet", tcp: true, udp: false },
  { port: 135, name: "Microsoft RPC", tcp: true, udp: true },
  { port: 137, name: "NetBIOS name service", tcp: false, udp: true },
  { port: 138, name: "NetBIOS datagram", tcp: false, udp: true },
  { port: 139, name: "NetBIOS session", tcp: true, udp: false },
  { port: 445, name: "SMB", tcp: true, udp: false },
  { port: 1433, name: "SQL Server", tcp: true, udp: false },
  { port: 1434, name: "SQL Server browser/admin", tcp: true, udp: true },
  { port: 1521, name: "Oracle", tcp: true, udp: false },
  { port: 2049, name: "NFS", tcp: true, udp: true },
  { port: 2375, name: "Docker API", tcp: true, udp: false },
  { port: 2376, name: "Docker API (TLS)", tcp: true, udp: false },
  { port: 2379, name: "etcd", tcp: true, udp: false },
  { port: 2380, name: "etcd peer", tcp: true, udp: false },
  { port: 3306, name: "MySQL", tcp: true, udp: false },
  { port: 3389, name: "RDP", tcp: true, udp: true },
  { port: 5432, name: "PostgreSQL", tcp: true, udp: false },
  { port: 5439, name: "Redshift", tcp: true, udp: false },
  { port: 5900, name: "VNC", tcp: true, udp: false },
  { port: 5985, name: "WinRM", tcp: true, udp: false },
  { port: 5986, name: "WinRM (HTTPS)", tcp: true, udp: false },
  { port: 6379, name: "Redis", tcp: true, udp: false },
  { port: 6443, name: "Kubernetes API", tcp: true, udp: false },
  { port: 9042, name: "Cassandra", tcp: true, udp: false },
  { port: 9200, name: "Elasticsearch", tcp: true, udp: false },
  { port: 9300, name: "Elasticsearch transport", tcp: true, udp: false },
  { port: 10250, name: "kubelet", tcp: true, udp: false },
  { port: 11211, name: "Memcached", tcp: true, udp: true },
  { port: 27017, name: "MongoDB", tcp: true, udp: false }
];
var MAX_SERVICES = 3;
var MAX_RULES = 5;
var PROTOCOL_NAMES = /* @__PURE__ */ new Map([
  ["2", "IGMP"],
  ["4", "IP-in-IP"],
  ["41", "IPv6-in-IPv4"],
  ["47", "GRE"],
  ["50", "ESP"],
  ["51", "AH"],
  ["132", "SCTP"]
]);
var SEVERITY = {
  allTraffic: "error",
  allPorts: "error",
  sensitivePort: "error",
  openPort: "warning"
};
function exposure(t) {
  switch (t.level) {
    case "allTraffic":
      return "every protocol and port";
    case "allPorts":
      return "every port";
    case "sensitivePort":
      return `including ${t.services}`;
    case "openPort":
      return "no administrative or database port among them";
  }
}
function unknownReason(v) {
  return v.state === "unknown" ? v.reason : "it is not set";
}
function servicesIn(protocol, lo, hi) {
  const names = [];
  for (const s of SENSITIVE_PORTS) {
    if (s.port >= lo && s.port <= hi && s[protocol]) names.push(`${s.name} (${s.port})`);
  }
  if (names.length <= MAX_SERVICES) return joinList(names);
  const shown = names.slice(0, MAX_SERVICES).join(", ");
  const more = names.length - MAX_SERVICES;
  return `${shown} and ${more} more administrative or database ${more === 1 ? "port" : "ports"}`;
}
function joinList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function readPort(v, attribute) {
  if (v.state === "absent") return "missing";
  if (v.state === "unknown") return { reason: v.reason };
  if (typeof v.value !== "number" || !Number.isInteger(v.value)) {
    return { reason: `${attribute} is ${JSON.stringify(v.value) ?? String(v.value)}, not a whole number` };
  }
  return v.value;
}
function classifyPorts(protocol, rule) {
  const from = readPort(rule.fromPort, "from_port");
  const to = readPort(rule.toPort, "to_port");
  if (typeof from === "object") return { ok: false, unknown: "port range", reason: from.reason };
  if (typeof to === "object") return { ok: false, unknown: "port range", reason: to.reason };
  let note = "";
  let lo;
  let hi;
  if (from === "missing" && to === "missing") {
    lo = 0;
    hi = 65535;
    note = " (no port range set)";
  } else if (typeof from === "number" && from < 0 || typeof to === "number" && to < 0) {
    lo = 0;
    hi = 65535;
    note = ` (written as ${from === "missing" ? "no from_port" : from} to ${to === "missing" ? "no to_port" : to})`;
  } else {
    const f = from === "missing" ? 0 : Math.min(from, 65535);
    const t = to === "missing" ? 65535 : Math.min(to, 65535);
    lo = Math.min(f, t);
    hi = Math.max(f, t);
    if (f > t) {
      note = ` (written inverted as ${from}-${to})`;
    }
  }
  const space = { kind: "ports", protocol, lo, hi };
  if (lo <= 1 && hi === 65535) {
    return { ok: true, traffic: { level: "allPorts", protocol, ports: "all ports", text: `all ${protocol} ports${note}`, services: "", space } };
  }
  const ports = lo === hi ? String(lo) : `${lo}-${hi}`;
  const text = `${protocol} ${lo === hi ? "port" : "ports"} ${ports}${note}`;
  const services = servicesIn(protocol, lo, hi);
  return { ok: true, traffic: { level: services ? "sensitivePort" : "openPort", protocol, ports, text, services, space } };
}
function classifyIcmp(protocol, rule) {
  const name = protocol === "icmp" ? "ICMP" : "ICMPv6";
  const read = (v) => v.state === "absent" ? -1 : v.state === "known" && Number.isInteger(v.value) ? v.value : void 0;
  const type = read(rule.fromPort);
  const code = read(rule.toPort);
  let ports;
  let space;
  if (type === void 0) {
    ports = "unknown types";
  } else if (type < 0) {
    ports = "all types";
    space = { kind: "icmp", protocol, type: -1, code: -1 };
  } else if (code === void 0) {
    ports = `type ${type}, unknown code`;
  } else if (code < 0) {
    ports = `type ${type}`;
    space = { kind: "icmp", protocol, type, code: -1 };
  } else {
    ports = `type ${type} code ${code}`;
    space = { kind: "icmp", protocol, type, code };
  }
  return { ok: true, traffic: { level: "openPort", protocol, ports, text: `${name} (${ports})`, services: "", space } };
}
function classify(rule) {
  if (rule.protocol.state !== "known") return { ok: false, unknown: "protocol", reason: unknownReason(rule.protocol) };
  const protocol = String(rule.protocol.value).toLowerCase();
  if (protocol === "all") {
    return { ok: true, traffic: { level: "allTraffic", protocol, ports: "all traffic", text: "all traffic", services: "", space: { kind: "all" } } };
  }
  if (protocol === "tcp" || protocol === "udp") return classifyPorts(protocol, rule);
  if (protocol === "icmp" || protocol === "icmpv6") return classifyIcmp(protocol, rule);
  const label = PROTOCOL_NAMES.get(protocol);
  const text = `IP protocol ${protocol}${label ? ` (${label})` : ""}`;
  return { ok: true, traffic: { level: "openPort", protocol, ports: "n/a", text, services: "", space: { kind: "protocol", protocol } } };
}
function admits(outer, inner) {
  if (outer.kind === "all") return true;
  switch (inner.kind) {
    case "all":
      return false;
    case "ports":
      return outer.kind === "ports" && outer.protocol === inner.protocol && outer.lo <= inner.lo && inner.hi <= outer.hi;
    case "icmp":
      return outer.kind === "icmp" && outer.protocol === inner.protocol && (outer.type === -1 || outer.type === inner.type) && (outer.code === -1 || outer.code === inner.code);
    case "protocol":
      return outer.kind === "protocol" && outer.protocol === inner.protocol;
  }
}
function spaceKey(s) {
  switch (s.kind) {
    case "all":
      return "all";
    case "ports":
      return `${s.protocol}:${s.lo}-${s.hi}`;
    case "icmp":
      return `${s.protocol}:${s.type}/${s.code}`;
    case "protocol":
      return `p:${s.protocol}`;
  }
}
function internetOf(c) {
  return c.family === 4 ? "IPv4 internet" : "IPv6 internet";
}
function pathText(path3) {
  let out = "";
  for (const part of path3) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}
function groupLabel(rule) {
  return rule.group.state === "known" ? rule.group.value.label : "a security group outside the linted files";
}
var WORLDS = [WORLD_IPV4, WORLD_IPV6];
var open_ingress_default = defineRule({
  id: "NET401",
  name: "open-ingress",
  defaultSeverity: "error",
  summary: "A security group rule admits traffic from the whole internet.",
  rationale: "Addresses reachable from the internet are scanned continuously. An ingress rule from 0.0.0.0/0 or ::/0 exposes every instance, load balancer or database in the group to anyone; on SSH, RDP, database or cluster-control ports, or on all ports, that is a direct path to a breach, and AWS Security Hub (EC2.13, EC2.14, EC2.18, EC2.19) flags it too. Ranges that only together cover the internet (0.0.0.0/1 and 128.0.0.0/1) are just as open. Public services such as HTTPS are legitimately open, so other ports are warnings to confirm.",
  remediation: "Allow only the addresses that need access: office or VPN ranges, a partner's /32, or a security group reference for traffic from inside AWS. Reach instances through SSM Session Manager or a bastion instead of opening SSH or RDP, keep databases in private subnets, and put public services behind a load balancer that alone is open on 443. Suppress the finding for endpoints that are meant to be public.",
  messages: {
    allTraffic: "{rule} admits all traffic (every protocol and port) from {cidr}, the whole {internet}, into {group}. Allow only the protocols and ports the workload needs, from the addresses that need them.",
    allPorts: "{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, so every service listening there is reachable from anywhere. Open only the ports the workload serves, to the addresses that need them.",
    sensitivePort: "{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, exposing {services}. Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
    openPort: "{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}. If this is a public endpoint, suppress this finding; otherwise allow only the addresses that need it.",
    unknownPorts: "{rule} admits traffic from {cidr}, the whole {internet}, into {group}, but its {unknown} cannot be determined before apply ({reason}), so it may admit administrative ports or all traffic. Write the protocol and ports as literals, or allow only the addresses that need access.",
    coversWorld: "{rule} admits {traffic} from {cidr}; the sources admitted for this traffic by {rules} together cover {world}, the whole {internet}, so {group} is open to everyone for it ({exposure}). Splitting a range does not narrow it: allow only the addresses that need access."
  },
  check(model, context) {
    const candidatesByGroup = /* @__PURE__ */ new Map();
    for (const rule of model.securityGroupRules) {
      if (rule.direction !== "ingress") continue;
      let classified;
      const narrow = [];
      for (const peer of rule.peers) {
        if (peer.kind !== "cidr") continue;
        const { cidr } = peer;
        if (cidr.state === "absent") continue;
        if (cidr.state === "unknown") {
          if (!cidr.invalid) {
            const where = pathText(peer.path);
            const why = where !== "" && cidr.reason.includes(where) ? cidr.reason : `source ${where} is unknown (${cidr.reason})`;
            context.unresolved(
              { resource: rule.subject.resource, path: peer.path },
              `${why}, so whether ${rule.key} admits the whole internet cannot be decided`
            );
          }
          continue;
        }
        if (!isWorld(cidr.value)) {
          narrow.push({ cidr: cidr.value, path: peer.path });
          continue;
        }
        classified ??= classify(rule);
        const subject = { resource: rule.subject.resource, path: peer.path };
        const base = { rule: rule.key, group: groupLabel(rule), cidr: cidr.value.text, internet: internetOf(cidr.value) };
        if (!classified.ok) {
          context.report({
            messageId: "unknownPorts",
            subject,
            severity: "error",
            data: { ...base, unknown: classified.unknown, reason: classified.reason }
          });
          continue;
        }
        const t = classified.traffic;
        const data = { ...base, protocol: t.protocol, ports: t.ports };
        if (t.level !== "allTraffic") data.traffic = t.text;
        if (t.level === "sensitivePort") data.services = t.services;
        context.report({ messageId: t.level, subject, severity: SEVERITY[t.level], data });
      }
      if (narrow.length === 0 || rule.group.state !== "known") continue;
      const candidate = { rule, cidrs: narrow };
      const key = rule.group.value.key;
      const list = candidatesByGroup.get(key);
      if (list) list.push(candidate);
      else candidatesByGroup.set(key, [candidate]);
    }
    for (const candidates of candidatesByGroup.values()) {
      for (const hit of coverHits(candidates)) context.report(hit);
    }
  }
});
function coveredWorlds(candidates) {
  return WORLDS.filter((world) => {
    const ranges = [];
    for (const c of candidates) for (const { cidr } of c.cidrs) if (cidr.family === world.family) ranges.push(cidr);
    return ranges.length > 0 && unionCovers(ranges, world);
  });
}
function coverHits(all) {
  const hits = [];
  if (coveredWorlds(all).length === 0) return hits;
  const candidates = [];
  for (const c of all) {
    const classified = classify(c.rule);
    if (classified.ok && classified.traffic.space) candidates.push({ ...c, traffic: classified.traffic, space: classified.traffic.space });
  }
  const families = coveredWorlds(candidates);
  if (families.length === 0) return hits;
  const buckets = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const key = spaceKey(c.space);
    const bucket = buckets.get(key);
    if (bucket) bucket.members.push(c);
    else buckets.set(key, { space: c.space, members: [c] });
  }
  for (const bucket of buckets.values()) {
    const admitting = [...buckets.values()].filter((b) => admits(b.space, bucket.space)).flatMap((b) => b.members);
    const covered = families.filter((world2) => {
      const ranges = [];
      for (const c of admitting) for (const { cidr } of c.cidrs) if (cidr.family === world2.family) ranges.push(cidr);
      return unionCovers(ranges, world2);
    });
    if (covered.length === 0) continue;
    const coveredFamilies = new Set(covered.map((w) => w.family));
    const participants = admitting.filter((c) => c.cidrs.some(({ cidr }) => coveredFamilies.has(cidr.family)));
    const keys = [...new Set(participants.map((c) => c.rule.key))].sort();
    const rules2 = keys.length > MAX_RULES ? `${keys.slice(0, MAX_RULES).join(", ")} and ${keys.length - MAX_RULES} more` : joinList(keys);
    const world = covered.map((w) => w.text).join(" and ");
    const internet = covered.length === 2 ? "IPv4 and IPv6 internet" : internetOf(covered[0]);
    for (const c of bucket.members) {
      const own2 = c.cidrs.filter(({ cidr }) => coveredFamilies.has(cidr.family));
      const first = own2[0];
      if (!first) continue;
      const t = c.traffic;
      hits.push({
        messageId: "coversWorld",
        subject: { resource: c.rule.subject.resource, path: first.path },
        related: participants.filter((p) => p !== c).map((p) => p.rule.subject),
        severity: SEVERITY[t.level],
        data: {
          rule: c.rule.key,
          group: groupLabel(c.rule),
          protocol: t.protocol,
          ports: t.ports,
          traffic: t.text,
          cidr: own2.map(({ cidr }) => cidr.text).join(", "),
          rules: rules2,
          world,
          internet,
          exposure: exposure(t)
        }
      });
    }
  }
  return hits;
}

// rules/index.ts
var rules = [
  invalid_cidr_default,
  peering_cidr_overlap_default,
  missing_reverse_route_default,
  transitive_peering_route_default,
  edge_to_edge_route_default,
  duplicate_peering_default,
  open_ingress_default
];

// src/engine/finding.ts
var SEVERITIES = ["error", "warning", "note"];
function severityRank(s) {
  return s === "error" ? 3 : s === "warning" ? 2 : 1;
}

// src/errors.ts
var VpclintError = class extends Error {
  code;
  file;
  line;
  column;
  hint;
  constructor(code, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
  }
};
var UsageError = class extends VpclintError {
  constructor(message, details) {
    super("usage", message, details);
    this.name = "UsageError";
  }
};
var InputError = class extends VpclintError {
  constructor(message, details) {
    super("input", message, details);
    this.name = "InputError";
  }
};
var ParseError = class extends VpclintError {
  constructor(message, details) {
    super("parse", message, details);
    this.name = "ParseError";
  }
};
function formatErrorLocation(e) {
  const where = [e.file, e.line, e.line !== void 0 ? e.column : void 0].filter((x) => x !== void 0);
  return where.length > 0 ? `${where.join(":")}: ${e.message}` : e.message;
}

// src/report/json.ts
function toJsonLocation(location) {
  return location.column === void 0 ? { file: location.file, line: location.line } : { file: location.file, line: location.line, column: location.column };
}
function toJsonFinding(f) {
  return {
    id: f.ruleId,
    rule: f.ruleName,
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    related: [...f.related],
    location: toJsonLocation(f.location),
    fingerprint: f.fingerprint
  };
}
function toJsonUnresolved(u) {
  return { rule: u.rule, resource: u.resource, reason: u.reason, id: u.ruleId, location: toJsonLocation(u.location) };
}
function toJsonError(e) {
  const out = {};
  if (e.file !== void 0) out.file = e.file;
  if (e.line !== void 0) out.line = e.line;
  if (e.line !== void 0 && e.column !== void 0) out.column = e.column;
  out.message = e.message;
  return out;
}
function toJsonReport(result, ctx) {
  return {
    version: 1,
    tool: { name: "vpclint", version: ctx.toolVersion },
    findings: result.findings.map(toJsonFinding),
    unresolved: result.unresolved.map(toJsonUnresolved),
    errors: result.errors.map(toJsonError)
  };
}
function renderJson(result, ctx) {
  return `${JSON.stringify(toJsonReport(result, ctx), null, 2)}
`;
}

// src/report/text.ts
var MAX_UNRESOLVED_SHOWN = 20;
var plain = (s) => s;
var sgr = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var NO_COLOURS = { red: plain, yellow: plain, cyan: plain, green: plain, magenta: plain, dim: plain, bold: plain };
var COLOURS = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
  magenta: sgr(35, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22)
};
function visible(s) {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function renderText(result, ctx) {
  const c = ctx.color ? COLOURS : NO_COLOURS;
  const severityPaint = { error: c.red, warning: c.yellow, note: c.cyan };
  const findingRows = result.findings.map((f) => ({
    where: `${visible(f.location.file)}:${f.location.line}`,
    label: f.severity,
    paint: severityPaint[f.severity],
    ruleId: f.ruleId,
    text: visible(f.message)
  }));
  const shown = result.unresolved.slice(0, MAX_UNRESOLVED_SHOWN);
  const unresolvedRows = shown.map((u) => ({
    where: `${visible(u.location.file)}:${u.location.line}`,
    label: "unresolved",
    paint: c.magenta,
    ruleId: u.ruleId,
    text: visible(`${u.resource}: ${u.reason}`)
  }));
  const rows = [...findingRows, ...unresolvedRows];
  let whereWidth = 0;
  let labelWidth = 0;
  let idWidth = 0;
  for (const r of rows) {
    whereWidth = Math.max(whereWidth, r.where.length);
    labelWidth = Math.max(labelWidth, r.label.length);
    idWidth = Math.max(idWidth, r.ruleId.length);
  }
  const indent2 = " ".repeat(whereWidth + labelWidth + idWidth + 6);
  const line = (r) => {
    const [first = "", ...rest] = r.text.split(/\r?\n/);
    const head = `${r.where.padEnd(whereWidth)}  ${r.paint(r.label.padEnd(labelWidth))}  ${c.dim(r.ruleId.padEnd(idWidth))}  ${first}`;
    return [head.trimEnd(), ...rest.map((l) => `${indent2}${l}`.trimEnd())].join("\n");
  };
  const blocks = [];
  if (findingRows.length > 0) blocks.push(findingRows.map(line).join("\n"));
  if (unresolvedRows.length > 0) {
    const more = result.unresolved.length - shown.length;
    const tail = more > 0 ? `
… and ${more} more; use --format json for all` : "";
    blocks.push(unresolvedRows.map(line).join("\n") + tail);
  }
  blocks.push(summary(result, c));
  return `${blocks.join("\n\n")}
`;
}
function summary(result, c) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  const files = plural(result.files.length, "file");
  const unresolved2 = result.unresolved.length;
  let line;
  if (result.findings.length > 0) {
    const parts = [];
    if (counts.error > 0) parts.push(plural(counts.error, "error"));
    if (counts.warning > 0) parts.push(plural(counts.warning, "warning"));
    if (counts.note > 0) parts.push(plural(counts.note, "note"));
    const checks = unresolved2 > 0 ? `, ${plural(unresolved2, "unresolved check")}` : "";
    const text = `✖ ${plural(result.findings.length, "problem")} (${parts.join(", ")})${checks} in ${files}`;
    const paint = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.cyan;
    line = c.bold(paint(text));
  } else if (result.files.length === 0) {
    line = c.green("✔ no problems: found no input that vpclint reads (Terraform plan JSON)");
  } else {
    const checks = unresolved2 > 0 ? ` (${plural(unresolved2, "unresolved check")})` : "";
    line = c.green(`✔ no problems in ${files}${checks}`);
  }
  if (result.errors.length > 0) {
    line += `
${c.bold(c.red(`✖ results are incomplete: ${plural(result.errors.length, "input or tool error")} (printed on stderr)`))}`;
  }
  return line;
}

// src/report/index.ts
var reporters = /* @__PURE__ */ new Map([
  ["text", renderText],
  ["json", renderJson]
]);
var PLANNED_FORMATS = ["sarif", "markdown", "github"];

// src/discover.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { stat } from "node:fs/promises";
import path from "node:path";
var INPUT_PATTERN = "**/*.{json,tf,yaml,yml,template}";
var IGNORED_DIRECTORIES = ["node_modules", ".terraform", ".git"];
function displayPath(absolute, cwd) {
  const relative = path.relative(cwd, absolute);
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
function fsToolError(file, error, prefix = "") {
  const cause = new InputError(`${prefix}${describeFsError(error)}`, { file, cause: error });
  return { file, message: cause.message, cause };
}
async function discover(paths2, cwd) {
  const found = /* @__PURE__ */ new Map();
  const errors = [];
  const add = (absolute) => {
    if (!found.has(absolute)) found.set(absolute, { path: absolute, file: displayPath(absolute, cwd) });
  };
  for (const given of paths2) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      errors.push(fsToolError(given, error));
      continue;
    }
    if (!stats.isDirectory()) {
      add(absolute);
      continue;
    }
    try {
      const entries = await (0, import_fast_glob.default)(INPUT_PATTERN, {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
        dot: true,
        caseSensitiveMatch: false,
        ignore: IGNORED_DIRECTORIES.map((d) => `**/${d}/**`)
      });
      for (const entry of entries) add(path.resolve(entry));
    } catch (error) {
      errors.push(fsToolError(given, error, "cannot search this directory: "));
    }
  }
  const files = [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, errors };
}

// src/run.ts
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";

// src/engine/run-rules.ts
import { createHash } from "node:crypto";
function locate(subject) {
  const { resource, path: path3 } = subject;
  return (path3 && path3.length > 0 ? resource.attributeLocation(path3) : void 0) ?? resource.location();
}
function formatPath(path3) {
  if (!path3) return "";
  let out = "";
  for (const part of path3) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}
function fingerprint(ruleId, subject, data) {
  const facts = Object.keys(data).sort().map((k) => [k, data[k]]);
  const input = JSON.stringify([ruleId, subject.resource.address, formatPath(subject.path), facts]);
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}
function isSubject(x) {
  return typeof x !== "string";
}
function runRules(model, rules2, options = {}) {
  const findings = [];
  const unresolved2 = [];
  const errors = [];
  const seenFindings = /* @__PURE__ */ new Set();
  const seenUnresolved = /* @__PURE__ */ new Set();
  for (const rule of rules2) {
    const override2 = options.severityOverrides?.get(rule.id) ?? options.severityOverrides?.get(rule.name);
    if (override2 === "off") continue;
    const report = (hit) => {
      const template = rule.messages[hit.messageId];
      if (template === void 0) throw new Error(`unknown messageId "${hit.messageId}"`);
      const data = {};
      for (const [k, v] of Object.entries(hit.data)) data[k] = String(v);
      const fp = fingerprint(rule.id, hit.subject, data);
      if (seenFindings.has(fp)) return;
      seenFindings.add(fp);
      const related = hit.related ?? [];
      findings.push({
        ruleId: rule.id,
        ruleName: rule.name,
        severity: override2 ?? hit.severity ?? rule.defaultSeverity,
        messageId: hit.messageId,
        message: formatMessage(template, data),
        data,
        subject: hit.subject,
        resource: hit.subject.resource.address,
        related: related.map((r) => isSubject(r) ? r.resource.address : r),
        relatedSubjects: related.filter(isSubject),
        location: locate(hit.subject),
        fingerprint: fp
      });
    };
    const markUnresolved = (subject, reason) => {
      const key = `${rule.id}\0${subject.resource.file}\0${subject.resource.address}\0${reason}`;
      if (seenUnresolved.has(key)) return;
      seenUnresolved.add(key);
      unresolved2.push({
        ruleId: rule.id,
        rule: rule.name,
        resource: subject.resource.address,
        reason,
        location: locate(subject)
      });
    };
    try {
      rule.check(model, { report, unresolved: markUnresolved });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      errors.push({
        message: `rule ${rule.id} (${rule.name}) failed: ${why}; its findings are missing from this run`,
        hint: "This is a bug in vpclint; please report it with the input that triggers it (rerun with --debug for the stack).",
        cause: error
      });
    }
  }
  findings.sort(compareFindings);
  unresolved2.sort((a, b) => compareLocation(a.location, b.location) || cmp2(a.ruleId, b.ruleId) || cmp2(a.resource, b.resource));
  return { findings, unresolved: unresolved2, errors };
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocation(a, b) {
  return cmp2(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
function compareFindings(a, b) {
  return compareLocation(a.location, b.location) || cmp2(a.ruleId, b.ruleId) || cmp2(a.resource, b.resource) || cmp2(a.fingerprint, b.fingerprint);
}

// src/model/build/adapter.ts
var PHASES = ["vpc", "declare", "link", "attach"];
function adapterKey(mode, type) {
  return mode === "data" ? `data.${type}` : type;
}

// src/model/tri.ts
var ABSENT = Object.freeze({ state: "absent" });
function known(value) {
  return { state: "known", value };
}
function unknown(reason, invalid = false) {
  return invalid ? { state: "unknown", reason, invalid: true } : { state: "unknown", reason };
}

// src/model/build/context.ts
var NOUN = {
  vpc: "VPC",
  subnet: "subnet",
  table: "route table",
  peering: "peering connection",
  sg: "security group"
};
var ID_PATH = Object.freeze(["id"]);
var MAX_LINK_DEPTH = 4;
var Ordered = class {
  items = [];
  orders = [];
  push(order, item) {
    this.items.push(item);
    this.orders.push(order);
  }
  /** Counting sort by order, stable: linear in items plus `limit`. */
  sorted(limit) {
    let inOrder = true;
    for (let i = 1; i < this.orders.length && inOrder; i++) inOrder = this.orders[i - 1] <= this.orders[i];
    if (inOrder) return this.items;
    const counts = new Array(limit + 1).fill(0);
    for (const o of this.orders) counts[o + 1] = (counts[o + 1] ?? 0) + 1;
    for (let i = 1; i <= limit; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const out = new Array(this.items.length);
    for (let i = 0; i < this.items.length; i++) {
      const o = this.orders[i];
      out[counts[o]] = this.items[i];
      counts[o] = counts[o] + 1;
    }
    return out;
  }
};
var TRUE = Object.freeze(known(true));
var FALSE = Object.freeze(known(false));
var knownBool = (b) => b ? TRUE : FALSE;
var smallInts = /* @__PURE__ */ new Map();
var knownInt = (n) => {
  let t = smallInts.get(n);
  if (t === void 0) {
    t = Object.freeze(known(n));
    if (smallInts.size < 4096) smallInts.set(n, t);
  }
  return t;
};
function pathText2(path3) {
  let out = "";
  for (const segment of path3) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
function show(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 48 ? `${value.slice(0, 48)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}
var phrases = /* @__PURE__ */ new Map();
function unknownPhrase(reason) {
  let phrase = phrases.get(reason);
  if (phrase === void 0) {
    const r = reason.trim();
    phrase = r === "" ? "unknown" : /^(known after apply|unknown|not known)/i.test(r) ? r : `unknown (${r})`;
    if (phrases.size < 1e3) phrases.set(reason, phrase);
  }
  return phrase;
}
function isSet(v) {
  return v.state === "unknown" || v.state === "known" && v.value !== "";
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var BuildContext = class {
  /** Input index of the resource being processed: where what it creates goes in the lists. */
  at = 0;
  resources;
  /** Keys that are not the plain address (the address occurs in several files, or twice in one). */
  renamed = /* @__PURE__ */ new Map();
  /** Input indexes by file, then by address: references resolve within the referencing file. */
  files = /* @__PURE__ */ new Map();
  /**
   * What each input resource stands for, by input index: the kind of entity, and one shared
   * `known(node)` (links to a node are many; arrays, not maps, keep 100k-resource builds fast).
   */
  kindAt;
  selfAt;
  /** Entities by known real ID, first declared wins. */
  byId = {
    vpc: /* @__PURE__ */ new Map(),
    subnet: /* @__PURE__ */ new Map(),
    table: /* @__PURE__ */ new Map(),
    peering: /* @__PURE__ */ new Map(),
    sg: /* @__PURE__ */ new Map()
  };
  /** Parse results by literal text: plans repeat the same blocks many times. */
  parsedCidrs = /* @__PURE__ */ new Map();
  vpcStates = /* @__PURE__ */ new Map();
  vpcStateList = [];
  /** VPCs by the known ID of the main route table AWS created with them. */
  vpcByMainTableId = /* @__PURE__ */ new Map();
  vpcs = new Ordered();
  subnets = new Ordered();
  tables = new Ordered();
  routes = new Ordered();
  peerings = new Ordered();
  groups = new Ordered();
  rules = new Ordered();
  literals = new Ordered();
  constructor(resources) {
    this.resources = resources;
    this.kindAt = new Array(resources.length);
    this.selfAt = new Array(resources.length);
    const repeated = [];
    let multiFile = false;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i];
      let byAddress2 = this.files.get(r.file);
      if (byAddress2 === void 0) {
        multiFile = this.files.size > 0;
        this.files.set(r.file, byAddress2 = /* @__PURE__ */ new Map());
      }
      if (byAddress2.has(r.address)) repeated.push(r);
      else byAddress2.set(r.address, i);
    }
    if (multiFile) {
      const fileOf = /* @__PURE__ */ new Map();
      const shared = /* @__PURE__ */ new Set();
      for (const r of resources) {
        const seen2 = fileOf.get(r.address);
        if (seen2 === void 0) fileOf.set(r.address, r.file);
        else if (seen2 !== r.file) shared.add(r.address);
      }
      if (shared.size > 0) {
        for (const r of resources) if (shared.has(r.address)) this.renamed.set(r, `${r.file}:${r.address}`);
      }
    }
    const seen = /* @__PURE__ */ new Map();
    for (const r of repeated) {
      const base = this.key(r);
      const n = (seen.get(base) ?? 1) + 1;
      seen.set(base, n);
      this.renamed.set(r, `${base}#${n}`);
    }
  }
  /** The resource's unique key in the model. */
  key(r) {
    return this.renamed.size === 0 ? r.address : this.renamed.get(r) ?? r.address;
  }
  /** "route[0].cidr_block of aws_route_table.a", or the key alone for an empty path. */
  describe(r, path3) {
    return path3.length === 0 ? this.key(r) : `${pathText2(path3)} of ${this.key(r)}`;
  }
  /** A readable Unknown for an unknown attribute value. */
  unknownValue(r, path3, reason) {
    return unknown(`${this.describe(r, path3)} is ${unknownPhrase(reason)}`);
  }
  // ---- readers
  /**
   * Is this an attribute the code leaves to the provider: unknown, and not set by the
   * configuration of a managed resource (a data source's attributes all come from AWS)?
   */
  isComputed(r, v) {
    return v.state === "unknown" && v.computed === true && r.mode === "managed";
  }
  /** The value as the code sets it: a computed attribute reads as not set. */
  configured(r, v) {
    return this.isComputed(r, v) ? ABSENT : v;
  }
  /** A string attribute (numbers are accepted as their text; empty strings are not set). */
  str(r, path3) {
    return this.strFrom(r, path3, r.get(path3));
  }
  strFrom(r, path3, v) {
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    if (typeof v.value === "string") return v.value === "" ? ABSENT : known(v.value);
    if (typeof v.value === "number" && Number.isFinite(v.value)) return known(String(v.value));
    return unknown(`${this.describe(r, path3)} is not a string: ${show(v.value)}`);
  }
  /** A boolean attribute (`"true"`/`"false"` accepted); `fallback` (AWS's default) when the code does not set it. */
  bool(r, path3, fallback) {
    const v = fallback === void 0 ? r.get(path3) : this.configured(r, r.get(path3));
    if (v.state === "absent") return fallback === void 0 ? ABSENT : knownBool(fallback);
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    if (typeof v.value === "boolean") return knownBool(v.value);
    if (v.value === "true" || v.value === "false") return knownBool(v.value === "true");
    return unknown(`${this.describe(r, path3)} is not a boolean: ${show(v.value)}`);
  }
  /** A port number (numeric strings accepted). */
  port(r, path3) {
    const v = r.get(path3);
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    const n = typeof v.value === "string" && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : v.value;
    if (typeof n === "number" && Number.isInteger(n)) return knownInt(n);
    return unknown(`${this.describe(r, path3)} is not a port number: ${show(v.value)}`);
  }
  /** An IP protocol, normalized: `all` for -1/"all", names for 6/17/1/58, other numbers as text. */
  protocol(r, path3) {
    const v = r.get(path3);
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    if (typeof v.value !== "string" && !(typeof v.value === "number" && Number.isFinite(v.value))) {
      return unknown(`${this.describe(r, path3)} is not a protocol: ${show(v.value)}`);
    }
    const text = String(v.value).trim().toLowerCase();
    if (text === "") return ABSENT;
    return PROTOCOLS.get(text) ?? known(/^\d+$/.test(text) ? String(Number(text)) : text);
  }
  /**
   * A list attribute's length, or why it cannot be read as a list. A computed list (inline
   * `route`, `ingress` the code does not write) is not set.
   */
  list(r, path3) {
    const v = this.configured(r, r.get(path3));
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    if (Array.isArray(v.value)) return { state: "known", length: v.value.length };
    return unknown(`${this.describe(r, path3)} is not a list: ${show(v.value)}`);
  }
  /**
   * A CIDR attribute of the expected family. Every literal read is recorded in `cidrLiterals`; a
   * malformed one (or a non-string, or the wrong family) becomes an invalid Unknown quoting it.
   * `emptyIsAbsent`: an empty string means "not set" (scalar fields), else it is malformed (list
   * elements). A computed top-level attribute is not set (AWS assigns no CIDR the code does not
   * ask for; the adapters handle IPAM and Amazon-provided blocks before reading the literal).
   * Nested attributes are not judged so: readers cannot always see nested configuration.
   */
  cidr(r, path3, family, emptyIsAbsent = true) {
    return this.cidrFrom(r, path3, r.get(path3), family, emptyIsAbsent);
  }
  cidrFrom(r, path3, v, family, emptyIsAbsent = true) {
    if (v.state === "absent" || path3.length === 1 && this.isComputed(r, v)) return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path3, v.reason);
    if (v.value === "" && emptyIsAbsent) return ABSENT;
    const text = typeof v.value === "string" ? v.value : show(v.value);
    let parsed = typeof v.value === "string" ? this.parsedCidrs.get(v.value) : void 0;
    if (parsed === void 0) {
      const result2 = parseCidr(v.value);
      parsed = { result: result2, tri: result2.ok ? known(result2.cidr) : void 0 };
      if (typeof v.value === "string") this.parsedCidrs.set(v.value, parsed);
    }
    let result = parsed.result;
    if (result.ok && result.cidr.family !== family) {
      result = { ok: false, error: `an IPv${result.cidr.family} block where an IPv${family} block is expected` };
    }
    this.literals.push(this.at, { subject: { resource: r, path: path3 }, text, result });
    if (result.ok && parsed.tri !== void 0) return parsed.tri;
    const error = result.ok ? "" : result.error;
    return unknown(`${this.describe(r, path3)} is not a valid CIDR block: ${show(v.value)} (${error})`, true);
  }
  // ---- entities
  /** Records that the resource being processed stands for `self`. */
  register(kind, self) {
    this.kindAt[this.at] = kind;
    this.selfAt[this.at] = self;
  }
  /** Input index of a resource: the one being processed, as a rule. */
  indexOf(r) {
    if (this.resources[this.at] === r) return this.at;
    const index = this.files.get(r.file)?.get(r.address);
    return index !== void 0 && this.resources[index] === r ? index : this.resources.indexOf(r);
  }
  /** Declares a VPC for the resource being processed (or one known only by ID), with its implicit main table. */
  addVpc(fields) {
    const implicit = {
      key: `${fields.key} main route table`,
      label: `${fields.label} main route table`,
      id: unknown(`the main route table of ${fields.label} is created with the VPC; its ID is known after apply`),
      vpc: ABSENT,
      isMain: true,
      implicit: true,
      routes: [],
      subnets: []
    };
    if (fields.resource !== void 0) implicit.resource = fields.resource;
    const node = {
      key: fields.key,
      label: fields.label,
      id: fields.id,
      external: fields.external,
      cidrBlocks: fields.cidrBlocks,
      enableDnsSupport: fields.enableDnsSupport,
      enableDnsHostnames: fields.enableDnsHostnames,
      region: fields.region,
      accountId: fields.accountId,
      subnets: [],
      routeTables: [],
      mainRouteTable: implicit,
      peerings: [],
      securityGroups: []
    };
    if (fields.resource !== void 0) node.resource = fields.resource;
    if (fields.name !== void 0) node.name = fields.name;
    if (fields.blocksIncomplete !== void 0) node.blocksIncomplete = fields.blocksIncomplete;
    const self = known(node);
    implicit.vpc = self;
    const state = { node, self, order: this.at, implicit, implicitSelf: known(implicit), implicitUsed: false };
    this.vpcStates.set(node, state);
    this.vpcStateList.push(state);
    if (fields.resource !== void 0) this.register("vpc", self);
    this.indexId("vpc", node.id, self);
    this.vpcs.push(this.at, node);
    return node;
  }
  /** Makes the resource being processed (a data source for a VPC already in the model) stand for that VPC. */
  aliasVpc(vpc) {
    this.register("vpc", this.stateOf(vpc).self);
  }
  /** A VPC with this known ID, if one is declared. */
  vpcById(id) {
    return this.byId.vpc.get(id)?.value;
  }
  /** Records the known ID of the main route table AWS creates with the VPC. */
  setImplicitMainTableId(vpc, id) {
    const state = this.stateOf(vpc);
    if (state.implicit.id.state !== "known") state.implicit.id = known(id);
    if (!this.vpcByMainTableId.has(id)) this.vpcByMainTableId.set(id, state);
  }
  /** Marks the implicit main table of a VPC whose routes are not all in the linted files. */
  setImplicitRoutesIncomplete(vpc, reason) {
    const state = this.stateOf(vpc);
    state.implicit.routesIncomplete = reason;
    if (state.implicit.id.state === "unknown") state.implicit.id = unknown(reason);
  }
  addSubnet(node) {
    const self = known(node);
    this.register("subnet", self);
    this.indexId("subnet", node.id, self);
    this.subnets.push(this.at, node);
    return self;
  }
  addTable(node, ...ids) {
    const self = known(node);
    this.register("table", self);
    this.indexId("table", node.id, self);
    for (const id of ids) this.indexId("table", id, self);
    this.tables.push(this.at, node);
    return self;
  }
  addPeering(node) {
    const self = known(node);
    this.register("peering", self);
    this.indexId("peering", node.id, self);
    this.peerings.push(this.at, node);
    return self;
  }
  /** Makes the resource being processed (an accepter) stand for `peering`, and indexes the IDs it knows. */
  aliasPeering(peering, ...ids) {
    this.register("peering", peering);
    for (const id of ids) this.indexId("peering", id, peering);
  }
  addSecurityGroup(node) {
    const self = known(node);
    this.register("sg", self);
    this.indexId("sg", node.id, self);
    this.groups.push(this.at, node);
    return self;
  }
  addRoute(route) {
    this.routes.push(this.at, route);
    if (route.routeTable.state === "known") route.routeTable.value.routes.push(route);
  }
  addRule(rule) {
    this.rules.push(this.at, rule);
    if (rule.group.state === "known") rule.group.value.rules.push(rule);
  }
  /** `known(node)` for the node a resource declares (shared by every link to it), if any. */
  selfOf(kind, r) {
    const index = this.indexOf(r);
    return this.kindAt[index] === kind ? this.selfAt[index] : void 0;
  }
  /** The node a resource declares, if any. */
  nodeOf(kind, r) {
    return this.selfOf(kind, r)?.value;
  }
  indexId(kind, id, self) {
    if (id.state === "known" && !this.byId[kind].has(id.value)) this.byId[kind].set(id.value, self);
  }
  stateOf(vpc) {
    return this.vpcStates.get(vpc);
  }
  /** Links a table to its VPC (first link wins). */
  attachTable(table, vpc) {
    table.vpc = vpc;
    if (vpc.state === "known") vpc.value.routeTables.push(table);
  }
  /** An `aws_default_route_table`: it is the table AWS created with the VPC. */
  setDefaultTable(vpc, table) {
    this.stateOf(vpc).defaultTable ??= table;
  }
  /** A main route table association: `table` replaces the VPC's main table (first wins). */
  setMainAssociation(vpc, table) {
    if (table.state === "absent") return;
    const state = this.stateOf(vpc);
    if (state.mainAssociation === void 0 || state.mainAssociation.state !== "known" && table.state === "known") {
      state.mainAssociation = table;
    }
  }
  setDefaultSecurityGroup(vpc, sg) {
    this.stateOf(vpc).defaultSg ??= sg;
  }
  /** An explicit association of a subnet with a table (first wins). */
  associate(subnet, table) {
    if (subnet.explicitAssociation) return;
    subnet.explicitAssociation = true;
    subnet.routeTable = table;
  }
  /** The table AWS created with the VPC: its `aws_default_route_table`, or the implicit one. */
  originalMainTable(state) {
    if (state.defaultTable !== void 0) return state.defaultTable;
    state.implicitUsed = true;
    return state.implicitSelf;
  }
  /** The VPC known only by this ID: one external stub per ID. */
  stubVpc(id) {
    const why = `${id} is not defined in the linted files`;
    const vpc = this.addVpc({
      key: id,
      label: id,
      id: known(id),
      external: true,
      cidrBlocks: [],
      blocksIncomplete: why,
      enableDnsSupport: unknown(why),
      enableDnsHostnames: unknown(why),
      region: unknown(why),
      accountId: unknown(why)
    });
    this.setImplicitRoutesIncomplete(vpc, `the routes of ${id}'s main route table are not in the linted files`);
    return this.stateOf(vpc).self;
  }
  // ---- links
  /**
   * Resolves an attribute that names another resource: a known ID is looked up among the known
   * IDs of every entity (an unmatched `vpc-…` becomes an external VPC stub); an unknown value
   * follows its references within the same file; absent stays absent.
   */
  link(kind, r, path3) {
    return this.linkValue(kind, r, path3, r.get(path3), 0);
  }
  /** Like `link`, for a value already read. */
  linkValue(kind, r, path3, v, depth) {
    if (v.state === "absent") return ABSENT;
    if (v.state === "known") return this.linkId(kind, r, path3, v.value);
    let failure;
    for (const ref of v.refs) {
      const result = this.followRef(kind, r, ref, depth);
      if (result === void 0) continue;
      if (result.state === "known") return result;
      if (result.state === "unknown") failure ??= result;
    }
    return failure ?? this.unlinked(r, path3, v.reason);
  }
  /** "vpc_id of aws_subnet.a is known after apply and not linked to a resource in the plan". */
  unlinked(r, path3, reason) {
    const scope = r.format === "terraform-plan" ? "the plan" : "the linted files";
    return unknown(`${this.describe(r, path3)} is ${unknownPhrase(reason)} and not linked to a resource in ${scope}`);
  }
  linkId(kind, r, path3, value) {
    if (typeof value !== "string") return unknown(`${this.describe(r, path3)} is not an ID: ${show(value)}`);
    if (value === "") return ABSENT;
    const hit = this.byId[kind].get(value);
    if (hit !== void 0) return hit;
    if (kind === "table") {
      const state = this.vpcByMainTableId.get(value);
      if (state !== void 0) return this.originalMainTable(state);
    }
    if (kind === "vpc" && value.startsWith("vpc-")) return this.stubVpc(value);
    return unknown(`${this.describe(r, path3)} is ${value}, which matches no ${NOUN[kind]} in the linted files`);
  }
  lastFile;
  lastFileIndex;
  /** Input index of the resource at `address` in `file` (lookups nearly always stay in one file). */
  indexIn(file, address) {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastFileIndex = this.files.get(file);
    }
    return this.lastFileIndex?.get(address);
  }
  /** The VPC an input resource stands for, if any. */
  vpcAt(index) {
    return this.kindAt[index] === "vpc" ? this.stateOf(this.selfAt[index].value) : void 0;
  }
  /** Follows one reference: undefined when its target is not in the same file. */
  followRef(kind, from, ref, depth) {
    const index = this.indexIn(from.file, ref.address);
    if (index === void 0) return void 0;
    const attr = ref.attribute.length === 0 ? ID_PATH : ref.attribute;
    const only = attr.length === 1 ? attr[0] : void 0;
    if (only === "id" && this.kindAt[index] === kind) return this.selfAt[index];
    if (kind === "table" && (only === "main_route_table_id" || only === "default_route_table_id")) {
      const state = this.vpcAt(index);
      if (state !== void 0) return this.originalMainTable(state);
    }
    if (kind === "sg" && only === "default_security_group_id") {
      const sg = this.vpcAt(index)?.defaultSg;
      if (sg !== void 0) return sg;
    }
    if (depth >= MAX_LINK_DEPTH) return void 0;
    const target = this.resources[index];
    return this.linkValue(kind, target, attr, target.get(attr), depth + 1);
  }
  /**
   * The VPC whose original main table has this ID (an `aws_default_route_table`'s
   * `default_route_table_id`): by known ID, or by a reference to a VPC's
   * `default_route_table_id` / `main_route_table_id`.
   */
  linkVpcByMainTableId(r, path3) {
    const v = r.get(path3);
    if (v.state === "absent") return ABSENT;
    if (v.state === "known") {
      if (typeof v.value !== "string") return unknown(`${this.describe(r, path3)} is not an ID: ${show(v.value)}`);
      if (v.value === "") return ABSENT;
      const state = this.vpcByMainTableId.get(v.value);
      if (state !== void 0) return state.self;
      const table = this.byId.table.get(v.value)?.value;
      if (table !== void 0 && table.vpc.state === "known") return table.vpc;
      return unknown(`${this.describe(r, path3)} is ${v.value}, which is not the main route table of a VPC in the linted files`);
    }
    for (const ref of v.refs) {
      const index = this.indexIn(r.file, ref.address);
      const state = index === void 0 ? void 0 : this.vpcAt(index);
      const only = ref.attribute.length === 1 ? ref.attribute[0] : void 0;
      if (state !== void 0 && (only === "default_route_table_id" || only === "main_route_table_id")) return state.self;
    }
    return this.unlinked(r, path3, v.reason);
  }
  // ---- result
  /** Decides main tables and subnet tables, and returns the model with every list in input order. */
  finish() {
    for (const state of this.vpcStateList) {
      const vpc = state.node;
      const original = state.defaultTable ?? state.implicitSelf;
      const association = state.mainAssociation;
      if (association?.state === "known") {
        original.value.isMain = false;
        association.value.isMain = true;
        vpc.mainRouteTable = association.value;
        state.mainSelf = association;
      } else {
        original.value.isMain = association === void 0;
        vpc.mainRouteTable = original.value;
        state.mainSelf = association ?? original;
      }
      if (state.implicit === vpc.mainRouteTable || state.implicitUsed) {
        vpc.routeTables.unshift(state.implicit);
        this.tables.push(state.order, state.implicit);
      }
    }
    const subnets = this.subnets.sorted(this.resources.length);
    for (const subnet of subnets) {
      if (!subnet.explicitAssociation) {
        if (subnet.vpc.state === "known") {
          const main2 = this.stateOf(subnet.vpc.value).mainSelf;
          subnet.routeTable = main2.state === "unknown" ? unknown(`${subnet.key} uses the main route table of ${subnet.vpc.value.label}, which is unknown: ${main2.reason}`) : main2;
        } else if (subnet.vpc.state === "unknown") {
          subnet.routeTable = unknown(`${subnet.key} uses its VPC's main route table, but its VPC is unknown: ${subnet.vpc.reason}`);
        }
      }
      if (subnet.routeTable.state === "known") subnet.routeTable.value.subnets.push(subnet);
    }
    const n = this.resources.length;
    return {
      vpcs: this.vpcs.sorted(n),
      subnets,
      routeTables: this.tables.sorted(n),
      routes: this.routes.sorted(n),
      peerings: this.peerings.sorted(n),
      securityGroups: this.groups.sorted(n),
      securityGroupRules: this.rules.sorted(n),
      cidrLiterals: this.literals.sorted(n)
    };
  }
};
var PROTOCOLS = new Map(
  [
    ["-1", "all"],
    ["all", "all"],
    ["6", "tcp"],
    ["tcp", "tcp"],
    ["17", "udp"],
    ["udp", "udp"],
    ["1", "icmp"],
    ["icmp", "icmp"],
    ["58", "icmpv6"],
    ["icmpv6", "icmpv6"]
  ].map(([text, name]) => [text, Object.freeze(known(name))])
);

// src/model/build/terraform.ts
var paths = /* @__PURE__ */ new Map();
function at(base, name) {
  if (base.length > 0) return [...base, name];
  let path3 = paths.get(name);
  if (path3 === void 0) paths.set(name, path3 = Object.freeze([name]));
  return path3;
}
function idText(ctx, r, path3, what) {
  const id = ctx.str(r, path3);
  return id.state === "known" ? `${what} ${id.value}` : `an ${what}`;
}
function primaryBlock(ctx, r) {
  const path3 = ["cidr_block"];
  const v = r.get(path3);
  if (v.state === "known" && v.value !== "") return ctx.cidrFrom(r, path3, v, 4);
  if (isSet(ctx.configured(r, r.get(["ipv4_ipam_pool_id"])))) {
    return unknown(`cidr_block of ${ctx.key(r)} is allocated from ${idText(ctx, r, ["ipv4_ipam_pool_id"], "IPAM pool")} at apply time`);
  }
  if (v.state === "unknown") return ctx.unknownValue(r, path3, v.reason);
  return void 0;
}
function ipv6Block(ctx, r) {
  const path3 = ["ipv6_cidr_block"];
  const v = r.get(path3);
  const assign = ctx.bool(r, ["assign_generated_ipv6_cidr_block"]);
  const amazonProvided = assign.state === "known" && assign.value;
  if (v.state === "known" && v.value !== "") return { cidr: ctx.cidrFrom(r, path3, v, 6), amazonProvided };
  if (amazonProvided) {
    return { cidr: unknown(`the Amazon-provided IPv6 block of ${ctx.key(r)} is allocated at apply time`), amazonProvided };
  }
  if (isSet(ctx.configured(r, r.get(["ipv6_ipam_pool_id"])))) {
    const pool = idText(ctx, r, ["ipv6_ipam_pool_id"], "IPAM pool");
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (isSet(ctx.configured(r, r.get(["ipv6_pool"])))) {
    const pool = idText(ctx, r, ["ipv6_pool"], "IPv6 address pool");
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (v.state === "unknown" && !ctx.isComputed(r, v) && (assign.state === "unknown" || v.refs.length > 0)) {
    return { cidr: ctx.unknownValue(r, path3, v.reason), amazonProvided };
  }
  return void 0;
}
function nameTag(r) {
  for (const tags of ["tags", "tags_all"]) {
    const v = r.get([tags, "Name"]);
    if (v.state === "known" && typeof v.value === "string" && v.value !== "") return v.value;
  }
  return void 0;
}
function orUnknown(ctx, r, path3, v) {
  return v.state === "absent" ? unknown(`${ctx.describe(r, path3)} is not in the plan`) : v;
}
function declareVpc(r, ctx, external) {
  const key = ctx.key(r);
  const blocks = [];
  let incomplete;
  const primary = primaryBlock(ctx, r);
  if (primary !== void 0) {
    blocks.push({ kind: "ipv4-primary", cidr: primary, subject: { resource: r, path: ["cidr_block"] } });
    if (external && primary.state === "unknown") incomplete = primary.reason;
  } else {
    incomplete = `${key} has no cidr_block`;
  }
  const v6 = ipv6Block(ctx, r);
  if (v6 !== void 0) {
    const block = { kind: "ipv6", cidr: v6.cidr, subject: { resource: r, path: ["ipv6_cidr_block"] } };
    blocks.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  } else if (external) {
    const raw = r.get(["ipv6_cidr_block"]);
    if (raw.state === "unknown") incomplete ??= ctx.unknownValue(r, ["ipv6_cidr_block"], raw.reason).reason;
  }
  if (external) incomplete = secondaryBlocksOfDataSource(ctx, r, blocks) ?? incomplete;
  const region = ctx.str(r, ["region"]);
  const account = ctx.str(r, ["owner_id"]);
  const dnsSupport = ctx.bool(r, ["enable_dns_support"], external ? void 0 : true);
  const dnsHostnames = ctx.bool(r, ["enable_dns_hostnames"], external ? void 0 : false);
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, ["id"]),
    external,
    cidrBlocks: blocks,
    enableDnsSupport: orUnknown(ctx, r, ["enable_dns_support"], dnsSupport),
    enableDnsHostnames: orUnknown(ctx, r, ["enable_dns_hostnames"], dnsHostnames),
    region: region.state === "known" ? region : unknown(`the region of ${key} comes from the provider configuration`),
    accountId: account.state === "known" ? account : unknown(`the account of ${key} comes from the provider configuration`)
  });
  const name = nameTag(r);
  if (name !== void 0) vpc.name = name;
  if (incomplete !== void 0) vpc.blocksIncomplete = incomplete;
  for (const attr of ["main_route_table_id", "default_route_table_id"]) {
    const id = ctx.str(r, [attr]);
    if (id.state === "known") ctx.setImplicitMainTableId(vpc, id.value);
  }
  if (external) ctx.setImplicitRoutesIncomplete(vpc, `the routes of ${key}'s main route table are not in the linted files`);
  return vpc;
}
function secondaryBlocksOfDataSource(ctx, r, blocks) {
  const list = ctx.list(r, ["cidr_block_associations"]);
  if (list.state === "unknown") return list.reason;
  if (list.state !== "known") return void 0;
  const primary = r.get(["cidr_block"]);
  const primaryText = primary.state === "known" ? primary.value : void 0;
  let incomplete;
  for (let i = 0; i < list.length; i++) {
    const state = r.get(["cidr_block_associations", i, "state"]);
    if (state.state === "known" && typeof state.value === "string" && !/^associat(ed|ing)$/.test(state.value)) continue;
    const path3 = ["cidr_block_associations", i, "cidr_block"];
    const v = r.get(path3);
    if (v.state === "unknown") {
      incomplete ??= ctx.unknownValue(r, path3, v.reason).reason;
      continue;
    }
    if (v.state === "absent" || v.value === "" || v.value === primaryText) continue;
    blocks.push({ kind: "ipv4-secondary", cidr: ctx.cidrFrom(r, path3, v, 4), subject: { resource: r, path: path3 } });
  }
  return incomplete;
}
function declareDataVpc(r, ctx) {
  const id = ctx.str(r, ["id"]);
  const existing = id.state === "known" ? ctx.vpcById(id.value) : void 0;
  if (existing !== void 0) ctx.aliasVpc(existing);
  else declareVpc(r, ctx, true);
}
function ipv4Association(r, ctx) {
  const vpc = ctx.link("vpc", r, ["vpc_id"]);
  const cidr = primaryBlock(ctx, r) ?? unknown(`${ctx.key(r)} has no cidr_block`);
  if (vpc.state === "known") {
    vpc.value.cidrBlocks.push({ kind: "ipv4-secondary", cidr, subject: { resource: r, path: ["cidr_block"] } });
  }
}
function ipv6Association(r, ctx) {
  const vpc = ctx.link("vpc", r, ["vpc_id"]);
  const raw = r.get(["ipv6_cidr_block"]);
  const v6 = ipv6Block(ctx, r) ?? (raw.state === "unknown" ? { cidr: ctx.unknownValue(r, ["ipv6_cidr_block"], raw.reason), amazonProvided: false } : { cidr: unknown(`${ctx.key(r)} has no ipv6_cidr_block`), amazonProvided: false });
  if (vpc.state === "known") {
    const block = { kind: "ipv6", cidr: v6.cidr, subject: { resource: r, path: ["ipv6_cidr_block"] } };
    vpc.value.cidrBlocks.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  }
}
function declareSubnet(r, ctx) {
  const key = ctx.key(r);
  ctx.addSubnet({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, ["id"]),
    vpc: ABSENT,
    cidr: ctx.cidr(r, ["cidr_block"], 4),
    ipv6Cidr: ctx.cidr(r, ["ipv6_cidr_block"], 6),
    routeTable: ABSENT,
    explicitAssociation: false
  });
}
function linkSubnet(r, ctx) {
  const subnet = ctx.nodeOf("subnet", r);
  subnet.vpc = ctx.link("vpc", r, ["vpc_id"]);
  if (subnet.vpc.state === "known") subnet.vpc.value.subnets.push(subnet);
}
function newTable(r, ctx, id, isMain) {
  const key = ctx.key(r);
  return { key, label: key, resource: r, id, vpc: ABSENT, isMain, implicit: false, routes: [], subnets: [] };
}
function declareRouteTable(r, ctx) {
  ctx.addTable(newTable(r, ctx, ctx.str(r, ["id"]), false));
}
function linkRouteTable(r, ctx) {
  ctx.attachTable(ctx.nodeOf("table", r), ctx.link("vpc", r, ["vpc_id"]));
}
function declareDefaultRouteTable(r, ctx) {
  const id = ctx.str(r, ["id"]);
  const original = ctx.str(r, ["default_route_table_id"]);
  ctx.addTable(newTable(r, ctx, id.state === "known" || original.state !== "known" ? id : original, true), original);
}
function linkDefaultRouteTable(r, ctx) {
  const self = ctx.selfOf("table", r);
  const table = self.value;
  let vpc = ctx.linkVpcByMainTableId(r, ["default_route_table_id"]);
  if (vpc.state !== "known") {
    const own2 = ctx.link("vpc", r, ["vpc_id"]);
    if (own2.state === "known" || vpc.state === "absent") vpc = own2;
  }
  ctx.attachTable(table, vpc);
  if (vpc.state === "known") ctx.setDefaultTable(vpc.value, self);
}
function attachInlineRoutes(r, ctx) {
  const self = ctx.selfOf("table", r);
  const table = self.value;
  const list = ctx.list(r, ["route"]);
  if (list.state === "unknown") {
    table.routesIncomplete = list.reason;
    return;
  }
  if (list.state !== "known") return;
  for (let i = 0; i < list.length; i++) {
    const element = r.get(["route", i]);
    if (element.state === "absent" || element.state === "known" && !isObject(element.value)) continue;
    ctx.addRoute(readRoute(ctx, r, ["route", i], INLINE_DESTINATIONS, self, `${table.key}.route[${i}]`, true));
  }
}
function attachRoute(r, ctx) {
  const table = ctx.link("table", r, ["route_table_id"]);
  ctx.addRoute(readRoute(ctx, r, [], ROUTE_DESTINATIONS, table, ctx.key(r), false));
}
function attachAssociation(r, ctx) {
  const subnet = ctx.link("subnet", r, ["subnet_id"]);
  if (subnet.state === "known") ctx.associate(subnet.value, ctx.link("table", r, ["route_table_id"]));
}
function attachMainAssociation(r, ctx) {
  const table = ctx.link("table", r, ["route_table_id"]);
  let vpc = ctx.link("vpc", r, ["vpc_id"]);
  if (vpc.state !== "known" && table.state === "known" && table.value.vpc.state === "known") vpc = table.value.vpc;
  if (table.state === "known") table.value.isMain = true;
  if (vpc.state === "known") ctx.setMainAssociation(vpc.value, table);
}
var INLINE_DESTINATIONS = { names: ["cidr_block", "ipv6_cidr_block", "destination_prefix_list_id"] };
var ROUTE_DESTINATIONS = {
  names: ["destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id"]
};
var TARGETS = [
  ["vpc_peering_connection_id", "peering"],
  ["gateway_id", "gateway"],
  ["nat_gateway_id", "nat-gateway"],
  ["transit_gateway_id", "transit-gateway"],
  ["network_interface_id", "network-interface"],
  ["vpc_endpoint_id", "vpc-endpoint"],
  ["egress_only_gateway_id", "egress-only-gateway"],
  ["carrier_gateway_id", "carrier-gateway"],
  ["local_gateway_id", "local-gateway"],
  ["core_network_arn", "core-network"],
  ["instance_id", "network-interface"]
];
var TARGET_NAMES = TARGETS.map(([name]) => name);
function pickSet(ctx, r, base, names) {
  const unknowns = [];
  const referenced = [];
  const computed = [];
  for (let i = 0; i < names.length; i++) {
    const v = r.get(at(base, names[i]));
    if (v.state === "known" && v.value !== "") return i;
    if (v.state !== "unknown") continue;
    if (ctx.isComputed(r, v)) computed.push(i);
    else {
      unknowns.push(i);
      if (v.refs.length > 0) referenced.push(i);
    }
  }
  const candidates = referenced.length > 0 ? referenced : unknowns.length > 0 ? unknowns : computed;
  if (candidates.length === 0) return -1;
  if (candidates.length === 1) return candidates[0];
  return candidates.map((i) => names[i]);
}
function readRoute(ctx, r, base, fields, routeTable2, key, inline) {
  const names = fields.names;
  const picked = pickSet(ctx, r, base, names);
  const which = typeof picked === "number" ? Math.max(picked, 0) : names.indexOf(picked[0]);
  const destinationPath = at(base, names[which]);
  let destination = ABSENT;
  let destinationPrefixListId = ABSENT;
  if (which === 2) destinationPrefixListId = ctx.str(r, destinationPath);
  else if (picked !== -1) destination = ctx.cidr(r, destinationPath, which === 0 ? 4 : 6);
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    routeTable: routeTable2,
    inline,
    destination,
    destinationPath,
    destinationPrefixListId,
    target: readTarget(ctx, r, base)
  };
}
function readTarget(ctx, r, base) {
  const picked = pickSet(ctx, r, base, TARGET_NAMES);
  if (picked === -1) return { kind: "unknown", reason: `${ctx.describe(r, base)} has no target` };
  if (typeof picked !== "number") {
    return {
      kind: "unknown",
      reason: `the target of ${ctx.describe(r, base)} is known after apply (${picked.join(", ")} are unknown)`
    };
  }
  const [name, kind] = TARGETS[picked];
  const path3 = at(base, name);
  if (kind === "peering") return { kind, peering: ctx.link("peering", r, path3) };
  const id = ctx.str(r, path3);
  if (kind === "gateway" && id.state === "known" && id.value === "local") return { kind: "local", id };
  return { kind, id };
}
function peeringOptions(ctx, r, block) {
  const field = "allow_remote_vpc_dns_resolution";
  const v = ctx.configured(r, r.get([block]));
  let value;
  if (v.state === "absent") value = ABSENT;
  else if (v.state === "unknown") value = ctx.unknownValue(r, [block], v.reason);
  else if (Array.isArray(v.value)) value = v.value.length === 0 ? ABSENT : ctx.bool(r, [block, 0, field]);
  else if (isObject(v.value)) value = ctx.bool(r, [block, field]);
  else value = unknown(`${ctx.describe(r, [block])} is not a block: ${show(v.value)}`);
  return { allowRemoteVpcDnsResolution: value };
}
function override(current, next) {
  if (next.state === "known") return next;
  return next.state === "unknown" && current.state === "absent" ? next : current;
}
function applyOptions(ctx, r, peering) {
  const requester = peeringOptions(ctx, r, "requester");
  const accepter = peeringOptions(ctx, r, "accepter");
  peering.requesterOptions.allowRemoteVpcDnsResolution = override(
    peering.requesterOptions.allowRemoteVpcDnsResolution,
    requester.allowRemoteVpcDnsResolution
  );
  peering.accepterOptions.allowRemoteVpcDnsResolution = override(
    peering.accepterOptions.allowRemoteVpcDnsResolution,
    accepter.allowRemoteVpcDnsResolution
  );
}
function declarePeering(r, ctx) {
  const key = ctx.key(r);
  ctx.addPeering({
    key,
    label: key,
    resource: r,
    optionsResources: [],
    id: ctx.str(r, ["id"]),
    requester: ABSENT,
    accepter: ABSENT,
    // Not set by the code: the requester's own account and region.
    peerOwnerId: ctx.strFrom(r, ["peer_owner_id"], ctx.configured(r, r.get(["peer_owner_id"]))),
    peerRegion: ctx.strFrom(r, ["peer_region"], ctx.configured(r, r.get(["peer_region"]))),
    autoAccept: ctx.bool(r, ["auto_accept"], false),
    requesterOptions: { ...peeringOptions(ctx, r, "requester") },
    accepterOptions: { ...peeringOptions(ctx, r, "accepter") }
  });
}
function linkPeeringSides(r, ctx, peering) {
  peering.requester = ctx.link("vpc", r, ["vpc_id"]);
  peering.accepter = ctx.link("vpc", r, ["peer_vpc_id"]);
  const a = peering.requester.state === "known" ? peering.requester.value : void 0;
  const b = peering.accepter.state === "known" ? peering.accepter.value : void 0;
  if (a !== void 0) a.peerings.push(peering);
  if (b !== void 0 && b !== a) b.peerings.push(peering);
}
function linkPeering(r, ctx) {
  linkPeeringSides(r, ctx, ctx.nodeOf("peering", r));
}
function linkAccepter(r, ctx) {
  const pcxPath = ["vpc_peering_connection_id"];
  const pcxId = ctx.str(r, pcxPath);
  const ownId = ctx.str(r, ["id"]);
  const linked = ctx.link("peering", r, pcxPath);
  if (linked.state === "known") {
    const peering2 = linked.value;
    peering2.accepterResource ??= r;
    ctx.aliasPeering(linked, pcxId, ownId);
    applyOptions(ctx, r, peering2);
    return;
  }
  const key = ctx.key(r);
  const peering = {
    key,
    label: key,
    resource: r,
    accepterResource: r,
    optionsResources: [],
    id: pcxId.state === "known" || ownId.state !== "known" ? pcxId : ownId,
    requester: ABSENT,
    accepter: ABSENT,
    peerOwnerId: ctx.str(r, ["peer_owner_id"]),
    peerRegion: ctx.str(r, ["peer_region"]),
    // The requester's auto_accept is not in scope; the accepter's own flag means something else.
    autoAccept: ABSENT,
    requesterOptions: { ...peeringOptions(ctx, r, "requester") },
    accepterOptions: { ...peeringOptions(ctx, r, "accepter") }
  };
  ctx.aliasPeering(ctx.addPeering(peering), pcxId, ownId);
  linkPeeringSides(r, ctx, peering);
}
function attachPeeringOptions(r, ctx) {
  const peering = ctx.link("peering", r, ["vpc_peering_connection_id"]);
  if (peering.state !== "known") return;
  peering.value.optionsResources.push(r);
  applyOptions(ctx, r, peering.value);
}
function declareSecurityGroup(r, ctx, isDefault) {
  const key = ctx.key(r);
  ctx.addSecurityGroup({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, ["id"]),
    vpc: ABSENT,
    name: ctx.str(r, ["name"]),
    isDefault,
    rules: []
  });
}
function linkSecurityGroup(r, ctx) {
  const self = ctx.selfOf("sg", r);
  const sg = self.value;
  sg.vpc = ctx.link("vpc", r, ["vpc_id"]);
  if (sg.vpc.state === "known") {
    sg.vpc.value.securityGroups.push(sg);
    if (sg.isDefault) ctx.setDefaultSecurityGroup(sg.vpc.value, self);
  }
}
var INLINE_RULE = {
  protocol: "protocol",
  ipv4: "cidr_blocks",
  ipv6: "ipv6_cidr_blocks",
  prefixLists: "prefix_list_ids",
  lists: true,
  groups: "security_groups",
  groupsList: true,
  self: "self"
};
var RULE_RESOURCE = { ...INLINE_RULE, groups: "source_security_group_id", groupsList: false };
var VPC_RULE_RESOURCE = {
  protocol: "ip_protocol",
  ipv4: "cidr_ipv4",
  ipv6: "cidr_ipv6",
  prefixLists: "prefix_list_id",
  lists: false,
  groups: "referenced_security_group_id",
  groupsList: false
};
function forEachValue(ctx, r, path3, isList, each, whole) {
  if (!isList) {
    if (isSet(ctx.configured(r, r.get(path3)))) each(path3);
    return;
  }
  const list = ctx.list(r, path3);
  if (list.state === "unknown") whole(list.reason);
  else if (list.state === "known") for (let j = 0; j < list.length; j++) each([...path3, j]);
}
function readPeers(ctx, r, base, f) {
  const peers = [];
  for (const [attr, family] of [
    [f.ipv4, 4],
    [f.ipv6, 6]
  ]) {
    const path3 = at(base, attr);
    forEachValue(
      ctx,
      r,
      path3,
      f.lists,
      (p) => {
        const cidr = ctx.cidr(r, p, family, !f.lists);
        if (cidr.state !== "absent") peers.push({ kind: "cidr", cidr, path: p });
      },
      (reason) => peers.push({ kind: "cidr", cidr: unknown(reason), path: path3 })
    );
  }
  const prefixPath = at(base, f.prefixLists);
  forEachValue(
    ctx,
    r,
    prefixPath,
    f.lists,
    (p) => {
      const id = ctx.str(r, p);
      if (id.state !== "absent") peers.push({ kind: "prefix-list", id, path: p });
    },
    (reason) => peers.push({ kind: "prefix-list", id: unknown(reason), path: prefixPath })
  );
  const groupPath = at(base, f.groups);
  forEachValue(
    ctx,
    r,
    groupPath,
    f.groupsList,
    (p) => {
      const group = ctx.link("sg", r, p);
      if (group.state === "absent") return;
      const raw = ctx.str(r, p);
      const id = raw.state === "known" ? raw : group.state === "known" ? group.value.id : group;
      peers.push({ kind: "security-group", group, id, path: p });
    },
    (reason) => peers.push({ kind: "security-group", group: unknown(reason), id: unknown(reason), path: groupPath })
  );
  if (f.self !== void 0) {
    const selfPath = at(base, f.self);
    const self = ctx.bool(r, selfPath);
    if (self.state === "known" && self.value) peers.push({ kind: "self", path: selfPath });
  }
  return peers;
}
var ALL_PORTS_FROM = Object.freeze(known(0));
var ALL_PORTS_TO = Object.freeze(known(65535));
function readRule(ctx, r, base, f, direction, group, key) {
  const protocol = ctx.protocol(r, at(base, f.protocol));
  const all = protocol.state === "known" && protocol.value === "all";
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    group,
    direction,
    protocol,
    fromPort: all ? ALL_PORTS_FROM : ctx.port(r, at(base, "from_port")),
    toPort: all ? ALL_PORTS_TO : ctx.port(r, at(base, "to_port")),
    peers: readPeers(ctx, r, base, f)
  };
}
function attachInlineRules(r, ctx) {
  const self = ctx.selfOf("sg", r);
  const group = self.value;
  for (const direction of ["ingress", "egress"]) {
    const list = ctx.list(r, [direction]);
    if (list.state !== "known") continue;
    for (let i = 0; i < list.length; i++) {
      const element = r.get([direction, i]);
      if (element.state === "absent" || element.state === "known" && !isObject(element.value)) continue;
      const key = `${group.key}.${direction}[${i}]`;
      ctx.addRule(readRule(ctx, r, [direction, i], INLINE_RULE, direction, self, key));
    }
  }
}
function attachRuleResource(r, ctx) {
  const type = r.get(["type"]);
  if (type.state !== "known" || type.value !== "ingress" && type.value !== "egress") return;
  const group = ctx.link("sg", r, ["security_group_id"]);
  ctx.addRule(readRule(ctx, r, [], RULE_RESOURCE, type.value, group, ctx.key(r)));
}
function vpcRuleResource(direction) {
  return {
    attach(r, ctx) {
      const group = ctx.link("sg", r, ["security_group_id"]);
      ctx.addRule(readRule(ctx, r, [], VPC_RULE_RESOURCE, direction, group, ctx.key(r)));
    }
  };
}
var managedVpc = { vpc: (r, ctx) => void declareVpc(r, ctx, false) };
var routeTable = { declare: declareRouteTable, link: linkRouteTable, attach: attachInlineRoutes };
var securityGroup = (isDefault) => ({
  declare: (r, ctx) => declareSecurityGroup(r, ctx, isDefault),
  link: linkSecurityGroup,
  attach: attachInlineRules
});
var TERRAFORM_ADAPTERS = /* @__PURE__ */ new Map([
  ["aws_vpc", managedVpc],
  ["aws_default_vpc", managedVpc],
  ["data.aws_vpc", { declare: declareDataVpc }],
  ["aws_vpc_ipv4_cidr_block_association", { link: ipv4Association }],
  ["aws_vpc_ipv6_cidr_block_association", { link: ipv6Association }],
  ["aws_subnet", { declare: declareSubnet, link: linkSubnet }],
  ["aws_route_table", routeTable],
  ["aws_default_route_table", { declare: declareDefaultRouteTable, link: linkDefaultRouteTable, attach: attachInlineRoutes }],
  ["aws_route", { attach: attachRoute }],
  ["aws_route_table_association", { attach: attachAssociation }],
  ["aws_main_route_table_association", { attach: attachMainAssociation }],
  ["aws_vpc_peering_connection", { declare: declarePeering, link: linkPeering }],
  ["aws_vpc_peering_connection_accepter", { link: linkAccepter }],
  ["aws_vpc_peering_connection_options", { attach: attachPeeringOptions }],
  ["aws_security_group", securityGroup(false)],
  ["aws_default_security_group", securityGroup(true)],
  ["aws_security_group_rule", { attach: attachRuleResource }],
  ["aws_vpc_security_group_ingress_rule", vpcRuleResource("ingress")],
  ["aws_vpc_security_group_egress_rule", vpcRuleResource("egress")]
]);

// src/model/build.ts
var ADAPTERS = new Map([...TERRAFORM_ADAPTERS]);
function buildModel(resources) {
  const ctx = new BuildContext(resources);
  const adapters = resources.map((r) => ADAPTERS.get(adapterKey(r.mode, r.type)));
  for (const phase of PHASES) {
    for (let i = 0; i < resources.length; i++) {
      const step = adapters[i]?.[phase];
      if (step === void 0) continue;
      ctx.at = i;
      step(resources[i], ctx);
    }
  }
  return ctx.finish();
}

// src/parse/json.ts
var BOM = "\uFEFF";
function parseJson(text, file) {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const { line, column } = errorPosition(body, raw);
    throw new ParseError(`invalid JSON: ${describe2(raw)}`, { file, line, column, cause: err });
  }
}
function errorPosition(text, message) {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineColumn(text, text.length);
  const found = firstErrorOffset(text);
  return lineColumn(text, found < 0 ? 0 : found);
}
function describe2(message) {
  const snippet = /^(Unexpected token .*?), ".*" is not valid JSON$/s.exec(message);
  const text = snippet ? snippet[1] : message;
  return text.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)/, "").trim();
}
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const at2 = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at2) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at2 - starts[lo] + 1 };
  };
}
var last;
function lineColumn(text, offset) {
  if (last === void 0 || last.text !== text) last = { text, of: lineIndex(text) };
  return last.of(offset);
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEX4 = /^[0-9a-fA-F]{4}$/;
function firstErrorOffset(text) {
  const n = text.length;
  let i = 0;
  const stack = [];
  let state = "value";
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const scanString = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === void 0) {
          i = n;
          return false;
        }
        if ('"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        if (e === "u" && HEX4.test(text.slice(i + 2, i + 6))) {
          i += 6;
          continue;
        }
        i++;
        return false;
      }
      if (c < 32) return false;
      i++;
    }
    return false;
  };
  for (; ; ) {
    skipWs();
    switch (state) {
      case "valueOrEnd":
        if (text[i] === "]") {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        state = "value";
        continue;
      case "keyOrEnd":
        if (text[i] === "}") {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        state = "key";
        continue;
      case "key":
        if (i >= n) return n;
        if (text[i] !== '"' || !scanString()) return i;
        skipWs();
        if (i >= n) return n;
        if (text[i] !== ":") return i;
        i++;
        state = "value";
        continue;
      case "value": {
        if (i >= n) return n;
        const c = text[i];
        if (c === "{") {
          stack.push(true);
          i++;
          state = "keyOrEnd";
        } else if (c === "[") {
          stack.push(false);
          i++;
          state = "valueOrEnd";
        } else if (c === '"') {
          if (!scanString()) return i;
          state = "after";
        } else if (c === "-" || c >= "0" && c <= "9") {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (m === null) return i + 1 >= n ? n : i + 1;
          i += m[0].length;
          state = "after";
        } else {
          const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : "";
          if (word === "") return i;
          for (let k = 0; k < word.length; k++) {
            if (i + k >= n) return n;
            if (text[i + k] !== word[k]) return i + k;
          }
          i += word.length;
          state = "after";
        }
        continue;
      }
      case "after": {
        if (stack.length === 0) return i < n ? i : -1;
        if (i >= n) return n;
        const c = text[i];
        const inObject = stack[stack.length - 1];
        if (c === ",") {
          i++;
          state = inObject ? "key" : "value";
        } else if (c === (inObject ? "}" : "]")) {
          stack.pop();
          i++;
        } else {
          return i;
        }
        continue;
      }
    }
  }
}

// src/parse/terraform-plan/address.ts
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var NUM = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseTraversal(text) {
  const steps = [];
  const n = text.length;
  IDENT.lastIndex = 0;
  const root = IDENT.exec(text);
  if (root === null) return void 0;
  steps.push({ kind: "attr", name: root[0] });
  let i = root[0].length;
  while (i < n) {
    const c = text[i];
    if (c === ".") {
      i++;
      if (text[i] === "*") {
        steps.push({ kind: "splat" });
        i++;
        continue;
      }
      IDENT.lastIndex = i;
      const id = IDENT.exec(text);
      if (id !== null) {
        steps.push({ kind: "attr", name: id[0] });
        i += id[0].length;
        continue;
      }
      NUM.lastIndex = i;
      const num = NUM.exec(text);
      if (num === null || num[0].startsWith("-")) return void 0;
      steps.push({ kind: "index", key: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (c === "[") {
      i++;
      if (text[i] === '"') {
        const s = readQuoted(text, i);
        if (s === void 0) return void 0;
        steps.push({ kind: "index", key: s.value });
        i = s.end;
      } else if (text.startsWith("*", i) || text.startsWith("...", i) || text[i] === "]") {
        steps.push({ kind: "splat" });
        i += text[i] === "*" ? 1 : text[i] === "." ? 3 : 0;
      } else {
        NUM.lastIndex = i;
        const num = NUM.exec(text);
        if (num === null) return void 0;
        steps.push({ kind: "index", key: Number(num[0]) });
        i += num[0].length;
      }
      if (text[i] !== "]") return void 0;
      i++;
      continue;
    }
    return void 0;
  }
  return steps;
}
var SIMPLE_ESCAPES = {
  n: "\n",
  r: "\r",
  t: "	",
  '"': '"',
  "\\": "\\",
  "/": "/",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v"
};
function readQuoted(text, start) {
  let out = "";
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') return { value: out, end: i + 1 };
    if (c === "\\") {
      const e = text[i + 1];
      if (e === void 0) return void 0;
      const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : void 0;
      if (simple !== void 0) {
        out += simple;
        i += 2;
        continue;
      }
      const width = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      if (width > 0) {
        const hex = text.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return void 0;
        const code = parseInt(hex, 16);
        if (code > 1114111) return void 0;
        out += String.fromCodePoint(code);
        i += 2 + width;
        continue;
      }
      if (/[0-7]/.test(e)) {
        const oct = text.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(oct)) return void 0;
        out += String.fromCharCode(parseInt(oct, 8));
        i += 4;
        continue;
      }
      return void 0;
    }
    if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      out += c + "{";
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  return void 0;
}
function canonicalKey(key) {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
function stepsToString(steps) {
  let out = "";
  for (const s of steps) {
    if (s.kind === "attr") out += out === "" ? s.name : `.${s.name}`;
    else if (s.kind === "index") out += canonicalKey(s.key);
    else out += "[*]";
  }
  return out;
}
function parseResourceAddress(text) {
  const steps = parseTraversal(text);
  if (steps === void 0) return void 0;
  const modules = [];
  let i = 0;
  for (; ; ) {
    const s = steps[i];
    const next = steps[i + 1];
    if (s?.kind === "attr" && s.name === "module" && next?.kind === "attr" && steps.length > i + 3) {
      const k = steps[i + 2];
      if (k?.kind === "index") {
        modules.push({ name: next.name, key: k.key });
        i += 3;
      } else {
        modules.push({ name: next.name });
        i += 2;
      }
      continue;
    }
    break;
  }
  let mode = "managed";
  const first = steps[i];
  if (first?.kind === "attr" && first.name === "data") {
    mode = "data";
    i++;
  } else if (first?.kind === "attr" && first.name === "ephemeral") {
    return void 0;
  }
  const type = steps[i];
  const name = steps[i + 1];
  if (type?.kind !== "attr" || name?.kind !== "attr") return void 0;
  i += 2;
  const key = steps[i];
  if (key === void 0) return { modules, mode, type: type.name, name: name.name };
  if (key.kind !== "index" || i + 1 !== steps.length) return void 0;
  return { modules, mode, type: type.name, name: name.name, key: key.key };
}
function moduleInstancePrefix(modules) {
  let out = "";
  for (const m of modules) out += `module.${m.name}${m.key === void 0 ? "" : canonicalKey(m.key)}.`;
  return out;
}
function resourceInModule(mode, type, name) {
  return mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
}
function parseModuleAddress(text) {
  if (text === "") return [];
  const steps = parseTraversal(text);
  if (steps === void 0) return void 0;
  const modules = [];
  for (let i = 0; i < steps.length; ) {
    const m = steps[i];
    const name = steps[i + 1];
    if (m?.kind !== "attr" || m.name !== "module" || name?.kind !== "attr") return void 0;
    const key = steps[i + 2];
    if (key?.kind === "index") {
      modules.push({ name: name.name, key: key.key });
      i += 3;
    } else {
      modules.push({ name: name.name });
      i += 2;
    }
  }
  return modules;
}
var PLAIN_ADDRESS = /^((?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?\.)*)((?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[(?:\d+|"[^"\\$%]*")\])?$/;
function indexKeys(address) {
  const m = PLAIN_ADDRESS.exec(address);
  if (m !== null && !m[2].startsWith("ephemeral.")) return { resource: m[1] + m[2], instance: m[3] ?? "" };
  const a = parseResourceAddress(address);
  if (a === void 0) return void 0;
  return {
    resource: moduleInstancePrefix(a.modules) + resourceInModule(a.mode, a.type, a.name),
    instance: a.key === void 0 ? "" : canonicalKey(a.key)
  };
}

// src/parse/terraform-plan/guards.ts
function isRecord(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function own(o, key) {
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : void 0;
}
function child(node, step) {
  if (typeof step === "number") {
    return Array.isArray(node) && Number.isInteger(step) && step >= 0 && step < node.length ? node[step] : void 0;
  }
  return own(node, step);
}
function defineOwn(o, key, value) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/parse/terraform-plan/config.ts
var MAX_MODULE_DEPTH = 100;
var ConfigTree = class {
  #modules = /* @__PURE__ */ new Map();
  /** Indexes `configuration.root_module` and every module below it; wrong types become problems. */
  constructor(configuration, problem) {
    if (configuration === void 0 || configuration === null) return;
    if (!isRecord(configuration)) {
      problem("configuration is not an object; it is ignored");
      return;
    }
    const root = own(configuration, "root_module");
    if (root === void 0 || root === null) return;
    this.#index(root, [], "configuration.root_module", problem);
  }
  /** The configuration of a module, by its call names from the root (`['spoke', 'net']`). */
  module(names) {
    return this.#modules.get(names.join("\0"));
  }
  #index(mod, names, where, problem) {
    if (!isRecord(mod)) {
      problem(`${where} is not an object; it is ignored`);
      return;
    }
    const resources = /* @__PURE__ */ new Map();
    const list = own(mod, "resources");
    if (Array.isArray(list)) {
      list.forEach((r, i) => {
        const key = configResourceKey(r);
        if (key === void 0) problem(`${where}.resources[${i}] is not a resource; it is ignored`);
        else if (isRecord(r) && !resources.has(key)) resources.set(key, r);
      });
    } else if (list !== void 0 && list !== null) {
      problem(`${where}.resources is not a list; it is ignored`);
    }
    const outputs = objectEntries(own(mod, "outputs"), `${where}.outputs`, problem);
    const calls = objectEntries(own(mod, "module_calls"), `${where}.module_calls`, problem);
    this.#modules.set(names.join("\0"), { resources, calls, outputs });
    if (names.length >= MAX_MODULE_DEPTH) {
      if (calls.size > 0) problem(`${where} nests modules more than ${MAX_MODULE_DEPTH} deep; the deeper ones are ignored`);
      return;
    }
    for (const [name, call] of calls) {
      const inner = own(call, "module");
      if (inner === void 0 || inner === null) continue;
      this.#index(inner, [...names, name], `${where}.module_calls.${name}.module`, problem);
    }
  }
};
function configResourceKey(r) {
  if (!isRecord(r)) return void 0;
  const mode = own(r, "mode");
  const type = own(r, "type");
  const name = own(r, "name");
  if ((mode === "managed" || mode === "data") && typeof type === "string" && typeof name === "string") {
    return resourceInModule(mode, type, name);
  }
  const address = own(r, "address");
  return typeof address === "string" ? address : void 0;
}
function objectEntries(x, where, problem) {
  const out = /* @__PURE__ */ new Map();
  if (x === void 0 || x === null) return out;
  if (!isRecord(x)) {
    problem(`${where} is not an object; it is ignored`);
    return out;
  }
  for (const key of Object.keys(x)) {
    const v = x[key];
    if (isRecord(v)) out.set(key, v);
    else problem(`${where}.${key} is not an object; it is ignored`);
  }
  return out;
}
function isExpression(x) {
  if (!isRecord(x)) return false;
  for (const k of Object.keys(x)) if (k !== "constant_value" && k !== "references") return false;
  return true;
}
function isSet2(x) {
  return x !== void 0 && x !== null;
}

// src/parse/terraform-plan/locate.ts
var ADDRESS = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
var RESOURCE_FOLLOWS = /\s*,\s*"(?:mode|module_address|previous_address)"/y;
var LOCATED_SECTIONS = /* @__PURE__ */ new Set(["planned_values", "prior_state", "values"]);
var AddressLocator = class {
  #text;
  // A byte-order mark is invisible in editors: columns on line 1 do not count it.
  #bom;
  #sections = [];
  #offsets;
  // Kept per file: the engine may ask for locations of several files in turn.
  #lines;
  constructor(text) {
    this.#text = text;
    this.#bom = text.startsWith("\uFEFF");
  }
  /** The top-level keys of the parsed plan, in order (JSON.parse keeps the text's order). */
  setSections(keys) {
    this.#sections = keys;
  }
  #lineColumn(offset) {
    this.#lines ??= lineIndex(this.#text);
    const lc = this.#lines(offset);
    return this.#bom && lc.line === 1 ? { line: 1, column: Math.max(1, lc.column - 1) } : lc;
  }
  /** 1-based line/column of the resource's `"address"` key; line 1, column 1 when not found. */
  locate(address) {
    const offset = this.#scan().get(address);
    return offset === void 0 ? { line: 1, column: 1 } : this.#lineColumn(offset);
  }
  /** 1-based line/column of the first `"key":` (cheap, no scan). */
  keyLocation(key) {
    const m = keyPattern(key).exec(this.#text);
    return m === null ? { line: 1, column: 1 } : this.#lineColumn(m.index);
  }
  /** 1-based line/column of the value of the first `"key":` (for format_version). */
  valueLocation(key) {
    const m = keyPattern(key).exec(this.#text);
    return m === null ? { line: 1, column: 1 } : this.#lineColumn(m.index + m[0].length);
  }
  #scan() {
    if (this.#offsets !== void 0) return this.#offsets;
    const text = this.#text;
    const starts = [];
    const names = [];
    let from = 0;
    for (const key of this.#sections) {
      const re = keyPattern(key, "g");
      re.lastIndex = from;
      const m = re.exec(text);
      if (m === null) continue;
      starts.push(m.index);
      names.push(key);
      from = m.index + m[0].length;
    }
    const tiers = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
    let s = -1;
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
      while (s + 1 < starts.length && starts[s + 1] <= m.index) s++;
      const section = s >= 0 ? names[s] : void 0;
      const inChanges = section === "resource_changes";
      if (!inChanges && (section === void 0 || !LOCATED_SECTIONS.has(section))) continue;
      RESOURCE_FOLLOWS.lastIndex = ADDRESS.lastIndex;
      const target = tiers[(RESOURCE_FOLLOWS.test(text) ? 0 : 2) + (inChanges ? 0 : 1)];
      const address = unescapeJsonString(m[1]);
      if (address !== void 0 && !target.has(address)) target.set(address, m.index);
    }
    const offsets = tiers[0];
    for (const tier of tiers.slice(1)) for (const [address, offset] of tier) if (!offsets.has(address)) offsets.set(address, offset);
    this.#offsets = offsets;
    return offsets;
  }
};
function keyPattern(key, flags = "") {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${quoted}\\s*:\\s*`, flags);
}
function unescapeJsonString(body) {
  if (!body.includes("\\")) return body;
  try {
    const v = JSON.parse(`"${body}"`);
    return typeof v === "string" ? v : void 0;
  } catch {
    return void 0;
  }
}

// src/parse/terraform-plan/resolve.ts
var ModuleInstances = class {
  #byPrefix = /* @__PURE__ */ new Map();
  root = { steps: [], prefix: "", names: [] };
  of(steps) {
    let inst = this.root;
    for (const s of steps) inst = this.child(inst, s);
    return inst;
  }
  child(parent, step) {
    const prefix = parent.prefix + moduleInstancePrefix([step]);
    let inst = this.#byPrefix.get(prefix);
    if (inst === void 0) {
      inst = { steps: [...parent.steps, step], prefix, names: [...parent.names, step.name], parent };
      this.#byPrefix.set(prefix, inst);
    }
    return inst;
  }
};
var EMPTY = { targets: /* @__PURE__ */ new Map(), lost: [] };
var MAX_DEPTH = 50;
var MAX_REFERENCES = 256;
var SourceSet = class {
  targets = /* @__PURE__ */ new Map();
  lost = [];
  addTarget(ref) {
    let key = ref.address;
    for (const p of ref.attribute) key += typeof p === "number" ? `\0#${p}` : `\0.${p}`;
    this.targets.set(key, ref);
  }
  addLost(l) {
    if (!this.lost.some((x) => x.what === l.what)) this.lost.push(l);
  }
  merge(other, extra) {
    for (const t of other.targets.values()) {
      this.addTarget(extra.length === 0 ? t : { address: t.address, attribute: [...t.attribute, ...extra] });
    }
    for (const l of other.lost) this.addLost(l);
  }
};
var Resolver = class {
  constructor(index, instances, config, variables) {
    this.index = index;
    this.instances = instances;
    this.config = config;
    this.variables = variables;
  }
  index;
  instances;
  config;
  variables;
  #memo = /* @__PURE__ */ new Map();
  #parsed = /* @__PURE__ */ new Map();
  /** for_each references (by array identity: one per configuration block) -> the resource iterated. */
  #forEachMemo = /* @__PURE__ */ new WeakMap();
  /**
   * Where the value of an expression with these `references` comes from, evaluated in module
   * instance `inst` by a resource (or module call) instance with key `key`, whose
   * `for_each_expression.references` are `forEach` (undefined without for_each).
   */
  resolve(references, inst, key, forEach) {
    return this.#references(references, inst, key, forEach, 0);
  }
  #parse(text) {
    let p = this.#parsed.get(text);
    if (p === void 0) {
      const steps = parseTraversal(text);
      p = steps === void 0 ? null : { steps, canon: stepsToString(steps) };
      this.#parsed.set(text, p);
    }
    return p;
  }
  #references(references, inst, key, forEach, depth) {
    if (!Array.isArray(references) || references.length === 0) return EMPTY;
    const out = new SourceSet();
    if (depth > MAX_DEPTH) {
      out.addLost({ what: "reference chain", reason: `reference chain is longer than ${MAX_DEPTH} steps; vpclint stopped following it` });
      return out;
    }
    if (references.length > MAX_REFERENCES) {
      out.addLost({ what: "expression", reason: `expression has more than ${MAX_REFERENCES} references; vpclint does not follow them` });
      return out;
    }
    const refs = [];
    for (const r of references) {
      if (typeof r !== "string") continue;
      const p = this.#parse(r);
      if (p === null) out.addLost({ what: r, reason: `value comes from ${r}, which vpclint cannot read` });
      else refs.push(p);
    }
    const specific = mostSpecific(refs);
    const indexedByInstance = specific.some((p) => isInstanceKeyRef(p.steps));
    for (const p of specific) this.#one(p, inst, key, forEach, indexedByInstance, depth, out);
    return out;
  }
  /**
   * The resource (`aws_subnet.private`, inside the evaluating module) that a for_each expression
   * with these references iterates over, when it is exactly one whole resource; else undefined.
   * A for expression over one resource (`{ for k, s in aws_subnet.private : k => s }`) lists the
   * same references, and is read the same way.
   */
  #forEachResource(references) {
    if (!Array.isArray(references)) return void 0;
    let hit = this.#forEachMemo.get(references);
    if (hit === void 0) {
      hit = null;
      if (references.length <= MAX_REFERENCES && references.every((r) => typeof r === "string")) {
        const parsed = references.map((r) => this.#parse(r));
        const specific = parsed.includes(null) ? [] : mostSpecific(parsed);
        if (specific.length === 1) hit = wholeResource(specific[0].steps) ?? null;
      }
      this.#forEachMemo.set(references, hit);
    }
    return hit ?? void 0;
  }
  /**
   * `each.value.<path>` in an instance whose for_each is a whole resource of the same module
   * (`for_each = aws_subnet.private`): that path of the resource's instance with the same key.
   * Everything else that comes from each.value is lost: plan JSON does not record its value.
   */
  #eachValue(steps, inst, key, forEach, where, out) {
    const source = this.#forEachResource(forEach);
    if (source === void 0 || key === void 0) {
      out.addLost({ what: "each.value", reason: `value comes from each.value${where}; plan JSON does not record for_each values` });
      return;
    }
    const label = inst.prefix + source;
    const path3 = toPath(steps.slice(2));
    if (path3.length === 0) {
      out.addLost({
        what: "each.value",
        reason: `value comes from each.value${where}, a whole instance of ${label}; vpclint links only its attributes (each.value.id)`
      });
      return;
    }
    const instances = this.index.get(label);
    const address = instances?.get(canonicalKey(key));
    if (address === void 0) {
      const missing = instances === void 0 ? `${label} is not in the plan` : `${label} has no instance ${canonicalKey(key)} in the plan`;
      out.addLost({ what: "each.value", reason: `value comes from each.value${where} (for_each = ${label}), but ${missing}` });
      return;
    }
    out.addTarget({ address, attribute: path3 });
  }
  #one(ref, inst, key, forEach, indexedByInstance, depth, out) {
    const steps = ref.steps;
    const root = steps[0]?.kind === "attr" ? steps[0].name : "";
    const second = steps[1]?.kind === "attr" ? steps[1].name : void 0;
    const where = inst.prefix === "" ? "" : ` in ${inst.prefix.slice(0, -1)}`;
    switch (root) {
      case "count":
      case "path":
      case "terraform":
        return;
      case "each":
        if (second === "value") this.#eachValue(steps, inst, key, forEach, where, out);
        return;
      case "local":
        out.addLost({
          what: `local.${second ?? ""}${where}`,
          reason: `value comes from local.${second ?? ""}${where}; plan JSON does not record locals`
        });
        return;
      case "self":
        out.addLost({ what: "self", reason: "value comes from self, which vpclint does not follow" });
        return;
      case "var":
        if (second === void 0) break;
        out.merge(this.#variable(inst, second, depth + 1), toPath(steps.slice(2)));
        return;
      case "module":
        if (second === void 0) break;
        this.#module(steps, second, inst, depth, out);
        return;
      case "data": {
        const type = second;
        const name = steps[2]?.kind === "attr" ? steps[2].name : void 0;
        if (type === void 0 || name === void 0) break;
        this.#resource(resourceInModule("data", type, name), steps.slice(3), inst, key, indexedByInstance, out);
        return;
      }
      default:
        if (second === void 0) break;
        this.#resource(resourceInModule("managed", root, second), steps.slice(2), inst, key, indexedByInstance, out);
        return;
    }
    out.addLost({ what: ref.canon, reason: `value comes from ${ref.canon}, which vpclint does not follow` });
  }
  #resource(resource, rest, inst, key, indexedByInstance, out) {
    const label = inst.prefix + resource;
    const instances = this.index.get(label);
    if (instances === void 0) {
      out.addLost({ what: label, reason: `value comes from ${label}, which is not in the plan` });
      return;
    }
    const first = rest[0];
    let address;
    let attrFrom = 0;
    if (first?.kind === "index") {
      address = instances.get(canonicalKey(first.key));
      attrFrom = 1;
      if (address === void 0) {
        const what = label + canonicalKey(first.key);
        out.addLost({ what, reason: `value comes from ${what}, which is not in the plan` });
        return;
      }
    } else {
      if (first?.kind === "splat") attrFrom = 1;
      const only = instances.size === 1 ? instances.values().next().value : void 0;
      if (instances.has("")) address = instances.get("");
      else if (indexedByInstance && key !== void 0) address = instances.get(canonicalKey(key));
      else if (!indexedByInstance) address = only;
      if (address === void 0) {
        out.addLost({ what: label, reason: `${label} has several instances and the reference does not say which` });
        return;
      }
    }
    out.addTarget({ address, attribute: toPath(rest.slice(attrFrom)) });
  }
  #module(steps, name, inst, depth, out) {
    let i = 2;
    const k = steps[i];
    let child2;
    if (k?.kind === "index") {
      child2 = this.instances.child(inst, { name, key: k.key });
      i++;
    } else {
      child2 = this.instances.child(inst, { name });
      if (k?.kind === "splat") i++;
    }
    const output = steps[i];
    const callLabel = inst.prefix + (k?.kind === "index" ? `module.${name}${canonicalKey(k.key)}` : `module.${name}`);
    if (output?.kind !== "attr" || k?.kind === "splat") {
      out.addLost({ what: callLabel, reason: `value comes from ${callLabel}, and the reference does not name one output of one instance` });
      return;
    }
    out.merge(this.#output(child2, output.name, depth + 1), toPath(steps.slice(i + 1)));
  }
  #memoized(memoKey, what, compute) {
    const hit = this.#memo.get(memoKey);
    if (hit === null) {
      const s = new SourceSet();
      s.addLost({ what, reason: `reference cycle through ${what}` });
      return s;
    }
    if (hit !== void 0) return hit;
    this.#memo.set(memoKey, null);
    const result = compute();
    this.#memo.set(memoKey, result);
    return result;
  }
  /** The sources of output `name` of module instance `child`. */
  #output(child2, name, depth) {
    const what = `${child2.prefix}${name}`;
    return this.#memoized(`${child2.prefix}\0o\0${name}`, what, () => {
      const mod = this.config.module(child2.names);
      if (mod === void 0) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module`);
      }
      const output = mod.outputs.get(name);
      if (output === void 0) {
        return lostOnly(what, `value comes from ${what}, which the module's configuration does not declare`);
      }
      const expr = own(output, "expression");
      return isRecord(expr) ? this.#references(own(expr, "references"), child2, void 0, void 0, depth) : EMPTY;
    });
  }
  /** The sources of input variable `name` of module instance `inst`. */
  #variable(inst, name, depth) {
    const parent = inst.parent;
    const last2 = inst.steps[inst.steps.length - 1];
    if (parent === void 0 || last2 === void 0) {
      const v = own(this.variables, name);
      if (isRecord(v) && own(v, "value") !== void 0) return EMPTY;
      return lostOnly(`var.${name}`, `value comes from var.${name}, which has no value in the plan`);
    }
    const what = `var.${name} in ${inst.prefix.slice(0, -1)}`;
    return this.#memoized(`${inst.prefix}\0v\0${name}`, what, () => {
      const parentConfig = this.config.module(parent.names);
      const call = parentConfig?.calls.get(last2.name);
      if (call === void 0) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module call`);
      }
      const arg = own(own(call, "expressions"), name);
      if (!isExpression(arg)) return EMPTY;
      return this.#references(own(arg, "references"), parent, last2.key, own(own(call, "for_each_expression"), "references"), depth);
    });
  }
};
function lostOnly(what, reason) {
  return { targets: /* @__PURE__ */ new Map(), lost: [{ what, reason }] };
}
function mostSpecific(refs) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const p of refs) {
    if (seen.has(p.canon)) continue;
    seen.add(p.canon);
    unique.push(p);
  }
  const covered = /* @__PURE__ */ new Set();
  for (const q of unique) {
    const c = q.canon;
    for (let i = 1; i < c.length; i++) if ((c[i] === "." || c[i] === "[") && seen.has(c.slice(0, i))) covered.add(c.slice(0, i));
  }
  return unique.filter((p) => !covered.has(p.canon));
}
var NOT_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["count", "each", "var", "local", "module", "path", "terraform", "self", "ephemeral"]);
function wholeResource(steps) {
  const names = [];
  for (const s of steps) {
    if (s.kind !== "attr") return void 0;
    names.push(s.name);
  }
  const [a, b, c] = names;
  if (a === void 0 || b === void 0 || NOT_RESOURCE_ROOTS.has(a)) return void 0;
  if (a === "data") return names.length === 3 && c !== void 0 ? resourceInModule("data", b, c) : void 0;
  return names.length === 2 ? resourceInModule("managed", a, b) : void 0;
}
function isInstanceKeyRef(steps) {
  const a = steps[0];
  const b = steps[1];
  if (a?.kind !== "attr" || b?.kind !== "attr") return false;
  return a.name === "count" && b.name === "index" || a.name === "each" && b.name === "key";
}
function toPath(steps) {
  const out = [];
  for (const s of steps) {
    if (s.kind === "splat") break;
    out.push(s.kind === "attr" ? s.name : s.key);
  }
  return out;
}
function pathToString(path3) {
  let out = "";
  for (const p of path3) out += typeof p === "number" ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}
function unknownFrom(s) {
  const targets = [...s.targets.values()];
  if (targets.length === 1 && s.lost.length === 0) return { state: "unknown", reason: "known after apply", refs: targets };
  if (targets.length === 0 && s.lost.length === 0) return { state: "unknown", reason: "known after apply", refs: [] };
  if (targets.length === 0) {
    const reasons = [...new Set(s.lost.map((l) => l.reason))];
    return { state: "unknown", reason: reasons.join("; "), refs: [] };
  }
  const names = [...targets.map((t) => t.address + pathToString(t.attribute)), ...s.lost.map((l) => l.what)];
  return {
    state: "unknown",
    reason: `value comes from several sources (${names.join(", ")}); vpclint cannot tell which one it is`,
    refs: []
  };
}

// src/parse/terraform-plan/resource.ts
var ABSENT2 = Object.freeze({ state: "absent" });
var AFTER_APPLY = Object.freeze({ state: "unknown", reason: "known after apply", refs: Object.freeze([]) });
var COMPUTED = Object.freeze({ state: "unknown", reason: "known after apply", refs: Object.freeze([]), computed: true });
var MAX_BLOCK_DEPTH = 64;
var NONE = { kind: "none" };
var PlanResource = class {
  format = "terraform-plan";
  address;
  type;
  mode;
  file;
  action;
  #ctx;
  /** The parsed address and its module instance, parsed on the first unknown read. */
  #where;
  #values;
  #unknown;
  #config;
  #rebuilt;
  constructor(ctx, address, type, mode, action, values, unknown2) {
    this.#ctx = ctx;
    this.address = address;
    this.type = type;
    this.mode = mode;
    this.file = ctx.file;
    if (action !== void 0) this.action = action;
    this.#values = values;
    this.#unknown = unknown2;
  }
  location() {
    return { file: this.file, ...this.#ctx.locator.locate(this.address) };
  }
  attributeLocation() {
    return void 0;
  }
  get(path3) {
    try {
      return this.#get(path3);
    } catch (err) {
      return { state: "unknown", reason: `vpclint could not read this value (${err instanceof Error ? err.message : String(err)})`, refs: [] };
    }
  }
  #get(path3) {
    let node = this.#values;
    let unk = this.#unknown;
    let rebuilt = false;
    for (let i = 0; i < path3.length; i++) {
      if (unk === true) return this.#unknownAt(path3, i, rebuilt);
      const step = path3[i];
      if (i === 0 && typeof step === "string" && own(unk, step) === true) {
        const r = this.#rebuild(step);
        if (r !== void 0) {
          rebuilt = true;
          node = r.value;
          unk = r.unknown;
          continue;
        }
      }
      node = child(node, step);
      unk = child(unk, step);
    }
    if (unk === true) return this.#unknownAt(path3, path3.length, rebuilt);
    if (node === null || node === void 0) return ABSENT2;
    return { state: "known", value: node };
  }
  #parsed() {
    if (this.#where === void 0) {
      const addr = parseResourceAddress(this.address);
      this.#where = addr === void 0 ? null : { addr, module: this.#ctx.instances.of(addr.modules) };
    }
    return this.#where ?? void 0;
  }
  #configResource() {
    if (this.#config === void 0) {
      const p = this.#parsed();
      const a = p?.addr;
      this.#config = (a && this.#ctx.config.module(p.module.names)?.resources.get(resourceInModule(a.mode, a.type, a.name))) ?? null;
    }
    return this.#config ?? void 0;
  }
  /**
   * A whole nested-block attribute that is unknown (a set with an unknown member often is) but
   * written as literal blocks in the configuration: rebuild it from the blocks, with constants
   * known and the other arguments unknown. Not for for_each resources, whose blocks usually depend
   * on each.value; `dynamic` blocks are not in plan JSON at all.
   */
  #rebuild(attr) {
    const cfg = this.#configResource();
    if (cfg === void 0 || isSet2(own(cfg, "for_each_expression"))) return void 0;
    const e = own(own(cfg, "expressions"), attr);
    if (isExpression(e)) {
      const c = own(e, "constant_value");
      return Array.isArray(c) ? { value: c, unknown: void 0 } : void 0;
    }
    if (!Array.isArray(e)) return void 0;
    this.#rebuilt ??= /* @__PURE__ */ new Map();
    let r = this.#rebuilt.get(attr);
    if (r === void 0) {
      r = rebuildList(e, 0);
      this.#rebuilt.set(attr, r);
    }
    return r;
  }
  /**
   * An unknown value at `path` (unknown from step `at` on), with the sources of its expression;
   * marked computed when the configuration does not set its top-level attribute.
   */
  #unknownAt(path3, at2, rebuilt) {
    const cfg = this.#configResource();
    if (cfg === void 0) return AFTER_APPLY;
    const expressions = own(cfg, "expressions");
    const first = path3[0];
    if (!rebuilt && typeof first === "string" && isUnset(expressions, first)) return COMPUTED;
    if (!rebuilt && at2 === 1 && typeof first === "string" && Array.isArray(own(expressions, first)) && isSet2(own(cfg, "for_each_expression"))) {
      return {
        state: "unknown",
        reason: `known after apply; ${this.address} uses for_each, so vpclint does not rebuild its ${first} blocks from the configuration`,
        refs: []
      };
    }
    const found = this.#findExpression(expressions, path3, rebuilt);
    if (found.kind === "lost") return { state: "unknown", reason: found.reason, refs: [] };
    if (found.kind === "none") return AFTER_APPLY;
    const p = this.#parsed();
    if (p === void 0) return AFTER_APPLY;
    const forEach = own(own(cfg, "for_each_expression"), "references");
    return unknownFrom(this.#ctx.resolver.resolve(own(found.expression, "references"), p.module, p.addr.key, forEach));
  }
  /**
   * The configuration expression that sets `path`: the attribute's expression, or inside nested
   * blocks the block's argument. Sets (route, ingress) are ordered differently in the plan than
   * in the configuration, so a plan element is matched to the one block whose constant arguments
   * equal its known values.
   */
  #findExpression(expressions, path3, rebuilt) {
    let body = expressions;
    let after = this.#values;
    let unk = this.#unknown;
    for (let i = 0; i < path3.length; ) {
      const step = path3[i];
      if (typeof step !== "string" || !isRecord(body)) return NONE;
      const entry = own(body, step);
      if (entry === void 0) return NONE;
      if (isExpression(entry)) return { kind: "expression", expression: entry };
      after = child(after, step);
      unk = unk === true ? true : child(unk, step);
      if (Array.isArray(entry)) {
        const j = path3[i + 1];
        if (typeof j !== "number") return NONE;
        let block;
        if (rebuilt) {
          block = entry[j];
        } else {
          const m = matchBlock(entry, after, unk, j);
          if (m === void 0) {
            return { kind: "lost", reason: `known after apply; vpclint cannot tell which ${step} block of the configuration ${step}[${j}] comes from` };
          }
          block = m;
        }
        after = child(after, j);
        unk = unk === true ? true : child(unk, j);
        body = block;
        i += 2;
        continue;
      }
      if (isRecord(entry)) {
        body = entry;
        i += 1;
        continue;
      }
      return NONE;
    }
    return NONE;
  }
};
function isUnset(expressions, attr) {
  if (expressions === void 0) return true;
  if (!isRecord(expressions)) return false;
  if (!Object.hasOwn(expressions, attr)) return true;
  const e = expressions[attr];
  return isExpression(e) && own(e, "constant_value") === null && own(e, "references") === void 0;
}
function rebuildList(blocks, depth) {
  const value = [];
  const unknown2 = [];
  for (const b of blocks) {
    if (isRecord(b) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildBlock(b, depth + 1);
      value.push(r.value);
      unknown2.push(r.unknown);
    } else {
      value.push({});
      unknown2.push(true);
    }
  }
  return { value, unknown: unknown2 };
}
function rebuildBlock(body, depth) {
  const value = {};
  const unknown2 = {};
  for (const key of Object.keys(body)) {
    const e = body[key];
    if (isExpression(e)) {
      const c = own(e, "constant_value");
      if (c !== void 0) {
        if (c !== null) defineOwn(value, key, c);
      } else {
        defineOwn(unknown2, key, true);
      }
    } else if (Array.isArray(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildList(e, depth);
      defineOwn(value, key, r.value);
      defineOwn(unknown2, key, r.unknown);
    } else if (isRecord(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildBlock(e, depth + 1);
      defineOwn(value, key, r.value);
      defineOwn(unknown2, key, r.unknown);
    } else {
      defineOwn(unknown2, key, true);
    }
  }
  return { value, unknown: unknown2 };
}
function matchBlock(blocks, afterList, unkList, j) {
  if (blocks.length === 1 && Array.isArray(afterList) && afterList.length === 1 && j === 0) return blocks[0];
  const element = child(afterList, j);
  if (!isRecord(element)) return void 0;
  const unk = unkList === true ? true : child(unkList, j);
  if (unk === true) return void 0;
  const candidates = blocks.filter((b) => isRecord(b) && constantsMatch(b, element, unk));
  if (candidates.length === 0) return void 0;
  if (candidates.length === 1) return candidates[0];
  const first = JSON.stringify(candidates[0]);
  return candidates.every((c) => JSON.stringify(c) === first) ? candidates[0] : void 0;
}
function constantsMatch(block, element, unk) {
  for (const key of Object.keys(block)) {
    const e = block[key];
    if (!isExpression(e)) continue;
    const c = own(e, "constant_value");
    if (c === void 0 || c === null) continue;
    if (own(unk, key) === true) continue;
    if (!looselyEqual(c, own(element, key), 0)) return false;
  }
  return true;
}
function looselyEqual(c, a, depth) {
  if (c === a) return true;
  if (depth > MAX_BLOCK_DEPTH) return false;
  if (isEmpty(c) && isEmpty(a)) return true;
  if (c === null) return true;
  if (Array.isArray(c)) {
    return Array.isArray(a) && a.length === c.length && c.every((x, i) => looselyEqual(x, a[i], depth + 1));
  }
  if (isRecord(c)) {
    return isRecord(a) && Object.keys(c).every((k) => looselyEqual(c[k], own(a, k), depth + 1));
  }
  const primitive = (x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  return primitive(c) && primitive(a) && String(c) === String(a);
}
function isEmpty(x) {
  return x === null || x === void 0 || x === "" || Array.isArray(x) && x.length === 0 || isRecord(x) && Object.keys(x).length === 0;
}

// src/parse/terraform-plan/index.ts
var PLAN_KEYS = ["planned_values", "resource_changes", "prior_state", "configuration"];
var MAX_MODULE_DEPTH2 = 100;
function isTerraformPlan(json) {
  if (!isRecord(json) || typeof own(json, "format_version") !== "string") return false;
  if (PLAN_KEYS.some((k) => Object.hasOwn(json, k))) return true;
  const values = own(json, "values");
  return isRecord(values) && Object.hasOwn(values, "root_module");
}
function readTerraformPlan(json, text, file) {
  const reader = new PlanReader(text, file);
  return reader.read(json);
}
var PlanReader = class {
  #file;
  #locator;
  #problems = [];
  #resources = [];
  #byAddress = /* @__PURE__ */ new Set();
  /** Every address resource_changes mentions, deleted ones included. */
  #changed = /* @__PURE__ */ new Set();
  #index = /* @__PURE__ */ new Map();
  #instances = new ModuleInstances();
  #ctx;
  constructor(text, file) {
    this.#file = file;
    this.#locator = new AddressLocator(text);
  }
  read(json) {
    if (!isRecord(json)) {
      this.#problem("a Terraform plan must be a JSON object", { line: 1, column: 1 });
      return this.#result();
    }
    this.#locator.setSections(Object.keys(json));
    this.#checkFormatVersion(json);
    const config = new ConfigTree(
      own(json, "configuration"),
      (message) => this.#problem(message, this.#locator.keyLocation("configuration"))
    );
    const ctx = {
      file: this.#file,
      locator: this.#locator,
      config,
      instances: this.#instances,
      resolver: new Resolver(this.#index, this.#instances, config, own(json, "variables"))
    };
    this.#ctx = ctx;
    const changes = own(json, "resource_changes");
    if (Array.isArray(changes)) changes.forEach((c, i) => this.#readChange(c, i));
    else if (changes !== void 0 && changes !== null) this.#problem("resource_changes is not a list; it is ignored", this.#locator.keyLocation("resource_changes"));
    const planned = own(json, "planned_values");
    if (isRecord(planned)) this.#readModule(own(planned, "root_module"), "planned_values.root_module", 0);
    else if (planned !== void 0 && planned !== null) this.#problem("planned_values is not an object; it is ignored", this.#locator.keyLocation("planned_values"));
    const prior = own(json, "prior_state");
    if (isRecord(prior)) {
      const values = own(prior, "values");
      if (isRecord(values)) this.#readModule(own(values, "root_module"), "prior_state.values.root_module", 0);
      else if (values !== void 0 && values !== null) this.#problem("prior_state.values is not an object; it is ignored", this.#locator.keyLocation("prior_state"));
    } else if (prior !== void 0 && prior !== null) {
      this.#problem("prior_state is not an object; it is ignored", this.#locator.keyLocation("prior_state"));
    }
    if (!PLAN_KEYS.some((k) => Object.hasOwn(json, k))) {
      const values = own(json, "values");
      if (isRecord(values)) this.#readModule(own(values, "root_module"), "values.root_module", 0);
      else if (values !== void 0 && values !== null) this.#problem("values is not an object; it is ignored", this.#locator.keyLocation("values"));
    }
    return this.#result();
  }
  #result() {
    return { resources: this.#resources, problems: this.#problems };
  }
  #problem(message, where) {
    this.#problems.push({ file: this.#file, line: where.line, column: where.column, message });
  }
  #checkFormatVersion(json) {
    const v = own(json, "format_version");
    if (v === void 0) {
      this.#problem("plan has no format_version; reading it as format 1.x", { line: 1, column: 1 });
      return;
    }
    const major = typeof v === "string" ? /^(\d+)(?:\.\d+)*$/.exec(v)?.[1] : void 0;
    if (major === "0" || major === "1") return;
    const at2 = this.#locator.valueLocation("format_version");
    throw new ParseError(`unsupported plan format_version ${typeof v === "string" ? v : JSON.stringify(v)}; vpclint reads format 0.x and 1.x`, {
      file: this.#file,
      line: at2.line,
      column: at2.column,
      hint: "Look for a newer vpclint, or produce the plan with a Terraform version that writes format 1.x."
    });
  }
  #readChange(entry, i) {
    const where = `resource_changes[${i}]`;
    if (!isRecord(entry)) {
      this.#problem(`${where} is not an object; it is ignored`, this.#locator.keyLocation("resource_changes"));
      return;
    }
    const address = own(entry, "address");
    if (typeof address !== "string") {
      this.#problem(`${where} has no address; it is ignored`, this.#locator.keyLocation("resource_changes"));
      return;
    }
    const deposed = own(entry, "deposed");
    if (deposed !== void 0 && deposed !== null) return;
    const change = own(entry, "change");
    const actions = own(change, "actions");
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
      this.#problem(`${where} (${address}) has no list of actions in change.actions; it is ignored`, this.#locator.locate(address));
      return;
    }
    this.#changed.add(address);
    const action = actionOf(actions);
    if (action === void 0) return;
    let after = own(change, "after");
    if (after !== void 0 && after !== null && !isRecord(after)) {
      this.#problem(`${address}: change.after is not an object; its values are ignored`, this.#locator.locate(address));
      after = void 0;
    }
    let afterUnknown = own(change, "after_unknown");
    if (afterUnknown !== void 0 && afterUnknown !== null && typeof afterUnknown !== "boolean" && !isRecord(afterUnknown)) {
      this.#problem(`${address}: change.after_unknown is not an object; it is ignored`, this.#locator.locate(address));
      afterUnknown = void 0;
    }
    this.#add(entry, address, action, after, afterUnknown, where);
  }
  #readModule(mod, where, depth) {
    if (mod === void 0 || mod === null) return;
    if (!isRecord(mod)) {
      this.#problem(`${where} is not an object; it is ignored`, this.#locator.keyLocation(where.split(".")[0]));
      return;
    }
    const section = where.split(".")[0];
    const ownAddress = own(mod, "address");
    const moduleAddress = depth === 0 ? "" : typeof ownAddress === "string" ? ownAddress : void 0;
    const resources = own(mod, "resources");
    if (Array.isArray(resources)) {
      resources.forEach((r, i) => this.#readValues(r, `${where}.resources[${i}]`, moduleAddress));
    } else if (resources !== void 0 && resources !== null) {
      this.#problem(`${where}.resources is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
    const children = own(mod, "child_modules");
    if (Array.isArray(children)) {
      if (depth >= MAX_MODULE_DEPTH2) {
        if (children.length > 0) this.#problem(`${where} nests modules more than ${MAX_MODULE_DEPTH2} deep; the deeper ones are ignored`, this.#locator.keyLocation(section));
        return;
      }
      children.forEach((c, i) => this.#readModule(c, `${where}.child_modules[${i}]`, depth + 1));
    } else if (children !== void 0 && children !== null) {
      this.#problem(`${where}.child_modules is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
  }
  #readValues(entry, where, moduleAddress) {
    const section = where.split(".")[0];
    if (!isRecord(entry)) {
      this.#problem(`${where} is not an object; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    const given = own(entry, "address");
    if (typeof given !== "string") {
      this.#problem(`${where} has no address; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    if (own(entry, "deposed_key") !== void 0) return;
    const address = fullAddress(entry, given, moduleAddress);
    if (this.#changed.has(address) || this.#byAddress.has(address)) return;
    let values = own(entry, "values");
    if (values !== void 0 && values !== null && !isRecord(values)) {
      this.#problem(`${address}: ${section} values are not an object; they are ignored`, this.#locator.locate(address));
      values = void 0;
    }
    this.#add(entry, address, void 0, values, void 0, where);
  }
  #add(entry, address, action, values, unknown2, where) {
    if (this.#byAddress.has(address)) {
      this.#problem(`${where}: ${address} is listed twice; the second entry is ignored`, this.#locator.locate(address));
      return;
    }
    const keys = indexKeys(address);
    if (keys === void 0) {
      this.#problem(`${where}: "${address}" is not a resource address vpclint can read; it is ignored`, this.#locator.locate(address));
      return;
    }
    let type = own(entry, "type");
    let mode = own(entry, "mode");
    if (typeof type !== "string" || mode !== "managed" && mode !== "data") {
      const parsed = parseResourceAddress(address);
      type = typeof type === "string" ? type : parsed?.type;
      mode = mode === "managed" || mode === "data" ? mode : parsed?.mode;
    }
    const resource = new PlanResource(
      this.#ctx,
      address,
      typeof type === "string" ? type : "",
      mode === "data" ? "data" : "managed",
      action,
      values,
      unknown2
    );
    this.#byAddress.add(address);
    this.#resources.push(resource);
    let instances = this.#index.get(keys.resource);
    if (instances === void 0) {
      instances = /* @__PURE__ */ new Map();
      this.#index.set(keys.resource, instances);
    }
    instances.set(keys.instance, address);
  }
};
function fullAddress(entry, given, moduleAddress) {
  if (moduleAddress === void 0) return given;
  const index = own(entry, "index");
  const hasIndex = typeof index === "number" || typeof index === "string";
  const inModule = moduleAddress === "" ? !given.startsWith("module.") : given.startsWith(`${moduleAddress}.`);
  if (inModule && (!hasIndex || given.endsWith("]"))) return given;
  const mode = own(entry, "mode");
  const type = own(entry, "type");
  const name = own(entry, "name");
  if (mode !== "managed" && mode !== "data" || typeof type !== "string" || typeof name !== "string") return given;
  if (parseModuleAddress(moduleAddress) === void 0) return given;
  const key = hasIndex ? canonicalKey(index) : "";
  return `${moduleAddress === "" ? "" : `${moduleAddress}.`}${resourceInModule(mode, type, name)}${key}`;
}
function actionOf(actions) {
  const gone = (a) => a === "delete" || a === "forget";
  if (actions.every(gone)) return void 0;
  if (actions.includes("create") && actions.some(gone)) return "replace";
  return actions.length === 1 ? actions[0] : actions.join("-");
}

// src/run.ts
function toToolError(error, file) {
  if (error instanceof VpclintError) {
    return {
      file: error.file ?? file,
      line: error.line,
      column: error.column,
      message: error.message,
      hint: error.hint,
      cause: error
    };
  }
  const why = error instanceof Error ? error.message : String(error);
  return { file, message: `internal error while reading this file: ${why}`, cause: error };
}
function parseSource(source) {
  const { file, text } = source;
  try {
    if (/\.json$/i.test(file)) {
      const json = parseJson(text, file);
      if (!isTerraformPlan(json)) return { recognized: false, resources: [], errors: [] };
      const { resources, problems } = readTerraformPlan(json, text, file);
      return { recognized: true, resources, errors: problems };
    }
    return { recognized: false, resources: [], errors: [] };
  } catch (error) {
    return { recognized: true, resources: [], errors: [toToolError(error, file)] };
  }
}
function lintSources(sources, options = {}) {
  const resources = [];
  const errors = [];
  const files = [];
  for (const source of sources) {
    const parsed = parseSource(source);
    if (parsed.recognized) files.push(source.file);
    for (const r of parsed.resources) resources.push(r);
    for (const e of parsed.errors) errors.push(e);
  }
  const model = buildModel(resources);
  const result = runRules(model, options.rules ?? rules, { severityOverrides: options.severityOverrides });
  return {
    findings: result.findings,
    unresolved: result.unresolved,
    errors: [...errors, ...result.errors],
    files
  };
}
function decodeText(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return bytes.toString("utf8", 3);
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.toString("utf16le", 2);
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
async function lintPaths(paths2, options) {
  const { files, errors: discoveryErrors } = await discover(paths2, options.cwd);
  const sources = [];
  const errors = [...discoveryErrors];
  for (const found of files) {
    try {
      sources.push({ file: found.file, text: decodeText(readFileSync(found.path)) });
    } catch (error) {
      errors.push(fsToolError(found.file, error));
    }
  }
  const result = lintSources(sources, options);
  return { ...result, errors: [...errors, ...result.errors] };
}

// src/cli.ts
var HELP = `Usage: vpclint [options] [paths..]

Lint AWS network designs in Terraform plan JSON (terraform show -json plan.out > plan.json).
Paths are files or directories (default: .); directories are searched recursively, skipping
node_modules, .terraform and .git.

Options:
  --format NAME[=FILE]   output format: text (default) or json; with =FILE the output is
                         written to FILE instead of stdout; repeat to write several outputs
                         (sarif, markdown and github are not available yet)
  --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: error (default),
                         warning or note
  --config FILE          configuration file (not available yet)
  --baseline FILE        baseline of accepted findings (not available yet)
  --debug                print stack traces of errors
  --version              print the version and exit
  -h, --help             print this help and exit

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, unreadable or malformed input, or an internal error (results incomplete)
`;
var FORMAT_NAMES = [...reporters.keys()];
function parseFormat(value) {
  const eq = value.indexOf("=");
  const format = eq === -1 ? value : value.slice(0, eq);
  const file = eq === -1 ? void 0 : value.slice(eq + 1);
  if (!reporters.has(format)) {
    if (PLANNED_FORMATS.includes(format)) throw new UsageError(`--format ${format} is not available yet`);
    throw new UsageError(`unknown format "${format}"`, { hint: `choose one of: ${FORMAT_NAMES.join(", ")}` });
  }
  if (file === "") throw new UsageError(`--format ${format}= needs a file name after the =`);
  return file === void 0 ? { format } : { format, file };
}
function toUsageError(error) {
  const code = error?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    return new UsageError(`unknown option ${option}`, { hint: "run vpclint --help for the options" });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /does not take/.test(message) ? new UsageError(`option ${option} does not take a value`) : new UsageError(`option ${option} needs a value`, { hint: "run vpclint --help for the options" });
  }
  return new UsageError(message);
}
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", multiple: true },
        "fail-on": { type: "string" },
        config: { type: "string" },
        baseline: { type: "string" },
        debug: { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw toUsageError(error);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const debug = values.debug === true;
  if (help || version) return { paths: [], outputs: [], failOn: "error", debug, help, version };
  if (values.config !== void 0) {
    throw new UsageError(`--config is not available yet in vpclint ${TOOL_VERSION}`, {
      hint: "rule severities and options cannot be configured yet; run without --config"
    });
  }
  if (values.baseline !== void 0) {
    throw new UsageError(`--baseline is not available yet in vpclint ${TOOL_VERSION}`, {
      hint: "every finding is reported; run without --baseline"
    });
  }
  const failOnValue = values["fail-on"] ?? "error";
  if (!SEVERITIES.includes(failOnValue)) {
    throw new UsageError(`--fail-on must be error, warning or note, not "${failOnValue}"`);
  }
  const outputs = (values.format ?? ["text"]).map(parseFormat);
  const toStdout = outputs.filter((o) => o.file === void 0);
  if (toStdout.length > 1) {
    throw new UsageError(`only one --format can write to stdout, got ${toStdout.map((o) => o.format).join(" and ")}`, {
      hint: "write the others to files: --format json=vpclint.json"
    });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const o of outputs) {
    if (o.file === void 0) continue;
    if (seen.has(o.file)) throw new UsageError(`two --format options write to ${o.file}`);
    seen.add(o.file);
  }
  return {
    paths: positionals.length > 0 ? positionals : ["."],
    outputs,
    failOn: failOnValue,
    debug,
    help,
    version
  };
}
function useColor(io) {
  const noColor = io.env.NO_COLOR;
  if (noColor !== void 0 && noColor !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  return io.isTTY && io.env.TERM !== "dumb";
}
function stacks(error) {
  const out = [];
  let current = error;
  for (let depth = 0; current !== void 0 && depth < 10; depth += 1) {
    const text = current instanceof Error ? current.stack ?? `${current.name}: ${current.message}` : String(current);
    out.push(depth === 0 ? text : `caused by: ${text}`);
    current = current instanceof Error ? current.cause : void 0;
  }
  return out.join("\n");
}
function indent(text) {
  return text.split("\n").map((l) => `    ${l}`).join("\n");
}
function printError(io, error, debug) {
  const head = error.file === void 0 ? `vpclint: ${error.message}` : formatErrorLocation(error);
  let text = `${head}
`;
  if (error.hint !== void 0) text += `  ${error.hint}
`;
  if (debug && error.cause !== void 0) text += `${indent(stacks(error.cause))}
`;
  io.stderr(text);
}
function exitCode(result, failOn) {
  if (result.errors.length > 0) return 2;
  const threshold = severityRank(failOn);
  return result.findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}
async function main(argv, io, options = {}) {
  const debug = argv.includes("--debug");
  try {
    const cli = parseCommandLine(argv);
    if (cli.help) {
      io.stdout(HELP);
      return 0;
    }
    if (cli.version) {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    const rules2 = options.rules ?? rules;
    const result = await lintPaths(cli.paths, { cwd: io.cwd, rules: rules2 });
    for (const error of result.errors) printError(io, error, cli.debug);
    let code = exitCode(result, cli.failOn);
    for (const output of cli.outputs) {
      const reporter = reporters.get(output.format);
      if (reporter === void 0) throw new Error(`no reporter for ${output.format}`);
      const ctx = {
        toolVersion: TOOL_VERSION,
        cwd: io.cwd,
        rules: rules2,
        color: output.file === void 0 && useColor(io)
      };
      const text = reporter(result, ctx);
      if (output.file === void 0) {
        io.stdout(text);
        continue;
      }
      const target = path2.resolve(io.cwd, output.file);
      try {
        mkdirSync(path2.dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (error) {
        const errno = error?.code;
        const why = errno === "EEXIST" || errno === "ENOTDIR" ? "a parent of it is a file, not a directory" : describeFsError(error);
        printError(io, { file: output.file, message: `cannot write the ${output.format} output: ${why}`, cause: error }, cli.debug);
        code = 2;
      }
    }
    return code;
  } catch (error) {
    if (error instanceof VpclintError) {
      const prefix = error.code === "usage" ? "vpclint: " : "";
      const head = error.file === void 0 ? `${prefix}${error.message}` : formatErrorLocation(error);
      io.stderr(`${head}
${error.hint === void 0 ? "" : `  ${error.hint}
`}${debug ? `${indent(stacks(error))}
` : ""}`);
      return 2;
    }
    io.stderr(`internal error in vpclint ${TOOL_VERSION}; rerun with --debug for details
`);
    if (debug) io.stderr(`${stacks(error)}
`);
    return 2;
  }
}
async function runCli() {
  const ignoreBrokenPipe = (error) => {
    if (error.code !== "EPIPE") throw error;
  };
  process.stdout.on("error", ignoreBrokenPipe);
  process.stderr.on("error", ignoreBrokenPipe);
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true
  });
}
function isEntryPoint() {
  const entry = process.argv[1];
  if (entry === void 0) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}
if (isEntryPoint()) await runCli();
export {
  HELP,
  main,
  runCli,
  useColor
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
