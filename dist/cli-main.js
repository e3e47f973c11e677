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
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli.ts
var cli_exports = {};
__export(cli_exports, {
  HELP: () => HELP,
  exitOnceWritten: () => exitOnceWritten,
  guardedStream: () => guardedStream,
  main: () => main,
  runCli: () => runCli,
  runCommand: () => runCommand,
  useColor: () => useColor
});
module.exports = __toCommonJS(cli_exports);
var import_node_fs6 = require("node:fs");
var import_node_path13 = __toESM(require("node:path"), 1);
var import_node_url2 = require("node:url");

// src/engine/define-rule.ts
var REPO_URL = "https://github.com/vpclint/vpclint";
var TOOL_VERSION = "0.1.0";
function repoFileUrl(pathAndAnchor) {
  return `${REPO_URL}/blob/v${TOOL_VERSION}/${pathAndAnchor}`;
}
function prose(strings) {
  return strings[0].replace(/\n[ \t]*/g, " ");
}
function isPair(spec) {
  return Array.isArray(spec);
}
function examples(formats) {
  const out = {};
  for (const [format2, spec] of Object.entries(formats)) {
    out[format2] = isPair(spec) ? { bad: spec[0], good: spec[1] } : spec;
  }
  return { examples: out };
}
function defineRule(definition) {
  return {
    ...definition,
    docsUrl: repoFileUrl(`docs/rules.md#${definition.name}`)
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

// src/parse/ipv6-text.ts
function formatIPv6Groups(groups2) {
  let bestStart = -1;
  let bestLen = 1;
  for (let k = 0; k < 8; ) {
    if (groups2[k] !== 0) {
      k++;
      continue;
    }
    let j = k;
    while (j < 8 && groups2[j] === 0) j++;
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
    out += groups2[k].toString(16);
  }
  return out;
}

// src/parse/cidr-text.ts
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
function badChar(text4, i, where3) {
  const c = text4.charCodeAt(i);
  if (isSpace(c)) {
    return i === 0 || i === text4.length - 1 ? "has leading or trailing whitespace" : "contains whitespace";
  }
  if (c === C_SLASH) return "has more than one '/'";
  const cp = text4.codePointAt(i) ?? c;
  return `invalid character ${JSON.stringify(String.fromCodePoint(cp))} in ${where3}`;
}
function hexValue(c) {
  if (c >= C_0 && c <= C_9) return c - C_0;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}
function parseIPv4(text4, start, end) {
  let value = 0;
  let octets = 0;
  let i = start;
  for (; ; ) {
    let octet = 0;
    const from = i;
    while (i < end) {
      const c = text4.charCodeAt(i);
      if (c < C_0 || c > C_9) break;
      octet = octet * 10 + (c - C_0);
      i++;
    }
    const digits = i - from;
    if (digits === 0) {
      if (i < end && text4.charCodeAt(i) !== C_DOT) return badChar(text4, i, "IPv4 address");
      return `empty octet in IPv4 address ${quote(text4.slice(start, end))}`;
    }
    if (digits > 1 && text4.charCodeAt(from) === C_0) {
      return `octet ${quote(text4.slice(from, i))} has a leading zero`;
    }
    if (digits > 3 || octet > 255) return `octet ${quote(text4.slice(from, i))} is out of range (0-255)`;
    value = value * 256 + octet;
    octets++;
    if (i === end) break;
    if (text4.charCodeAt(i) !== C_DOT) return badChar(text4, i, "IPv4 address");
    i++;
    if (octets === 4) {
      const what = i === end ? "ends with '.'" : "has more than 4 octets";
      return `IPv4 address ${quote(text4.slice(start, end))} ${what}`;
    }
  }
  if (octets !== 4) return `IPv4 address ${quote(text4.slice(start, end))} has ${octets} octets, expected 4`;
  return value;
}
function parseIPv6(text4, start, end) {
  let n = 0;
  let ellipsis = -1;
  let i = start;
  if (end - start >= 2 && text4.charCodeAt(i) === C_COLON && text4.charCodeAt(i + 1) === C_COLON) {
    ellipsis = 0;
    i += 2;
  } else if (text4.charCodeAt(i) === C_COLON) {
    return "IPv6 address starts with a single ':'";
  }
  while (i < end) {
    let value = 0;
    const from = i;
    while (i < end) {
      const h = hexValue(text4.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      i++;
    }
    if (i < end && text4.charCodeAt(i) === C_DOT) {
      if (n > 6) return `IPv6 address ${quote(text4.slice(start, end))} has too many groups`;
      const v4 = parseIPv4(text4, from, end);
      if (typeof v4 === "string") return `${v4} (in IPv6 address)`;
      groups[n++] = Math.floor(v4 / 65536);
      groups[n++] = v4 % 65536;
      i = end;
      break;
    }
    const digits = i - from;
    if (digits === 0) {
      const c2 = text4.charCodeAt(i);
      if (c2 === C_COLON) return `IPv6 address ${quote(text4.slice(start, end))} has ':::'`;
      if (c2 === C_PERCENT) return "zone index (%…) is not allowed in a CIDR block";
      return badChar(text4, i, "IPv6 address");
    }
    if (digits > 4) return `IPv6 group ${quote(text4.slice(from, i))} has more than 4 hex digits`;
    if (n === 8) return `IPv6 address ${quote(text4.slice(start, end))} has more than 8 groups`;
    groups[n++] = value;
    if (i === end) break;
    const c = text4.charCodeAt(i);
    if (c !== C_COLON) {
      if (c === C_PERCENT) return "zone index (%…) is not allowed in a CIDR block";
      return badChar(text4, i, "IPv6 address");
    }
    i++;
    if (i === end) return "IPv6 address ends with a single ':'";
    if (text4.charCodeAt(i) === C_COLON) {
      if (ellipsis >= 0) return `IPv6 address ${quote(text4.slice(start, end))} has more than one '::'`;
      ellipsis = n;
      i++;
    }
  }
  if (ellipsis < 0) {
    if (n !== 8) return `IPv6 address ${quote(text4.slice(start, end))} has ${n} groups, expected 8 (or '::')`;
    return void 0;
  }
  if (n > 7) return `IPv6 address ${quote(text4.slice(start, end))} has '::' and 8 groups`;
  const tail = n - ellipsis;
  for (let k = 0; k < tail; k++) groups[7 - k] = groups[n - 1 - k] ?? 0;
  for (let k = ellipsis; k < 8 - tail; k++) groups[k] = 0;
  return void 0;
}
function parsePrefix(text4, start, end, family) {
  if (start === end) return "missing prefix length after '/'";
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text4.charCodeAt(i);
    if (c < C_0 || c > C_9) {
      if (isSpace(c) || c === C_SLASH) return badChar(text4, i, "prefix length");
      return `prefix length ${quote(text4.slice(start, end))} is not a number`;
    }
    value = value * 10 + (c - C_0);
  }
  const digits = text4.slice(start, end);
  if (end - start > 1 && text4.charCodeAt(start) === C_0) return `prefix length ${quote(digits)} has a leading zero`;
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
function parseCidr(text4) {
  if (typeof text4 !== "string") return fail(`expected a CIDR string, got ${describeType(text4)}`);
  const len = text4.length;
  if (len === 0) return fail("empty string is not a CIDR block");
  const slash = text4.indexOf("/");
  if (slash < 0) {
    for (let i = 0; i < len; i++) if (isSpace(text4.charCodeAt(i))) return fail(badChar(text4, i, ""));
    return fail(`missing prefix length (expected address/prefix, e.g. 10.0.0.0/16) in ${quote(text4)}`);
  }
  if (slash === 0) return fail("missing address before '/'");
  const colon = text4.indexOf(":");
  if (colon < 0 || colon > slash) {
    const v4 = parseIPv4(text4, 0, slash);
    if (typeof v4 === "string") return fail(v4);
    const prefix2 = parsePrefix(text4, slash + 1, len, 4);
    if (typeof prefix2 === "string") return fail(prefix2);
    const size = 2 ** (32 - prefix2);
    const net = v4 - v4 % size;
    const first2 = BigInt(net);
    const hostBitsSet2 = net !== v4;
    return {
      ok: true,
      cidr: {
        text: text4,
        // A well-formed IPv4 literal without host bits is already canonical.
        canonical: hostBitsSet2 ? `${formatIPv4(net)}/${prefix2}` : text4,
        family: 4,
        prefix: prefix2,
        first: first2,
        last: first2 + HOST_MASK4[prefix2],
        hostBitsSet: hostBitsSet2
      }
    };
  }
  const bad = parseIPv6(text4, 0, slash);
  if (bad !== void 0) return fail(bad);
  const prefix = parsePrefix(text4, slash + 1, len, 6);
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
      text: text4,
      canonical: `${formatIPv6Groups(groups)}/${prefix}`,
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
function formatIPv4(n) {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}
function formatAddress(family, address) {
  if (address < 0n || address > (family === 4 ? ALL4 : ALL6)) {
    throw new RangeError(`address ${address} is out of range for IPv${family}`);
  }
  if (family === 4) return formatIPv4(Number(address));
  for (let k = 0; k < 8; k++) groups[k] = Number(address >> BigInt(112 - 16 * k) & 0xffffn);
  return formatIPv6Groups(groups);
}
function formatCidr(family, first, prefix) {
  const host = hostMask(family, prefix);
  return `${formatAddress(family, first & ~host)}/${prefix}`;
}
function hostMask(family, prefix) {
  const mask2 = family === 4 ? HOST_MASK4[prefix] : family === 6 ? HOST_MASK6[prefix] : void 0;
  if (mask2 === void 0 || !Number.isInteger(prefix)) {
    throw new RangeError(`prefix length ${prefix} is out of range for IPv${family}`);
  }
  return mask2;
}
function toCidr(family, first, prefix) {
  const host = hostMask(family, prefix);
  const net = first & ~host;
  const canonical = `${formatAddress(family, net)}/${prefix}`;
  return { text: canonical, canonical, family, prefix, first: net, last: net | host, hostBitsSet: false };
}

// src/model/cidr.ts
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
function forEachGap(ranges, target2, gap) {
  const relevant = [];
  for (const r of ranges) if (overlaps(r, target2)) relevant.push(r);
  relevant.sort((a, b) => a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
  let cursor = target2.first;
  for (const r of relevant) {
    if (r.first > cursor) {
      if (!gap(cursor, r.first - 1n)) return;
    }
    if (r.last >= cursor) {
      if (r.last >= target2.last) return;
      cursor = r.last + 1n;
    }
  }
  gap(cursor, target2.last);
}
function unionCovers(ranges, target2) {
  let covered = true;
  forEachGap(ranges, target2, () => covered = false);
  return covered;
}
function uncoveredParts(ranges, target2) {
  const out = [];
  const bits = target2.family === 4 ? 32 : 128;
  forEachGap(ranges, target2, (lo, hi) => {
    while (lo <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (lo & size) === 0n && lo + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(target2.family, lo, bits - hostBits));
      lo += size;
    }
    return true;
  });
  return out;
}
function freeBlocks(within, prefix, taken, max) {
  const out = [];
  const bits = within.family === 4 ? 32 : 128;
  if (prefix < within.prefix || prefix > bits || max <= 0) return out;
  const size = 1n << BigInt(bits - prefix);
  forEachGap(taken, within, (lo, hi) => {
    for (let at4 = (lo + size - 1n) / size * size; at4 + size - 1n <= hi && out.length < max; at4 += size) {
      out.push(toCidr(within.family, at4, prefix));
    }
    return out.length < max;
  });
  return out;
}

// rules/invalid-cidr.ts
function attributeText(path14) {
  if (!path14 || path14.length === 0) return "a CIDR block";
  let out = "";
  for (const part of path14) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}
function literalText(text4) {
  return text4.length > 64 ? `${text4.slice(0, 64)}…` : text4;
}
var invalid_cidr_default = defineRule({
  id: "NET001",
  name: "invalid-cidr",
  defaultSeverity: "error",
  summary: "A CIDR literal does not parse, or has host bits set.",
  rationale: prose`A malformed CIDR block fails the plan or the apply, often only after other resources have been created.
    A block with host bits set (10.0.1.0/22) is not the network it appears to be: it is rejected, or masked to
    the network address (10.0.0.0/22), a range larger or placed differently than the author intended, so reviews
    that read the literal by eye go wrong. A /0 with host bits (192.168.1.0/0) looks like a
    private network but admits or routes the whole internet.`,
  remediation: prose`Write every CIDR block as its network address and prefix length (10.0.0.0/22, 2001:db8::/56): clear the host
    bits, or change the prefix length to the block that was meant. Fix malformed literals to address/prefix form
    with four octets for IPv4 and a prefix length of at most 32 (IPv4) or 128 (IPv6).`,
  references: [
    { title: "VPC CIDR blocks", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html" }
  ],
  docs: examples({ tf: ["positive-vpc-host-bits.tf", "negative-canonical.tf"], cfn: ["positive-vpc-host-bits.cfn.yaml", "negative-cidr-function.cfn.yaml"] }),
  messages: {
    malformed: prose`{resource} sets {attribute} to {cidr}, which is not a valid CIDR block: {reason}.
      Write an IPv4 or IPv6 network as address/prefix, e.g. 10.0.0.0/16 or 2001:db8::/56.`,
    wrongFamily: prose`{resource} sets {attribute} to {cidr}, an {family} block, where an {expected} block is expected. Move it to
      the attribute for {family} sources or destinations, or write the intended {expected} block.`,
    hostBits: prose`{resource} sets {attribute} to {cidr}, which has host bits set; AWS uses {canonical}.
      Write the network address {canonical}, or change the prefix length if a different block was meant.`,
    hostBitsWorld: prose`{resource} sets {attribute} to {cidr}, which has host bits set and a /0 prefix: AWS reads it as {canonical},
      the whole {internet}, not the network its address suggests. Write {canonical} if every address is meant;
      otherwise write the intended prefix length.`
  },
  check(model, context) {
    const literals = model.cidrLiterals;
    for (let i = 0; i < literals.length; i++) {
      const literal4 = literals[i];
      const { result } = literal4;
      if (result.ok && !result.cidr.hostBitsSet) continue;
      const subject = literal4.subject;
      const where3 = { resource: subject.resource.address, attribute: attributeText(subject.path) };
      if (!result.ok) {
        const alone = parseCidr(literal4.text);
        if (alone.ok) {
          const family = alone.cidr.family === 4 ? "IPv4" : "IPv6";
          const expected = alone.cidr.family === 4 ? "IPv6" : "IPv4";
          context.report({ messageId: "wrongFamily", subject, data: { ...where3, cidr: literalText(literal4.text), family, expected } });
        } else {
          context.report({ messageId: "malformed", subject, data: { ...where3, cidr: literalText(literal4.text), reason: result.error } });
        }
        continue;
      }
      const { cidr } = result;
      if (cidr.prefix === 0) {
        context.report({
          messageId: "hostBitsWorld",
          subject,
          data: {
            ...where3,
            cidr: literalText(literal4.text),
            canonical: cidr.canonical,
            internet: cidr.family === 4 ? "IPv4 internet" : "IPv6 internet"
          }
        });
      } else {
        context.report({ messageId: "hostBits", subject, data: { ...where3, cidr: literalText(literal4.text), canonical: cidr.canonical } });
      }
    }
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "NET002",
  name: "unused-suppression",
  defaultSeverity: "note",
  summary: "A suppression matches no finding.",
  rationale: prose`A suppression is written for one finding. When the finding is gone (the code was fixed, the resource
    renamed, the rule ID mistyped), the suppression stays behind and would hide the next, unrelated finding of
    that rule on the resource without anyone deciding so. Suppressions for rules that did not run (turned off
    in the configuration, or crashed) are not reported.`,
  remediation: prose`Remove the suppression, or correct the rule ID or name in it. A suppression applies to the resource whose
    block it is written on or directly above, and to findings whose \`resource\` is that resource.`,
  references: [
    { title: "vpclint README: Suppressions", url: repoFileUrl("README.md#suppressions") },
    { title: "CloudFormation Metadata attribute", url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html" }
  ],
  docs: examples({ tf: ["positive-fixed-finding.tf", "negative-used.tf"], cfn: ["positive-wrong-rule.cfn.yaml", "negative-used-metadata.cfn.yaml"] }),
  messages: {
    unused: prose`The {via} for {rule} on {resource} matches no {rule} finding on it, so it suppresses nothing.
      Remove it, or check the rule and the resource it is written for.`
  },
  check() {
  }
});

// rules/expired-suppression.ts
var expired_suppression_default = defineRule({
  id: "NET003",
  name: "expired-suppression",
  defaultSeverity: "note",
  summary: "A suppression has expired, so the finding it suppressed is reported again.",
  rationale: prose`An expiry date turns "accepted for now" into a deadline. Past it (the date is the last day the suppression
    holds, in UTC), the suppression stops suppressing and the finding fails the run again as its own severity
    says; this note names the suppression so the finding does not look like a new problem.`,
  remediation: prose`Fix the finding and remove the suppression, or, if the exception is still accepted, give it a new expires
    date (and an up-to-date reason).`,
  references: [
    { title: "vpclint README: Suppressions", url: repoFileUrl("README.md#suppressions") },
    { title: "CloudFormation Metadata attribute", url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html" }
  ],
  docs: examples({ tf: ["positive-expired.tf", "negative-not-expired.tf"], cfn: ["positive-expired.cfn.yaml", "negative-no-expiry.cfn.yaml"] }),
  messages: {
    expired: prose`The {via} for {rule} on {resource} expired on {expires} (reason: {reason}), so its finding is
      reported again. Fix the finding, or renew the suppression with a later expires date.`
  },
  check() {
  }
});

// rules/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "NET004",
  name: "invalid-suppression",
  defaultSeverity: "warning",
  summary: "A suppression in the source cannot be honoured: no reason, an unknown rule, a bad date, or bad syntax.",
  rationale: prose`A suppression hides a finding, so it must say which rule it is for and why the finding is acceptable. One
    without a reason, naming a rule that does not exist, or with an expiry that is not a date suppresses
    nothing: the finding it was meant for is still reported, and this warning explains why.`,
  remediation: prose`Write the suppression as \`# vpclint:ignore NET401 reason="public load balancer" expires=2027-03-31\` (also
    with \`//\` in Terraform): one or more rule IDs or names separated by commas, a non-empty reason, and
    optionally the last day it holds as YYYY-MM-DD. In CloudFormation Metadata: \`vpclint: { ignore: [ { id:
    NET401, reason: ..., expires: ... } ] }\`.`,
  references: [
    { title: "vpclint README: Suppressions", url: repoFileUrl("README.md#suppressions") },
    { title: "CloudFormation Metadata attribute", url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html" }
  ],
  docs: examples({ tf: ["positive-bad-expiry.tf", "negative-valid.tf"], cfn: ["positive-metadata-no-reason.cfn.yaml", "negative-valid-metadata.cfn.yaml"] }),
  messages: {
    missingReason: prose`The {via} for {rule} on {resource} gives no reason, so it suppresses nothing. Say why the
      finding is acceptable: reason="...".`,
    unknownRule: prose`The {via} on {resource} names {rule}, which is not a vpclint rule, so it suppresses nothing.
      Use a rule ID (NET401) or name (open-ingress).`,
    badExpiry: prose`The {via} for {rule} on {resource} has expires={expires}, which is not a date (YYYY-MM-DD), so
      it suppresses nothing. Write the last day the suppression holds, such as 2027-03-31.`,
    malformed: prose`The {via} on {resource} cannot be read ({problem}), so it suppresses nothing. Write it as
      vpclint:ignore NET401 reason="..." expires=YYYY-MM-DD.`
  },
  check() {
  }
});

// src/model/free-ranges.ts
var PRIVATE_IPV4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map((text4) => {
  const parsed = parseCidr(text4);
  if (!parsed.ok) throw new Error(`bad built-in range ${text4}`);
  return parsed.cidr;
});
function planRange(block) {
  if (block.family === 4) return PRIVATE_IPV4.find((r) => contains(r, block));
  return block.prefix < 48 ? void 0 : toCidr(6, block.first, 48);
}
function estateBlocks(model) {
  const out = [];
  for (const vpc of model.vpcs) for (const b of vpc.cidrBlocks) if (b.cidr.state === "known") out.push(b.cidr.value);
  return out;
}
function freeRangesLike(block, taken, max) {
  const within = planRange(block);
  return within === void 0 ? [] : freeBlocks(within, block.prefix, taken, max);
}
function readdressable(block) {
  return block.cidr.state === "known" && block.amazonProvided !== true && block.subject.resource.mode === "managed" && block.subject.resource.format !== "config";
}
function readdressText(vpcLabel2, block, free) {
  const from = block.cidr.value;
  const others = free.slice(1).map((c) => c.canonical);
  const also = others.length > 0 ? ` (so ${others.length === 1 ? "is" : "are"} ${others.join(" and ")})` : "";
  const replaced = block.kind === "ipv4-primary" ? ` A VPC's primary block cannot change in place: ${vpcLabel2} is replaced.` : "";
  return `Re-address ${vpcLabel2} from ${from.canonical} to ${free[0].canonical}, which no VPC in the linted code uses${also}; check it against ranges outside the linted code (other accounts, on-premises), move the subnets of ${vpcLabel2} into it and point the routes written for the old range at the new one.${replaced}`;
}

// rules/peering-cidr-overlap.ts
var peering_cidr_overlap_default = defineRule({
  id: "NET101",
  name: "peering-cidr-overlap",
  defaultSeverity: "error",
  summary: "Two peered VPCs have overlapping IPv4 or IPv6 CIDR blocks.",
  rationale: prose`AWS cannot route between two VPCs whose address ranges overlap, so it refuses the peering: the connection
    ends in the \`failed\` state at apply time. Every block counts, the primary IPv4 block, each secondary IPv4
    block and each IPv6 block, even one that no subnet uses yet. By then the rest of the plan is already
    applied, and re-addressing a VPC later means rebuilding everything in it.`,
  remediation: prose`Give the two VPCs disjoint ranges: change the CIDR block (or the secondary block association) of one of
    them, ideally from an address plan or IPAM pool that hands out non-overlapping blocks. If the two VPCs
    do not need to talk to each other directly, drop the peering. Where re-addressing is impossible, connect
    the workloads with AWS PrivateLink or a private NAT gateway instead of peering.`,
  references: [
    { title: "VPC peering limitations", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations" },
    { title: "CreateVpcPeeringConnection (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html" }
  ],
  docs: examples({ tf: ["positive-ipv4-primary.tf", "negative-unpeered-overlap.tf"], cfn: ["positive-ipv4-primary.cfn.yaml", "negative-unpeered-overlap.cfn.yaml"] }),
  messages: {
    overlap: prose`Peering {peering} joins {vpc} ({vpcCidr}) and {peerVpc} ({peerCidr}), whose {family} ranges overlap;
      AWS will fail the peering. Re-address one VPC or drop the peering.`
  },
  check(model, context) {
    let taken;
    const peerings = model.peerings;
    for (let p = 0; p < peerings.length; p++) {
      const peering = peerings[p];
      const subject = { resource: peering.resource };
      const requester = sideVpc(peering, "requester", peering.requester);
      const accepter = sideVpc(peering, "accepter", peering.accepter);
      if (typeof requester === "string" || typeof accepter === "string") {
        const sides = [
          [requester, peering.requester],
          [accepter, peering.accepter]
        ];
        for (const [side, vpc] of sides) {
          if (typeof side === "string" && side !== "") context.unresolved(subject, side, vpc.state === "unknown" ? vpc.origin : void 0);
        }
        continue;
      }
      if (requester.key === accepter.key) continue;
      let found = false;
      let pending;
      const mineBlocks = requester.cidrBlocks;
      const theirBlocks = accepter.cidrBlocks;
      for (let i = 0; i < mineBlocks.length; i++) {
        const mine = mineBlocks[i];
        for (let j = 0; j < theirBlocks.length; j++) {
          const theirs = theirBlocks[j];
          if (blockFamily(mine) !== blockFamily(theirs)) continue;
          if (mine.amazonProvided === true && theirs.amazonProvided === true) continue;
          if (mine.cidr.state === "known" && theirs.cidr.state === "known") {
            const a = mine.cidr.value;
            const b = theirs.cidr.value;
            if (!overlaps(a, b)) continue;
            found = true;
            taken ??= estateBlocks(model);
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
              },
              fix: readdressFix([
                [accepter, theirs],
                [requester, mine]
              ], taken)
            });
            continue;
          }
          for (const [block, vpc] of [
            [mine, requester],
            [theirs, accepter]
          ]) {
            const why = unknownBlockReason(block, vpc);
            if (why !== void 0) (pending ??= /* @__PURE__ */ new Set()).add(why);
          }
        }
      }
      if (found) continue;
      if (requester.blocksIncomplete !== void 0) (pending ??= /* @__PURE__ */ new Set()).add(incompleteReason(requester, requester.blocksIncomplete));
      if (accepter.blocksIncomplete !== void 0) (pending ??= /* @__PURE__ */ new Set()).add(incompleteReason(accepter, accepter.blocksIncomplete));
      if (pending !== void 0) for (const why of pending) context.unresolved(subject, why);
    }
  }
});
function sideVpc(peering, side, vpc) {
  if (vpc.state === "known") return vpc.value;
  if (vpc.state === "absent") return `the ${side} VPC of ${peering.label} is not set`;
  if (vpc.invalid === true) return "";
  return `the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`;
}
function incompleteReason(vpc, blocksIncomplete) {
  return `not every CIDR block of ${vpc.label} is known (${blocksIncomplete}), so an overlap cannot be ruled out`;
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
  const where3 = block.subject.resource.address === vpc.resource?.address ? "" : ` (${block.subject.resource.address})`;
  return `the ${KIND_TEXT[block.kind]} CIDR block of ${vpc.label}${where3} is unknown (${block.cidr.reason})`;
}
function vpcRelated(vpc, block) {
  const out = [vpc.resource !== void 0 ? { resource: vpc.resource } : vpc.label];
  if (block.subject.resource !== vpc.resource) out.push({ resource: block.subject.resource });
  return out;
}
function readdressFix(sides, taken) {
  for (const [vpc, block] of sides) {
    if (vpc.external || !readdressable(block) || block.cidr.state !== "known") continue;
    const free = freeRangesLike(block.cidr.value, taken, 3);
    if (free.length === 0) continue;
    return {
      kind: "replaceCidr",
      description: readdressText(vpc.label, block, free),
      subject: block.subject,
      old: block.cidr.value,
      cidr: free[0]
    };
  }
  return void 0;
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
      const same2 = networks.get(key);
      if (same2 === void 0) networks.set(key, [entry]);
      else same2.push(entry);
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
      const entries2 = table.byPrefix.get(p)?.get(networkKey(query.family, query.first & ~masks[p]));
      if (entries2 !== void 0) for (const e of entries2) out.push(e);
    }
  }
  /** Entries of query's family inside it (prefix >= the query's): first address in [first, last]. */
  collectSubnets(query, out) {
    const list2 = this.sorted;
    let lo = 0;
    let hi = list2.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      const c = list2[mid].cidr;
      const before = c.family !== query.family ? c.family < query.family : c.first !== query.first ? c.first < query.first : c.prefix < query.prefix;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list2.length; i++) {
      const e = list2[i];
      if (e.cidr.family !== query.family || e.cidr.first > query.last) break;
      out.push(e);
    }
  }
};
function toPair(e) {
  return { cidr: e.cidr, item: e.item };
}
function distinctItems(entries2) {
  if (entries2.length < 2) return entries2.map((e) => e.item);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { item } of entries2) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}
function overlappingIndexPairs(cidrs) {
  const order = cidrs.map((cidr, seq) => ({ cidr, item: seq, seq }));
  order.sort(compareEntries);
  const open = [];
  const pairs = [];
  for (const e of order) {
    while (open.length > 0) {
      const top = open[open.length - 1].cidr;
      if (top.family === e.cidr.family && top.last >= e.cidr.first) break;
      open.pop();
    }
    for (const o of open) pairs.push(o.seq < e.seq ? [o.seq, e.seq] : [e.seq, o.seq]);
    open.push(e);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
function anyOverlap(cidrs) {
  const sorted = [...cidrs].sort(compareCidr);
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1], sorted[i])) return true;
  return false;
}
function overlappingPairs(items) {
  return overlappingIndexPairs(items.map((x) => x.cidr)).map(
    ([i, j]) => [items[i].item, items[j].item]
  );
}

// src/model/peering-routes.ts
var SKIP = { kind: "skip" };
function unresolved(reason, from) {
  return from?.origin === void 0 ? { kind: "unresolved", reason } : { kind: "unresolved", reason, cause: from.origin };
}
function routeLabel(route) {
  return route.key;
}
function destinationSubject(route) {
  return { resource: route.subject.resource, path: route.destinationPath };
}
function labelled(x) {
  return x.resource !== void 0 ? { resource: x.resource } : x.label;
}
function peeringRouteTarget(route) {
  const target2 = route.target;
  if (target2.kind !== "peering") return SKIP;
  const label = routeLabel(route);
  const d = route.destination;
  if (d.state === "absent") {
    const pl = route.destinationPrefixListId;
    if (pl.state === "absent") return SKIP;
    const id = pl.state === "known" ? ` ${pl.value}` : "";
    return unresolved(`the destination of ${label} is a managed prefix list${id}, whose entries vpclint cannot see`);
  }
  if (d.state === "unknown") return d.invalid === true ? SKIP : unresolved(`the destination of ${label} is unknown (${d.reason})`, d);
  const p = target2.peering;
  if (p.state === "absent") return SKIP;
  if (p.state === "unknown") {
    return p.invalid === true ? SKIP : unresolved(`the peering connection of ${label} is unknown (${p.reason})`, p);
  }
  return { kind: "ok", destination: d.value, peering: p.value };
}
function peeringRouteSides(route, peering) {
  const label = routeLabel(route);
  const t = route.routeTable;
  if (t.state === "absent") return unresolved(`the route table of ${label} is not set`);
  if (t.state === "unknown") {
    return t.invalid === true ? SKIP : unresolved(`the route table of ${label} is unknown (${t.reason})`, t);
  }
  const table = t.value;
  const v = table.vpc;
  if (v.state === "absent") return unresolved(`the VPC of route table ${table.label} is not set`);
  if (v.state === "unknown") {
    return v.invalid === true ? SKIP : unresolved(`the VPC of route table ${table.label} is unknown (${v.reason})`, v);
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
    return vpc.invalid === true ? SKIP : unresolved(`the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`, vpc);
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
var INSIDE = { kind: "inside" };
function insidePeer(peer, destination) {
  let unknownReason3;
  const blocks2 = peer.cidrBlocks;
  for (let i = 0; i < blocks2.length; i++) {
    const block = blocks2[i];
    if ((block.kind === "ipv6" ? 6 : 4) !== destination.family) continue;
    const c = block.cidr;
    if (c.state === "known") {
      if (contains(c.value, destination)) return INSIDE;
    } else if (c.state === "unknown" && c.invalid !== true && unknownReason3 === void 0) {
      unknownReason3 = `the ${block.kind === "ipv6" ? "IPv6" : "IPv4"} CIDR block of ${peer.label} is unknown (${c.reason})`;
    }
  }
  if (destination.prefix < WIDEST_VPC_PREFIX[destination.family]) return { kind: "outside" };
  if (unknownReason3 === void 0 && peer.blocksIncomplete !== void 0) {
    unknownReason3 = `not every CIDR block of ${peer.label} is known (${peer.blocksIncomplete})`;
  }
  if (unknownReason3 !== void 0) {
    return { kind: "unknown", reason: `${unknownReason3}, so it cannot be told whether ${destination.canonical} is inside it` };
  }
  return { kind: "outside" };
}
var VpcBlockIndex = class {
  model;
  /** Made at the first question: only a route that leaves its peer VPC asks one, and most do not. */
  index;
  answers = /* @__PURE__ */ new Map();
  constructor(model) {
    this.model = model;
  }
  vpcBlocks() {
    if (this.index === void 0) {
      const items = [];
      for (const vpc of this.model.vpcs) {
        for (const block of vpc.cidrBlocks) if (block.cidr.state === "known") items.push({ cidr: block.cidr.value, item: vpc });
      }
      this.index = new CidrIndex(items);
    }
    return this.index;
  }
  /** The first three VPCs by label whose blocks overlap `destination`, each with its first overlapping block. */
  firstOverlapping(destination) {
    const key = `${destination.family}/${destination.canonical}`;
    let found = this.answers.get(key);
    if (found === void 0) {
      const best = [];
      for (const { cidr, item } of this.vpcBlocks().overlappingEntries(destination)) {
        const same2 = best.findIndex((o) => o.vpc === item);
        if (same2 >= 0) {
          if (compareCidr(cidr, best[same2].cidr) < 0) best[same2] = { vpc: item, cidr };
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
  const target2 = route.target;
  if (target2.kind === "peering" && route.destination.state === "known" && isWorld(route.destination.value)) {
    const p = target2.peering;
    if (p.state === "unknown" && p.invalid !== true) {
      return { kind: "defaultUnresolvedPeering", destination: route.destination.value, why: p.reason };
    }
  }
  const t = peeringRouteTarget(route);
  if (t.kind !== "ok") return t;
  if (isWorld(t.destination)) return { kind: "default", destination: t.destination, peering: t.peering };
  const s = peeringRouteSides(route, t.peering);
  if (s.kind !== "ok") return s;
  const inside = insidePeer(s.peer, t.destination);
  if (inside.kind === "inside") return INSIDE;
  if (inside.kind === "unknown") return unresolved(inside.reason);
  const facts = { route, destination: t.destination, peering: t.peering, ...s };
  const third = index.firstOverlapping(t.destination).find((o) => o.vpc.key !== s.vpc.key && o.vpc.key !== s.peer.key);
  if (third === void 0) return { kind: "outside", facts };
  return { kind: "third", facts, third: third.vpc, thirdCidr: third.cidr, peeredWithPeer: arePeered(s.peer, third.vpc) };
}
function peeringRouteClasses(model) {
  let classes = CLASSES.get(model);
  if (classes === void 0) {
    const index = new VpcBlockIndex(model);
    classes = model.routes.map((route) => classifyPeeringRoute(route, index));
    CLASSES.set(model, classes);
  }
  return classes;
}
var CLASSES = /* @__PURE__ */ new WeakMap();
function arePeered(a, b) {
  return a.peerings.some((p) => {
    const r = p.requester.state === "known" ? p.requester.value.key : void 0;
    const c = p.accepter.state === "known" ? p.accepter.value.key : void 0;
    return r === a.key && c === b.key || r === b.key && c === a.key;
  });
}
function narrowedDestinations(route, destination, peer) {
  if (peer.blocksIncomplete !== void 0) return void 0;
  const inside = [];
  for (const block of peer.cidrBlocks) {
    if ((block.kind === "ipv6" ? 6 : 4) !== destination.family) continue;
    const c = block.cidr;
    if (c.state !== "known") {
      if (c.state === "unknown") return void 0;
      continue;
    }
    if (contains(destination, c.value) && !inside.some((o) => o.canonical === c.value.canonical)) inside.push(c.value);
  }
  const table = route.routeTable.state === "known" ? route.routeTable.value : void 0;
  const routed = /* @__PURE__ */ new Set();
  for (const r of table?.routes ?? []) if (r !== route && r.destination.state === "known") routed.add(r.destination.value.canonical);
  return { inside, fresh: inside.filter((c) => !routed.has(c.canonical)) };
}
function peerRoutesBack(peer, vpc, peering) {
  if (peer.external) return true;
  const blocks2 = [];
  for (const b of vpc.cidrBlocks) if (b.cidr.state === "known") blocks2.push(b.cidr.value);
  const tables = peer.routeTables.includes(peer.mainRouteTable) ? peer.routeTables : [...peer.routeTables, peer.mainRouteTable];
  for (const table of tables) {
    if (table.routesIncomplete !== void 0) return true;
    for (const r of table.routes) {
      if (r.target.kind === "unknown" || r.target.kind === "peering" && r.target.peering.state === "unknown") return true;
      if (r.target.kind !== "peering" || r.target.peering.state !== "known" || r.target.peering.value !== peering) continue;
      const d = r.destination;
      if (d.state !== "known" || blocks2.some((b) => overlaps(b, d.value))) return true;
    }
  }
  return false;
}

// src/model/tri.ts
var ABSENT = Object.freeze({ state: "absent" });
function known(value) {
  return { state: "known", value };
}
function unknown(reason, invalid = false) {
  return invalid ? { state: "unknown", reason, invalid: true } : { state: "unknown", reason };
}
function unknownAt(reason, origin) {
  return { state: "unknown", reason, origin };
}

// src/model/regions.ts
var TRUE = Object.freeze(known(true));
var FALSE = Object.freeze(known(false));
function sameVpc(a, b) {
  return a === b || a.key === b.key || a.id.state === "known" && b.id.state === "known" && a.id.value === b.id.value;
}
function whyNot(v, what) {
  return v.state === "unknown" ? v.reason : `${what} is not set`;
}
function requesterRegion(p) {
  return requesterValue(p, (v) => v.region, p.region, "region");
}
function requesterAccount(p) {
  return requesterValue(p, (v) => v.accountId, p.accountId, "account");
}
function requesterValue(p, of, own3, what) {
  const vpc = p.requester.state === "known" ? of(p.requester.value) : void 0;
  if (vpc?.state === "known") return vpc;
  if (own3?.state === "known") return own3;
  if (vpc?.state === "unknown") return vpc;
  if (own3?.state === "unknown") return own3;
  return unknown(`the ${what} of the requester side of ${p.label} is not known`);
}
function isCrossRegion(p) {
  const peer = p.peerRegion;
  if (peer.state === "absent") return FALSE;
  if (peer.state === "unknown") return unknown(peer.reason);
  const own3 = requesterRegion(p);
  if (own3.state !== "known") {
    return unknown(`peer_region is ${peer.value}, but the requester's region is unknown (${whyNot(own3, "it")})`);
  }
  return own3.value === peer.value ? FALSE : TRUE;
}
function isCrossAccount(p) {
  const peer = p.peerOwnerId;
  if (peer.state === "absent") return FALSE;
  if (peer.state === "unknown") return unknown(peer.reason);
  const own3 = requesterAccount(p);
  if (own3.state !== "known") {
    return unknown(`the peer account is ${peer.value}, but the requester's account is unknown (${whyNot(own3, "it")})`);
  }
  return own3.value === peer.value ? FALSE : TRUE;
}
function groupRegion(g) {
  const own3 = g.region;
  if (own3?.state === "known") return own3;
  const vpc = g.vpc.state === "known" ? g.vpc.value.region : void 0;
  if (vpc?.state === "known") return vpc;
  if (own3 !== void 0 && own3.state === "unknown") return own3;
  if (vpc !== void 0 && vpc.state === "unknown") return vpc;
  return unknown(`the region of ${g.label} is not known`);
}
function inSameRegion(a, b) {
  if (a.vpc.state === "known" && b.vpc.state === "known" && sameVpc(a.vpc.value, b.vpc.value)) return TRUE;
  const ra = groupRegion(a);
  const rb = groupRegion(b);
  if (ra.state === "known" && rb.state === "known") return ra.value === rb.value ? TRUE : FALSE;
  if (a.regionSource !== void 0 && a.regionSource === b.regionSource) return TRUE;
  if (a.resource.format === "cloudformation" && b.resource.format === "cloudformation" && a.resource.file === b.resource.file) return TRUE;
  const missing = ra.state !== "known" ? ra : rb;
  return unknown(whyNot(missing, "the region"));
}

// src/model/route-partition.ts
var NONE_NESTED = Object.freeze([]);
function nestedRoutes(placed, own3) {
  if (placed.length === 1) {
    own3(placed[0], NONE_NESTED);
    return;
  }
  placed.sort((a, b) => compareCidr(a.cidr, b.cidr));
  const open = [];
  const nested = [];
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    while (open.length > 0 && !contains(open[open.length - 1].cidr, p.cidr)) own3(open.pop(), nested.pop() ?? NONE_NESTED);
    if (open.length > 0) (nested[nested.length - 1] ??= []).push(p.cidr);
    open.push(p);
    nested.push(void 0);
  }
  while (open.length > 0) own3(open.pop(), nested.pop() ?? NONE_NESTED);
}
function intersect(a, b) {
  if (contains(a, b)) return b;
  if (contains(b, a)) return a;
  return void 0;
}
var TablePartition = class {
  /** Owned parts of routes over a known peering connection, by the connection's key. */
  byPeering = /* @__PURE__ */ new Map();
  /** Peering connections the table has any route over (known destination or not), by key. */
  peeringKeys;
  /**
   * Why the partition may be wrong: the table's routes are incomplete, or a route's destination
   * or target is unknown (it might take any range). Empty when every route is known.
   */
  doubts;
  /** Partitions `table`'s routes of one address family. */
  constructor(table, family) {
    const doubts = [];
    const keys = /* @__PURE__ */ new Set();
    if (table.routesIncomplete !== void 0) doubts.push(`not every route of ${table.label} is known (${table.routesIncomplete})`);
    const placed = [];
    for (const route of table.routes) {
      const t = route.target;
      if (t.kind === "peering" && t.peering.state === "known") keys.add(t.peering.value.key);
      const d = route.destination;
      if (d.state === "known") {
        if (d.value.family !== family) continue;
        placed.push({ cidr: d.value, route });
        if (t.kind === "unknown" || t.kind === "peering" && t.peering.state === "unknown" && t.peering.invalid !== true) {
          doubts.push(`the target of ${route.key} is unknown`);
        }
      } else if (d.state === "unknown" && d.invalid !== true) {
        doubts.push(`the destination of ${route.key} is unknown (${d.reason})`);
      } else if (d.state === "absent" && route.destinationPrefixListId.state !== "absent") {
        doubts.push(`${route.key} goes to a managed prefix list, whose entries vpclint cannot see`);
      }
    }
    this.peeringKeys = keys;
    this.doubts = doubts;
    nestedRoutes(placed, (p, nested) => this.close(p, nested));
  }
  close(node, nested) {
    const t = node.route.target;
    if (t.kind !== "peering" || t.peering.state !== "known") return;
    const key = t.peering.value.key;
    let list2 = this.byPeering.get(key);
    if (list2 === void 0) this.byPeering.set(key, list2 = []);
    for (const part of uncoveredParts(nested, node.cidr)) list2.push({ cidr: part, route: node.route });
  }
  /** The parts of `range` whose most specific route in the table goes over the connection with key `peeringKey`. */
  partsWithin(peeringKey, range) {
    const out = [];
    for (const part of this.byPeering.get(peeringKey) ?? []) {
      if (!overlaps(part.cidr, range)) continue;
      const cidr = intersect(part.cidr, range);
      if (cidr !== void 0) out.push({ cidr, route: part.route });
    }
    return out;
  }
};

// rules/spoke-cidr-overlap.ts
var FAMILY_TEXT = { 4: "IPv4", 6: "IPv6" };
function subnetCidr(subnet, family) {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}
function arePeered2(a, b) {
  return a.peerings.some((p) => {
    const r = p.requester.state === "known" ? p.requester.value : void 0;
    const c = p.accepter.state === "known" ? p.accepter.value : void 0;
    return r !== void 0 && c !== void 0 && (sameVpc(r, a) && sameVpc(c, b) || sameVpc(r, b) && sameVpc(c, a));
  });
}
var Facts = class {
  /**
   * Destinations each VPC routes over each connection: connection key -> VPC -> destinations.
   * Made on first use (`sent`): only hubs with overlapping spokes ask, and a mesh has a connection
   * per pair of VPCs.
   */
  sends;
  partitions = /* @__PURE__ */ new Map();
  taken;
  model;
  /**
   * The fix of a misrouted spoke: its block in `overlap` moved to a range free in the estate (the
   * other way out, more specific routes in the hub, depends on which subnets talk: not mechanical).
   */
  readdress(vpc, overlap) {
    if (vpc.external) return void 0;
    const block = vpc.cidrBlocks.find((b) => b.cidr.state === "known" && overlaps(b.cidr.value, overlap));
    if (block === void 0 || block.cidr.state !== "known" || !readdressable(block)) return void 0;
    this.taken ??= estateBlocks(this.model);
    const free = freeRangesLike(block.cidr.value, this.taken, 3);
    if (free.length === 0) return void 0;
    return {
      kind: "replaceCidr",
      description: readdressText(vpc.label, block, free),
      subject: block.subject,
      old: block.cidr.value,
      cidr: free[0]
    };
  }
  constructor(model) {
    this.model = model;
  }
  sent(key, vpc) {
    if (this.sends === void 0) this.sends = sendsOf(this.model);
    return this.sends.get(key)?.get(vpc);
  }
  partition(table, family) {
    let pair = this.partitions.get(table);
    if (pair === void 0) this.partitions.set(table, pair = [void 0, void 0]);
    const i = family === 4 ? 0 : 1;
    return pair[i] ??= new TablePartition(table, family);
  }
  /**
   * Does hub table `table` carry traffic of `spoke`: it routes over the spoke's connection, or
   * the spoke routes over it to a subnet that uses the table?
   */
  serves(table, partition, spoke, family) {
    if (partition.peeringKeys.has(spoke.peering.key)) return true;
    const destinations = this.sent(spoke.peering.key, spoke.vpc);
    if (destinations === void 0) return false;
    for (const subnet of table.subnets) {
      const c = subnetCidr(subnet, family);
      if (c.state === "known" && destinations.some((d) => overlaps(d, c.value))) return true;
    }
    return false;
  }
};
function sendsOf(model) {
  const sends = /* @__PURE__ */ new Map();
  for (const route of model.routes) {
    const t = route.target;
    const d = route.destination;
    const table = route.routeTable;
    if (t.kind !== "peering" || t.peering.state !== "known" || d.state !== "known" || table.state !== "known") continue;
    if (table.value.vpc.state !== "known") continue;
    const key = t.peering.value.key;
    let byVpc = sends.get(key);
    if (byVpc === void 0) sends.set(key, byVpc = /* @__PURE__ */ new Map());
    const vpc = table.value.vpc.value;
    const list2 = byVpc.get(vpc);
    if (list2 === void 0) byVpc.set(vpc, [d.value]);
    else list2.push(d.value);
  }
  return sends;
}
var spoke_cidr_overlap_default = defineRule({
  id: "NET102",
  name: "spoke-cidr-overlap",
  defaultSeverity: "warning",
  summary: "Two VPCs peered with the same hub overlap, and a hub route table sends one spoke's addresses to the other.",
  rationale: prose`AWS lets a hub VPC peer with two spokes whose CIDR blocks overlap, because the spokes are not peered with
    each other. But a route table sends each address to one target: in a hub table that talks to both spokes,
    the overlapping range goes to one of them, so the other spoke's hosts in that range never get their
    traffic, replies included. This works only with more-specific routes in the hub that send each spoke's
    subnets in the overlap over that spoke's connection, or with separate hub route tables per spoke.`,
  remediation: prose`Re-address one spoke so the spokes do not overlap (an IPAM pool prevents it). If that is not possible, add
    routes to the hub route table for each spoke subnet inside the overlap, over that spoke's peering
    connection, or give the hub subnets that talk to each spoke their own route table.`,
  references: [
    { title: "Update your route tables for a VPC peering connection", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html" },
    { title: "VPC peering configurations with routes to an entire VPC", url: "https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html" }
  ],
  docs: examples({ tf: ["positive-identical-spokes.tf", "negative-disjoint-spokes.tf"], cfn: ["positive-identical-spokes.cfn.yaml", "negative-disjoint-spokes.cfn.yaml"] }),
  messages: {
    misroutedSubnet: prose`{otherSpoke} and {spoke} are both peered with {hub} and overlap in {overlap}. Route {route} in {table} sends
      {destination} over {peering} to {spoke}, so traffic for subnet {subnet} ({subnetCidr}) of {otherSpoke} goes
      to the wrong spoke. Add a route for {subnetCidr} over {otherPeering} to {table}, or re-address one spoke.`,
    misroutedBlock: prose`{otherSpoke} and {spoke} are both peered with {hub} and overlap in {overlap}. Route {route} in {table} sends
      {destination} over {peering} to {spoke}, which includes all of {otherCidr}, a CIDR block of {otherSpoke},
      so its traffic goes to the wrong spoke. Add routes for the subnets of {otherSpoke} over {otherPeering} to
      {table}, or re-address one spoke.`
  },
  check(model, context) {
    const facts = new Facts(model);
    const vpcs = model.vpcs;
    for (let i = 0; i < vpcs.length; i++) {
      const hub = vpcs[i];
      if (hub.peerings.length < 2) continue;
      const spokes = spokesOf(hub, context);
      if (spokes.length < 2) continue;
      const known3 = [];
      const otherIpv6 = spokes.some((s) => s.vpc.cidrBlocks.some((b) => b.kind === "ipv6" && b.amazonProvided !== true));
      for (let s = 0; s < spokes.length; s++) {
        const spoke = spokes[s];
        let incomplete;
        const blocks2 = spoke.vpc.cidrBlocks;
        for (let b = 0; b < blocks2.length; b++) {
          const block = blocks2[b];
          if (block.cidr.state === "known") known3.push(block.cidr.value);
          else if (block.cidr.state === "unknown" && block.cidr.invalid !== true && (block.amazonProvided !== true || otherIpv6)) {
            incomplete ??= `a CIDR block of ${spoke.vpc.label} is unknown (${block.cidr.reason})`;
          }
        }
        if (spoke.vpc.blocksIncomplete !== void 0) incomplete ??= `not every CIDR block of ${spoke.vpc.label} is known (${spoke.vpc.blocksIncomplete})`;
        if (incomplete !== void 0) {
          context.unresolved({ resource: spoke.peering.resource }, `${incomplete}, so whether it overlaps another VPC peered with ${hub.label} cannot be told`);
        }
      }
      if (!anyOverlap(known3)) continue;
      const items = [];
      for (const spoke of spokes) {
        for (const block of spoke.vpc.cidrBlocks) if (block.cidr.state === "known") items.push({ cidr: block.cidr.value, item: { spoke, block } });
      }
      const seen = /* @__PURE__ */ new Set();
      for (const [a, b] of overlappingSpokePairs(items)) {
        if (sameVpc(a.spoke.vpc, b.spoke.vpc) || sameVpc(a.spoke.vpc, hub) || sameVpc(b.spoke.vpc, hub)) continue;
        if (a.block.amazonProvided === true && b.block.amazonProvided === true) continue;
        if (arePeered2(a.spoke.vpc, b.spoke.vpc)) continue;
        const ca = a.block.cidr.value;
        const cb = b.block.cidr.value;
        const overlap = contains(ca, cb) ? cb : ca;
        checkPair(facts, hub, a.spoke, b.spoke, overlap, seen, context);
      }
    }
  }
});
function overlappingSpokePairs(items) {
  const groups2 = /* @__PURE__ */ new Map();
  const distinct = [];
  items.forEach(({ cidr, item }, i) => {
    let byBlock = groups2.get(item.spoke.vpc);
    if (byBlock === void 0) groups2.set(item.spoke.vpc, byBlock = /* @__PURE__ */ new Map());
    const group = byBlock.get(item.block);
    if (group !== void 0) group.push(i);
    else {
      const fresh = [i];
      byBlock.set(item.block, fresh);
      distinct.push({ cidr, item: fresh });
    }
  });
  const pairs = [];
  for (const [x, y] of overlappingPairs(distinct)) {
    for (const i of x) for (const j of y) pairs.push(i < j ? [i, j] : [j, i]);
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return pairs.map(([i, j]) => [items[i].item, items[j].item]);
}
function spokesOf(hub, context) {
  const spokes = [];
  const peerings = hub.peerings;
  for (let i = 0; i < peerings.length; i++) {
    const peering = peerings[i];
    const { requester, accepter } = peering;
    const hubIsRequester = requester.state === "known" && sameVpc(requester.value, hub);
    const other = hubIsRequester ? accepter : requester;
    const side = hubIsRequester ? "accepter" : "requester";
    if (other.state === "known") {
      if (!sameVpc(other.value, hub)) spokes.push({ vpc: other.value, peering });
    } else if (other.state === "unknown" && other.invalid !== true) {
      context.unresolved(
        { resource: peering.resource },
        `the ${side} VPC of ${peering.label} is unknown (${other.reason}), so whether it overlaps another VPC peered with ${hub.label} cannot be told`
      );
    }
  }
  return spokes;
}
function hubTables(hub) {
  const tables = [hub.mainRouteTable];
  for (const t of hub.routeTables) if (t !== hub.mainRouteTable) tables.push(t);
  return tables;
}
function checkPair(facts, hub, a, b, overlap, seen, context) {
  const family = overlap.family;
  for (const table of hubTables(hub)) {
    const partition = facts.partition(table, family);
    if (!facts.serves(table, partition, a, family) || !facts.serves(table, partition, b, family)) continue;
    const hits = [];
    const open = [];
    for (const [k, l] of [
      [a, b],
      [b, a]
    ]) {
      for (const part of partition.partsWithin(k.peering.key, overlap)) {
        const route = part.route;
        const data = {
          hub: hub.label,
          spoke: k.vpc.label,
          otherSpoke: l.vpc.label,
          overlap: overlap.canonical,
          route: route.key,
          table: table.label,
          destination: route.destination.state === "known" ? route.destination.value.canonical : part.cidr.canonical,
          peering: k.peering.label,
          otherPeering: l.peering.label
        };
        const related = [{ resource: l.peering.resource }, labelled(l.vpc)];
        let found = false;
        let unknownSubnet;
        for (const subnet of l.vpc.subnets) {
          const c = subnetCidr(subnet, family);
          if (c.state === "unknown" && c.invalid !== true) unknownSubnet ??= `the ${FAMILY_TEXT[family]} CIDR of ${subnet.label} is unknown (${c.reason})`;
          if (c.state !== "known" || !overlaps(c.value, part.cidr)) continue;
          found = true;
          const key = `${route.key}\0${subnet.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          hits.push(
            () => context.report({
              messageId: "misroutedSubnet",
              subject: route.subject,
              related: [...related, { resource: subnet.resource }],
              data: { ...data, subnet: subnet.label, subnetCidr: c.value.canonical },
              fix: facts.readdress(l.vpc, overlap)
            })
          );
        }
        if (found) continue;
        if (l.vpc.subnets.length > 0 && unknownSubnet === void 0) continue;
        const whole = l.vpc.cidrBlocks.find((blk) => blk.cidr.state === "known" && contains(part.cidr, blk.cidr.value));
        if (whole !== void 0) {
          const otherCidr = whole.cidr.value.canonical;
          const key = `${route.key}\0${l.vpc.key}\0${otherCidr}`;
          if (seen.has(key)) continue;
          seen.add(key);
          hits.push(
            () => context.report({ messageId: "misroutedBlock", subject: route.subject, related, data: { ...data, otherCidr }, fix: facts.readdress(l.vpc, overlap) })
          );
        } else {
          const why = unknownSubnet ?? `the subnets of ${l.vpc.label} are not in the linted files`;
          open.push({
            subject: route.subject,
            why: `${route.key} in ${table.label} sends ${part.cidr.canonical} over ${k.peering.label} to ${k.vpc.label}, and whether ${l.vpc.label} (peered with ${hub.label} too) has hosts there cannot be told: ${why}`
          });
        }
      }
    }
    if (partition.doubts.length > 0 && (hits.length > 0 || open.length > 0)) {
      const subject = { resource: table.resource ?? a.peering.resource };
      context.unresolved(subject, `${a.vpc.label} and ${b.vpc.label} are both peered with ${hub.label} and overlap in ${overlap.canonical}, and where ${table.label} sends that range cannot be told: ${partition.doubts[0]}`);
      continue;
    }
    for (const hit of hits) hit();
    for (const { subject, why } of open) context.unresolved(subject, why);
  }
}

// rules/subnet-cidr.ts
var FAMILY_TEXT2 = { 4: "IPv4", 6: "IPv6" };
function subnetCidr2(subnet, family) {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}
function vpcBlocks(vpc, family) {
  const blocks2 = [];
  let incomplete;
  for (const block of vpc.cidrBlocks) {
    if ((block.kind === "ipv6" ? 6 : 4) !== family) continue;
    if (block.cidr.state === "known") blocks2.push(block.cidr.value);
    else if (block.cidr.state === "unknown" && block.cidr.invalid !== true) {
      incomplete ??= `the ${FAMILY_TEXT2[family]} CIDR block of ${vpc.label} is unknown (${block.cidr.reason})`;
    }
  }
  if (vpc.blocksIncomplete !== void 0) incomplete ??= `not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete})`;
  return { blocks: blocks2, incomplete };
}
var subnet_cidr_default = defineRule({
  id: "NET103",
  name: "subnet-cidr",
  defaultSeverity: "error",
  summary: "A subnet lies outside every CIDR block of its VPC, or overlaps another subnet of the same VPC.",
  rationale: prose`A subnet takes its addresses from one CIDR block of its VPC: the primary IPv4 block, a secondary IPv4
    block, or an IPv6 block. AWS refuses a subnet whose range is not inside one of them, and a subnet that
    shares any address with another subnet of the same VPC. Both fail at apply time, when part of the network
    is already built, and both usually come from a copied \`cidr_block\` or a \`cidrsubnet()\` call with the
    wrong arguments.`,
  remediation: prose`Give the subnet a range inside one of its VPC's blocks that no other subnet of the VPC uses; compute the
    ranges from the VPC block with \`cidrsubnet()\` and distinct netnums, or from an IPAM pool. If the range
    must come from a block the VPC does not have yet, add that block as a secondary CIDR block first
    (\`aws_vpc_ipv4_cidr_block_association\`).`,
  references: [
    { title: "VPC CIDR blocks", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html" },
    { title: "CreateSubnet (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html" }
  ],
  docs: examples({ tf: ["positive-outside-primary.tf", "negative-dual-stack.tf"], cfn: ["positive-outside-primary.cfn.yaml", "negative-dual-stack.cfn.yaml"] }),
  messages: {
    outsideVpc: prose`Subnet {subnet} ({cidr}) is outside every {family} CIDR block of {vpc} ({vpcCidrs}); AWS rejects the
      subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.`,
    overlap: prose`Subnet {subnet} ({cidr}) overlaps subnet {other} ({otherCidr}) in {vpc}; AWS rejects the second one.
      Give each subnet its own range.`
  },
  check(model, context) {
    for (const subnet of model.subnets) {
      const subject = { resource: subnet.resource };
      const v = subnet.vpc;
      if (v.state !== "known") {
        if (v.state === "unknown" && v.invalid !== true) {
          context.unresolved(subject, `the VPC of ${subnet.label} is unknown (${v.reason}), so its range cannot be checked against the VPC's blocks`, v.origin);
        }
        continue;
      }
      const vpc = v.value;
      for (const family of [4, 6]) {
        const c = subnetCidr2(subnet, family);
        if (c.state !== "known") {
          if (c.state === "unknown" && c.invalid !== true) {
            context.unresolved(
              subject,
              `the ${FAMILY_TEXT2[family]} CIDR of ${subnet.label} is unknown (${c.reason}), so it cannot be checked against the blocks of ${vpc.label} and its other subnets`
            );
          }
          continue;
        }
        const { blocks: blocks2, incomplete } = vpcBlocks(vpc, family);
        if (blocks2.some((b) => contains(b, c.value))) continue;
        if (incomplete !== void 0) {
          context.unresolved(subject, `${incomplete}, so whether it contains ${subnet.label} (${c.value.canonical}) cannot be told`);
          continue;
        }
        context.report({
          messageId: "outsideVpc",
          subject,
          related: vpc.resource !== void 0 ? [{ resource: vpc.resource }] : [vpc.label],
          data: {
            subnet: subnet.label,
            cidr: c.value.canonical,
            family: FAMILY_TEXT2[family],
            vpc: vpc.label,
            vpcCidrs: blocks2.length > 0 ? blocks2.map((b) => b.canonical).join(", ") : "none"
          }
        });
      }
    }
    for (const vpc of model.vpcs) {
      if (vpc.subnets.length < 2) continue;
      for (const family of [4, 6]) {
        const items = [];
        for (const subnet of vpc.subnets) {
          const c = subnetCidr2(subnet, family);
          if (c.state === "known") items.push({ cidr: c.value, item: subnet });
        }
        if (items.length < 2) continue;
        for (const [first, second] of overlappingPairs(items)) {
          const a = subnetCidr2(first, family);
          const b = subnetCidr2(second, family);
          context.report({
            messageId: "overlap",
            subject: { resource: second.resource },
            related: [{ resource: first.resource }],
            data: { subnet: second.label, cidr: b.value.canonical, other: first.label, otherCidr: a.value.canonical, vpc: vpc.label }
          });
        }
      }
    }
  }
});

// rules/missing-reverse-route.ts
var missing_reverse_route_default = defineRule({
  id: "NET201",
  name: "missing-reverse-route",
  defaultSeverity: "error",
  summary: "A route sends traffic over a peering connection, but the peer side has no route back over it.",
  rationale: prose`VPC peering needs routes on both sides: the route table of the sending subnets must send the peer's
    range over the peering connection, and the route table of every peer subnet that answers must send the
    sender's range back over the same connection. Without the return route, replies follow the peer's
    other routes (or none) and are dropped, so connections hang even though the peering is active and every
    resource applied. A return route may cover the whole sending VPC or only the sending subnets, but it
    must be the most specific route for them in the peer table.`,
  remediation: prose`In each route table named in the finding (the tables of the peer subnets that reply), add a route whose
    destination covers the sending subnets (or the whole sending VPC) with the same peering connection as
    target. In Terraform that is an \`aws_route\` with \`vpc_peering_connection_id\`, in CloudFormation an
    \`AWS::EC2::Route\` with \`VpcPeeringConnectionId\`. Remove more specific routes that send part of that
    range elsewhere.`,
  references: [
    { title: "Update your route tables for a VPC peering connection", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html" },
    { title: "VPC peering configurations with routes to an entire VPC", url: "https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html" }
  ],
  docs: examples({ tf: ["positive-main-table-created.tf", "negative-both-directions-created.tf"], cfn: ["positive-main-table-created.cfn.yaml", "negative-both-directions.cfn.json"] }),
  messages: {
    missingReturnRoute: prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but {peerTable} has no route
      back over {peering} for {missing}, so the replies are dropped. Add a route for {missing} with target
      {peering} to {peerTable}.`,
    missingReturnRoutes: prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but route tables {peerTables}
      have no route back over {peering} for {missing}, so the replies are dropped. Add a route for {missing}
      with target {peering} to each of them.`,
    noReturnRoute: prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but no route table of {peerVpc}
      has a route back over {peering} for {missing}, so the replies are dropped. Add a route for {missing}
      with target {peering} to the route tables of the {peerVpc} subnets that reply.`
  },
  check(model, context) {
    const memo2 = new Memo(model.routes);
    const routes = model.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      const r = resolvePeeringRoute(route);
      if (r.kind === "skip") continue;
      if (r.kind === "unresolved") {
        context.unresolved(destinationSubject(route), r.reason, r.cause);
        continue;
      }
      const { destination, peering, table, vpc, peer } = r;
      const family = destination.family;
      const inside = insidePeer(peer, destination);
      if (inside.kind === "outside") continue;
      if (inside.kind === "unknown") {
        context.unresolved(destinationSubject(route), inside.reason);
        continue;
      }
      if (peer.external) {
        context.unresolved(
          destinationSubject(route),
          `${peer.label} is not managed in the linted code, so its route tables cannot be checked for a route back over ${peering.label}`
        );
        continue;
      }
      const sources = memo2.sources(table, vpc, family);
      if (peer.subnets.length === 0) {
        checkAnyTable(route, destination, peering, peer, sources, memo2, context);
        continue;
      }
      const replies = memo2.replyTables(peer, destination);
      for (const why of replies.unresolved) context.unresolved(destinationSubject(route), why);
      const lacking = /* @__PURE__ */ new Map();
      for (const { table: peerTable, uncertain } of replies.tables) {
        const cov = memo2.coverage(peerTable, family, peering);
        const verdict2 = judge(sources, cov, uncertain, memo2, peering, () => `cannot tell whether ${peerTable.label} sends replies`);
        if (verdict2.kind === "covered") continue;
        if (verdict2.kind === "unresolved") {
          for (const why of verdict2.reasons) context.unresolved(destinationSubject(route), why);
          continue;
        }
        const text4 = verdict2.missing.map((c) => c.canonical).join(", ");
        const entry = lacking.get(text4);
        if (entry === void 0) lacking.set(text4, { cidrs: verdict2.missing, tables: [peerTable] });
        else entry.tables.push(peerTable);
      }
      for (const [missing, { cidrs, tables }] of lacking) {
        const base = { route: routeLabel(route), destination: destination.canonical, peering: peering.label, peerVpc: peer.label, missing };
        const related = [{ resource: peering.resource }, ...tables.map(labelled), labelled(peer)];
        const fix2 = returnRoutes(tables, cidrs, peering, peer, missing);
        if (tables.length === 1) {
          context.report({ messageId: "missingReturnRoute", subject: destinationSubject(route), related, data: { ...base, peerTable: tables[0].label }, fix: fix2 });
        } else {
          const peerTables = tables.map((t) => t.label).join(", ");
          context.report({ messageId: "missingReturnRoutes", subject: destinationSubject(route), related, data: { ...base, peerTables }, fix: fix2 });
        }
      }
    }
  }
});
var COVERED = { kind: "covered" };
function judge(sources, cov, uncertain, memo2, peering, prefixOf) {
  if (sources.unknown.length === 0 && eachInsideOne(sources.known, cov.sure)) return COVERED;
  const gaps = merge(sources.known.flatMap((s) => uncoveredParts(cov.sure, s)));
  const open = sources.unknown.filter((u) => u.superset === void 0 || !u.superset.every((c) => unionCovers(cov.sure, c)));
  if (gaps.length === 0 && open.length === 0) return COVERED;
  if (gaps.length === 0) {
    const prefix = prefixOf();
    return { kind: "unresolved", reasons: open.map((u) => `${prefix} back over ${peering.label}: ${u.reason}`) };
  }
  const missing = merge(sources.known.flatMap((s) => uncoveredParts(cov.possible, s)));
  const doubt = uncertain ?? cov.doubts[0] ?? (missing.length === 0 ? cov.maybe[0] : void 0) ?? memo2.floating(peering, gaps);
  if (doubt === void 0) return { kind: "missing", missing };
  const gapText = gaps.map((c) => c.canonical).join(", ");
  return { kind: "unresolved", reasons: [`${prefixOf()} for ${gapText} back over ${peering.label}: ${doubt}`] };
}
function eachInsideOne(inner, outer) {
  for (let i = 0; i < inner.length; i++) {
    const s = inner[i];
    let inside = false;
    for (let j = 0; j < outer.length; j++) {
      if (contains(outer[j], s)) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}
function checkAnyTable(route, destination, peering, peer, sources, memo2, context) {
  const family = destination.family;
  const coverage = memo2.anyTableCoverage(peer, family, peering);
  const verdict2 = judge(sources, coverage, void 0, memo2, peering, () => `cannot tell whether a route table of ${peer.label} sends replies`);
  if (verdict2.kind === "covered") return;
  if (verdict2.kind === "unresolved") {
    for (const why of verdict2.reasons) context.unresolved(destinationSubject(route), why);
    return;
  }
  const data = {
    route: routeLabel(route),
    destination: destination.canonical,
    peering: peering.label,
    peerVpc: peer.label,
    missing: verdict2.missing.map((c) => c.canonical).join(", ")
  };
  const only = onlyTable(peer);
  if (only !== void 0) {
    context.report({
      messageId: "missingReturnRoute",
      subject: destinationSubject(route),
      related: [{ resource: peering.resource }, labelled(only), labelled(peer)],
      data: { ...data, peerTable: only.label },
      fix: returnRoutes([only], verdict2.missing, peering, peer, data.missing)
    });
    return;
  }
  const main2 = peer.mainRouteTable;
  const fix2 = returnRoutes([main2], verdict2.missing, peering, peer, data.missing);
  context.report({
    messageId: "noReturnRoute",
    subject: destinationSubject(route),
    related: [{ resource: peering.resource }, labelled(peer)],
    data,
    ...fix2 === void 0 ? {} : {
      fix: {
        ...fix2,
        description: `${fix2.description} The subnets of ${peer.label} are not in the linted code, so the main route table is chosen: it serves every subnet without a table of its own; add the route to the table of any subnet that has one.`
      }
    }
  });
}
function onlyTable(peer) {
  const main2 = peer.mainRouteTable;
  for (const t of peer.routeTables) if (t !== main2) return void 0;
  return main2;
}
function returnRoutes(tables, missing, peering, peer, missingText) {
  if (missing.length === 0) return void 0;
  const names2 = tables.map((t) => t.label).join(", ");
  return {
    kind: "addRoutes",
    description: `Add a route for ${missingText} over ${peering.label} to ${names2}: the replies of ${peer.label} to the sending subnets then go back over the connection they came in on.`,
    routes: tables.map((table) => ({ table, destinations: missing, peering }))
  };
}
function familyCidr(subnet, family) {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}
function familyName(family) {
  return family === 4 ? "IPv4" : "IPv6";
}
function vpcBlocks2(vpc, family) {
  const known3 = [];
  let unknown2;
  const blocks2 = vpc.cidrBlocks;
  for (let i = 0; i < blocks2.length; i++) {
    const block = blocks2[i];
    if ((block.kind === "ipv6" ? 6 : 4) !== family) continue;
    const c = block.cidr;
    if (c.state === "known") known3.push(c.value);
    else if (c.state === "unknown" && c.invalid !== true) {
      (unknown2 ??= []).push(`the ${familyName(family)} CIDR block of ${vpc.label} is unknown (${c.reason})`);
    }
  }
  if (vpc.blocksIncomplete !== void 0) (unknown2 ??= []).push(`not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete})`);
  return { known: known3, unknown: unknown2 ?? NONE };
}
function replySources(table, vpc, family) {
  const known3 = [];
  const unknownSubnets = [];
  for (const subnet of table.subnets) {
    const c = familyCidr(subnet, family);
    if (c.state === "known") known3.push(c.value);
    else if (c.state === "unknown" && c.invalid !== true) {
      unknownSubnets.push(`the ${familyName(family)} CIDR of subnet ${subnet.label} is unknown (${c.reason})`);
    }
  }
  const blocks2 = vpcBlocks2(vpc, family);
  if (known3.length === 0 && unknownSubnets.length === 0) {
    const unknown2 = blocks2.unknown.length === 0 ? NONE : blocks2.unknown.map((reason) => ({ reason, superset: void 0 }));
    return { known: merge(blocks2.known), unknown: unknown2 };
  }
  const superset = blocks2.unknown.length === 0 ? blocks2.known : void 0;
  return { known: merge(known3), unknown: unknownSubnets.map((reason) => ({ reason, superset })) };
}
var NONE = Object.freeze([]);
var NOTHING = { sure: NONE, possible: NONE, doubts: NONE, maybe: NONE };
var MAYBE = /* @__PURE__ */ Symbol("maybe");
var Partition = class {
  owned = /* @__PURE__ */ new Map();
  // The lists below are made at their first entry: most tables have none, and a hub's thousands
  // of spokes each have a table (and a partition, kept for the whole check).
  /** Routes without a known destination, by target key: they may cover anything. */
  unplaced;
  /** The keys of `unplaced`. */
  unplacedKeys;
  maybeReasons;
  incomplete;
  /** Coverages kept for tables with doubts (made at the first: most tables are asked without). */
  cache;
  /**
   * The coverage of every connection the table has no route over, known or not (it depends only on
   * the table): shared, so that a table asked about each of thousands of connections, as a
   * VPC's main table without routes is in a mesh, makes one.
   */
  other;
  constructor(table, family) {
    if (table.routesIncomplete !== void 0) {
      this.incomplete = `not every route of ${table.label} is known (${table.routesIncomplete})`;
    }
    const placed = [];
    const routes = table.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      const key = targetKey(route);
      const d = route.destination;
      if (d.state === "known") {
        if (d.value.family !== family) continue;
        placed.push({ cidr: d.value, key });
        if (key === MAYBE) (this.maybeReasons ??= []).push(maybeReason(route));
        continue;
      }
      if (key === void 0) continue;
      if (d.state === "unknown" && d.invalid !== true) {
        (this.unplaced ??= []).push({ key, reason: `the destination of ${routeLabel(route)} is unknown (${d.reason})` });
        (this.unplacedKeys ??= /* @__PURE__ */ new Set()).add(key);
      } else if (d.state === "absent" && route.destinationPrefixListId.state !== "absent") {
        (this.unplaced ??= []).push({ key, reason: `${routeLabel(route)} goes to a managed prefix list, whose entries vpclint cannot see` });
        (this.unplacedKeys ??= /* @__PURE__ */ new Set()).add(key);
      }
    }
    nestedRoutes(placed, (p, nested) => this.close(p, nested));
  }
  /** Gives a route the part of its range that no more specific route takes. */
  close(node, nested) {
    if (node.key === void 0) return;
    const parts = nested.length === 0 ? [node.cidr] : uncoveredParts(nested, node.cidr);
    const list2 = this.owned.get(node.key);
    if (list2 === void 0) this.owned.set(node.key, parts);
    else for (const part of parts) list2.push(part);
  }
  /** What the table sends over `peering`. */
  over(peering) {
    const sure = this.owned.get(peering);
    if (sure === void 0 && this.unplacedKeys?.has(peering) !== true) return this.other ??= this.coverage(peering);
    if (this.incomplete === void 0 && this.unplaced === void 0 && this.maybeReasons === void 0 && sure !== void 0) {
      return { sure, possible: sure, doubts: NONE, maybe: NONE };
    }
    this.cache ??= /* @__PURE__ */ new Map();
    let c = this.cache.get(peering);
    if (c === void 0) {
      c = this.coverage(peering);
      this.cache.set(peering, c);
    }
    return c;
  }
  /** What the table sends over connection `key`. */
  coverage(key) {
    const sure = this.owned.get(key) ?? NONE;
    const maybe = this.owned.get(MAYBE) ?? NONE;
    let doubts = NONE;
    if (this.incomplete !== void 0 || this.unplaced !== void 0) {
      const found = [];
      if (this.incomplete !== void 0) found.push(this.incomplete);
      for (const u of this.unplaced ?? NONE) if (u.key === key || u.key === MAYBE) found.push(u.reason);
      doubts = found;
    }
    return { sure, possible: maybe.length === 0 ? sure : [...sure, ...maybe], doubts, maybe: this.maybeReasons ?? NONE };
  }
};
function oneRouteCoverage(table, family, peering) {
  if (table.routes.length !== 1 || table.routesIncomplete !== void 0) return void 0;
  const route = table.routes[0];
  const d = route.destination;
  if (d.state !== "known" || d.value.family !== family) return void 0;
  const key = targetKey(route);
  if (key === MAYBE) return void 0;
  if (key !== peering) return NOTHING;
  const sure = [d.value];
  return { sure, possible: sure, doubts: NONE, maybe: NONE };
}
function targetKey(route) {
  const t = route.target;
  if (t.kind === "unknown") return MAYBE;
  if (t.kind !== "peering") return void 0;
  if (t.peering.state === "known") return t.peering.value;
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
  /** Routes over a connection whose route table is unknown: they may be the way back in any table. */
  unplaced = /* @__PURE__ */ new Map();
  constructor(routes) {
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      if (route.routeTable.state !== "unknown" || route.routeTable.invalid === true) continue;
      const key = targetKey(route);
      if (key === void 0) continue;
      let list2 = this.unplaced.get(key);
      if (list2 === void 0) this.unplaced.set(key, list2 = []);
      list2.push(route);
    }
  }
  /**
   * Why a route back over `peering` for `gaps` may exist unseen: a route over the connection whose
   * table is unknown and whose destination is unknown or overlaps a gap.
   */
  floating(peering, gaps) {
    for (const route of [...this.unplaced.get(peering) ?? [], ...this.unplaced.get(MAYBE) ?? []]) {
      const d = route.destination;
      if (d.state === "known" && !gaps.some((g) => overlaps(g, d.value))) continue;
      if (d.state === "absent" && route.destinationPrefixListId.state === "absent") continue;
      const table = route.routeTable.state === "unknown" ? route.routeTable.reason : "its route table is unknown";
      const over = route.target.kind === "peering" && route.target.peering.state === "known" ? "goes" : "may go";
      return `${routeLabel(route)} ${over} over ${peering.label} and may be the way back, but its route table is unknown (${table})`;
    }
    return void 0;
  }
  /** Partitions by table, one map per family (IPv4, IPv6). */
  partitions = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  /** Senders by table, one map per family (IPv4, IPv6). */
  sourceSets = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  subnets = /* @__PURE__ */ new Map();
  replies = /* @__PURE__ */ new Map();
  /**
   * What the tables any of which may carry `peer`'s replies (checkAnyTable: its main table first,
   * then the others, each once) send over `peering` together: their coverages joined in order
   * (walked in place, not listed: a hub's thousands of spokes are each asked once). A table with
   * nothing of the connection adds nothing, so when one table alone has something (a VPC's
   * implicit main table has no routes when they are all in another table) its coverage is the
   * answer as it is, without copying: a mesh of VPCs asks this once per route.
   */
  anyTableCoverage(peer, family, peering) {
    let first;
    let several;
    const main2 = peer.mainRouteTable;
    for (let i = -1; i < peer.routeTables.length; i++) {
      const t = i < 0 ? main2 : peer.routeTables[i];
      if (i >= 0 && t === main2) continue;
      if (t.routes.length === 0 && t.routesIncomplete === void 0) continue;
      const cov = this.coverage(t, family, peering);
      if (cov.sure.length === 0 && cov.possible.length === 0 && cov.doubts.length === 0 && cov.maybe.length === 0) continue;
      if (first === void 0) first = cov;
      else (several ??= [first]).push(cov);
    }
    if (several === void 0) return first ?? NOTHING;
    return {
      sure: several.flatMap((c) => c.sure),
      possible: several.flatMap((c) => c.possible),
      doubts: several.flatMap((c) => c.doubts),
      maybe: several.flatMap((c) => c.maybe)
    };
  }
  /** What `table` sends over `peering` in one family. */
  coverage(table, family, peering) {
    return oneRouteCoverage(table, family, peering) ?? this.partition(table, family).over(peering);
  }
  partition(table, family) {
    const byTable = this.partitions[family === 4 ? 0 : 1];
    let p = byTable.get(table);
    if (p === void 0) byTable.set(table, p = new Partition(table, family));
    return p;
  }
  sources(table, vpc, family) {
    const byTable = this.sourceSets[family === 4 ? 0 : 1];
    let s = byTable.get(table);
    if (s === void 0) byTable.set(table, s = replySources(table, vpc, family));
    return s;
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
  /** The peer tables that carry replies: those of the peer's subnets inside the destination. */
  replyTables(peer, destination) {
    let byDestination = this.replies.get(peer);
    if (byDestination === void 0) this.replies.set(peer, byDestination = /* @__PURE__ */ new Map());
    const cached = byDestination.get(destination.canonical);
    if (cached !== void 0) return cached;
    const tables = /* @__PURE__ */ new Map();
    const unresolved2 = [];
    const lookup2 = this.subnetLookup(peer, destination.family);
    const add2 = (subnet, uncertain) => {
      const t = subnet.routeTable;
      if (t.state === "known") {
        if (uncertain === void 0 || !tables.has(t.value)) tables.set(t.value, uncertain);
      } else if (t.state === "unknown" && t.invalid !== true) {
        unresolved2.push(`the route table of subnet ${subnet.label} is unknown (${t.reason}), so its route back cannot be checked`);
      }
    };
    for (const subnet of lookup2.index.overlapping(destination)) add2(subnet, void 0);
    for (const { subnet, reason } of lookup2.unknown) {
      add2(subnet, `the ${familyName(destination.family)} CIDR of subnet ${subnet.label}, which uses this table, is unknown (${reason})`);
    }
    const list2 = [...tables].map(([table, uncertain]) => ({ table, uncertain }));
    list2.sort((a, b) => a.table.label < b.table.label ? -1 : a.table.label > b.table.label ? 1 : 0);
    const result = { tables: list2, unresolved: unresolved2 };
    byDestination.set(destination.canonical, result);
    return result;
  }
};
function merge(cidrs) {
  if (cidrs.length === 0) return NONE;
  if (cidrs.length === 1 && cidrs[0].text === cidrs[0].canonical) return cidrs;
  const sorted = [...cidrs].sort(compareCidr);
  const out = [];
  const first = sorted[0];
  let family = first.family;
  let lo = first.first;
  let hi = first.last;
  const flush = () => {
    const bits = family === 4 ? 32 : 128;
    let at4 = lo;
    while (at4 <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (at4 & size) === 0n && at4 + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(family, at4, bits - hostBits));
      at4 += size;
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
  rationale: prose`A VPC peering connection only carries traffic whose source and destination are in its two VPCs. A route
    in VPC A that sends the range of a third VPC C over the peering with B relies on B to pass the packets on
    to C, which AWS never does, even when B is itself peered with C. Terraform and CloudFormation apply such
    a route without complaint and the traffic is silently dropped.`,
  remediation: prose`Connect A and C directly: create a peering connection between them and route C's range over it (in both
    directions), or attach all VPCs that must talk to each other to a transit gateway or Cloud WAN and route
    through it. Then remove the route to C's range from the peering with B.`,
  references: [
    { title: "VPC peering limitations", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations" },
    { title: "VPC peering configurations with routes to an entire VPC", url: "https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html" }
  ],
  docs: examples({ tf: ["positive-hub-spoke-created.tf", "negative-peer-ranges.tf"], cfn: ["positive-hub-spoke-created.cfn.yaml", "negative-peer-ranges.cfn.yaml"] }),
  messages: {
    transitive: prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes
      {thirdVpc} ({thirdCidr}), which is peered with {peerVpc}; peering is not transitive, so {peerVpc}
      will not forward the traffic. Peer with {thirdVpc} directly (or use a transit gateway) and route
      {thirdCidr} over that connection.`,
    thirdVpc: prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes
      {thirdVpc} ({thirdCidr}), which is not part of {peerVpc}; a peering only reaches the peer VPC itself,
      so the traffic is dropped. Peer with {thirdVpc} directly (or use a transit gateway) and route
      {thirdCidr} over that connection.`
  },
  check(model, context) {
    const classes = peeringRouteClasses(model);
    for (let i = 0; i < model.routes.length; i++) {
      const route = model.routes[i];
      const c = classes[i];
      if (c.kind === "unresolved") context.unresolved(destinationSubject(route), c.reason, c.cause);
      if (c.kind !== "third") continue;
      const { facts, third, thirdCidr, peeredWithPeer } = c;
      context.report({
        messageId: peeredWithPeer ? "transitive" : "thirdVpc",
        subject: destinationSubject(route),
        related: [{ resource: facts.peering.resource }, labelled(facts.peer), labelled(third)],
        data: {
          route: routeLabel(route),
          destination: facts.destination.canonical,
          peering: facts.peering.label,
          peerVpc: facts.peer.label,
          thirdVpc: third.label,
          thirdCidr: thirdCidr.canonical
        },
        fix: narrowFix(facts)
      });
    }
  }
});
function narrowFix(facts) {
  const { route, destination, vpc, peer, peering } = facts;
  const back = peerRoutesBack(peer, vpc, peering);
  const narrowed = back ? narrowedDestinations(route, destination, peer) : { inside: [], fresh: [] };
  if (narrowed === void 0) return void 0;
  const { inside, fresh } = narrowed;
  const list2 = (cidrs) => cidrs.map((c) => c.canonical).join(", ");
  const why = !back ? `no route table of ${peer.label} sends anything back to ${vpc.label} over it` : inside.length === 0 ? `no part of ${destination.canonical} is one of them` : `its table already routes ${list2(inside)}, the part of ${destination.canonical} that is`;
  const description = fresh.length === 0 ? `Remove ${routeLabel(route)}: ${peering.label} reaches only ${peer.label}'s own addresses, and ${why}; reach the other VPC over a peering of its own (or a transit gateway).` : `Narrow ${routeLabel(route)} to ${list2(fresh)}${fresh.length === 1 ? "" : " (a route each)"}, the part of ${destination.canonical} that is ${peer.label}'s own; reach the other VPC over a peering of its own (or a transit gateway).`;
  return { kind: "narrowRoute", description, route, destinations: fresh };
}

// rules/edge-to-edge-route.ts
var edge_to_edge_route_default = defineRule({
  id: "NET203",
  name: "edge-to-edge-route",
  defaultSeverity: "error",
  summary: "A route sends traffic over a peering connection to a default route or a range outside the peer VPC.",
  rationale: "A VPC peering connection only delivers packets addressed to the peer VPC itself. It does not extend the peer's internet gateway, NAT gateway, VPN connection, Direct Connect gateway or gateway endpoints to you " + prose`(AWS calls this edge-to-edge routing and does not support it). A route for 0.0.0.0/0 or ::/0 over a
    peering, or for a range wider than the peer VPC or outside it, is accepted at apply time, and the
    traffic it catches is dropped: instances lose internet or on-premises access, often only in the
    subnets that use this route table.`,
  remediation: "Route over the peering only the peer VPC's CIDR blocks (or parts of them). Send internet traffic to an " + prose`internet gateway or NAT gateway in the same VPC, and on-premises or other-VPC traffic to a VPN, Direct
    Connect or transit gateway attachment of the same VPC. To share one egress point between VPCs, use a
    transit gateway instead of peering.`,
  references: [
    { title: "VPC peering limitations", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations" },
    { title: "Update your route tables for a VPC peering connection", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html" }
  ],
  docs: examples({ tf: ["positive-default-route-inline.tf", "negative-default-via-igw.tf"], cfn: ["positive-ipv6-default-route.cfn.yaml", "negative-default-via-igw.cfn.yaml"] }),
  messages: {
    defaultRoute: "Route {route} sends all {family} traffic ({destination}) over peering {peering}; a peering cannot reach the other VPC's internet gateway, NAT gateway, VPN or Direct Connect, so this traffic is dropped. Send {destination} to a gateway of this VPC and route only the peer VPC's CIDR over {peering}.",
    defaultRouteUnresolvedPeering: prose`Route {route} sends all {family} traffic ({destination}) over a peering connection vpclint cannot
      identify ({why}); whichever connection it is, a peering cannot reach the other VPC's internet gateway,
      NAT gateway, VPN or Direct Connect, so this traffic is dropped. Send {destination} to a gateway of this
      VPC and route only the peer VPC's CIDR over the peering.`,
    outsidePeer: prose`Route {route} sends {destination} over peering {peering}, but that range is not inside {peerVpc}
      ({peerCidrs}); a peering reaches only the peer VPC's own addresses, not its gateways, VPN or Direct
      Connect, so traffic for the rest of the range is dropped. Narrow the route to {peerVpc}'s CIDR and send
      other traffic through a gateway of this VPC.`
  },
  check(model, context) {
    const classes = peeringRouteClasses(model);
    for (let i = 0; i < model.routes.length; i++) {
      const route = model.routes[i];
      const c = classes[i];
      switch (c.kind) {
        case "unresolved":
          context.unresolved(destinationSubject(route), c.reason, c.cause);
          break;
        case "default":
          context.report({
            messageId: "defaultRoute",
            subject: destinationSubject(route),
            related: [{ resource: c.peering.resource }],
            data: {
              route: routeLabel(route),
              destination: c.destination.canonical,
              family: c.destination.family === 4 ? "IPv4" : "IPv6",
              peering: c.peering.label
            },
            fix: defaultFix(route, c.destination, c.peering)
          });
          break;
        case "defaultUnresolvedPeering":
          context.report({
            messageId: "defaultRouteUnresolvedPeering",
            subject: destinationSubject(route),
            data: {
              route: routeLabel(route),
              destination: c.destination.canonical,
              family: c.destination.family === 4 ? "IPv4" : "IPv6",
              why: c.why
            }
          });
          break;
        case "outside": {
          const { facts } = c;
          const family = facts.destination.family;
          const blocks2 = [];
          let incomplete = facts.peer.blocksIncomplete !== void 0;
          for (const b of facts.peer.cidrBlocks) {
            if ((b.kind === "ipv6" ? 6 : 4) !== family) continue;
            if (b.cidr.state === "known") blocks2.push(b.cidr.value.canonical);
            else if (b.cidr.state === "unknown" && b.cidr.invalid !== true) incomplete = true;
          }
          let peerCidrs = blocks2.length > 0 ? blocks2.join(", ") : `no IPv${family} block`;
          if (incomplete) peerCidrs = blocks2.length > 0 ? `${peerCidrs} and unknown blocks` : "CIDR blocks unknown";
          context.report({
            messageId: "outsidePeer",
            subject: destinationSubject(route),
            related: [{ resource: facts.peering.resource }, labelled(facts.peer)],
            data: {
              route: routeLabel(route),
              destination: facts.destination.canonical,
              peering: facts.peering.label,
              peerVpc: facts.peer.label,
              peerCidrs
            },
            fix: narrowFix2(route, facts.destination, facts.vpc, facts.peer, facts.peering)
          });
          break;
        }
        default:
          break;
      }
    }
  }
});
function defaultFix(route, destination, peering) {
  const sides = peeringRouteSides(route, peering);
  return sides.kind === "ok" ? narrowFix2(route, destination, sides.vpc, sides.peer, peering) : void 0;
}
function narrowFix2(route, destination, vpc, peer, peering) {
  const back = peerRoutesBack(peer, vpc, peering);
  const narrowed = back ? narrowedDestinations(route, destination, peer) : { inside: [], fresh: [] };
  if (narrowed === void 0) return void 0;
  const { inside, fresh } = narrowed;
  const list2 = (cidrs) => cidrs.map((c) => c.canonical).join(", ");
  const why = !back ? `no route table of ${peer.label} sends anything back to ${vpc.label} over it, so nothing this route sends gets an answer` : inside.length === 0 ? `no part of ${destination.canonical} is one of them` : `the table already routes ${list2(inside)}, the part of ${destination.canonical} that is`;
  const description = fresh.length === 0 ? `Remove ${routeLabel(route)}: ${peering.label} reaches only ${peer.label}'s own addresses, and ${why}; send ${destination.canonical} to a gateway of this VPC instead.` : `Narrow ${routeLabel(route)} to ${list2(fresh)} (${peer.label}'s own ${fresh.length === 1 ? "range" : "ranges, a route each"}), the only part of ${destination.canonical} that ${peering.label} can reach; send the rest to a gateway of this VPC.`;
  return { kind: "narrowRoute", description, route, destinations: fresh };
}

// rules/route-to-foreign-peering.ts
function unknownReason(v, what) {
  if (v.state === "absent") return `${what} is not set`;
  if (v.state === "unknown") return v.invalid === true ? void 0 : `${what} is unknown (${v.reason})`;
  return void 0;
}
var route_to_foreign_peering_default = defineRule({
  id: "NET204",
  name: "route-to-foreign-peering",
  defaultSeverity: "error",
  summary: "A route targets a peering connection that does not involve the VPC of its route table.",
  rationale: prose`A route table can send traffic only over a peering connection of its own VPC. AWS rejects a route whose
    target is a connection between two other VPCs, at apply time, after the rest of the change has been
    applied. It is almost always a copy-paste or lookup mistake: a module reused for another VPC that keeps
    the old connection, or a map lookup that returns the wrong connection.`,
  remediation: prose`Point the route at the peering connection between this route table's VPC and the VPC it should reach
    (create that connection if it does not exist), or move the route to a route table of one of the two VPCs
    the connection joins.`,
  references: [
    { title: "Update your route tables for a VPC peering connection", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html" }
  ],
  docs: examples({ tf: ["positive-copied-route.tf", "negative-both-sides.tf"], cfn: ["positive-copied-route.cfn.yaml", "negative-both-sides.cfn.yaml"] }),
  messages: {
    foreignPeering: prose`Route {route} in {table} ({vpc}) targets peering {peering}, which joins {requester} and {accepter}, not
      {vpc}; AWS rejects the route. Target a peering connection of {vpc}, or move the route to a route table of
      {requester} or {accepter}.`
  },
  check(model, context) {
    const routes = model.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      const target2 = route.target;
      if (target2.kind !== "peering") continue;
      const label = routeLabel(route);
      if (target2.peering.state !== "known") {
        if (target2.peering.state === "unknown" && target2.peering.invalid !== true) {
          context.unresolved(
            route.subject,
            `the peering connection of ${label} is unknown (${target2.peering.reason}), so whether it involves the route table's VPC cannot be told`,
            target2.peering.origin
          );
        }
        continue;
      }
      const peering = target2.peering.value;
      const t = route.routeTable;
      if (t.state !== "known") {
        if (t.state === "unknown" && t.invalid !== true) {
          context.unresolved(route.subject, `the route table of ${label} is unknown (${t.reason}), so whether its VPC is part of ${peering.label} cannot be told`, t.origin);
        }
        continue;
      }
      const table = t.value;
      if (table.vpc.state !== "known") {
        const tableVpc = unknownReason(table.vpc, `the VPC of route table ${table.label}`);
        if (tableVpc !== void 0) context.unresolved(route.subject, `${tableVpc}, so whether it is part of ${peering.label} cannot be told`);
        continue;
      }
      const vpc = table.vpc.value;
      const { requester, accepter } = peering;
      if (requester.state === "known" && sameVpc(requester.value, vpc) || accepter.state === "known" && sameVpc(accepter.value, vpc)) continue;
      if (requester.state !== "known" || accepter.state !== "known") {
        const why = unknownReason(requester, `the requester VPC of ${peering.label}`) ?? unknownReason(accepter, `the accepter VPC of ${peering.label}`);
        if (why !== void 0) context.unresolved(route.subject, `${why}, so whether it is ${vpc.label} cannot be told`);
        continue;
      }
      context.report({
        messageId: "foreignPeering",
        subject: route.subject,
        related: [{ resource: peering.resource }, labelled(table), labelled(requester.value), labelled(accepter.value)],
        data: {
          route: label,
          table: table.label,
          vpc: vpc.label,
          peering: peering.label,
          requester: requester.value.label,
          accepter: accepter.value.label
        }
      });
    }
  }
});

// rules/mixed-inline-routes.ts
var NAMED = 3;
function names(items) {
  const named = items.slice(0, NAMED).map((x) => x.key).join(", ");
  return items.length <= NAMED ? named : `${named} and ${items.length - NAMED} more`;
}
function inlineText(count2, noun, empty) {
  if (count2 === 0) return empty;
  return count2 === 1 ? `1 inline ${noun}` : `${count2} inline ${noun}s`;
}
var mixed_inline_routes_default = defineRule({
  id: "NET205",
  name: "mixed-inline-routes",
  defaultSeverity: "warning",
  summary: "A route table (or security group) has inline routes (or rules) and also standalone route (or rule) resources.",
  rationale: prose`Terraform treats an inline \`route\` list on a route table, and an inline \`ingress\` or \`egress\` list on a
    security group, as the complete set: on every apply it removes routes or rules that are not in the list,
    including those that standalone \`aws_route\` or rule resources add, and the standalone resources add them
    back on the next apply. The network flaps between two states, and for a while after each apply the
    traffic those routes or rules carry is dropped. An explicit empty list (\`route = []\`, \`ingress = []\`)
    counts as an inline list.`,
  remediation: prose`Use one style per route table and per security group direction: move the inline routes into \`aws_route\`
    resources (or the rules into \`aws_vpc_security_group_ingress_rule\` / \`_egress_rule\` resources) and remove
    the inline list, or write every route or rule inline and delete the standalone resources.`,
  references: [
    { title: "Terraform AWS provider: aws_route_table", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table" },
    { title: "Terraform AWS provider: aws_security_group", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group" }
  ],
  docs: examples({ tf: ["positive-inline-and-route.tf", "negative-existing-standalone.tf"], cfn: { good: "negative-sg-inline-rules-and-rule-resource.cfn.yaml", note: "CloudFormation has no inline routes, and a group with inline rules and rule resources is a problem of the Terraform provider only, so no template is flagged." } }),
  messages: {
    mixedRoutes: prose`Route table {table} has {inline} and standalone route resources ({standalone}); Terraform removes the
      standalone routes on every apply and they come back on the next. Use only aws_route resources or only
      inline routes for this table.`,
    mixedRules: prose`Security group {group} has {inline} and {direction} rule resources ({standalone}); Terraform removes the
      rules of those resources on every apply and they come back on the next. Use only rule resources or only
      inline {direction} rules for this group.`
  },
  check(model, context) {
    const tables = model.routeTables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t];
      if (table.resource === void 0 || table.implicit) continue;
      const standalone = [];
      let inline = 0;
      const routes = table.routes;
      for (let i = 0; i < routes.length; i++) {
        const route = routes[i];
        if (!route.inline) standalone.push(route);
        else if (route.subject.resource === table.resource) inline++;
      }
      if (standalone.length === 0) continue;
      const writes2 = table.writesInlineRoutes;
      if (writes2 === void 0 || writes2.state === "absent") continue;
      if (writes2.state === "unknown") {
        context.unresolved({ resource: table.resource }, `${writes2.reason}; it also has standalone routes (${names(standalone)})`);
        continue;
      }
      if (!writes2.value) continue;
      context.report({
        messageId: "mixedRoutes",
        subject: { resource: table.resource },
        related: standalone.map((r) => r.subject),
        data: {
          table: table.label,
          inline: inlineText(inline, "route", "an empty inline route list"),
          standalone: names(standalone)
        }
      });
    }
    for (const group of model.securityGroups) {
      const writesBy = group.writesInlineRules;
      if (writesBy === void 0) continue;
      for (const direction of ["ingress", "egress"]) {
        const standalone = [];
        let inline = 0;
        for (const rule of group.rules) {
          if (rule.direction !== direction || rule.inline === void 0) continue;
          if (rule.inline) inline++;
          else standalone.push(rule);
        }
        if (standalone.length === 0) continue;
        const writes2 = writesBy[direction];
        if (writes2.state === "absent") continue;
        if (writes2.state === "unknown") {
          context.unresolved({ resource: group.resource }, `${writes2.reason}; it also has ${direction} rule resources (${names(standalone)})`);
          continue;
        }
        if (!writes2.value) continue;
        context.report({
          messageId: "mixedRules",
          subject: { resource: group.resource },
          related: standalone.map((r) => r.subject),
          data: {
            group: group.label,
            direction,
            inline: inlineText(inline, `${direction} rule`, `an empty inline ${direction} list`),
            standalone: names(standalone)
          }
        });
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
  rationale: prose`AWS allows only one VPC peering connection between two VPCs, whichever side requests it. Terraform does not
    fail on a second one: AWS returns the ID of the existing connection, so two resources silently manage the same
    connection. Their settings (DNS resolution, tags, acceptance) fight on every apply, and destroying either
    resource deletes the connection that the other one and every route over it still depend on.`,
  remediation: prose`Keep exactly one peering connection per pair of VPCs: remove the extra resource and point its routes and
    options at the remaining connection (use a \`moved\` block or \`terraform state rm\` so the shared connection is
    not destroyed). One connection can carry traffic in both directions.`,
  references: [
    { title: "VPC peering limitations", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations" },
    { title: "Terraform AWS provider: aws_vpc_peering_connection", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection" }
  ],
  docs: examples({ tf: ["positive-same-direction.tf", "negative-distinct-pairs.tf"], cfn: ["positive-same-direction.cfn.yaml", "negative-condition-swap.cfn.json"] }),
  messages: {
    duplicate: "Peering {peering} ({requester} to {accepter}) duplicates {first}, which already joins these two VPCs. AWS allows only one peering connection between two VPCs, and Terraform silently returns the existing connection's ID for a second one, so both resources would manage one connection. Remove {peering} and use {first}."
  },
  check(model, context) {
    const numbers = new VpcNumbers();
    const byPair = /* @__PURE__ */ new Map();
    const undecided = [];
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const p = peerings[i];
      const { requester, accepter } = p;
      const a = requester.state === "known" ? numbers.of(requester.value) : -1;
      const b = accepter.state === "known" ? numbers.of(accepter.value) : -1;
      if (a < 0 || b < 0) {
        undecided.push(p);
        continue;
      }
      const pair = pairKey(a, b);
      const list2 = byPair.get(pair);
      if (list2) list2.push(p);
      else byPair.set(pair, [p]);
    }
    let routeUse;
    for (const group of byPair.values()) {
      if (group.length < 2) continue;
      group.sort(byAddress);
      const first = group[0];
      const keptById = /* @__PURE__ */ new Map();
      const keep = (p) => {
        if (p.id.state !== "known") return true;
        const same2 = keptById.get(p.id.value);
        if (same2?.some((q) => sameConnection(p, q))) return false;
        if (same2) same2.push(p);
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
          },
          fix: removalFix(p, first, group.length === 2, routeUse ??= new RouteUse(model))
        });
      }
    }
    if (undecided.length === 0) return;
    const [firstAll, secondAll] = firstTwo(model.peerings);
    const byVpc = connectionsByVpc(model.peerings, numbers);
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
      const target2 = sharedLabel ? `${other.resource.address}, which also joins ${sharedLabel},` : `${other.resource.address} or another peering connection`;
      context.unresolved({ resource: p.resource }, `${why}, so whether it duplicates ${target2} cannot be decided`);
    }
  }
});
function connectionsByVpc(peerings, numbers) {
  const byVpc = /* @__PURE__ */ new Map();
  const touch = (n, p) => {
    const list2 = byVpc.get(n);
    if (list2) list2.push(p);
    else byVpc.set(n, [p]);
  };
  for (const p of peerings) {
    const a = p.requester.state === "known" ? numbers.of(p.requester.value) : -1;
    const b = p.accepter.state === "known" ? numbers.of(p.accepter.value) : -1;
    if (a >= 0) touch(a, p);
    if (b >= 0 && b !== a) touch(b, p);
  }
  return byVpc;
}
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
function firstTwo(list2) {
  let first;
  let second;
  for (const q of list2) {
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
var RouteUse = class {
  #count = /* @__PURE__ */ new Map();
  constructor(model) {
    for (const r of model.routes) {
      if (r.target.kind !== "peering" || r.target.peering.state !== "known") continue;
      const key = r.target.peering.value.key;
      this.#count.set(key, (this.#count.get(key) ?? 0) + 1);
    }
  }
  of(p) {
    return this.#count.get(p.key) ?? 0;
  }
};
function inModule(p) {
  return p.resource.format !== "cloudformation" && p.resource.address.startsWith("module.");
}
function exists(p) {
  return p.id.state === "known" || p.resource.action !== void 0 && p.resource.action !== "create";
}
function removalFix(p, first, pair, use) {
  const extras = (x) => (x.accepterResource !== void 0 && x.accepterResource !== x.resource ? 1 : 0) + x.optionsResources.length;
  let remove = p;
  let keep = first;
  let why = `it is the later of the two by address, and nothing else tells them apart`;
  if (pair) {
    const pick = (a, b, reason) => {
      remove = a;
      keep = b;
      why = reason;
    };
    const [up, uf] = [use.of(p), use.of(first)];
    if (up === 0 && uf > 0) pick(p, first, `no route uses it, while ${uf === 1 ? "a route uses" : `${uf} routes use`} ${first.resource.address}`);
    else if (uf === 0 && up > 0) pick(first, p, `no route uses it, while ${up === 1 ? "a route uses" : `${up} routes use`} ${p.resource.address}`);
    else if (exists(first) && !exists(p)) pick(p, first, `this change creates it, while ${first.resource.address} already exists`);
    else if (exists(p) && !exists(first)) pick(first, p, `this change creates it, while ${p.resource.address} already exists`);
    else if (extras(p) === 0 && extras(first) > 0) pick(p, first, `${first.resource.address} has the accepter and options resources, it has none`);
    else if (extras(first) === 0 && extras(p) > 0) pick(first, p, `${p.resource.address} has the accepter and options resources, it has none`);
    else if (inModule(p) && !inModule(first)) pick(first, p, `it is written in the root module, while ${p.resource.address} comes from a module whose other calls share its text`);
  }
  if (use.of(remove) > 0) return void 0;
  const resources = [remove.resource];
  if (remove.accepterResource !== void 0 && remove.accepterResource !== remove.resource) resources.push(remove.accepterResource);
  resources.push(...remove.optionsResources);
  const also = resources.length > 1 ? ` (with ${resources.slice(1).map((r) => r.address).join(", ")})` : "";
  return {
    kind: "removeResources",
    description: `Remove ${remove.resource.address}${also} and keep ${keep.resource.address}: ${why}. One connection carries traffic both ways. If AWS already created both, they are one connection: stop managing the removed resource without deleting it ` + (remove.resource.format === "cloudformation" ? "(set DeletionPolicy: Retain on it and update the stack before removing it)." : "(terraform state rm, or a removed block with destroy = false)."),
    resources
  };
}

// rules/peering-acceptance.ts
var ACTIVE = /* @__PURE__ */ new Set(["active", "provisioning"]);
function willBeCreated(r) {
  if (r.action === void 0) return r.format !== "terraform-plan";
  return r.action === "create" || r.action === "replace";
}
function sideLabel(v, side) {
  return v.state === "known" ? v.value.label : `an unknown ${side} VPC`;
}
function pathText(path14) {
  return path14.map(String).join(".");
}
var peering_acceptance_default = defineRule({
  id: "NET302",
  name: "peering-acceptance",
  defaultSeverity: "warning",
  summary: "A peering connection that nothing in scope accepts, or that uses auto-accept or DNS options where AWS refuses them.",
  rationale: prose`A VPC peering connection carries no traffic until the accepter side accepts it. The requester can accept
    it itself only when both VPCs are in its account and region (\`auto_accept\`); otherwise the accepter
    account must accept it in the accepter region. A request that nothing accepts stays pending, expires after
    7 days, and every route over it is a blackhole meanwhile. The AWS provider refuses \`auto_accept\` together
    with \`peer_region\`, AWS refuses a requester's acceptance of a connection to another account, and DNS
    options written on the requesting resource fail because the connection is not active when it is created.`,
  remediation: prose`For a connection within one account and region, set \`auto_accept = true\`. Across accounts or regions, leave
    \`auto_accept\` unset and accept the connection with an \`aws_vpc_peering_connection_accepter\` that uses a
    provider for the accepter's account and region (or in the accepter's own code, which should then be linted
    too). Set DNS options in the accepter resource or an \`aws_vpc_peering_connection_options\` resource that
    depends on it, not in the requesting resource.`,
  references: [
    { title: "AcceptVpcPeeringConnection (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcPeeringConnection.html" },
    { title: "CreateVpcPeeringConnection (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html" },
    { title: "Terraform AWS provider: aws_vpc_peering_connection_accepter", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection_accepter" }
  ],
  docs: examples({ tf: ["positive-cross-account-no-accepter.tf", "negative-auto-accept.tf"], cfn: { good: "negative-cross-account-peer-role.cfn.yaml", note: "CloudFormation accepts the connections a stack requests in its own account (across regions too) and, with `PeerRoleArn`, in another account; whether `PeerOwnerId` is another account is only known with `--parameter AWS::AccountId`, so no fixture template is flagged." } }),
  messages: {
    notAccepted: prose`Peering {peering} ({requester} to {accepter}) goes to {crossing}, and nothing in the linted code accepts
      it: it stays pending acceptance, expires after 7 days, and routes over it are blackholes. Add an
      aws_vpc_peering_connection_accepter with a provider for the accepter side, or accept it in the code that
      manages {accepter}.`,
    notAutoAccepted: prose`Peering {peering} ({requester} to {accepter}) is within one account and region but does not set
      auto_accept, and nothing in the linted code accepts it: it stays pending acceptance, expires after 7 days,
      and routes over it are blackholes. Set auto_accept = true.`,
    autoAcceptRefused: prose`Peering {peering} sets auto_accept = true, but {reason}, so the connection cannot be accepted that way and
      the apply fails. Remove auto_accept and accept it with an aws_vpc_peering_connection_accepter using a
      provider for the accepter side.`,
    optionsBeforeActive: prose`{resource} sets DNS options ({blocks}) on peering {peering}, which is not active when they are applied
      (it is not auto-accepted), so the provider fails with "is not active". Set them in the accepter resource,
      or in an aws_vpc_peering_connection_options that depends on the accepter.`
  },
  check(model, context) {
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i];
      const r = peering.resource;
      if (peering.accepterResource === r) continue;
      const status = peering.acceptStatus;
      if (status?.state === "known" && ACTIVE.has(status.value)) continue;
      const subject = { resource: r };
      const data = {
        peering: peering.label,
        requester: sideLabel(peering.requester, "requester"),
        accepter: sideLabel(peering.accepter, "accepter")
      };
      const creating = willBeCreated(r);
      const auto = peering.autoAccept;
      const crossRegion = isCrossRegion(peering);
      const crossAccount = isCrossAccount(peering);
      if (auto.state === "known" && auto.value) {
        const refused = autoAcceptRefusal(peering, creating, crossAccount);
        if (refused.kind === "refused") {
          context.report({ messageId: "autoAcceptRefused", subject, related: sideRelated(peering), data: { peering: peering.label, reason: refused.reason } });
        } else if (refused.kind === "unknown") {
          context.unresolved(subject, `${peering.label} sets auto_accept = true; whether AWS lets the requester accept it cannot be told: ${refused.reason}`);
        }
        continue;
      }
      if (auto.state === "unknown") {
        if (auto.invalid !== true) context.unresolved(subject, `whether ${peering.label} is auto-accepted is unknown (${auto.reason})`);
        continue;
      }
      if (creating && peering.requestedOptions !== void 0 && peering.requestedOptions.paths.length > 0) {
        const paths = peering.requestedOptions.paths;
        context.report({
          messageId: "optionsBeforeActive",
          subject: { resource: r, path: paths[0] },
          related: [],
          data: { resource: peering.label, blocks: paths.map(pathText).join(", "), peering: peering.label }
        });
      }
      if (peering.accepterResource !== void 0) continue;
      for (const o of peering.optionsResources) {
        context.report({
          messageId: "optionsBeforeActive",
          subject: { resource: o },
          related: [{ resource: r }],
          data: { resource: o.address, blocks: "allow_remote_vpc_dns_resolution", peering: peering.label }
        });
      }
      if (crossAccount.state === "known" && crossAccount.value) {
        const account = peering.peerOwnerId.state === "known" ? peering.peerOwnerId.value : "";
        context.report({ messageId: "notAccepted", subject, related: sideRelated(peering), data: { ...data, crossing: `another account (${account})` } });
      } else if (crossRegion.state === "known" && crossRegion.value) {
        const region = peering.peerRegion.state === "known" ? peering.peerRegion.value : "";
        context.report({ messageId: "notAccepted", subject, related: sideRelated(peering), data: { ...data, crossing: `another region (${region})` } });
      } else if (crossAccount.state === "known" && crossRegion.state === "known") {
        if (peering.peerRegion.state === "known") {
          const crossing = `region ${peering.peerRegion.value} (set with peer_region)`;
          context.report({ messageId: "notAccepted", subject, related: sideRelated(peering), data: { ...data, crossing } });
        } else if (vpcsInTwoRegions(peering)) {
          continue;
        } else {
          context.report({ messageId: "notAutoAccepted", subject, related: sideRelated(peering), data });
        }
      } else {
        const why = crossAccount.state === "unknown" ? crossAccount.reason : crossRegion.state === "unknown" ? crossRegion.reason : "";
        const crossing = peering.peerOwnerId.state === "known" ? `account ${peering.peerOwnerId.value}` : peering.peerRegion.state === "known" ? `region ${peering.peerRegion.value}` : void 0;
        if (crossing !== void 0) {
          context.report({ messageId: "notAccepted", subject, related: sideRelated(peering), data: { ...data, crossing } });
        } else {
          context.unresolved(subject, `nothing in the linted code accepts ${peering.label}, and whether it crosses accounts or regions is unknown (${why})`);
        }
      }
    }
  }
});
function vpcsInTwoRegions(p) {
  const here = requesterRegion(p);
  const there = p.accepter.state === "known" ? p.accepter.value.region : void 0;
  return here.state === "known" && there?.state === "known" && here.value !== there.value;
}
function sideRelated(p) {
  const out = [];
  for (const v of [p.requester, p.accepter]) if (v.state === "known") out.push(labelled(v.value));
  return out;
}
function autoAcceptRefusal(p, creating, crossAccount) {
  if (!p.resource.format.startsWith("terraform")) return { kind: "ok" };
  if (creating && p.peerRegion.state === "known") {
    return { kind: "refused", reason: `peer_region is set (${p.peerRegion.value}), which the AWS provider does not allow with auto_accept` };
  }
  if (crossAccount.state === "known" && crossAccount.value) {
    const own3 = requesterAccount(p);
    const ownText = own3.state === "known" ? own3.value : "the requester account";
    const peer = p.peerOwnerId.state === "known" ? p.peerOwnerId.value : "another account";
    return { kind: "refused", reason: `the accepter VPC belongs to account ${peer}, not ${ownText}, and only the accepter account can accept` };
  }
  if (crossAccount.state === "unknown") return { kind: "unknown", reason: crossAccount.reason };
  return { kind: "ok" };
}

// rules/peering-quota.ts
var DEFAULT_PEERING_QUOTA = 50;
var MAX_PEERING_QUOTA = 125;
var DEFAULT_IPV4_BLOCK_QUOTA = 5;
function vpcSubject(vpc, fallback) {
  return vpc.resource !== void 0 ? { resource: vpc.resource } : fallback;
}
var peering_quota_default = defineRule({
  id: "NET303",
  name: "peering-quota",
  defaultSeverity: "warning",
  summary: "A VPC has more peering connections, or more IPv4 CIDR blocks, than AWS allows by default.",
  rationale: prose`AWS allows 50 active VPC peering connections per VPC by default; the quota can be raised to at most 125.
    Past the quota, a new connection is created but cannot become active, so every route over it is a
    blackhole. Past 125 no quota increase helps. A VPC also has at most 5 IPv4 CIDR blocks (the primary and
    the secondaries) by default; the association of a sixth fails at apply time unless the quota was raised.`,
  remediation: prose`Request a quota increase (Service Quotas, "Active VPC peering connections per VPC", up to 125; "IPv4 CIDR
    blocks per VPC") before the change is applied. For hubs with many spokes, connect the VPCs through a
    transit gateway or AWS Cloud WAN instead of one peering per spoke. Instead of many small secondary
    blocks, use fewer, larger ones.`,
  references: [
    { title: "Amazon VPC quotas", url: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html" }
  ],
  docs: examples({ tf: ["positive-over-default-quota.tf", "negative-at-quota.tf"], cfn: ["positive-six-ipv4-blocks.cfn.yaml", { file: "negative-at-quota.cfn.yaml", lines: [1, 37] }] }),
  messages: {
    overDefaultQuota: `{vpc} has {count} peering connections, more than the quota of {quota} active peering connections per VPC (${DEFAULT_PEERING_QUOTA} unless raised), so the ones past it stay inactive. Request a quota increase (up to ${MAX_PEERING_QUOTA}) or connect the VPCs through a transit gateway.`,
    overMaximum: `{vpc} has {count} peering connections, more than {max}; AWS allows at most ${MAX_PEERING_QUOTA} active peering connections per VPC, even with a quota increase. Connect the VPCs through a transit gateway instead.`,
    tooManyIpv4Blocks: `{vpc} has {count} IPv4 CIDR blocks (primary and secondary), more than the quota of {quota} per VPC (${DEFAULT_IPV4_BLOCK_QUOTA} unless raised), so the association of the others fails. Request a quota increase or use fewer, larger blocks.`
  },
  options: {
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        peeringQuota: {
          description: "Active peering connections per VPC before a warning: the quota of your account (AWS default 50).",
          type: "integer",
          minimum: 1,
          default: DEFAULT_PEERING_QUOTA
        },
        peeringMaximum: {
          description: "Active peering connections per VPC before an error (AWS allows at most 125, even with a quota increase).",
          type: "integer",
          minimum: 1,
          default: MAX_PEERING_QUOTA
        },
        ipv4BlockQuota: {
          description: "IPv4 CIDR blocks (primary and secondary) per VPC before a warning: the quota of your account (AWS default 5).",
          type: "integer",
          minimum: 1,
          default: DEFAULT_IPV4_BLOCK_QUOTA
        }
      }
    },
    defaults: {
      peeringQuota: DEFAULT_PEERING_QUOTA,
      peeringMaximum: MAX_PEERING_QUOTA,
      ipv4BlockQuota: DEFAULT_IPV4_BLOCK_QUOTA
    }
  },
  check(model, context) {
    const { peeringQuota, peeringMaximum, ipv4BlockQuota } = context.options;
    for (const vpc of model.vpcs) {
      const count2 = vpc.peerings.length;
      if (count2 > Math.min(peeringQuota, peeringMaximum)) {
        const over = count2 > peeringMaximum;
        const past = vpc.peerings[over ? peeringMaximum : peeringQuota];
        const subject = vpcSubject(vpc, past !== void 0 ? { resource: past.resource } : void 0);
        if (subject !== void 0) {
          context.report({
            messageId: over ? "overMaximum" : "overDefaultQuota",
            subject,
            related: vpc.resource === void 0 ? [vpc.label] : [],
            data: { vpc: vpc.label, count: count2, quota: peeringQuota, max: peeringMaximum },
            ...over ? { severity: "error" } : {}
          });
        }
      }
      const ipv4 = vpc.cidrBlocks.filter((b) => b.kind !== "ipv6");
      if (ipv4.length > ipv4BlockQuota) {
        const past = ipv4[ipv4BlockQuota];
        const subject = vpcSubject(vpc, past?.subject);
        if (subject !== void 0) {
          context.report({
            messageId: "tooManyIpv4Blocks",
            subject,
            related: ipv4.filter((b) => b.subject.resource !== vpc.resource).map((b) => b.subject),
            data: { vpc: vpc.label, count: ipv4.length, quota: ipv4BlockQuota }
          });
        }
      }
    }
  }
});

// rules/peering-dns.ts
var RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((text4) => {
  const parsed = parseCidr(text4);
  if (!parsed.ok) throw new Error(`bad constant ${text4}`);
  return parsed.cidr;
});
var DNS_SETTINGS = [
  ["enableDnsSupport", "DNS support"],
  ["enableDnsHostnames", "DNS hostnames"]
];
function isTrue(v) {
  return v.state === "known" && v.value;
}
function primaryBlock(vpc) {
  const blocks2 = vpc.cidrBlocks;
  for (let i = 0; i < blocks2.length; i++) if (blocks2[i].kind === "ipv4-primary") return blocks2[i].cidr;
  return void 0;
}
var peering_dns_default = defineRule({
  id: "NET304",
  name: "peering-dns",
  defaultSeverity: "note",
  summary: "DNS resolution over a peering is requested while a VPC has DNS support or hostnames off, or a VPC outside RFC 1918 is peered without it.",
  rationale: prose`With DNS resolution enabled on a peering connection, the public DNS name of an instance in one VPC
    resolves to its private address when queried from the other VPC, so traffic stays on the peering. AWS
    applies it only when both VPCs have DNS support and DNS hostnames enabled; otherwise the option is stored
    and has no effect, and clients connect to public addresses instead, through the internet or not at all.
    For a VPC whose CIDR block is outside the private ranges of RFC 1918, the private names of its instances
    resolve from the peer only if that VPC's side of the connection enables DNS resolution.`,
  remediation: prose`Enable DNS support and DNS hostnames on both VPCs (\`enable_dns_support\` and \`enable_dns_hostnames\` on
    \`aws_vpc\`, \`EnableDnsSupport\` and \`EnableDnsHostnames\` on \`AWS::EC2::VPC\`). For a VPC outside RFC 1918,
    set \`allow_remote_vpc_dns_resolution = true\` in that VPC's side of the connection (the \`requester\` or
    \`accepter\` block of \`aws_vpc_peering_connection_options\`, or of the accepter resource in the peer
    account).`,
  references: [
    { title: "Enable DNS resolution for a VPC peering connection", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-dns.html" },
    { title: "DNS attributes for your VPC", url: "https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html#vpc-dns-support" }
  ],
  docs: examples({ tf: ["positive-hostnames-off.tf", "negative-dns-enabled.tf"], cfn: ["positive-outside-rfc1918.cfn.yaml", "negative-secondary-outside-rfc1918.cfn.yaml"] }),
  messages: {
    dnsSettingOff: prose`Peering {peering} requests DNS resolution, but {vpc} has {setting} off, so AWS ignores it and names of
      instances across the peering resolve to public addresses. Enable {setting} on {vpc}.`,
    outsideRfc1918: prose`{vpc} ({cidr}) is outside the private ranges of RFC 1918 and is peered over {peering} without DNS
      resolution on its side ({side}), so the peer cannot resolve its instances' names to private addresses.
      Set allow_remote_vpc_dns_resolution on the {side} side of {peering}.`
  },
  check(model, context) {
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i];
      const requester = peering.requester.state === "known" ? peering.requester.value : void 0;
      const accepter = peering.accepter.state === "known" ? peering.accepter.value : void 0;
      if (requester !== void 0 && requester === accepter) continue;
      checkSettings(peering, requester, accepter, context);
      if (requester !== void 0) checkOutsideRfc1918(peering, "requester", requester, peering.requesterOptions, context);
      if (accepter !== void 0) checkOutsideRfc1918(peering, "accepter", accepter, peering.accepterOptions, context);
    }
  }
});
function checkOutsideRfc1918(peering, side, vpc, options, context) {
  const primary = primaryBlock(vpc);
  if (primary === void 0 || primary.state !== "known") return;
  const cidr = primary.value;
  if (inRfc1918(cidr)) return;
  const option = options.allowRemoteVpcDnsResolution;
  if (isTrue(option)) return;
  const subject = { resource: peering.resource };
  if (option.state === "unknown") {
    if (option.invalid !== true) context.unresolved(subject, `${vpc.label} (${cidr.canonical}) is outside RFC 1918, and whether the ${side} side of ${peering.label} enables DNS resolution is unknown (${option.reason})`);
    return;
  }
  context.report({
    messageId: "outsideRfc1918",
    subject,
    related: [labelled(vpc)],
    data: { vpc: vpc.label, cidr: cidr.canonical, peering: peering.label, side }
  });
}
function inRfc1918(cidr) {
  for (let i = 0; i < RFC1918.length; i++) if (contains(RFC1918[i], cidr)) return true;
  return false;
}
function checkSettings(peering, requester, accepter, context) {
  const requested = isTrue(peering.requesterOptions.allowRemoteVpcDnsResolution) || isTrue(peering.accepterOptions.allowRemoteVpcDnsResolution);
  if (!requested) return;
  const subject = { resource: peering.resource };
  for (const vpc of [requester, accepter]) {
    if (vpc === void 0) continue;
    for (const [field, setting] of DNS_SETTINGS) {
      const v = vpc[field];
      if (v.state === "known") {
        if (v.value) continue;
        context.report({
          messageId: "dnsSettingOff",
          subject,
          related: [labelled(vpc)],
          data: { peering: peering.label, vpc: vpc.label, setting }
        });
      } else if (v.state === "unknown" && v.invalid !== true) {
        context.unresolved(subject, `${peering.label} requests DNS resolution, but whether ${vpc.label} has ${setting} on is unknown (${v.reason})`);
      }
    }
  }
}

// rules/peering-region.ts
var FOUND = /* @__PURE__ */ new Set(["active", "provisioning", "pending-acceptance"]);
function whyUnknown(v, what) {
  return v.state === "unknown" ? v.reason : `${what} is not known`;
}
function attribute(r) {
  if (r.format === "cloudformation") return { path: ["PeerRegion"], fix: (region) => `PeerRegion: ${region}` };
  return { path: ["peer_region"], fix: (region) => `peer_region = "${region}"` };
}
function regionSource(v) {
  const r = v.resource;
  if (r === void 0 || v.external) return void 0;
  if (r.format === "cloudformation") return `cfn\0${r.file}`;
  if (!r.format.startsWith("terraform")) return void 0;
  const own3 = r.get(["region"]);
  if (own3.state === "known" || own3.state === "unknown" && own3.computed !== true) return void 0;
  const p = r.provider?.();
  return p === void 0 ? void 0 : `tf\0${r.file}\0${p.name}`;
}
function inOneRegion(a, b) {
  if (sameVpc(a, b)) return true;
  const sa = regionSource(a);
  return sa !== void 0 && sa === regionSource(b);
}
var peering_region_default = defineRule({
  id: "NET305",
  name: "peering-region",
  defaultSeverity: "error",
  summary: "A peering request looks for the peer VPC in a region it is not in: peer_region is missing or wrong.",
  rationale: prose`AWS looks for the peer VPC of a peering request in the region given by \`peer_region\` (CloudFormation
    \`PeerRegion\`), and in the requester's own region when it is not set. A cross-region peering written
    without it, or with the wrong region, names a VPC that does not exist where AWS looks: the connection
    fails and the apply with it, and the accepter in the other region never sees a request. The plan looks
    fine, because the peer VPC ID itself is valid.`,
  remediation: prose`Set \`peer_region\` (CloudFormation \`PeerRegion\`) to the region of the peer VPC, for example
    \`peer_region = "us-east-1"\`, on the requesting \`aws_vpc_peering_connection\`; then accept the connection
    in that region (an \`aws_vpc_peering_connection_accepter\` with a provider for it, see NET302). Leave it
    unset, or set it to the requester's region, only when both VPCs are in one region.`,
  references: [
    { title: "CreateVpcPeeringConnection (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html" },
    { title: "Terraform AWS provider: aws_vpc_peering_connection", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection" }
  ],
  docs: examples({ tf: ["positive-missing-peer-region.tf", "negative-peer-region-set.tf"], cfn: { good: "negative-same-template.cfn.yaml", note: "every VPC of a template is in the stack's region, and a peer VPC in another region can only be named by ID or parameter, whose region is not known, so no fixture template is flagged (such a template is an unresolved check)." } }),
  messages: {
    missingPeerRegion: prose`Peering {peering} joins {requester} in {requesterRegion} with {accepter} in {accepterRegion}, but does not
      set {attribute}, so AWS looks for {accepter} in {requesterRegion}: the connection fails and the accepter in
      {accepterRegion} never sees the request. Set {fix}.`,
    wrongPeerRegion: prose`Peering {peering} sets {attribute} to {peerRegion}, but its peer VPC {accepter} is in {accepterRegion}, so
      AWS looks for {accepter} in {peerRegion}: the connection fails and the accepter in {accepterRegion} never
      sees the request. Set {fix}.`
  },
  check(model, context) {
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i];
      const r = peering.resource;
      if (peering.accepterResource === r) continue;
      const status = peering.acceptStatus;
      if (status?.state === "known" && FOUND.has(status.value)) continue;
      checkPeering(peering, context);
    }
  }
});
function checkPeering(p, context) {
  const r = p.resource;
  const subject = { resource: r };
  const { path: path14, fix: fix2 } = attribute(r);
  const name = path14[0];
  if (p.accepter.state === "absent") return;
  if (p.accepter.state === "unknown") {
    context.unresolved(subject, `whether ${p.label} looks for its peer VPC in the right region cannot be told: its peer VPC is unknown (${p.accepter.reason})`, p.accepter.origin);
    return;
  }
  const accepter = p.accepter.value;
  const related = [labelled(accepter)];
  const there = accepter.region;
  const peer = p.peerRegion;
  if (peer.state === "unknown") {
    context.unresolved(subject, `whether ${p.label} looks for ${accepter.label} in the right region cannot be told: ${peer.reason}`, { resource: r, path: path14 });
    return;
  }
  if (peer.state === "known") {
    if (there.state !== "known") {
      context.unresolved(
        { resource: r, path: path14 },
        `${p.label} sets ${name} to ${peer.value}, and whether its peer VPC ${accepter.label} is there cannot be told: ${whyUnknown(there, "its region")}`
      );
      return;
    }
    if (there.value !== peer.value) {
      context.report({
        messageId: "wrongPeerRegion",
        subject: { resource: r, path: path14 },
        related,
        data: { peering: p.label, attribute: name, peerRegion: peer.value, accepter: accepter.label, accepterRegion: there.value, fix: fix2(there.value) }
      });
    }
    return;
  }
  const requester = p.requester.state === "known" ? p.requester.value : void 0;
  if (requester !== void 0 && inOneRegion(requester, accepter)) return;
  const here = requesterRegion(p);
  if (here.state !== "known" || there.state !== "known") {
    const missing = here.state !== "known" ? whyUnknown(here, "the requester's region") : whyUnknown(there, `the region of ${accepter.label}`);
    context.unresolved(subject, `${p.label} does not set ${name}, so AWS looks for ${accepter.label} in the requester's region, and whether it is there cannot be told: ${missing}`);
    return;
  }
  if (here.value === there.value) return;
  if (requester !== void 0) related.unshift(labelled(requester));
  context.report({
    messageId: "missingPeerRegion",
    subject,
    related,
    data: {
      peering: p.label,
      requesterRegion: here.value,
      requester: requester?.label ?? "the requester",
      accepter: accepter.label,
      accepterRegion: there.value,
      attribute: name,
      fix: fix2(there.value)
    }
  });
}

// rules/self-peering.ts
var self_peering_default = defineRule({
  id: "NET306",
  name: "self-peering",
  defaultSeverity: "error",
  summary: "A peering connection joins a VPC with itself.",
  rationale: prose`A VPC peering connection joins two different VPCs. AWS rejects a request whose requester VPC and peer VPC
    are the same VPC, so the apply fails at that resource; the plan looks fine, because each ID on its own is
    valid. It is almost always a slip: the peer side was meant to name another VPC (a copied block whose
    \`peer_vpc_id\` still names the requester).`,
  remediation: prose`Point \`peer_vpc_id\` (CloudFormation \`PeerVpcId\`) at the VPC to be peered with, or remove the connection:
    traffic within one VPC needs no peering, the VPC's local route already carries it.`,
  references: [
    { title: "CreateVpcPeeringConnection (Amazon EC2 API Reference)", url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html" }
  ],
  docs: examples({ tf: ["positive-self-reference.tf", "negative-distinct-vpcs.tf"], cfn: ["positive-self-reference.cfn.yaml", "negative-distinct-vpcs.cfn.yaml"] }),
  messages: {
    selfPeering: prose`Peering {peering} joins {vpc} with itself: {attribute} names the requester VPC again. AWS rejects a
      peering connection between a VPC and itself, so the apply fails. Point {attribute} at the VPC to peer with,
      or remove the connection.`
  },
  check(model, context) {
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const p = peerings[i];
      const r = p.resource;
      if (p.accepterResource === r) continue;
      if (p.requester.state !== "known" || p.accepter.state !== "known") continue;
      const vpc = p.requester.value;
      if (!sameVpc(vpc, p.accepter.value)) continue;
      const attribute2 = r.format === "cloudformation" ? "PeerVpcId" : "peer_vpc_id";
      const path14 = [attribute2];
      context.report({
        messageId: "selfPeering",
        subject: { resource: r, path: path14 },
        related: [labelled(vpc)],
        data: { peering: p.label, vpc: vpc.label, attribute: attribute2 }
      });
    }
  }
});

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
var PORT = "(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|\\d{1,4})";
function toPolicy(options) {
  const builtIn = new Map(SENSITIVE_PORTS.map((p) => [p.port, p]));
  const sensitive = [...new Set(options.administrativePorts)].sort((a, b) => a - b).map((port) => builtIn.get(port) ?? { port, name: "administrative port", tcp: true, udp: true });
  const ranges = options.allowedPorts.map((p) => {
    const [a, b] = typeof p === "number" ? [p, p] : p.split("-").map(Number);
    return [Math.min(a ?? 0, b ?? 0), Math.max(a ?? 0, b ?? 0)];
  });
  ranges.sort((x, y) => x[0] - y[0]);
  const allowed = [];
  for (const r of ranges) {
    const last2 = allowed[allowed.length - 1];
    if (last2 !== void 0 && r[0] <= last2[1] + 1) last2[1] = Math.max(last2[1], r[1]);
    else allowed.push([r[0], r[1]]);
  }
  return { sensitive, allowed };
}
function isAllowed(t, policy) {
  const space = t.space;
  if (space?.kind !== "ports") return false;
  return policy.allowed.some(([lo, hi]) => lo <= space.lo && space.hi <= hi);
}
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
function unknownReason2(v) {
  return v.state === "unknown" ? v.reason : "it is not set";
}
function servicesIn(protocol, lo, hi, sensitive) {
  const names2 = [];
  for (const s of sensitive) {
    if (s.port >= lo && s.port <= hi && s[protocol]) names2.push(`${s.name} (${s.port})`);
  }
  if (names2.length <= MAX_SERVICES) return joinList(names2);
  const shown = names2.slice(0, MAX_SERVICES).join(", ");
  const more = names2.length - MAX_SERVICES;
  return `${shown} and ${more} more administrative or database ${more === 1 ? "port" : "ports"}`;
}
function joinList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function readPort(v, attribute2) {
  if (v.state === "absent") return "missing";
  if (v.state === "unknown") return { reason: v.reason };
  if (typeof v.value !== "number" || !Number.isInteger(v.value)) {
    return { reason: `${attribute2} is ${JSON.stringify(v.value) ?? String(v.value)}, not a whole number` };
  }
  return v.value;
}
function classifyPorts(protocol, rule, sensitive) {
  const from = readPort(rule.fromPort, "from_port");
  const to = readPort(rule.toPort, "to_port");
  if (typeof from === "object") return { ok: false, unknown: "port range", reason: from.reason };
  if (typeof to === "object") return { ok: false, unknown: "port range", reason: to.reason };
  let note2 = "";
  let lo;
  let hi;
  if (from === "missing" && to === "missing") {
    lo = 0;
    hi = 65535;
    note2 = " (no port range set)";
  } else if (typeof from === "number" && from < 0 || typeof to === "number" && to < 0) {
    lo = 0;
    hi = 65535;
    note2 = ` (written as ${from === "missing" ? "no from_port" : from} to ${to === "missing" ? "no to_port" : to})`;
  } else {
    const f = from === "missing" ? 0 : Math.min(from, 65535);
    const t = to === "missing" ? 65535 : Math.min(to, 65535);
    lo = Math.min(f, t);
    hi = Math.max(f, t);
    if (f > t) {
      note2 = ` (written inverted as ${from}-${to})`;
    }
  }
  const space = { kind: "ports", protocol, lo, hi };
  if (lo <= 1 && hi === 65535) {
    return { ok: true, traffic: { level: "allPorts", protocol, ports: "all ports", text: `all ${protocol} ports${note2}`, services: "", space } };
  }
  const ports = lo === hi ? String(lo) : `${lo}-${hi}`;
  const text4 = `${protocol} ${lo === hi ? "port" : "ports"} ${ports}${note2}`;
  const services = servicesIn(protocol, lo, hi, sensitive);
  return { ok: true, traffic: { level: services ? "sensitivePort" : "openPort", protocol, ports, text: text4, services, space } };
}
function classifyIcmp(protocol, rule) {
  const name = protocol === "icmp" ? "ICMP" : "ICMPv6";
  const read = (v) => v.state === "absent" ? -1 : v.state === "known" && Number.isInteger(v.value) ? v.value : void 0;
  const type = read(rule.fromPort);
  const code2 = read(rule.toPort);
  let ports;
  let space;
  if (type === void 0) {
    ports = "unknown types";
  } else if (type < 0) {
    ports = "all types";
    space = { kind: "icmp", protocol, type: -1, code: -1 };
  } else if (code2 === void 0) {
    ports = `type ${type}, unknown code`;
  } else if (code2 < 0) {
    ports = `type ${type}`;
    space = { kind: "icmp", protocol, type, code: -1 };
  } else {
    ports = `type ${type} code ${code2}`;
    space = { kind: "icmp", protocol, type, code: code2 };
  }
  return { ok: true, traffic: { level: "openPort", protocol, ports, text: `${name} (${ports})`, services: "", space } };
}
function classify(rule, sensitive) {
  if (rule.protocol.state !== "known") return { ok: false, unknown: "protocol", reason: unknownReason2(rule.protocol) };
  const protocol = String(rule.protocol.value).toLowerCase();
  if (protocol === "all") {
    return { ok: true, traffic: { level: "allTraffic", protocol, ports: "all traffic", text: "all traffic", services: "", space: { kind: "all" } } };
  }
  if (protocol === "tcp" || protocol === "udp") return classifyPorts(protocol, rule, sensitive);
  if (protocol === "icmp" || protocol === "icmpv6") return classifyIcmp(protocol, rule);
  const label = PROTOCOL_NAMES.get(protocol);
  const text4 = `IP protocol ${protocol}${label ? ` (${label})` : ""}`;
  return { ok: true, traffic: { level: "openPort", protocol, ports: "n/a", text: text4, services: "", space: { kind: "protocol", protocol } } };
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
function pathText2(path14) {
  let out = "";
  for (const part of path14) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
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
  rationale: prose`Addresses reachable from the internet are scanned continuously. An ingress rule from 0.0.0.0/0 or ::/0 exposes
    every instance, load balancer or database in the group to anyone; on SSH, RDP, database or cluster-control
    ports, or on all ports, that is a direct path to a breach, and AWS Security Hub (EC2.13, EC2.14, EC2.18, EC2.19)
    flags it too. Ranges that only together cover the internet (0.0.0.0/1 and 128.0.0.0/1) are just as open.
    Public services such as HTTPS are legitimately open, so other ports are warnings to confirm.`,
  remediation: prose`Allow only the addresses that need access: office or VPN ranges, a partner's /32, or a security group
    reference for traffic from inside AWS. Reach instances through SSM Session Manager or a bastion instead of
    opening SSH or RDP, keep databases in private subnets, and put public services behind a load balancer that
    alone is open on 443. Suppress the finding for endpoints that are meant to be public.`,
  references: [
    { title: "Security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" }
  ],
  docs: examples({ tf: ["positive-inline-ssh.tf", "negative-office-cidr.tf"], cfn: ["positive-rule-resource-rdp.cfn.yaml", "negative-office-cidr.cfn.yaml"] }),
  messages: {
    allTraffic: prose`{rule} admits all traffic (every protocol and port) from {cidr}, the whole {internet}, into {group}.
      Allow only the protocols and ports the workload needs, from the addresses that need them.`,
    allPorts: prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, so every service listening there is
      reachable from anywhere. Open only the ports the workload serves, to the addresses that need them.`,
    sensitivePort: prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, exposing {services}. Allow
      administrative and database ports only from known addresses (office or VPN ranges, a bastion's security
      group), or use SSM Session Manager.`,
    openPort: prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}. If this is a public endpoint,
      suppress this finding; otherwise allow only the addresses that need it.`,
    unknownPorts: prose`{rule} admits traffic from {cidr}, the whole {internet}, into {group}, but its {unknown} cannot be
      determined before apply ({reason}), so it may admit administrative ports or all traffic. Write the protocol
      and ports as literals, or allow only the addresses that need access.`,
    coversWorld: prose`{rule} admits {traffic} from {cidr}; the sources admitted for this traffic by {rules} together cover {world},
      the whole {internet}, so {group} is open to everyone for it ({exposure}). Splitting a range does not narrow
      it: allow only the addresses that need access.`
  },
  options: {
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowedPorts: {
          description: prose`TCP and UDP ports that may be open to the whole internet, such as 80 and 443 on a public load balancer:
            numbers or "lo-hi" ranges. A rule whose ports all lie among them is not reported; all traffic and
            other protocols still are.`,
          type: "array",
          items: {
            description: "A port (443) or a range of ports (8000-8080).",
            type: ["integer", "string"],
            minimum: 0,
            maximum: 65535,
            pattern: `^${PORT}-${PORT}$`
          },
          default: []
        },
        administrativePorts: {
          description: prose`The ports that count as administrative or database ports (an error when open to the world; other
            ports are a warning). Replaces the built-in list, which is the default.`,
          type: "array",
          items: { type: "integer", minimum: 0, maximum: 65535 },
          uniqueItems: true,
          default: SENSITIVE_PORTS.map((p) => p.port)
        }
      }
    },
    defaults: { allowedPorts: [], administrativePorts: SENSITIVE_PORTS.map((p) => p.port) }
  },
  check(model, context) {
    const policy = toPolicy(context.options);
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
            const where3 = pathText2(peer.path);
            const why = where3 !== "" && cidr.reason.includes(where3) ? cidr.reason : `source ${where3} is unknown (${cidr.reason})`;
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
        classified ??= classify(rule, policy.sensitive);
        const subject = { resource: rule.subject.resource, path: peer.path };
        const base = { rule: rule.key, group: groupLabel(rule), cidr: cidr.value.text, internet: internetOf(cidr.value) };
        if (!classified.ok) {
          context.report({
            messageId: "unknownPorts",
            subject,
            severity: "error",
            data: { ...base, unknown: classified.unknown, reason: classified.reason },
            fix: placeholderFix(subject, cidr.value, rule.key)
          });
          continue;
        }
        const t = classified.traffic;
        if (isAllowed(t, policy)) continue;
        const data = { ...base, protocol: t.protocol, ports: t.ports };
        if (t.level !== "allTraffic") data.traffic = t.text;
        if (t.level === "sensitivePort") data.services = t.services;
        context.report({ messageId: t.level, subject, severity: SEVERITY[t.level], data, fix: placeholderFix(subject, cidr.value, rule.key) });
      }
      if (narrow.length === 0 || rule.group.state !== "known") continue;
      const candidate = { rule, cidrs: narrow };
      const key = rule.group.value.key;
      const list2 = candidatesByGroup.get(key);
      if (list2) list2.push(candidate);
      else candidatesByGroup.set(key, [candidate]);
    }
    for (const candidates of candidatesByGroup.values()) {
      for (const hit of coverHits(candidates, policy)) context.report(hit);
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
function coverHits(all, policy) {
  const hits = [];
  if (coveredWorlds(all).length === 0) return hits;
  const candidates = [];
  for (const c of all) {
    const classified = classify(c.rule, policy.sensitive);
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
      const own3 = c.cidrs.filter(({ cidr }) => coveredFamilies.has(cidr.family));
      const first = own3[0];
      if (!first) continue;
      const t = c.traffic;
      if (isAllowed(t, policy)) continue;
      const fix2 = splitFix(c, participants, covered);
      hits.push({
        ...fix2 === void 0 ? {} : { fix: fix2 },
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
          cidr: own3.map(({ cidr }) => cidr.text).join(", "),
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
function splitFix(c, participants, covered) {
  if (participants.length !== 2 || covered.length !== 1 || !participants.includes(c)) return void 0;
  const world = covered[0];
  if (participants.some((p) => p.rule.inline !== false || p.rule.peers.length !== 1 || p.cidrs.length !== 1 || spaceKey(p.space) !== spaceKey(c.space))) {
    return void 0;
  }
  const other = participants.find((p) => p !== c);
  if (other.rule.subject.resource === c.rule.subject.resource) return void 0;
  const own3 = c.cidrs[0];
  return {
    kind: "placeholderCidr",
    description: `Replace ${own3.cidr.text} in ${c.rule.key} with the range that needs to get in (an office, a VPN, a load balancer's subnets) and delete ${other.rule.key}, which admits the same traffic from ${other.cidrs[0].cidr.text}: together they cover ${world.text}, so one rule from the placeholder, which you set, replaces both.`,
    subject: { resource: c.rule.subject.resource, path: own3.path },
    literal: own3.cidr.text,
    family: world.family,
    remove: [other.rule.subject.resource]
  };
}
function placeholderFix(subject, world, ruleKey) {
  return {
    kind: "placeholderCidr",
    description: `Replace ${world.text} in ${ruleKey} with the range that needs to get in (an office, a VPN, a load balancer's subnets): the fix puts a placeholder there for you to set; or reference a security group instead.`,
    subject,
    literal: world.text,
    family: world.family
  };
}

// rules/cross-region-sg-reference.ts
function vpcOf(g) {
  return g.vpc.state === "known" ? g.vpc.value : void 0;
}
function cidrText(vpc) {
  const known3 = vpc?.cidrBlocks.flatMap((b) => b.cidr.state === "known" ? [b.cidr.value.canonical] : []) ?? [];
  return known3.length > 0 ? known3.join(", ") : "its CIDR blocks";
}
function crossRegionPeering(vpc) {
  for (const p of vpc.peerings) {
    const cross = isCrossRegion(p);
    if (cross.state !== "known" || cross.value) return p.label;
  }
  return void 0;
}
var cross_region_sg_reference_default = defineRule({
  id: "NET402",
  name: "cross-region-sg-reference",
  defaultSeverity: "error",
  summary: "A security group rule references a security group of a VPC in another region.",
  rationale: prose`Security groups can reference groups of a peered VPC only when both VPCs are in the same region. Security
    group IDs are regional, and an inter-region peering connection does not carry group references, so AWS
    rejects the rule at apply time (the referenced group is not found). The rest of the change may already be
    applied by then, with the peering in place but no rule admitting its traffic.`,
  remediation: prose`Reference the peer VPC's CIDR block (or the CIDRs of the peer subnets that need access, or a managed prefix
    list of them) instead of its security group. Group references work across a peering only when both VPCs are
    in the same region.`,
  references: [
    { title: "Update your security groups to reference peer security groups", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html" }
  ],
  docs: examples({ tf: ["positive-rule-resource.tf", "negative-same-region.tf"], cfn: { good: "negative-same-region.cfn.yaml", note: "a template is one stack in one region, and a group of a peer in another region can only be named by ID or parameter, whose region is not known, so no template is flagged (it is an unresolved check)." } }),
  messages: {
    crossRegion: prose`Rule {rule} of {group} ({region}) references security group {peerGroup} of {peerVpc} in {peerRegion}; AWS
      rejects references to security groups in another region. Use the CIDR of {peerVpc} ({peerCidrs}) instead.`
  },
  check(model, context) {
    const acrossRegions = /* @__PURE__ */ new Map();
    for (const rule of model.securityGroupRules) {
      if (rule.group.state !== "known") continue;
      const group = rule.group.value;
      for (const peer of rule.peers) {
        if (peer.kind !== "security-group") continue;
        if (peer.group.state !== "known") {
          const vpc = vpcOf(group);
          if (peer.group.state !== "unknown" || peer.group.invalid === true || vpc === void 0) continue;
          let peering = acrossRegions.get(vpc);
          if (!acrossRegions.has(vpc)) acrossRegions.set(vpc, peering = crossRegionPeering(vpc));
          if (peering === void 0) continue;
          const subject2 = peer.path.length > 0 ? { resource: rule.subject.resource, path: peer.path } : rule.subject;
          context.unresolved(subject2, `the security group ${rule.key} references is unknown (${peer.group.reason}), and ${vpc.label} is peered with another region (${peering}), so whether the reference crosses regions cannot be told`);
          continue;
        }
        const other = peer.group.value;
        if (other === group) continue;
        const same2 = inSameRegion(group, other);
        if (same2.state === "known" && same2.value) continue;
        const subject = peer.path.length > 0 ? { resource: rule.subject.resource, path: peer.path } : rule.subject;
        if (same2.state !== "known") {
          const a = vpcOf(group);
          const b = vpcOf(other);
          if (a !== void 0 && b !== void 0 && sameVpc(a, b)) continue;
          if (same2.state === "unknown" && same2.invalid !== true) {
            context.unresolved(subject, `whether ${rule.key} and the group it references, ${other.label}, are in one region cannot be told: ${same2.reason}`);
          }
          continue;
        }
        const region = groupRegion(group);
        const peerRegion = groupRegion(other);
        const peerVpc = vpcOf(other);
        context.report({
          messageId: "crossRegion",
          subject,
          related: [{ resource: other.resource }, ...peerVpc?.resource !== void 0 ? [{ resource: peerVpc.resource }] : []],
          data: {
            rule: rule.key,
            group: group.label,
            region: region.state === "known" ? region.value : "unknown region",
            peerGroup: other.label,
            peerVpc: peerVpc?.label ?? "an unknown VPC",
            peerRegion: peerRegion.state === "known" ? peerRegion.value : "unknown region",
            peerCidrs: cidrText(peerVpc)
          }
        });
      }
    }
  }
});

// rules/broad-peer-ingress.ts
function buildPeerIndex(vpc) {
  const items = [];
  const unknown2 = [];
  let peers = 0;
  for (const peering of vpc.peerings) {
    for (const side of [peering.requester, peering.accepter]) {
      if (side.state !== "known" || sameVpc(side.value, vpc)) continue;
      const peer = side.value;
      peers++;
      for (const block of peer.cidrBlocks) {
        if (block.cidr.state === "known") items.push({ cidr: block.cidr.value, item: { vpc: peer, peering } });
        else if (block.cidr.state === "unknown" && block.cidr.invalid !== true) unknown2.push(`a CIDR block of ${peer.label} is unknown (${block.cidr.reason})`);
      }
      if (peer.blocksIncomplete !== void 0) unknown2.push(`not every CIDR block of ${peer.label} is known (${peer.blocksIncomplete})`);
    }
  }
  return { index: new CidrIndex(items), unknown: unknown2, peers };
}
function everything(rule) {
  const p = rule.protocol;
  if (p.state !== "known") return p.state === "unknown" ? p : { state: "known", value: false };
  if (p.value === "all") return { state: "known", value: "all traffic" };
  if (p.value !== "tcp" && p.value !== "udp") return { state: "known", value: false };
  const from = rule.fromPort;
  const to = rule.toPort;
  if (from.state === "unknown") return from;
  if (to.state === "unknown") return to;
  const all = from.state === "known" && to.state === "known" && from.value <= 0 && to.value >= 65535;
  return { state: "known", value: all ? `all ${p.value.toUpperCase()} ports` : false };
}
var broad_peer_ingress_default = defineRule({
  id: "NET403",
  name: "broad-peer-ingress",
  defaultSeverity: "note",
  summary: "A security group rule admits a peer VPC's whole CIDR block on all ports.",
  rationale: prose`A peering connection makes the two VPCs reachable to each other. An ingress rule that admits the peer VPC's
    whole range on every port and protocol turns that into full trust: any workload in the peer, including one
    that is compromised or misconfigured, can reach every service behind the group, and the rule will keep
    admitting whatever is added to the peer later. Usually only a few ports, from a few subnets or one
    security group of the peer, are needed.`,
  remediation: prose`Admit only the ports the peer needs, from the CIDRs of the peer subnets that use them, or (for a peer in the
    same region) from the peer's security group. If the whole peer really is trusted on every port, keep the
    rule and suppress the finding with a reason.`,
  references: [
    { title: "Update your security groups to reference peer security groups", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html" },
    { title: "Security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" }
  ],
  docs: examples({ tf: ["positive-all-traffic-peer-cidr.tf", "negative-peer-subnet.tf"], cfn: ["positive-all-traffic-peer-cidr.cfn.yaml", "negative-peer-subnet.cfn.yaml"] }),
  messages: {
    wholePeer: prose`Rule {rule} admits {what} from {cidr} into {group}, which covers all of {peerVpc} ({peerCidr}), peered over
      {peering}. Admit only the ports the peer needs, from its subnets' ranges or its security group.`
  },
  check(model, context) {
    const indexes3 = /* @__PURE__ */ new Map();
    for (const rule of model.securityGroupRules) {
      if (rule.direction !== "ingress" || rule.group.state !== "known") continue;
      const group = rule.group.value;
      if (group.vpc.state !== "known" || group.vpc.value.peerings.length === 0) continue;
      const vpc = group.vpc.value;
      let peers = indexes3.get(vpc);
      if (peers === void 0) indexes3.set(vpc, peers = buildPeerIndex(vpc));
      if (peers.peers === 0) continue;
      const what = everything(rule);
      if (what.state === "known" && what.value === false) continue;
      for (const peer of rule.peers) {
        if (peer.kind !== "cidr") continue;
        const subject = { resource: rule.subject.resource, path: peer.path };
        const c = peer.cidr;
        if (c.state !== "known") {
          if (c.state === "unknown" && c.invalid !== true && what.state === "known") {
            context.unresolved(subject, `${rule.key} admits ${what.value} from a CIDR that is unknown (${c.reason}), so whether it covers a whole peer VPC of ${vpc.label} cannot be told`);
          }
          continue;
        }
        if (isWorld(c.value)) continue;
        const hit = peers.index.overlappingEntries(c.value).find((e) => contains(c.value, e.cidr));
        if (hit === void 0) {
          if (what.state === "known" && peers.unknown.length > 0) {
            context.unresolved(subject, `${peers.unknown[0]}, so whether ${rule.key} (${what.value} from ${c.value.canonical}) covers it cannot be told`);
          }
          continue;
        }
        if (what.state !== "known") {
          if (what.state === "unknown" && what.invalid !== true) {
            context.unresolved(subject, `${rule.key} admits ${c.value.canonical}, all of ${hit.item.vpc.label}, but whether on all ports is unknown (${what.reason})`);
          }
          continue;
        }
        context.report({
          messageId: "wholePeer",
          subject,
          related: [{ resource: group.resource }, ...hit.item.vpc.resource !== void 0 ? [{ resource: hit.item.vpc.resource }] : [hit.item.vpc.label]],
          data: {
            rule: rule.key,
            what: what.value,
            cidr: c.value.canonical,
            group: group.label,
            peerVpc: hit.item.vpc.label,
            peerCidr: hit.cidr.canonical,
            peering: hit.item.peering.label
          }
        });
      }
    }
  }
});

// rules/network-intent.ts
function hopText(h) {
  const mark = h.decision === "pass" ? "passes" : h.decision === "block" ? "blocks" : "unknown";
  return `${h.hop} ${h.resource} (${mark})`;
}
var network_intent_default = defineRule({
  id: "NET501",
  name: "network-intent",
  defaultSeverity: "error",
  summary: "A network intent of the configuration file does not hold: a flow expected to be allowed is denied, or one expected to be denied is allowed.",
  rationale: `Every other rule finds one kind of mistake; an intent states what the network is for ("the app reaches the database on 5432", "dev never reaches prod"), and a change that breaks it is the one a reviewer most needs to see. vpclint follows the flow the way AWS handles a packet between two subnets: the source security group's egress, the source subnet's network ACL, the most specific route, the peering connection and whether it is accepted, the destination subnet's network ACL and the destination security group, then the ` + prose`replies to the ephemeral ports back through both network ACLs and over the same connection (security
    groups are stateful, network ACLs are not). A flow expected to be allowed that is denied is broken at the
    first hop that blocks it; a flow expected to be denied that is allowed is broken at the last hop that lets
    it in, usually a security group rule that admits the peer range.`,
  remediation: "For an intent that expects allow: apply the fix the finding names at the blocking hop (add the route back over the peering connection, an inbound or outbound network ACL entry for the ports, a security group rule). For one that expects deny: narrow or remove the rule that admits the traffic (the security group rule's CIDR block, the network ACL entry), or the route. If the intent itself is out of date, change it in `.vpclint.yml`.",
  references: [
    { title: "Work with VPC peering connections: update your route tables (Amazon VPC)", url: "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html" },
    { title: "Control subnet traffic with network access control lists (Amazon VPC)", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html" },
    { title: "Control traffic to your AWS resources using security groups (Amazon VPC)", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html" },
    { title: "Ephemeral ports (Amazon VPC)", url: "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html" }
  ],
  docs: examples({ tf: { bad: { file: "positive-hub-spoke.tf", lines: [104, 139] }, good: { file: "negative-hub-spoke.tf", lines: [85, 134] }, note: `The intents are in each fixture's configuration file (positive-hub-spoke.vpclint.yml: "app reaches spoke B db" on TCP 5432, allow; "ops cannot reach spoke A db" on TCP 5432, deny); the hub subnets app (10.0.1.0/24) and ops (10.0.2.0/24) route to both spokes.` }, cfn: [{ file: "positive-hub-spoke.cfn.yaml", lines: [103, 135] }, { file: "negative-hub-spoke.cfn.yaml", lines: [85, 132] }] }),
  messages: {
    brokenAllow: prose`Intent "{intent}" expects {flow} from {from} to {to} to be allowed, but it is denied at {hop} {resource}:
      {detail} {fix} Path: {path}.`,
    brokenDeny: prose`Intent "{intent}" expects {flow} from {from} to {to} to be denied, but it is allowed: {hop} {resource}
      lets it in ({detail}) Narrow or remove it, or block the flow at another hop. Path: {path}.`
  },
  check(_model, context) {
    for (const check of context.options?.intents ?? []) {
      const { result, intent, subjects } = check;
      const flow = result.flow;
      if (result.status === "unknown") {
        const unknownHop = result.path.find((h) => h.decision === "unknown");
        const subject2 = (unknownHop !== void 0 ? subjects.get(unknownHop) : void 0) ?? { resource: intent.subject };
        context.unresolved(subject2, `intent "${result.name}" (${flow} from ${result.from} to ${result.to}, expected ${result.expect}) cannot be decided: ${result.reasons.map((r) => r.replace(/\.$/, "")).join("; ")}`);
        continue;
      }
      const at4 = result.brokenAt;
      if (result.status !== "broken" || at4 === void 0) continue;
      const subject = subjects.get(at4) ?? { resource: intent.subject };
      const related = [];
      const seen = /* @__PURE__ */ new Set([subject.resource.address]);
      for (const h of result.path) {
        if (h === at4 || seen.has(h.resource)) continue;
        seen.add(h.resource);
        related.push(subjects.get(h) ?? h.resource);
      }
      const data = {
        intent: result.name,
        flow,
        from: result.from,
        to: result.to,
        hop: at4.hop,
        resource: at4.resource,
        detail: at4.detail,
        path: result.path.map(hopText).join(" → ")
      };
      if (intent.expect === "allow") {
        context.report({ messageId: "brokenAllow", subject, related, data: { ...data, fix: at4.fix ?? "Let the flow through at this hop." } });
      } else {
        context.report({ messageId: "brokenDeny", subject, related, data });
      }
    }
  }
});

// rules/index.ts
var rules = [
  invalid_cidr_default,
  unused_suppression_default,
  expired_suppression_default,
  invalid_suppression_default,
  peering_cidr_overlap_default,
  spoke_cidr_overlap_default,
  subnet_cidr_default,
  missing_reverse_route_default,
  transitive_peering_route_default,
  edge_to_edge_route_default,
  route_to_foreign_peering_default,
  mixed_inline_routes_default,
  duplicate_peering_default,
  peering_acceptance_default,
  peering_quota_default,
  peering_dns_default,
  peering_region_default,
  self_peering_default,
  open_ingress_default,
  cross_region_sg_reference_default,
  broad_peer_ingress_default,
  network_intent_default
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
  constructor(code2, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.code = code2;
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
var ConfigError = class extends VpclintError {
  constructor(message, details) {
    super("config", message, details);
    this.name = "ConfigError";
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
  const where3 = [e.file, e.line, e.line !== void 0 ? e.column : void 0].filter((x) => x !== void 0);
  return where3.length > 0 ? `${where3.join(":")}: ${e.message}` : e.message;
}

// src/model/describe.ts
function pathText3(path14) {
  let out = "";
  for (const segment of path14) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
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

// src/report/unresolved.ts
function describeUnknownValue(value) {
  return `${value.attribute} is ${unknownPhrase(value.reason)}`;
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocation(a, b) {
  return cmp2(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
function groupUnresolved(checks) {
  const groups2 = [];
  const byValue = /* @__PURE__ */ new Map();
  for (const check of checks) {
    const v = check.value;
    if (v === void 0) {
      groups2.push([check]);
      continue;
    }
    const l = v.location;
    const key = JSON.stringify([v.file, v.resource, v.attribute, v.reason, l.file, l.line, l.column ?? 0]);
    const list2 = byValue.get(key);
    if (list2 !== void 0) list2.push(check);
    else {
      const created = [check];
      byValue.set(key, created);
      groups2.push(created);
    }
  }
  const entries2 = groups2.map((list2) => {
    const value = list2[0].value;
    if (value === void 0) return { resource: list2[0].resource, location: list2[0].location, text: list2[0].reason, checks: list2 };
    const sorted = [...list2].sort((a, b) => cmp2(a.ruleId, b.ruleId) || cmp2(a.resource, b.resource));
    return { resource: value.resource, location: value.location, value, text: describeUnknownValue(value), checks: sorted };
  });
  return entries2.sort(
    (a, b) => compareLocation(a.location, b.location) || cmp2(a.resource, b.resource) || cmp2(a.checks[0].ruleId, b.checks[0].ruleId)
  );
}
function blockedRules(entry) {
  const seen = /* @__PURE__ */ new Set();
  const parts = [];
  for (const c of entry.checks) {
    if (seen.has(c.ruleId)) continue;
    seen.add(c.ruleId);
    parts.push(`${c.ruleId} ${c.rule}`);
  }
  return parts.join(", ");
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function unresolvedCount(checks, entries2 = groupUnresolved(checks)) {
  const base = plural(checks.length, "unresolved check");
  return entries2.length === checks.length ? base : `${base} blocked by ${plural(entries2.length, "unknown")}`;
}

// src/report/escape.ts
var UNSAFE_CHAR = /^[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]$/;
var UNSAFE = new RegExp(UNSAFE_CHAR.source.slice(1, -1), "g");
var NAMED2 = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visibleEscape(ch) {
  const named = NAMED2[ch];
  if (named !== void 0) return named;
  const code2 = ch.charCodeAt(0);
  return code2 <= 255 ? `\\x${code2.toString(16).padStart(2, "0")}` : `\\u${code2.toString(16).padStart(4, "0")}`;
}
function isUnsafeChar(ch) {
  return UNSAFE_CHAR.test(ch);
}
function escapeControl(text4) {
  return text4.replace(UNSAFE, visibleEscape);
}
var COMMAND_AT_LINE_START = /^([\s\u001c-\u001f\u0085]*):(?=:)/gm;
function neutralizeCommands(text4) {
  return text4.replace(COMMAND_AT_LINE_START, "$1\\x3a").replaceAll("##[", "##\\x5b");
}
function escapeText(text4) {
  return neutralizeCommands(escapeControl(text4));
}
function escapeCommandData(text4) {
  return text4.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text4) {
  return escapeCommandData(text4).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeJsonOutput(json) {
  if (Buffer.byteLength(json, "utf8") === json.length && !json.includes("") && !json.includes("##[")) return json;
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replaceAll("##[", "##\\u005b");
}
function escapeLines(text4) {
  return neutralizeCommands(text4.split("\n").map(escapeControl).join("\n"));
}

// src/report/rule-docs-url.ts
function ruleDocsUrl(rule) {
  return rule.docsUrl;
}

// src/report/file-counts.ts
var VARIABLES_FILE = /\.tfvars(\.json)?$/i;
function fileCounts(result) {
  const withProblems = new Set(result.findings.map((f) => f.location.file));
  const read = new Set(result.files.filter((f) => !VARIABLES_FILE.test(f)));
  for (const f of withProblems) read.add(f);
  return { read: read.size, withProblems: withProblems.size };
}
function filesPhrase(counts, withProblems) {
  const files = `${counts.read} ${counts.read === 1 ? "file" : "files"}`;
  return withProblems && counts.read > 1 ? `${counts.withProblems} of ${files}` : files;
}

// src/report/fix-text.ts
function fixPlace(fix2) {
  if (fix2.edits.length === 0) return fix2.file;
  const where3 = fix2.edits.map((e) => {
    if (e.insert !== void 0) return `insert before line ${e.insert.line}`;
    const r = e.replace;
    const lines = r.startLine === r.endLine ? `line ${r.startLine}` : `lines ${r.startLine}-${r.endLine}`;
    return e.text === "" ? `delete ${lines}` : `replace ${lines}`;
  });
  return `${fix2.file}: ${where3.join("; ")}`;
}
function fenced(text4, language2) {
  const longest = Math.max(0, ...[...text4.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const body2 = text4.replace(/\n$/, "").split("\n").map(escapeControl).join("\n");
  return `${fence}${language2}
${body2}
${fence}`;
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
var visible = escapeText;
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function fixLines(fix2, dim) {
  const head = `    ${dim("fix")} (${visible(fixPlace(fix2))}): ${visible(fix2.description)}`;
  if (fix2.text === "") return [head];
  return [head, ...fix2.text.replace(/\n$/, "").split("\n").map((line) => `      ${visible(line)}`.trimEnd())];
}
function belowFinding(f, fixHints, dim) {
  const below = [
    ...(f.moduleCalls ?? []).flatMap((m) => [
      `    ${dim("module call")} ${visible(m.address)} at ${visible(m.location.file)}:${m.location.line}`,
      ...m.installedSource === void 0 ? [] : [`    ${dim("in module source")} ${visible(m.installedSource.file)}:${m.installedSource.line}`]
    ]),
    ...f.planLocation === void 0 ? [] : [`    ${dim("plan")} ${visible(f.planLocation.file)}:${f.planLocation.line}:${f.planLocation.column ?? 1}`],
    ...fixHints && f.fix !== void 0 ? fixLines(f.fix, dim) : []
  ];
  return below.length === 0 ? {} : { below };
}
function renderText(result, ctx) {
  const c = ctx.color ? COLOURS : NO_COLOURS;
  const severityPaint = { error: c.red, warning: c.yellow, note: c.cyan };
  const findingRows = result.findings.map((f) => ({
    where: `${visible(f.location.file)}:${f.location.line}`,
    label: f.severity,
    paint: severityPaint[f.severity],
    ruleId: f.ruleId,
    text: visible(f.message),
    ...belowFinding(f, ctx.fixHints === true, c.dim)
  }));
  const entries2 = ctx.quiet === true ? [] : groupUnresolved(result.unresolved);
  const shown = entries2.slice(0, MAX_UNRESOLVED_SHOWN);
  const unresolvedRows = shown.map((e) => ({
    where: `${visible(e.location.file)}:${e.location.line}`,
    label: "unresolved",
    paint: c.magenta,
    ...unresolvedText(e)
  }));
  const fixed = result.baseline?.fixed ?? [];
  const fixedShown = fixed.slice(0, MAX_UNRESOLVED_SHOWN);
  const fixedRows = fixedShown.map((e) => ({
    where: e.file === void 0 ? "" : visible(e.file),
    label: "fixed",
    paint: c.green,
    ruleId: e.id,
    text: visible(`${e.resource}: ${e.message}`)
  }));
  const rows = [...findingRows, ...unresolvedRows, ...fixedRows];
  let whereWidth = 0;
  let labelWidth = 0;
  let idWidth = 0;
  for (const r of rows) {
    whereWidth = Math.max(whereWidth, r.where.length);
    labelWidth = Math.max(labelWidth, r.label.length);
    idWidth = Math.max(idWidth, r.ruleId.length);
  }
  const line = (r) => {
    const id = idWidth === 0 ? "" : `${c.dim(r.ruleId.padEnd(idWidth))}  `;
    const row = `${r.where.padEnd(whereWidth)}  ${r.paint(r.label.padEnd(labelWidth))}  ${id}${r.text}`.trimEnd();
    return r.below === void 0 ? row : [row, ...r.below].join("\n");
  };
  const blocks2 = [];
  if (findingRows.length > 0) blocks2.push(findingRows.map(line).join("\n"));
  if (unresolvedRows.length > 0) {
    const more = entries2.length - shown.length;
    const tail = more > 0 ? `
… and ${more} more; use --format json for all` : "";
    blocks2.push(unresolvedRows.map(line).join("\n") + tail);
  }
  if (fixedRows.length > 0 && result.baseline !== void 0) {
    const more = fixed.length - fixedShown.length;
    const tail = more > 0 ? `
… and ${more} more; use --format json for all` : "";
    const head = `${plural2(fixed.length, "finding")} of the baseline ${visible(result.baseline.file)} no longer found (fixed):`;
    blocks2.push(`${c.green(head)}
${fixedRows.map(line).join("\n")}${tail}`);
  }
  blocks2.push(summary(result, c));
  return neutralizeCommands(`${blocks2.join("\n\n")}
`);
}
function unresolvedText(e) {
  if (e.value === void 0) return { ruleId: e.checks[0].ruleId, text: visible(`${e.resource}: ${e.text}`) };
  return { ruleId: "", text: visible(`${e.resource}: ${e.text}; blocks ${blockedRules(e)}`) };
}
function summary(result, c) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  const read = fileCounts(result);
  const unresolved2 = result.unresolved.length;
  let line;
  if (result.findings.length > 0) {
    const parts = [];
    if (counts.error > 0) parts.push(plural2(counts.error, "error"));
    if (counts.warning > 0) parts.push(plural2(counts.warning, "warning"));
    if (counts.note > 0) parts.push(plural2(counts.note, "note"));
    const checks = unresolved2 > 0 ? `, ${unresolvedCount(result.unresolved)}` : "";
    const text4 = `✖ ${plural2(result.findings.length, "problem")} (${parts.join(", ")})${checks} in ${filesPhrase(read, true)}`;
    const paint = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.cyan;
    line = c.bold(paint(text4));
  } else if (result.files.length === 0) {
    const text4 = "found no input that vpclint reads (Terraform plan JSON, .tf, CloudFormation)";
    line = result.errors.length > 0 ? `nothing linted: ${text4}` : c.green(`✔ no problems: ${text4}`);
  } else {
    const checks = unresolved2 > 0 ? ` (${unresolvedCount(result.unresolved)})` : "";
    const files = filesPhrase(read, false);
    line = result.errors.length > 0 ? `no findings in the ${files} read${checks}` : c.green(`✔ no problems in ${files}${checks}`);
  }
  const hidden = suppressedSummary(result);
  if (hidden !== void 0) line += `
${c.dim(`${hidden} (--format json lists them)`)}`;
  if (result.errors.length > 0) {
    line += `
${c.bold(c.red(`✖ results are incomplete: ${plural2(result.errors.length, "input or tool error")} (printed on stderr)`))}`;
  }
  return line;
}
function suppressedSummary(result) {
  const suppressed = result.suppressed ?? [];
  if (suppressed.length === 0) return void 0;
  let source = 0;
  let config = 0;
  let baseline = 0;
  for (const f of suppressed) {
    if (f.suppression?.via === "baseline") baseline += 1;
    else if (f.suppression?.via === "config") config += 1;
    else source += 1;
  }
  const parts = [];
  if (source > 0) parts.push(`${source} suppressed in the source`);
  if (config > 0) parts.push(`${config} suppressed by the configuration`);
  if (baseline > 0) parts.push(`${baseline} accepted by the baseline`);
  return `${plural2(suppressed.length, "finding")} not shown: ${parts.join(", ")}`;
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var escapeData = escapeCommandData;
var escapeProperty = escapeCommandProperty;
function command(name, where3, title, message) {
  const props = [];
  if (where3.file !== void 0) {
    props.push(`file=${escapeProperty(where3.file)}`);
    if (where3.line !== void 0) {
      const line = Math.max(1, where3.line);
      props.push(`line=${line}`);
      if (where3.endLine !== void 0 && where3.endLine > line) props.push(`endLine=${where3.endLine}`);
      if (where3.column !== void 0 && where3.column >= 1) props.push(`col=${where3.column}`);
    }
  }
  props.push(`title=${escapeProperty(escapeText(title))}`);
  return `::${name} ${props.join(",")}::${escapeData(message)}`;
}
function renderGithub(result, ctx) {
  const lines = [];
  const docsUrls = new Map(ctx.rules.map((r) => [r.id, ruleDocsUrl(r)]));
  for (const f of result.findings) {
    const docsUrl = docsUrls.get(f.ruleId);
    const calls = (f.moduleCalls ?? []).map((m) => {
      const call = `
${escapeText(`module call ${m.address} at ${m.location.file}:${m.location.line}`)}`;
      const source = m.installedSource === void 0 ? "" : `
${escapeText(`in module source ${m.installedSource.file}:${m.installedSource.line}`)}`;
      return call + source;
    }).join("");
    const message = docsUrl === void 0 ? `${escapeText(f.message)}${calls}` : `${escapeText(f.message)}${calls}
${escapeText(docsUrl)}`;
    lines.push(command(COMMAND[f.severity], f.location, `${f.ruleId} ${f.ruleName}`, message));
  }
  for (const e of result.errors) {
    const message = e.hint === void 0 ? escapeText(e.message) : `${escapeText(e.message)}
${escapeText(e.hint)}`;
    lines.push(command("error", e, "vpclint: input or tool error", message));
  }
  for (const e of groupUnresolved(result.unresolved)) {
    if (e.value === void 0) {
      const u = e.checks[0];
      lines.push(command("notice", e.location, `${u.ruleId} ${u.rule}: could not decide`, escapeText(`${u.resource}: ${u.reason}`)));
    } else {
      const ids = [...new Set(e.checks.map((c) => c.ruleId))].join(" ");
      lines.push(command("notice", e.location, `unknown value blocks ${ids}`, escapeText(`${e.resource}: ${e.text}; blocks ${blockedRules(e)}`)));
    }
  }
  const hidden = suppressedSummary(result);
  if (hidden !== void 0) lines.push(command("notice", {}, "vpclint: suppressed findings", escapeText(hidden)));
  const fixed = result.baseline?.fixed.length ?? 0;
  if (fixed > 0) lines.push(command("notice", {}, "vpclint: baseline", escapeText(`${fixed} ${fixed === 1 ? "finding" : "findings"} of the baseline ${result.baseline?.file ?? ""} no longer found (fixed)`)));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/report/json.ts
function toJsonLocation(location) {
  return location.column === void 0 ? { file: location.file, line: location.line } : { file: location.file, line: location.line, column: location.column };
}
function toJsonSuppression(s) {
  return {
    kind: s.kind,
    via: s.via,
    reason: s.reason,
    ...s.expires === void 0 ? {} : { expires: s.expires },
    ...s.location === void 0 ? {} : { location: toJsonLocation(s.location) }
  };
}
function toJsonFix(fix2) {
  return {
    description: fix2.description,
    language: fix2.language,
    file: fix2.file,
    text: fix2.text,
    edits: fix2.edits.map((e) => ({
      text: e.text,
      ...e.insert === void 0 ? {} : { insert: { line: e.insert.line } },
      ...e.replace === void 0 ? {} : { replace: { startLine: e.replace.startLine, endLine: e.replace.endLine } }
    }))
  };
}
function toJsonFinding(f, docsUrls) {
  const docsUrl = docsUrls.get(f.ruleId);
  const finding = {
    id: f.ruleId,
    rule: f.ruleName,
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    related: [...f.related],
    location: toJsonLocation(f.location),
    ...f.planLocation === void 0 ? {} : { planLocation: toJsonLocation(f.planLocation) },
    ...f.moduleCalls === void 0 ? {} : { moduleCalls: f.moduleCalls.map((m) => ({
      module: m.address,
      location: toJsonLocation(m.location),
      ...m.installedSource === void 0 ? {} : { moduleSource: toJsonLocation(m.installedSource) }
    })) },
    fingerprint: f.fingerprint,
    ...docsUrl === void 0 ? {} : { docsUrl },
    ...f.fix === void 0 ? {} : { fix: toJsonFix(f.fix) }
  };
  return f.suppression === void 0 ? finding : { ...finding, suppression: toJsonSuppression(f.suppression) };
}
function toJsonBaselineEntry(e) {
  return {
    fingerprint: e.fingerprint,
    id: e.id,
    rule: e.rule,
    resource: e.resource,
    ...e.file === void 0 ? {} : { file: e.file },
    message: e.message
  };
}
function toJsonValue(v) {
  return { resource: v.resource, attribute: v.attribute, reason: v.reason, location: toJsonLocation(v.location) };
}
function toJsonUnresolved(u) {
  const check = { rule: u.rule, resource: u.resource, reason: u.reason, id: u.ruleId, location: toJsonLocation(u.location) };
  return u.value === void 0 ? check : { ...check, value: toJsonValue(u.value) };
}
function toJsonUnknown(e) {
  return {
    resource: e.resource,
    ...e.value === void 0 ? {} : { attribute: e.value.attribute },
    reason: e.value === void 0 ? e.text : e.value.reason,
    location: toJsonLocation(e.location),
    checks: e.checks.map((c) => ({ id: c.ruleId, rule: c.rule, resource: c.resource }))
  };
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
  const docsUrls = new Map(ctx.rules.map((r) => [r.id, ruleDocsUrl(r)]));
  return {
    version: 1,
    tool: { name: "vpclint", version: ctx.toolVersion },
    findings: result.findings.map((f) => toJsonFinding(f, docsUrls)),
    ...result.suppressed === void 0 ? {} : { suppressed: result.suppressed.map((f) => toJsonFinding(f, docsUrls)) },
    unresolved: result.unresolved.map(toJsonUnresolved),
    unknowns: groupUnresolved(result.unresolved).map(toJsonUnknown),
    errors: result.errors.map(toJsonError),
    ...result.baseline === void 0 ? {} : { baseline: { file: result.baseline.file, fixed: result.baseline.fixed.map(toJsonBaselineEntry) } }
  };
}
function renderJson(result, ctx) {
  return `${escapeJsonOutput(JSON.stringify(toJsonReport(result, ctx), null, 2))}
`;
}

// src/report/topology-marks.ts
var MISSING_RETURN_RULE = "NET201";
var OVERLAP_RULES = {
  NET101: ["vpc", "peerVpc"],
  NET102: ["spoke", "otherSpoke"]
};
var TOPOLOGY_MARKS = {
  overlapping(hit) {
    const labels = [];
    for (const field of OVERLAP_RULES[hit.ruleId] ?? []) {
      const label = hit.data[field];
      if (label !== void 0) labels.push(label);
    }
    return labels;
  },
  missingReturnFrom(hit) {
    return hit.ruleId === MISSING_RETURN_RULE && Object.hasOwn(hit.data, "peerVpc") ? hit.data.peerVpc : void 0;
  }
};

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- vpclint:pr-comment -->";
var MAX_MARKDOWN_LENGTH = 65536;
var MAX_DIAGRAM_PEERINGS = 50;
var MAX_DIAGRAM_LENGTH = 2e4;
var MAX_LABEL = 80;
var MAX_LISTED = 20;
var MAX_TEXT = 1e3;
var ICON = { error: "🔴", warning: "🟠", note: "🔵" };
var VERDICT_ICON = { error: "❌", warning: "⚠️", note: "ℹ️" };
function truncate(text4, max) {
  if (text4.length <= max) return text4;
  const chars = Array.from(text4);
  return chars.length <= max ? text4 : `${chars.slice(0, max - 1).join("")}…`;
}
var HTML_REFS = /* @__PURE__ */ new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  // Markdown punctuation that can start markup in the middle of a line: escapes, code, emphasis,
  // links, tables, strikethrough, math. (`_` is handled apart: inside a word it is plain text.)
  ["\\", "&#92;"],
  ["`", "&#96;"],
  ["*", "&#42;"],
  ["[", "&#91;"],
  ["]", "&#93;"],
  ["|", "&#124;"],
  ["~", "&#126;"],
  ["$", "&#36;"]
]);
var ZWSP = "&#8203;";
var WORD = /[A-Za-z0-9]/;
function escapeMarkdown(text4) {
  let out = "";
  for (let i = 0; i < text4.length; i++) {
    const ch = text4.charAt(i);
    const ref = HTML_REFS.get(ch);
    if (ref !== void 0) {
      out += ref;
    } else if (ch === "_") {
      out += WORD.test(text4.charAt(i - 1)) && WORD.test(text4.charAt(i + 1)) ? "_" : "&#95;";
    } else if (ch === "\n") {
      out += "<br>";
    } else if (ch === "\r") {
      if (text4.charAt(i + 1) !== "\n") out += "<br>";
    } else if (ch === "@" || ch === "#") {
      out += ch + ZWSP;
    } else if (ch === ":" && text4.startsWith("//", i + 1)) {
      out += `:${ZWSP}`;
    } else if ((ch === "w" || ch === "W") && /^www\./i.test(text4.slice(i, i + 4))) {
      out += ch + ZWSP;
    } else if (isUnsafeChar(ch)) {
      out += `&#92;${visibleEscape(ch).slice(1)}`;
    } else {
      out += ch;
    }
  }
  return out;
}
function escapeAttribute(url) {
  return url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeMermaid(text4) {
  let out = "";
  for (const ch of truncate(text4.replace(/\s+/g, " "), MAX_LABEL)) {
    out += /^[A-Za-z0-9 ./:,=+_-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}
function plural3(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function listing(parts) {
  return parts.length <= 1 ? parts[0] ?? "" : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
function verdict(result, counts) {
  const read = fileCounts(result);
  const files = filesPhrase(read, result.findings.length > 0);
  const incomplete = result.errors.length > 0 ? `; the results are incomplete (${plural3(result.errors.length, "input or tool error")})` : "";
  const entries2 = groupUnresolved(result.unresolved).length;
  const blocked = entries2 === result.unresolved.length ? "" : ` (blocked by ${plural3(entries2, "unknown")})`;
  const undecided = result.unresolved.length > 0 ? ` ${plural3(result.unresolved.length, "check")} could not be decided${blocked}.` : "";
  if (result.findings.length > 0) {
    const worst = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "note";
    const parts = [];
    if (counts.error > 0) parts.push(plural3(counts.error, "error"));
    if (counts.warning > 0) parts.push(plural3(counts.warning, "warning"));
    if (counts.note > 0) parts.push(plural3(counts.note, "note"));
    return `**${VERDICT_ICON[worst]} vpclint found ${listing(parts)} in ${files}${incomplete}.**${undecided}`;
  }
  if (result.errors.length > 0) {
    return `**⚠️ No findings in what vpclint read, but the results are incomplete: ${plural3(result.errors.length, "input or tool error")}.**${undecided}`;
  }
  if (result.files.length === 0) return "**✅ No problems: vpclint found no input that it reads.**";
  return `**✅ No problems in ${files}.**${undecided}`;
}
function countsTable(result, counts) {
  const rows = [
    "| | Count |",
    "| :-- | --: |",
    `| ${ICON.error} Errors | ${counts.error} |`,
    `| ${ICON.warning} Warnings | ${counts.warning} |`,
    `| ${ICON.note} Notes | ${counts.note} |`,
    `| ⚪ Checks not decided | ${result.unresolved.length} |`
  ];
  if (result.errors.length > 0) rows.push(`| ⚠️ Input or tool errors | ${result.errors.length} |`);
  const suppressed = result.suppressed?.length ?? 0;
  if (suppressed > 0) rows.push(`| 🔕 Suppressed or accepted by the baseline (not listed) | ${suppressed} |`);
  if (result.baseline !== void 0) rows.push(`| ✅ Fixed since the baseline | ${result.baseline.fixed.length} |`);
  return rows.join("\n");
}
var RED = "stroke:#cf222e,stroke-width:2px,color:#cf222e";
var AMBER = "stroke:#bf8700,stroke-width:2px,color:#bf8700";
var MISSING = "stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 4,color:#cf222e";
var INTENT = "stroke:#8250df,stroke-width:3px,color:#8250df";
var CLASS_DEFS = {
  overlap: "fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3",
  error: "stroke:#cf222e,stroke-width:2px",
  warning: "stroke:#bf8700,stroke-width:2px",
  note: "stroke:#0969da,stroke-width:2px"
};
var FULL_DIAGRAM_VPCS = 10;
function addressParts(address) {
  const tokens = [];
  let depth = 0;
  let quoted = false;
  let token = "";
  for (let i2 = 0; i2 < address.length; i2++) {
    const ch = address.charAt(i2);
    if (quoted) {
      if (ch === "\\") token += ch + address.charAt(++i2);
      else token += ch;
      if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "[") depth += 1;
    else if (ch === "]") depth -= 1;
    if (ch === "." && depth === 0) {
      tokens.push(token);
      token = "";
    } else {
      token += ch;
    }
  }
  tokens.push(token);
  const modules = [];
  let i = 0;
  while (tokens[i] === "module" && i + 2 < tokens.length) {
    modules.push(`module.${tokens[i + 1]}`);
    i += 2;
  }
  const rest = tokens.slice(i);
  const resource = rest[0] === "data" ? rest.length === 3 : rest.length === 2;
  if (!resource || rest.some((t) => t === "" || !/^[A-Za-z_]/.test(t))) return void 0;
  return { modules, resource: rest.join(".") };
}
function labelForms(vpc) {
  const name = vpc.name === void 0 || vpc.name.trim() === "" ? void 0 : vpc.name;
  const parts = addressParts(vpc.label);
  if (parts === void 0) return { name, forms: [vpc.label] };
  const forms = [];
  const innermost = Math.max(parts.modules.length - 1, 0);
  for (let k = innermost; k >= 0; k--) forms.push([...parts.modules.slice(k), parts.resource].join("."));
  for (let k = parts.modules.length - 1; k >= 0; k--) forms.push(parts.modules.slice(k).join("."));
  const order = new Map(forms.map((f, i) => [f, i]));
  forms.sort((a, b) => a.length - b.length || order.get(a) - order.get(b));
  return { name, forms: forms.includes(vpc.label) ? forms : [...forms, vpc.label] };
}
function diagramLabels(vpcs) {
  const all = vpcs.map((v) => ({ vpc: v, ...labelForms(v) }));
  const uses = /* @__PURE__ */ new Map();
  for (const { name, forms } of all) {
    for (const f of new Set(name === void 0 ? forms : [name, ...forms])) uses.set(f, (uses.get(f) ?? 0) + 1);
  }
  const labels = /* @__PURE__ */ new Map();
  for (const { vpc, name, forms } of all) {
    const short = forms.find((f) => uses.get(f) === 1) ?? vpc.label;
    labels.set(vpc.key, name === void 0 ? short : uses.get(name) === 1 ? name : `${name} (${short})`);
  }
  return labels;
}
function vpcLabel(vpc, label) {
  const cidrs = vpc.cidrs.length > 0 ? [...vpc.cidrs] : ["CIDR unknown"];
  if (vpc.cidrs.length > 0 && vpc.cidrsIncomplete) cidrs.push("more unknown");
  const lines = [escapeMermaid(label), ...cidrs.map(escapeMermaid)];
  if (vpc.external) lines.push("(outside the linted files)");
  if (vpc.overlaps) lines.push("#9888;#160;overlapping#160;CIDR");
  if (vpc.ruleIds.length > 0) lines.push(escapeMermaid(vpc.ruleIds.join(", ")));
  return lines.join("<br/>");
}
function intentEdges(topology, intents2) {
  const keys = new Set(topology.vpcs.map((v) => v.key));
  const out = [];
  for (const i of intents2 ?? []) {
    if (i.status !== "broken" || i.fromVpc === void 0 || i.toVpc === void 0 || i.fromVpc === i.toVpc) continue;
    if (!keys.has(i.fromVpc) || !keys.has(i.toVpc)) continue;
    out.push({ from: i.fromVpc, to: i.toVpc, label: `intent ${i.name}: ${i.verdict}${i.brokenAt === void 0 ? "" : ` at ${i.brokenAt.hop}`}` });
  }
  return out;
}
function mermaid(vpcs, peerings, intents2 = []) {
  const byKey = new Map(vpcs.map((v) => [v.key, v]));
  const drawn = /* @__PURE__ */ new Set();
  for (const p of peerings) for (const k of [p.requester, p.accepter]) if (k !== void 0) drawn.add(k);
  const labels = diagramLabels(vpcs.filter((v) => drawn.has(v.key)));
  const ids = /* @__PURE__ */ new Map();
  const nodes = [];
  const classes = /* @__PURE__ */ new Map();
  const node = (key) => {
    if (key === void 0) {
      const id2 = `u${nodes.length}`;
      nodes.push(`  ${id2}["? VPC unknown until apply"]`);
      return id2;
    }
    let id = ids.get(key);
    if (id === void 0) {
      id = `v${ids.size}`;
      ids.set(key, id);
      const vpc = byKey.get(key);
      const label = vpc === void 0 ? escapeMermaid(key) : vpcLabel(vpc, labels.get(key) ?? vpc.label);
      nodes.push(vpc?.external === true ? `  ${id}(["${label}"])` : `  ${id}["${label}"]`);
      const cls = vpc === void 0 ? void 0 : vpc.overlaps ? "overlap" : vpc.worst;
      if (cls !== void 0) classes.set(cls, [...classes.get(cls) ?? [], id]);
    }
    return id;
  };
  const edges = [];
  const styles = [];
  for (const p of peerings) {
    const a = node(p.requester);
    const b = node(p.accepter);
    const missing = [];
    for (const m of p.missingRoutes) {
      const from = m.from === p.requester ? a : m.from === p.accepter ? b : void 0;
      const to = m.to === p.requester ? a : m.to === p.accepter ? b : void 0;
      if (from !== void 0 && to !== void 0) missing.push({ from, to });
    }
    const ruleIds = missing.length > 0 ? p.ruleIds.filter((id) => id !== MISSING_RETURN_RULE) : p.ruleIds;
    const marker = ruleIds.length > 0 ? `|"${escapeMermaid(ruleIds.join(", "))}"|` : "";
    if (marker !== "" && p.worst === "error") styles.push(`  linkStyle ${edges.length} ${RED}`);
    else if (marker !== "" && p.worst === "warning") styles.push(`  linkStyle ${edges.length} ${AMBER}`);
    const one = missing.length === 1 ? missing[0] : void 0;
    edges.push(one === void 0 ? `  ${a} ---${marker} ${b}` : `  ${one.to} -->${marker} ${one.from}`);
    for (const m of missing) {
      styles.push(`  linkStyle ${edges.length} ${MISSING}`);
      edges.push(`  ${m.from} -.->|"no route back"| ${m.to}`);
    }
  }
  for (const i of intents2) {
    if (!ids.has(i.from) || !ids.has(i.to)) continue;
    styles.push(`  linkStyle ${edges.length} ${INTENT}`);
    edges.push(`  ${ids.get(i.from)} ==>|"${escapeMermaid(i.label)}"| ${ids.get(i.to)}`);
  }
  const defs = [];
  for (const [cls, members] of classes) defs.push(`  classDef ${cls}Vpc ${CLASS_DEFS[cls]}`, `  class ${members.join(",")} ${cls}Vpc`);
  return ["```mermaid", "flowchart LR", ...nodes, ...edges, ...styles, ...defs, "```"].join("\n");
}
function topologySection(topology, intents2) {
  if (topology === void 0 || topology.peerings.length === 0) return void 0;
  const byKey = new Map(topology.vpcs.map((v) => [v.key, v]));
  const flagged = topology.peerings.filter((p) => p.worst !== void 0);
  const broken = intentEdges(topology, intents2);
  const problems = new Set(topology.vpcs.filter((v) => v.ruleIds.length > 0 || v.overlaps).map((v) => v.key));
  for (const p of flagged) for (const k of [p.requester, p.accepter]) if (k !== void 0) problems.add(k);
  for (const i of broken) problems.add(i.from).add(i.to);
  const focus = topology.vpcs.length > FULL_DIAGRAM_VPCS;
  const touchesProblem = (p) => [p.requester, p.accepter].some((k) => k !== void 0 && problems.has(k));
  const candidates = focus ? topology.peerings.filter((p) => p.worst !== void 0 || touchesProblem(p)) : topology.peerings;
  const lines = ["### Peering topology", ""];
  if (candidates.length > 0) {
    const ordered = [
      ...candidates.filter((p) => p.worst !== void 0),
      ...candidates.filter((p) => p.worst === void 0 && touchesProblem(p)),
      ...candidates.filter((p) => p.worst === void 0 && !touchesProblem(p))
    ];
    let count2 = Math.min(ordered.length, MAX_DIAGRAM_PEERINGS);
    let diagram = mermaid(topology.vpcs, ordered.slice(0, count2), broken);
    while (diagram.length > MAX_DIAGRAM_LENGTH && count2 > 1) {
      count2 = Math.max(1, Math.floor(count2 / 2));
      diagram = mermaid(topology.vpcs, ordered.slice(0, count2), broken);
    }
    const legend = "Boxes are VPCs (their Name tag, else their shortest address) with their CIDR blocks and the rules that reported something in them; lines are peering connections with the rules that reported them: red for errors, amber for warnings. An arrow is a connection that carries traffic one way only: the dotted red arrow back has no route." + (broken.length > 0 ? " A thick purple arrow is a network intent that does not hold, from its source VPC to its destination." : "");
    lines.push(diagram, "", `<sub>${legend}</sub>`);
    const left = ordered.length - count2;
    if (left > 0) {
      const which = count2 >= flagged.length ? " (none of them has a finding)" : "";
      lines.push("", `… and ${plural3(left, "more peering connection")} not drawn${which}.`);
    }
  }
  if (focus) {
    const neighbourhood = /* @__PURE__ */ new Set();
    for (const p of candidates) for (const k of [p.requester, p.accepter]) if (k !== void 0 && byKey.has(k)) neighbourhood.add(k);
    const healthyVpcs = topology.vpcs.length - neighbourhood.size;
    const healthyPeerings = topology.peerings.length - candidates.length;
    const what = problems.size === 0 ? `None of the ${topology.vpcs.length} peered VPCs has a finding, so none is drawn` : `${topology.vpcs.length} peered VPCs, more than ${FULL_DIAGRAM_VPCS}: only the VPCs with findings and their direct peers are drawn`;
    const left = healthyVpcs + healthyPeerings === 0 ? "" : ` Not drawn: ${plural3(healthyVpcs, "healthy VPC")} and ${plural3(healthyPeerings, "healthy peering connection")}.`;
    if (candidates.length > 0) lines.push("");
    lines.push(`${what}.${left}`);
  }
  return lines.join("\n");
}
var INTENT_ICON = { holds: "✅", broken: "❌", unknown: "⚪" };
function intentsSection(intents2) {
  if (intents2 === void 0 || intents2.length === 0) return void 0;
  const lines = ["### Network intents", "", "| | Intent | Flow | Expected | Verdict |", "| --- | --- | --- | --- | --- |"];
  for (const i of intents2.slice(0, MAX_LISTED)) {
    const flow = `${escapeMarkdown(i.flow)} from ${code(i.from)} to ${code(i.to)}`;
    const at4 = i.brokenAt === void 0 ? "" : ` (${escapeMarkdown(i.brokenAt.hop)} ${code(i.brokenAt.resource)})`;
    const verdict2 = i.status === "unknown" ? "unknown (see the checks that could not be decided)" : `${i.verdict}${at4}`;
    lines.push(`| ${INTENT_ICON[i.status]} | ${escapeMarkdown(truncate(i.name, MAX_LABEL))} | ${flow} | ${i.expect} | ${verdict2} |`);
  }
  const more = intents2.length - MAX_LISTED;
  if (more > 0) lines.push("", `… and ${plural3(more, "more intent")}; \`vpclint --format json\` lists their findings.`);
  return lines.join("\n");
}
function code(text4) {
  return `<code>${escapeMarkdown(text4)}</code>`;
}
function ruleLink(ruleId, rule) {
  return rule === void 0 ? `<b>${escapeMarkdown(ruleId)}</b>` : `<a href="${escapeAttribute(rule.docsUrl)}"><b>${escapeMarkdown(ruleId)}</b></a>`;
}
function findingBlock(f, rule) {
  const where3 = f.location.column === void 0 ? `line ${f.location.line}` : `line ${f.location.line}:${f.location.column}`;
  const summary2 = `${ICON[f.severity]} ${ruleLink(f.ruleId, rule)} ${where3}: ${escapeMarkdown(truncate(f.message, MAX_TEXT))}`;
  const details = [];
  const name = `${escapeMarkdown(f.ruleId)} ${escapeMarkdown(f.ruleName)}`;
  details.push(rule === void 0 ? `- **Rule:** ${name} (${f.severity})` : `- **Rule:** [${name}](${rule.docsUrl}) (${f.severity}): ${rule.summary}`);
  details.push(`- **Resource:** ${code(f.resource)}`);
  for (const m of f.moduleCalls ?? []) {
    details.push(`- **Module call:** ${code(m.address)} at ${code(m.location.file)} line ${m.location.line}`);
    if (m.installedSource !== void 0) details.push(`- **In module source:** ${code(m.installedSource.file)} line ${m.installedSource.line}`);
  }
  if (f.planLocation !== void 0) details.push(`- **Plan:** ${code(f.planLocation.file)} line ${f.planLocation.line}:${f.planLocation.column ?? 1}`);
  if (f.related.length > 0) details.push(`- **Related:** ${f.related.map(code).join(", ")}`);
  if (rule !== void 0) details.push(`- **How to fix:** ${rule.remediation}`);
  details.push(`- **Fingerprint:** <code>${escapeMarkdown(f.fingerprint)}</code>`);
  const fix2 = f.fix === void 0 ? [] : ["", `**Suggested fix** (${code(fixPlace(f.fix))}): ${escapeMarkdown(f.fix.description)}`];
  if (f.fix !== void 0 && f.fix.text !== "") fix2.push("", fenced(f.fix.text, f.fix.language));
  return [`<details><summary>${summary2}</summary>`, "", ...details, ...fix2, "", "</details>"].join("\n");
}
function errorsSection(result) {
  if (result.errors.length === 0) return void 0;
  const lines = ["### ⚠️ Input and tool errors", "", "These files or checks were not fully linted; fix them and run again.", ""];
  for (const e of result.errors.slice(0, MAX_LISTED)) {
    const where3 = [e.file, e.line, e.line !== void 0 ? e.column : void 0].filter((x) => x !== void 0).join(":");
    const hint = e.hint === void 0 ? "" : ` (${escapeMarkdown(truncate(e.hint, MAX_TEXT))})`;
    lines.push(`- ${where3 === "" ? "" : `${code(where3)}: `}${escapeMarkdown(truncate(e.message, MAX_TEXT))}${hint}`);
  }
  const more = result.errors.length - MAX_LISTED;
  if (more > 0) lines.push(`- … and ${more} more; the job log lists them all`);
  return lines.join("\n");
}
function unresolvedSection(result) {
  if (result.unresolved.length === 0) return void 0;
  const entries2 = groupUnresolved(result.unresolved);
  const blocked = entries2.length === result.unresolved.length ? "" : `, blocked by ${plural3(entries2.length, "unknown")}`;
  const title = `⚪ ${plural3(result.unresolved.length, "check")} could not be decided${blocked}: a value is unknown until apply or outside the linted files`;
  const lines = [`<details><summary>${title}</summary>`, ""];
  for (const e of entries2.slice(0, MAX_LISTED)) {
    const where3 = `${code(e.location.file)} line ${e.location.line}`;
    if (e.value === void 0) {
      const u = e.checks[0];
      lines.push(`- ${where3}, ${escapeMarkdown(u.ruleId)} ${escapeMarkdown(u.rule)}, ${code(u.resource)}: ${escapeMarkdown(truncate(u.reason, MAX_TEXT))}`);
    } else {
      lines.push(`- ${where3}, ${code(e.resource)}: ${escapeMarkdown(truncate(e.text, MAX_TEXT))}; blocks ${escapeMarkdown(blockedRules(e))}`);
    }
  }
  const more = entries2.length - MAX_LISTED;
  if (more > 0) lines.push(`- … and ${more} more; \`vpclint --format json\` lists them all`);
  lines.push("", "</details>");
  return lines.join("\n");
}
function renderMarkdown(result, ctx) {
  const counts = countBySeverity(result.findings);
  const rules2 = new Map(ctx.rules.map((r) => [r.id, r]));
  const head = [COMMENT_MARKER, "## vpclint", "", verdict(result, counts), "", countsTable(result, counts)];
  const intents2 = intentsSection(result.intents);
  if (intents2 !== void 0) head.push("", intents2);
  const topology = topologySection(result.topology, result.intents);
  if (topology !== void 0) head.push("", topology);
  const errors = errorsSection(result);
  if (errors !== void 0) head.push("", errors);
  const headText = head.join("\n");
  const tail = [];
  const unresolved2 = unresolvedSection(result);
  if (unresolved2 !== void 0) tail.push(unresolved2);
  tail.push(`<sub>[vpclint](${REPO_URL}) ${escapeMarkdown(ctx.toolVersion)}</sub>`);
  const tailText = tail.join("\n\n");
  const RESERVE = 400;
  let room = MAX_MARKDOWN_LENGTH - headText.length - tailText.length - RESERVE;
  const body2 = [];
  let shown = 0;
  if (result.findings.length > 0) {
    body2.push("### Findings");
    room -= body2[0].length + 2;
    let file;
    for (const f of result.findings) {
      const parts = [];
      if (f.location.file !== file) parts.push(`**${code(f.location.file)}**`);
      parts.push(findingBlock(f, rules2.get(f.ruleId)));
      const text4 = parts.join("\n\n");
      if (text4.length + 2 > room) break;
      room -= text4.length + 2;
      body2.push(text4);
      file = f.location.file;
      shown += 1;
    }
    const more = result.findings.length - shown;
    if (more > 0) {
      body2.push(
        `**… and ${more} more ${more === 1 ? "finding" : "findings"} not shown: a comment holds at most 65,536 characters.** The annotations, the SARIF results and \`vpclint\` run locally list them all.`
      );
    }
  }
  const out = [headText, ...body2, tailText].join("\n\n") + "\n";
  if (out.length <= MAX_MARKDOWN_LENGTH) return out;
  return `${[COMMENT_MARKER, "## vpclint", "", verdict(result, counts), "", countsTable(result, counts), "", "The details do not fit in a comment; see the job log."].join("\n")}
`;
}

// src/report/sarif.ts
var import_node_url = require("node:url");
var import_node_zlib = require("node:zlib");
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "vpclintFingerprint/v1";
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", note: "2.0" };
function categoryTag(ruleId) {
  const range = /^NET(\d)\d\d$/.exec(ruleId)?.[1];
  switch (range) {
    case "0":
      return "diagnostics";
    case "1":
      return "addressing";
    case "2":
      return "routing";
    case "3":
      return "peering";
    case "4":
      return "security-groups";
    case "5":
      return "intents";
    default:
      return "network";
  }
}
var CODE_SCANNING_LIMITS = {
  resultsPerRun: 25e3,
  locationsPerResult: 1e3,
  /** Not a documented limit of its own; held to the locations' limit. */
  relatedLocationsPerResult: 1e3,
  gzipBytes: 10 * 1024 * 1024
};
var OMITTED_NOTIFICATION = "vpclint/omitted-results";
function count(n, one, many) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
function omissionMessage(o) {
  const parts = [];
  if (o.kept < o.total) {
    const left = [
      o.error > 0 ? count(o.error, "error", "errors") : "",
      o.warning > 0 ? count(o.warning, "warning", "warnings") : "",
      o.note > 0 ? count(o.note, "note", "notes") : "",
      o.suppressed > 0 ? count(o.suppressed, "suppressed finding", "suppressed findings") : ""
    ].filter((p) => p !== "");
    parts.push(
      `the SARIF file holds ${o.kept.toLocaleString("en-US")} of ${count(o.total, "finding", "findings")}, to stay within GitHub code scanning's limits (${CODE_SCANNING_LIMITS.resultsPerRun.toLocaleString("en-US")} results per run, ${CODE_SCANNING_LIMITS.gzipBytes / 1024 / 1024} MB compressed); left out: ${left.join(", ")} (errors are kept first, then warnings, notes and suppressed findings)`
    );
  }
  if (o.relatedLocationsCut > 0) {
    parts.push(
      `${count(o.relatedLocationsCut, "result keeps", "results keep")} only the first ${CODE_SCANNING_LIMITS.relatedLocationsPerResult.toLocaleString("en-US")} related locations`
    );
  }
  return `${parts.join("; ")}. Every finding is in the text and JSON outputs.`;
}
function keepRank(f) {
  const severity2 = f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2;
  return f.suppression === void 0 ? severity2 : 3 + severity2;
}
function toArtifactLocation(file) {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return { uri: (0, import_node_url.pathToFileURL)(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function toRegion(location) {
  const startLine = Math.max(1, Math.trunc(location.line) || 1);
  const region = { startLine };
  if (location.column !== void 0 && location.column >= 1) region.startColumn = Math.trunc(location.column);
  if (location.endLine !== void 0 && location.endLine >= startLine) region.endLine = Math.trunc(location.endLine);
  return region;
}
function toPhysicalLocation(location) {
  return { artifactLocation: toArtifactLocation(location.file), region: toRegion(location) };
}
function toRuleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}

How to fix: ${rule.remediation}

Documentation: ${rule.docsUrl}`,
      markdown: `${rule.rationale}

**How to fix:** ${rule.remediation}

[Documentation](${rule.docsUrl})`
    },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      tags: ["security", "network", categoryTag(rule.id)],
      "security-severity": SECURITY_SEVERITY[rule.defaultSeverity]
    }
  };
}
function minimalDescriptor(f) {
  return {
    id: f.ruleId,
    name: f.ruleName,
    defaultConfiguration: { level: f.severity },
    properties: { tags: ["security", "network", categoryTag(f.ruleId)], "security-severity": SECURITY_SEVERITY[f.severity] }
  };
}
function toResult(f, ruleIndex, onCut) {
  const location = {
    physicalLocation: toPhysicalLocation(f.location),
    logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }]
  };
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [location]
  };
  const origins = [
    ...(f.moduleCalls ?? []).flatMap((m) => [
      { physicalLocation: toPhysicalLocation(m.location), message: { text: `module call ${m.address}` } },
      // A resource of an installed module is located at this call; its lines in the module's files.
      ...m.installedSource === void 0 ? [] : [{ physicalLocation: toPhysicalLocation(m.installedSource), message: { text: `in module source ${m.address}: ${f.resource}` } }]
    ]),
    ...f.planLocation === void 0 ? [] : [{ physicalLocation: toPhysicalLocation(f.planLocation), message: { text: `plan: ${f.resource}` } }]
  ];
  if (f.relatedLocations.length > 0 || origins.length > 0) {
    const limit = CODE_SCANNING_LIMITS.relatedLocationsPerResult - origins.length;
    if (f.relatedLocations.length > limit) onCut();
    const related = f.relatedLocations.slice(0, limit).map((r) => ({ physicalLocation: toPhysicalLocation(r.location), message: { text: r.message } }));
    result.relatedLocations = [...origins, ...related].map((r, i) => ({ id: i + 1, ...r }));
  }
  if (f.suppression !== void 0) {
    const s = f.suppression;
    const suppression = { kind: s.kind, status: "accepted", justification: s.reason };
    if (s.location !== void 0) suppression.location = { physicalLocation: toPhysicalLocation(s.location) };
    suppression.properties = s.expires === void 0 ? { via: s.via } : { via: s.via, expires: s.expires };
    result.suppressions = [suppression];
  }
  if (f.fix !== void 0 && f.fix.edits.length > 0) result.fixes = [toFix(f.fix)];
  result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  const properties = { resource: f.resource, related: [...f.related] };
  if (f.fix !== void 0) {
    properties.fix = { description: f.fix.description, language: f.fix.language, file: f.fix.file, text: f.fix.text };
  }
  result.properties = properties;
  return result;
}
function toFix(fix2) {
  const replacements = fix2.edits.map((e) => {
    const deletedRegion = e.replace !== void 0 ? { startLine: e.replace.startLine, startColumn: 1, endLine: e.replace.endLine + 1, endColumn: 1 } : { startLine: e.insert?.line ?? 1, startColumn: 1, endColumn: 1 };
    return e.text === "" ? { deletedRegion } : { deletedRegion, insertedContent: { text: e.text } };
  });
  return {
    description: { text: fix2.description },
    artifactChanges: [{ artifactLocation: toArtifactLocation(fix2.file), replacements }]
  };
}
function unresolvedNotification(u, index) {
  const n = {
    level: "note",
    message: { text: `Could not decide ${u.ruleId} (${u.rule}) for ${u.resource}: ${u.reason}` },
    locations: [{ physicalLocation: toPhysicalLocation(u.location) }]
  };
  const i = index.get(u.ruleId);
  n.associatedRule = i === void 0 ? { id: u.ruleId } : { id: u.ruleId, index: i };
  if (u.value !== void 0) {
    n.properties = { unknownValue: { resource: u.value.resource, attribute: u.value.attribute, reason: u.value.reason } };
  }
  return n;
}
function errorNotification(e) {
  const text4 = e.hint === void 0 ? e.message : `${e.message} (${e.hint})`;
  const n = { level: "error", message: { text: text4 } };
  if (e.file !== void 0) {
    const physicalLocation = { artifactLocation: toArtifactLocation(e.file) };
    if (e.line !== void 0) physicalLocation.region = toRegion({ file: e.file, line: e.line, column: e.column });
    n.locations = [{ physicalLocation }];
  }
  return n;
}
function selectFindings(all, max) {
  if (all.length <= max) return { kept: [...all], omitted: void 0 };
  const order = all.map((f, i) => ({ f, i, rank: keepRank(f) }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keptIndexes = new Set(order.slice(0, max).map((o) => o.i));
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const o of order.slice(max)) {
    if (o.f.suppression !== void 0) counts.suppressed += 1;
    else counts[o.f.severity] += 1;
  }
  return { kept: all.filter((_, i) => keptIndexes.has(i)), omitted: { total: all.length, kept: max, ...counts } };
}
function toSarif(result, ctx, maxResults = CODE_SCANNING_LIMITS.resultsPerRun) {
  const descriptors = ctx.rules.map(toRuleDescriptor);
  const index = /* @__PURE__ */ new Map();
  ctx.rules.forEach((r, i) => index.set(r.id, i));
  const all = [...result.findings, ...result.suppressed ?? []];
  const selected = selectFindings(all, Math.min(maxResults, CODE_SCANNING_LIMITS.resultsPerRun));
  let relatedLocationsCut = 0;
  const results = selected.kept.map((f) => {
    let i = index.get(f.ruleId);
    if (i === void 0) {
      i = descriptors.length;
      index.set(f.ruleId, i);
      descriptors.push(minimalDescriptor(f));
    }
    return toResult(f, i, () => relatedLocationsCut += 1);
  });
  const omitted = selected.omitted === void 0 && relatedLocationsCut === 0 ? void 0 : { ...selected.omitted ?? { total: all.length, kept: all.length, error: 0, warning: 0, note: 0, suppressed: 0 }, relatedLocationsCut };
  const notifications = [
    ...omitted === void 0 ? [] : [{ level: "warning", message: { text: `vpclint: ${omissionMessage(omitted)}` }, descriptor: { id: OMITTED_NOTIFICATION } }],
    ...result.errors.map(errorNotification),
    ...result.unresolved.map((u) => unresolvedNotification(u, index))
  ];
  const invocation = { executionSuccessful: result.errors.length === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  const cwd = ctx.cwd.endsWith("/") ? ctx.cwd : `${ctx.cwd}/`;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "vpclint",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: REPO_URL,
            rules: descriptors
          }
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: (0, import_node_url.pathToFileURL)(cwd).href } },
        columnKind: "utf16CodeUnits",
        results,
        ...omitted === void 0 ? {} : { properties: { omittedResults: omitted } }
      }
    ]
  };
}
function omittedResults(log) {
  const run = log?.runs?.[0];
  return run?.properties?.omittedResults;
}
function omissionWarning(text4) {
  let log;
  try {
    log = JSON.parse(text4);
  } catch {
    return void 0;
  }
  const omitted = omittedResults(log);
  return omitted === void 0 ? void 0 : `vpclint: ${omissionMessage(omitted)}`;
}
function renderSarif(result, ctx) {
  const limit = CODE_SCANNING_LIMITS.gzipBytes;
  const total = result.findings.length + (result.suppressed?.length ?? 0);
  let max = CODE_SCANNING_LIMITS.resultsPerRun;
  for (; ; ) {
    const text4 = `${escapeJsonOutput(JSON.stringify(toSarif(result, ctx, max), null, 2))}
`;
    if (Buffer.byteLength(text4) <= limit) return text4;
    const size = (0, import_node_zlib.gzipSync)(text4).length;
    const kept = Math.min(max, total);
    if (size <= limit || kept === 0) return text4;
    max = Math.floor(kept * limit * 0.9 / size);
  }
}

// src/report/index.ts
var reporters = /* @__PURE__ */ new Map([
  ["text", renderText],
  ["json", renderJson],
  ["sarif", renderSarif],
  ["markdown", renderMarkdown],
  ["github", renderGithub]
]);
var PLANNED_FORMATS = [];

// src/discover.ts
var import_promises = require("node:fs/promises");
var import_node_path6 = __toESM(require("node:path"), 1);

// src/config/glob.ts
function escape(c) {
  return /[.+^${}()|[\]\\*?]/.test(c) ? `\\${c}` : c;
}
function toSource(glob) {
  let out = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === "*") {
      if (glob.charAt(i + 1) === "*") {
        if (glob.charAt(i + 2) === "/") {
          out += "(?:[^/]*/)*";
          i += 2;
        } else {
          out += ".*";
          i += 1;
        }
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) {
        out += "\\[";
      } else {
        const body2 = glob.slice(i + 1, end).replace(/\\/g, "\\\\");
        out += body2.startsWith("!") ? `[^/${body2.slice(1)}]` : `[${body2}]`;
        i = end;
      }
    } else if (c === "{") {
      inBraces += 1;
      out += "(?:";
    } else if (c === "}" && inBraces > 0) {
      inBraces -= 1;
      out += ")";
    } else if (c === "," && inBraces > 0) {
      out += "|";
    } else {
      out += escape(c);
    }
  }
  return out + ")".repeat(inBraces);
}
function globMatcher(glob) {
  let pattern = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  if (!pattern.includes("/")) pattern = `**/${pattern}`;
  if (pattern.startsWith("/")) pattern = pattern.slice(1);
  const re = new RegExp(`^${toSource(pattern)}(?:/.*)?$`);
  return (path14) => re.test(path14);
}
function anyGlob(globs2) {
  const matchers = globs2.map(globMatcher);
  return (path14) => matchers.some((m) => m(path14));
}

// src/files.ts
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);
function fileKind(stats) {
  if (stats.isFile()) return "a regular file";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}
var NotRegularFileError = class extends Error {
  code = "ENOTREG";
  constructor(stats) {
    super(`not a regular file (${fileKind(stats)})`);
    this.name = "NotRegularFileError";
  }
};
function displayPath(absolute, cwd) {
  const relative = import_node_path.default.relative(cwd, absolute);
  return (relative === "" ? "." : relative).split(import_node_path.default.sep).join("/");
}
function describeFsError(error) {
  const code2 = error?.code;
  switch (code2) {
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
function readRegularFile(file) {
  const before = (0, import_node_fs.statSync)(file);
  if (before.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
  if (!before.isFile()) throw new NotRegularFileError(before);
  const fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0));
  try {
    const stats = (0, import_node_fs.fstatSync)(fd);
    if (!stats.isFile()) throw new NotRegularFileError(stats);
    return (0, import_node_fs.readFileSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var CannotCreateDirectoryError = class extends Error {
  constructor(directory, cause) {
    super(`cannot create the directory ${directory}`, { cause });
    this.directory = directory;
    this.name = "CannotCreateDirectoryError";
    this.code = cause?.code;
  }
  directory;
  code;
};
function makeParentDirectories(target2) {
  const missing = [];
  for (let dir = import_node_path.default.dirname(target2); ; dir = import_node_path.default.dirname(dir)) {
    let stats;
    try {
      stats = (0, import_node_fs.statSync)(dir);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
    if (stats !== void 0) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`${dir} is not a directory`), { code: "ENOTDIR" });
      break;
    }
    missing.push(dir);
    if (import_node_path.default.dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      (0, import_node_fs.mkdirSync)(dir);
    } catch (error) {
      if (error.code === "EEXIST" && (0, import_node_fs.statSync)(dir).isDirectory()) continue;
      throw new CannotCreateDirectoryError(dir, error);
    }
  }
}
function writeOutputFile(target2, text4) {
  makeParentDirectories(target2);
  (0, import_node_fs.writeFileSync)(target2, text4);
}

// src/parse/cloudformation/fn-cidr.ts
var MAX_CIDR_COUNT = 256;
function wholeNumber(value) {
  if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return void 0;
}
function cidrFn(ipBlock, count2, cidrBits) {
  const parsed = parseCidr(ipBlock);
  if (!parsed.ok) return { ok: false, error: `ipBlock ${describe2(ipBlock)} is not a CIDR block (${parsed.error})` };
  const block = parsed.cidr;
  if (block.hostBitsSet) return { ok: false, error: `ipBlock ${block.text} has host bits set (the network is ${block.canonical})` };
  const n = wholeNumber(count2);
  if (n === void 0 || n < 1 || n > MAX_CIDR_COUNT) {
    return { ok: false, error: `count ${describe2(count2)} is not a whole number from 1 to ${MAX_CIDR_COUNT}` };
  }
  const width = block.family === 4 ? 32 : 128;
  const bits = wholeNumber(cidrBits);
  if (bits === void 0 || bits < 0 || bits > width - block.prefix) {
    return {
      ok: false,
      error: `cidrBits ${describe2(cidrBits)} does not fit in ${block.text}: it must be a whole number from 0 to ${width - block.prefix}`
    };
  }
  const prefix = width - bits;
  const available = 1n << BigInt(prefix - block.prefix);
  if (BigInt(n) > available) {
    return { ok: false, error: `${block.text} holds ${available} /${prefix} blocks, fewer than the ${n} asked for` };
  }
  const step = 1n << BigInt(bits);
  const blocks2 = [];
  for (let i = 0; i < n; i++) blocks2.push(formatCidr(block.family, block.first + BigInt(i) * step, prefix));
  return { ok: true, blocks: blocks2 };
}
function describe2(value) {
  return typeof value === "string" ? JSON.stringify(value) : typeof value === "number" ? String(value) : value === null ? "null" : `a ${Array.isArray(value) ? "list" : typeof value}`;
}

// src/parse/suppression-comments.ts
var DIRECTIVE = "vpclint:ignore";
var HEAD = /^\s*vpclint:ignore(?=\s|$)/;
var KEY_VALUE = /^([A-Za-z][\w-]*)=/;
function isDirective(comment) {
  return HEAD.test(comment);
}
function parseDirective(comment) {
  const head = HEAD.exec(comment);
  if (head === null) return void 0;
  const text4 = comment.slice(head[0].length);
  const rules2 = [];
  const values = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < text4.length) {
    if (/\s/.test(text4.charAt(i))) {
      i += 1;
      continue;
    }
    const kv = KEY_VALUE.exec(text4.slice(i));
    if (kv === null) {
      if (values.size > 0) return { rules: rules2, problem: `unexpected "${word(text4, i)}" after the key=value pairs` };
      const token = word(text4, i);
      for (const part of token.split(",")) if (part !== "") rules2.push(part);
      i += token.length;
      continue;
    }
    const key = kv[1];
    i += kv[0].length;
    let value;
    const quote2 = text4.charAt(i);
    if (quote2 === '"' || quote2 === "'") {
      let out = "";
      let j = i + 1;
      for (; j < text4.length && text4.charAt(j) !== quote2; j++) {
        if (text4.charAt(j) === "\\" && quote2 === '"' && j + 1 < text4.length) j += 1;
        out += text4.charAt(j);
      }
      if (j >= text4.length) return { rules: rules2, problem: `the ${key}= value has no closing ${quote2}` };
      value = out;
      i = j + 1;
    } else {
      value = word(text4, i);
      i += value.length;
    }
    if (key !== "reason" && key !== "expires") return { rules: rules2, problem: `unknown key ${key}= (only reason= and expires=)` };
    if (values.has(key)) return { rules: rules2, problem: `${key}= is given twice` };
    values.set(key, value);
  }
  if (rules2.length === 0) return { rules: rules2, problem: "it names no rule" };
  const reason = values.get("reason");
  const expires = values.get("expires");
  return { rules: rules2, ...reason === void 0 ? {} : { reason }, ...expires === void 0 ? {} : { expires } };
}
function word(text4, i) {
  const m = /^\S+/.exec(text4.slice(i));
  return m === null ? "" : m[0];
}
function commentStart(line, syntax) {
  let quote2 = "";
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote2 !== "") {
      if (c === "\\" && quote2 === '"') i += 1;
      else if (c === quote2) quote2 = "";
      continue;
    }
    if (c === '"' || c === "'" && syntax === "yaml") quote2 = c;
    else if (c === "#" && (syntax === "hcl" || i === 0 || /\s/.test(line.charAt(i - 1)))) return i;
    else if (c === "/" && syntax === "hcl" && line.charAt(i + 1) === "/") return i;
  }
  return -1;
}
function markerLength(line, at4) {
  return line.charAt(at4) === "/" ? 2 : 1;
}
function suppressionComments(lines, line, file, syntax) {
  const out = [];
  const at4 = (n, col) => ({ file, line: n, column: col + 1 });
  const own3 = lines[line - 1];
  if (own3 === void 0) return out;
  const indent2 = own3.length - own3.trimStart().length;
  const above = [];
  for (let n = line - 1; n >= 1; n--) {
    const text4 = lines[n - 1];
    const trimmed = text4.trimStart();
    const start2 = text4.length - trimmed.length;
    const isComment = trimmed.startsWith("#") || syntax === "hcl" && trimmed.startsWith("//");
    if (!isComment || syntax === "yaml" && start2 > indent2) break;
    const comment = trimmed.slice(markerLength(trimmed, 0));
    if (isDirective(comment)) above.push({ text: comment, location: at4(n, start2) });
  }
  out.push(...above.reverse());
  const start = commentStart(own3, syntax);
  if (start >= 0) {
    const comment = own3.slice(start + markerLength(own3, start));
    if (isDirective(comment)) out.push({ text: comment, location: at4(line, start) });
  }
  return out;
}
var NONE2 = Object.freeze([]);
var FileComments = class {
  #file;
  #syntax;
  #text;
  #lines;
  constructor(file, text4, syntax) {
    this.#file = file;
    this.#syntax = syntax;
    this.#text = text4.includes(DIRECTIVE) ? text4 : void 0;
  }
  /** Does the file hold a directive at all? When not, `at` gives none for every line. */
  get any() {
    return this.#text !== void 0 || this.#lines !== void 0;
  }
  /** The suppression comments of the block that starts at `line` (see `suppressionComments`). */
  at(line) {
    if (this.#text === void 0 && this.#lines === void 0) return NONE2;
    if (this.#lines === void 0) {
      this.#lines = this.#text.split(/\r?\n/);
      this.#text = void 0;
    }
    return suppressionComments(this.#lines, line, this.#file, this.#syntax);
  }
};

// src/parse/lines.ts
var OffsetList = class _OffsetList {
  /** The offsets are the first `count`. */
  items;
  count = 0;
  constructor(expected = 256) {
    this.items = new Uint32Array(Math.max(expected, 64));
  }
  /** The list of `offsets`, as given. */
  static of(offsets) {
    const list2 = new _OffsetList(offsets.length);
    list2.items.set(offsets);
    list2.count = offsets.length;
    return list2;
  }
  push(offset) {
    if (this.count === this.items.length) {
      const grown = new Uint32Array(this.count * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = offset;
  }
};
var LineStarts = class {
  #text;
  #starts;
  /** Where the search for the next line break goes on from (every one before it is known); -1 once the text is indexed to its end. */
  #from = 0;
  /**
   * `known`: every line start of `text` in order (0 first), found by a pass that read the whole
   * text anyway (the CloudFormation JSON offset pass, the `yaml` parser): the text is then not
   * searched again.
   */
  constructor(text4, known3) {
    this.#text = text4;
    if (known3 === void 0) {
      this.#starts = new OffsetList();
      this.#starts.push(0);
    } else {
      this.#starts = known3;
      this.#from = -1;
    }
  }
  /** The number of lines (one more than the number of `\n`); indexes the whole text. */
  get count() {
    while (this.#more()) ;
    return this.#starts.count;
  }
  /** Where line `i` (0-based) starts, or undefined when the text has no such line. */
  start(i) {
    while (this.#starts.count <= i && this.#more()) ;
    return i >= 0 && i < this.#starts.count ? this.#starts.items[i] : void 0;
  }
  /** The line (0-based) that the character at `offset` (0 ≤ offset ≤ the text's length) is on. */
  lineOf(offset) {
    this.#indexBefore(offset);
    const starts = this.#starts.items;
    let lo = 0;
    let hi = this.#starts.count - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /**
   * Finds every line start up to `offset` (the line breaks before it), searching no further: a
   * plan written on one line is not searched to its end for a place near its top.
   */
  #indexBefore(offset) {
    const from = this.#from;
    if (from === -1 || from >= offset) return;
    const part = this.#text.slice(from, offset);
    for (let i = part.indexOf("\n"); i !== -1; i = part.indexOf("\n", i + 1)) this.#starts.push(from + i + 1);
    this.#from = offset;
  }
  /** Finds the next line start; false when the text has none left. */
  #more() {
    if (this.#from === -1) return false;
    const i = this.#text.indexOf("\n", this.#from);
    if (i === -1) {
      this.#from = -1;
      return false;
    }
    this.#starts.push(i + 1);
    this.#from = i + 1;
    return true;
  }
};
var TextLines = class {
  #text;
  #starts;
  constructor(text4) {
    this.#text = text4;
    this.#starts = new LineStarts(text4);
  }
  /** The number of lines (one more than the number of `\n`); indexes the whole text. */
  get length() {
    return this.#starts.count;
  }
  /**
   * Is there a line `i` (0-based)? `i < length` without indexing the text past that line: a fix
   * that reads a resource's block near the top of a large template does not index its end.
   */
  has(i) {
    return i >= 0 && this.#starts.start(i) !== void 0;
  }
  /** Line `i` (0-based), or undefined when there is none. */
  line(i) {
    const start = this.#starts.start(i);
    if (start === void 0) return void 0;
    const next = this.#starts.start(i + 1);
    if (next === void 0) return this.#text.slice(start);
    let end = next - 1;
    if (end > start && this.#text.charCodeAt(end - 1) === 13) end--;
    return this.#text.slice(start, end);
  }
  /** Lines `from` (inclusive) to `to` (exclusive, the end by default), as `Array.prototype.slice` takes them. */
  slice(from, to = Number.POSITIVE_INFINITY) {
    const out = [];
    for (let i = Math.max(from, 0); i < to; i++) {
      const line = this.line(i);
      if (line === void 0) break;
      out.push(line);
    }
    return out;
  }
  /** The index of the first line `test` accepts, or -1. */
  findIndex(test) {
    for (let i = 0, line = this.line(0); line !== void 0; line = this.line(++i)) if (test(line)) return i;
    return -1;
  }
  /** The first line `test` accepts. */
  find(test) {
    const i = this.findIndex(test);
    return i === -1 ? void 0 : this.line(i);
  }
  /**
   * Does `test` accept a line that contains `part`? Only the lines the text's occurrences of
   * `part` are on are cut out and tested.
   */
  someContaining(part, test) {
    let lastLine = -1;
    for (let at4 = this.#text.indexOf(part); at4 !== -1; at4 = this.#text.indexOf(part, at4 + 1)) {
      const i = this.#starts.lineOf(at4);
      if (i === lastLine) continue;
      lastLine = i;
      const line = this.line(i);
      if (line.includes(part) && test(line)) return true;
    }
    return false;
  }
};

// src/parse/json.ts
var BOM = "\uFEFF";
function parseJson(text4, file) {
  const body2 = text4.startsWith(BOM) ? text4.slice(1) : text4;
  try {
    return JSON.parse(body2);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const { line, column } = errorPosition(body2, raw);
    throw new ParseError(`invalid JSON: ${describe3(raw)}`, { file, line, column, cause: err });
  }
}
function errorPosition(text4, message) {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text4, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineColumn(text4, text4.length);
  const found = firstErrorOffset(text4);
  return lineColumn(text4, found < 0 ? 0 : found);
}
function describe3(message) {
  const snippet = /^(Unexpected token .*?), ".*" is not valid JSON$/s.exec(message);
  const text4 = snippet ? snippet[1] : message;
  return text4.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)/, "").trim();
}
function lineIndex(text4, starts = new LineStarts(text4)) {
  return (offset) => {
    const at4 = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text4.length));
    const line = starts.lineOf(at4);
    return { line: line + 1, column: at4 - starts.start(line) + 1 };
  };
}
var last;
function lineColumn(text4, offset) {
  if (last === void 0 || last.text !== text4) last = { text: text4, of: lineIndex(text4) };
  return last.of(offset);
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEX4 = /^[0-9a-fA-F]{4}$/;
function firstErrorOffset(text4) {
  const n = text4.length;
  let i = 0;
  const stack = [];
  let state = "value";
  const skipWs = () => {
    while (i < n) {
      const c = text4.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const scanString = () => {
    i++;
    while (i < n) {
      const c = text4.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c === 92) {
        const e = text4[i + 1];
        if (e === void 0) {
          i = n;
          return false;
        }
        if ('"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        if (e === "u" && HEX4.test(text4.slice(i + 2, i + 6))) {
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
        if (text4[i] === "]") {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        state = "value";
        continue;
      case "keyOrEnd":
        if (text4[i] === "}") {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        state = "key";
        continue;
      case "key":
        if (i >= n) return n;
        if (text4[i] !== '"' || !scanString()) return i;
        skipWs();
        if (i >= n) return n;
        if (text4[i] !== ":") return i;
        i++;
        state = "value";
        continue;
      case "value": {
        if (i >= n) return n;
        const c = text4[i];
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
          const m = NUMBER.exec(text4);
          if (m === null) return i + 1 >= n ? n : i + 1;
          i += m[0].length;
          state = "after";
        } else {
          const word2 = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : "";
          if (word2 === "") return i;
          for (let k = 0; k < word2.length; k++) {
            if (i + k >= n) return n;
            if (text4[i + k] !== word2[k]) return i + k;
          }
          i += word2.length;
          state = "after";
        }
        continue;
      }
      case "after": {
        if (stack.length === 0) return i < n ? i : -1;
        if (i >= n) return n;
        const c = text4[i];
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

// src/cjs-exports.ts
function cjsExports(namespace, name, what) {
  if (namespace[name] !== void 0) return namespace;
  const fallback = namespace.default;
  if (fallback !== void 0 && fallback[name] !== void 0) return fallback;
  throw new Error(`${what} has no ${String(name)} export`);
}

// src/parse/yaml-lib.ts
var loaded;
var loading;
function loadYaml() {
  loading ??= Promise.resolve().then(() => __toESM(require("./cli-yaml.js"), 1)).then((m) => loaded = cjsExports(m, "parseDocument", "the yaml package"));
  return loading;
}
function yamlLib() {
  if (loaded === void 0) throw new Error("internal error: the yaml package is used before loadYaml() loaded it");
  return loaded;
}

// src/parse/cloudformation/tree.ts
var SHORT_FORMS = [
  "Ref",
  "Condition",
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Length",
  "ToJsonString",
  "ForEach"
];
var LONG_NAME = new Map(SHORT_FORMS.map((n) => [`!${n}`, n === "Ref" || n === "Condition" ? n : `Fn::${n}`]));
var TAGS_OF = new Map(
  SHORT_FORMS.map((n) => [
    n,
    [
      { tag: `!${n}`, resolve: (s) => s },
      { tag: `!${n}`, collection: "seq", resolve: (s) => s },
      { tag: `!${n}`, collection: "map", resolve: (s) => s }
    ]
  ])
);
function customTagsFor(text4) {
  const written = /* @__PURE__ */ new Set();
  let from = 0;
  for (; ; ) {
    const pattern = shortFormTag(SHORT_FORMS.filter((n) => !written.has(n)));
    if (pattern === void 0) break;
    pattern.lastIndex = from;
    const m = pattern.exec(text4);
    if (m === null) break;
    written.add(m[1]);
    from = m.index + 1;
  }
  const tags = [];
  for (const [name, forms] of TAGS_OF) if (written.has(name)) tags.push(...forms);
  return tags;
}
function shortFormTag(names2) {
  return names2.length === 0 ? void 0 : new RegExp(`!(${names2.join("|")})`, "g");
}
var MAX_DEPTH = 500;
var MAX_ALIAS_COUNT = 100;
function plainMessage(message) {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}
function parseTemplateText(text4, file) {
  const { parseDocument, LineCounter } = yamlLib();
  const pos = lineIndex(text4);
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text4, { customTags: customTagsFor(text4), prettyErrors: false, uniqueKeys: false, strict: true, lineCounter: lines });
  } catch (error) {
    if (isStackOverflow(error)) throw nestedTooDeeply(file, pos(deepOffset(text4, MAX_DEPTH) ?? 0), error);
    throw new ParseError(`invalid ${language(text4)}: the document cannot be read`, { file, line: 1, column: 1, cause: error });
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    if (isStackOverflow(first)) throw nestedTooDeeply(file, pos(deepOffset(text4, MAX_DEPTH) ?? first.pos[0]), first);
    throw new ParseError(`invalid ${language(text4)}: ${plainMessage(first.message)}`, { file, ...pos(first.pos[0]), cause: first });
  }
  const walker = new Walker(doc, file, pos);
  const root = doc.contents === null ? { kind: "scalar", value: null, at: 0 } : walker.node(doc.contents, 0);
  if (walker.duplicates.length > 0) throw duplicateKeys(walker.duplicates, file, pos);
  if (walker.sawAlias) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      throw new ParseError(`invalid YAML: its aliases expand to too many nodes (more than the limit of ${MAX_ALIAS_COUNT} alias expansions)`, {
        file,
        line: 1,
        column: 1,
        cause: error,
        hint: "CloudFormation does not accept YAML aliases; write the values out."
      });
    }
  }
  return { root, position: lineIndex(text4, new LineStarts(text4, OffsetList.of(lines.lineStarts))) };
}
function duplicateKeys(duplicates, file, pos) {
  const keys = duplicates.map((d) => `${JSON.stringify(d.key)} (line ${pos(d.at).line})`);
  const message = keys.length === 1 ? `duplicate key ${keys[0]}: keys of a mapping must be unique` : `duplicate keys ${keys.join(", ")}: keys of a mapping must be unique`;
  return new ParseError(message, {
    file,
    ...pos(duplicates[0].at),
    hint: "CloudFormation rejects a template with a repeated key, or uses one of the values unpredictably."
  });
}
function nestedTooDeeply(file, at4, cause) {
  return new ParseError(`the document is nested more than ${MAX_DEPTH} levels deep`, { file, ...at4, ...cause === void 0 ? {} : { cause } });
}
var JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseJsonTemplateText(text4, file) {
  const pos = lineIndex(text4);
  const n = text4.length;
  let i = text4.charCodeAt(0) === 65279 ? 1 : 0;
  const stack = [];
  const duplicates = [];
  let root;
  const bad = () => {
    throw new ParseError("invalid JSON: unexpected character", { file, ...pos(i) });
  };
  const skipWs = () => {
    for (; i < n; i++) {
      const c = text4.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
  };
  const readString = () => {
    const start = i;
    const end = closingQuote(text4, i);
    if (end < 0) bad();
    i = end + 1;
    const body2 = text4.slice(start + 1, end);
    return body2.includes("\\") ? JSON.parse(text4.slice(start, end + 1)) : body2;
  };
  const put = (node) => {
    const top = stack[stack.length - 1];
    if (top === void 0) root = node;
    else if (top.items !== void 0) top.items.push(node);
    else if (top.skip !== true) top.entries.set(top.key, { value: node, keyAt: top.keyAt });
  };
  const readKey = (frame) => {
    skipWs();
    if (text4[i] !== '"') bad();
    const keyAt = i;
    const key = readString();
    skipWs();
    if (text4[i] !== ":") bad();
    i++;
    frame.key = key;
    frame.keyAt = keyAt;
    frame.skip = frame.entries.has(key);
    if (frame.skip) duplicates.push({ key, at: keyAt });
  };
  for (; ; ) {
    skipWs();
    if (stack.length > MAX_DEPTH) throw nestedTooDeeply(file, pos(i));
    const at4 = i;
    const c = text4[i];
    if (c === "{") {
      i++;
      skipWs();
      const frame = { at: at4, entries: /* @__PURE__ */ new Map() };
      stack.push(frame);
      if (text4[i] !== "}") {
        readKey(frame);
        continue;
      }
    } else if (c === "[") {
      i++;
      skipWs();
      stack.push({ at: at4, items: [] });
      if (text4[i] !== "]") continue;
    } else {
      let value;
      if (c === '"') value = readString();
      else if (text4.startsWith("true", i)) value = true, i += 4;
      else if (text4.startsWith("false", i)) value = false, i += 5;
      else if (text4.startsWith("null", i)) value = null, i += 4;
      else {
        JSON_NUMBER.lastIndex = i;
        const m = JSON_NUMBER.exec(text4);
        if (m === null) return bad();
        i += m[0].length;
        const num2 = Number(m[0]);
        value = Number.isFinite(num2) ? num2 : m[0];
      }
      put({ kind: "scalar", value, at: at4 });
    }
    for (; ; ) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (i < n) bad();
        if (duplicates.length > 0) throw duplicateKeys(duplicates, file, pos);
        return { root, position: pos };
      }
      const close = top.items !== void 0 ? "]" : "}";
      if (text4[i] === close) {
        stack.pop();
        i++;
        put(top.items !== void 0 ? { kind: "seq", items: top.items, at: top.at } : longForm({ kind: "map", entries: top.entries, at: top.at }));
        continue;
      }
      if (text4[i] !== ",") bad();
      i++;
      if (top.entries !== void 0) readKey(top);
      break;
    }
  }
}
function jsonTemplateTree(json, text4, file) {
  const paired = pairedJsonTree(json, text4);
  if (paired === void 0) return parseJsonTemplateText(text4, file);
  return { root: paired.root, position: lineIndex(text4, new LineStarts(text4, paired.lines)) };
}
function pairedJsonTree(json, text4) {
  const found = jsonOffsets(text4);
  if (found === void 0) return void 0;
  const { offsets, lines } = found;
  const walk2 = new JsonWalk(offsets.items, text4);
  const root = walk2.node(json);
  return walk2.next === offsets.count && !walk2.reordered ? { root, lines } : void 0;
}
function jsonOffsets(text4) {
  const n = text4.length;
  const offsets = new OffsetList(n >> 4);
  const lines = new OffsetList(n >> 4);
  lines.push(0);
  let depth = 0;
  for (let i = text4.charCodeAt(0) === 65279 ? 1 : 0; i < n; i++) {
    const c = text4.charCodeAt(i);
    switch (c) {
      case 10:
        lines.push(i + 1);
        break;
      case 32:
      // other white space, `:` and `,`
      case 13:
      case 9:
      case 58:
      case 44:
        break;
      case 123:
      // { [
      case 91:
        if (depth >= MAX_DEPTH) return void 0;
        offsets.push(i);
        depth++;
        break;
      case 125:
      // } ]
      case 93:
        depth--;
        break;
      case 34: {
        offsets.push(i);
        const end = closingQuote(text4, i);
        if (end < 0) return void 0;
        i = end;
        break;
      }
      default: {
        offsets.push(i);
        for (; ; ) {
          const d = text4.charCodeAt(i + 1);
          if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || i + 1 >= n) break;
          i++;
        }
      }
    }
  }
  return { offsets, lines };
}
function closingQuote(text4, open) {
  let end = text4.indexOf('"', open + 1);
  while (end >= 0) {
    let slashes = 0;
    for (let k = end - 1; text4.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 0) return end;
    end = text4.indexOf('"', end + 1);
  }
  return -1;
}
var JsonWalk = class {
  constructor(offsets, text4) {
    this.offsets = offsets;
    this.text = text4;
  }
  offsets;
  text;
  /** The index of the next offset to take. */
  next = 0;
  /** A mapping had a key that starts with a digit: an integer key, which objects list first. */
  reordered = false;
  node(v) {
    const at4 = this.offsets[this.next++];
    if (typeof v !== "object" || v === null) {
      if (typeof v === "number" && !Number.isFinite(v)) return { kind: "scalar", value: this.numberText(at4), at: at4 };
      return { kind: "scalar", value: v, at: at4 };
    }
    if (Array.isArray(v)) {
      const items = [];
      for (let i = 0; i < v.length; i++) items.push(this.node(v[i]));
      return { kind: "seq", items, at: at4 };
    }
    const o = v;
    const keys = Object.keys(o);
    if (keys.length === 1 && isFunctionName(keys[0])) {
      this.next++;
      return { kind: "fn", name: keys[0], arg: this.node(o[keys[0]]), at: at4 };
    }
    const entries2 = /* @__PURE__ */ new Map();
    for (const k of keys) {
      const first = k.charCodeAt(0);
      if (first >= 48 && first <= 57) this.reordered = true;
      const keyAt = this.offsets[this.next++];
      entries2.set(k, { value: this.node(o[k]), keyAt });
    }
    return { kind: "map", entries: entries2, at: at4 };
  }
  numberText(at4) {
    JSON_NUMBER.lastIndex = at4;
    return JSON_NUMBER.exec(this.text)?.[0] ?? "";
  }
};
function isStackOverflow(error) {
  return error instanceof RangeError || error instanceof Error && /Maximum call stack size exceeded/.test(error.message);
}
function deepOffset(text4, limit) {
  const n = text4.length;
  const levels = limit + 1;
  const indents = [];
  let flow = 0;
  let i = 0;
  let lineStart = 0;
  let atLineStart = true;
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      lineStart = i;
      if (flow === 0) {
        let j = i;
        while (text4[j] === " ") j++;
        const c2 = text4[j];
        if (c2 !== "\n" && c2 !== "\r" && c2 !== "#" && j < n) {
          while (indents.length > 0 && indents[indents.length - 1] >= j - lineStart) indents.pop();
          indents.push(j - lineStart);
          if (indents.length > levels) return j;
          while (text4[j] === "-" && text4[j + 1] === " ") {
            j += 2;
            while (text4[j] === " ") j++;
            indents.push(j - lineStart);
            if (indents.length > levels) return j;
          }
        }
        i = j;
        continue;
      }
    }
    const c = text4[i];
    if (c === "\n") {
      atLineStart = true;
      i++;
    } else if (c === '"') {
      for (i++; i < n && text4[i] !== '"'; i++) if (text4[i] === "\\") i++;
      i++;
    } else if (c === "'" && (i === lineStart || /[\s[{,:-]/.test(text4[i - 1]))) {
      for (i++; i < n; i++) {
        if (text4[i] === "'") {
          if (text4[i + 1] !== "'") break;
          i++;
        }
      }
      i++;
    } else if (c === "#" && (i === lineStart || /\s/.test(text4[i - 1]))) {
      while (i < n && text4[i] !== "\n") i++;
    } else {
      if (c === "[" || c === "{") {
        flow++;
        if (indents.length + flow > levels) return i;
      } else if ((c === "]" || c === "}") && flow > 0) {
        flow--;
      }
      i++;
    }
  }
  return void 0;
}
function language(text4) {
  return /^\uFEFF?\s*[[{]/.test(text4) ? "JSON" : "YAML";
}
var Walker = class {
  constructor(doc, file, pos) {
    this.doc = doc;
    this.file = file;
    this.pos = pos;
    const { isAlias, isMap, isScalar, isSeq } = yamlLib();
    this.isAlias = isAlias;
    this.isMap = isMap;
    this.isScalar = isScalar;
    this.isSeq = isSeq;
  }
  doc;
  file;
  pos;
  /** Converted anchored nodes, so an alias shares the converted subtree instead of copying it. */
  done = /* @__PURE__ */ new Map();
  /** Anchored nodes being converted: an alias to one of them is a cycle. */
  open = /* @__PURE__ */ new Set();
  sawAlias = false;
  // The `yaml` package's node tests, kept here rather than looked up on the module for every node.
  isAlias;
  isMap;
  isScalar;
  isSeq;
  /** Keys written twice in one mapping, in document order (the second occurrence). */
  duplicates = [];
  /**
   * One string per text, for keys and string values (`shared`). A template writes the same keys
   * and names thousands of times (`Type`, `Properties`, a logical ID in every `Ref` to it), and
   * `yaml` makes a string of each occurrence: sharing one makes equal strings identical, so the
   * evaluator's Map lookups (a `Ref` in `Resources`, a property by name) match them by identity
   * instead of comparing characters, and the tree keeps one copy of each text. Per parse: nothing
   * is kept across templates.
   */
  strings = /* @__PURE__ */ new Map();
  fail(message, offset) {
    throw new ParseError(message, { file: this.file, ...this.pos(offset) });
  }
  node(n, depth) {
    if (depth > MAX_DEPTH) this.fail(`the document is nested more than ${MAX_DEPTH} levels deep`, offsetOf(n));
    if (this.isAlias(n)) {
      this.sawAlias = true;
      const target2 = n.resolve(this.doc);
      if (target2 === void 0) this.fail(`alias *${n.source} has no anchor before it`, offsetOf(n));
      const converted = this.done.get(target2);
      if (converted !== void 0) return converted;
      if (this.open.has(target2)) this.fail(`alias *${n.source} refers to a node that contains it`, offsetOf(n));
      return this.node(target2, depth + 1);
    }
    const yamlNode = n;
    const anchored = yamlNode.anchor !== void 0;
    const cached = anchored ? this.done.get(yamlNode) : void 0;
    if (cached !== void 0) return cached;
    const at4 = offsetOf(n);
    if (anchored) this.open.add(yamlNode);
    let out;
    if (this.isScalar(n)) {
      const v = n.value;
      const value = typeof v === "string" ? this.shared(v) : typeof v === "number" || typeof v === "boolean" || v === null ? v : v === void 0 ? null : String(v);
      out = { kind: "scalar", value: typeof value === "number" && !Number.isFinite(value) ? String(n.source ?? value) : value, at: at4 };
    } else if (this.isSeq(n)) {
      const items = [];
      for (let i = 0; i < n.items.length; i++) {
        const item = n.items[i];
        items.push(item === null ? { kind: "scalar", value: null, at: at4 } : this.node(item, depth + 1));
      }
      out = { kind: "seq", items, at: at4 };
    } else if (this.isMap(n)) {
      const entries2 = /* @__PURE__ */ new Map();
      let firstKey;
      let firstValue;
      for (let i = 0; i < n.items.length; i++) {
        const pair = n.items[i];
        const keyNode = pair.key;
        const key = this.keyString(keyNode);
        if (key === void 0) continue;
        const keyAt = keyNode === null || keyNode === void 0 ? at4 : offsetOf(keyNode);
        if (entries2.has(key)) {
          this.duplicates.push({ key, at: keyAt });
          continue;
        }
        const value = pair.value === null || pair.value === void 0 ? { kind: "scalar", value: null, at: keyAt } : this.node(pair.value, depth + 1);
        entries2.set(key, { value, keyAt });
        if (firstKey === void 0) {
          firstKey = key;
          firstValue = value;
        }
      }
      out = entries2.size === 1 && isFunctionName(firstKey) ? { kind: "fn", name: firstKey, arg: firstValue, at: at4 } : { kind: "map", entries: entries2, at: at4 };
    } else {
      out = { kind: "scalar", value: null, at: at4 };
    }
    const tag = yamlNode.tag;
    const fn = tag === void 0 ? void 0 : LONG_NAME.get(tag);
    if (fn !== void 0) out = { kind: "fn", name: fn, arg: out, at: at4 };
    if (anchored) {
      this.open.delete(yamlNode);
      this.done.set(yamlNode, out);
    }
    return out;
  }
  /** A mapping key as text: scalars by their value; a mapping or sequence used as a key is skipped. */
  keyString(key) {
    if (key === null || key === void 0) return "null";
    if (this.isScalar(key)) {
      const v = key.value;
      return v === null ? "null" : typeof v === "string" ? this.shared(v) : String(v);
    }
    return void 0;
  }
  /** The string kept for this text: the first one seen with it. */
  shared(s) {
    const kept = this.strings.get(s);
    if (kept !== void 0) return kept;
    this.strings.set(s, s);
    return s;
  }
};
function longForm(map) {
  if (map.entries.size !== 1) return map;
  const [name, entry] = map.entries.entries().next().value;
  if (isFunctionName(name)) return { kind: "fn", name, arg: entry.value, at: map.at };
  return map;
}
function isFunctionName(key) {
  return key === "Ref" || key.startsWith("Fn::");
}
function offsetOf(n) {
  const range = n?.range;
  return range?.[0] ?? 0;
}

// src/parse/cloudformation/template.ts
function mentionsTemplate(text4) {
  return text4.includes("AWSTemplateFormatVersion") || text4.includes("Resources") && text4.includes("AWS::");
}
var EMPTY = /* @__PURE__ */ new Map();
function entries(node) {
  return node?.kind === "map" ? node.entries : void 0;
}
function scalarText(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function isTemplateRoot(root) {
  if (root.kind !== "map") return false;
  if (root.entries.has("AWSTemplateFormatVersion")) return true;
  const resources = entries(root.entries.get("Resources")?.value);
  if (resources === void 0) return false;
  for (const { value } of resources.values()) {
    if (scalarText(entries(value)?.get("Type")?.value)?.startsWith("AWS::")) return true;
  }
  return false;
}
var MAX_TEMPLATE_SIZE = 5e6;
function tooLarge(text4, file) {
  const count2 = (n) => n.toLocaleString("en-US");
  return new ParseError(
    `this file has ${count2(text4.length)} characters, more than the ${count2(MAX_TEMPLATE_SIZE)} vpclint reads as a CloudFormation template (CloudFormation accepts templates of up to 1 MB)`,
    { file, line: 1, column: 1, hint: "If it is not a template, leave it out of the paths linted (or exclude it in the configuration file)." }
  );
}
function looksLikeJson(text4) {
  return /^\uFEFF?\s*[[{]/.test(text4);
}
function readTemplate(text4, file) {
  if (!mentionsTemplate(text4)) return void 0;
  if (looksLikeJson(text4)) {
    let json;
    let parsed = false;
    try {
      json = JSON.parse(text4.charCodeAt(0) === 65279 ? text4.slice(1) : text4);
      parsed = true;
    } catch {
    }
    if (parsed) return readJsonTemplate(json, text4, file);
  }
  if (text4.length > MAX_TEMPLATE_SIZE) {
    if (!/^["']?(?:AWSTemplateFormatVersion|Resources)["']?[ \t]*:/m.test(text4)) return void 0;
    throw tooLarge(text4, file);
  }
  const { root, position } = parseTemplateText(text4, file);
  return fromTree(root, position, text4, file);
}
function readJsonTemplate(json, text4, file) {
  if (!mentionsTemplate(text4)) return void 0;
  if (isPlainObject(json) ? !isFunction(json) && !isTemplateJson(json) : !text4.includes("AWSTemplateFormatVersion")) return void 0;
  if (text4.length > MAX_TEMPLATE_SIZE) throw tooLarge(text4, file);
  const { root, position } = jsonTemplateTree(json, text4, file);
  return fromTree(root, position, text4, file);
}
function isPlainObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function isFunction(o) {
  const keys = Object.keys(o);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::"));
}
function ownValue(o, key) {
  return Object.hasOwn(o, key) ? o[key] : void 0;
}
function isTemplateJson(root) {
  if (Object.hasOwn(root, "AWSTemplateFormatVersion")) return true;
  const resources = ownValue(root, "Resources");
  if (!isPlainObject(resources) || isFunction(resources)) return false;
  for (const key of Object.keys(resources)) {
    const resource = resources[key];
    if (!isPlainObject(resource) || isFunction(resource)) continue;
    const type = ownValue(resource, "Type");
    if (typeof type === "string" && type.startsWith("AWS::")) return true;
  }
  return false;
}
function fromTree(root, position, text4, file) {
  const declared = text4.includes("AWSTemplateFormatVersion");
  if (root.kind !== "map") {
    if (!declared) return void 0;
    throw new ParseError(`a CloudFormation template must be a mapping at its root, not ${kindName(root)}`, {
      file,
      ...position(root.at)
    });
  }
  if (!isTemplateRoot(root)) return void 0;
  const resourcesEntry = root.entries.get("Resources");
  if (resourcesEntry !== void 0 && resourcesEntry.value.kind !== "map" && !isNull(resourcesEntry.value)) {
    throw new ParseError(`Resources must be a mapping of logical IDs to resources, not ${kindName(resourcesEntry.value)}`, {
      file,
      ...position(resourcesEntry.keyAt)
    });
  }
  const template = new TemplateReader(root, file, position).read();
  return /\.json$/i.test(file) ? template : { ...template, comments: new FileComments(file, text4, "yaml") };
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null;
}
function kindName(node) {
  switch (node.kind) {
    case "map":
      return "a mapping";
    case "seq":
      return "a list";
    case "fn":
      return `an intrinsic function (${node.name ?? ""})`;
    case "scalar":
      return node.value === null ? "empty" : typeof node.value === "string" ? "a string" : `a ${typeof node.value}`;
    case "unknown":
      return "an unknown value";
    default:
      return "no value";
  }
}
var TemplateReader = class {
  constructor(root, file, position) {
    this.root = root;
    this.file = file;
    this.position = position;
  }
  root;
  file;
  position;
  problems = [];
  problem(message, offset) {
    this.problems.push({ file: this.file, ...this.position(offset), message });
  }
  /** A section that must be a mapping; anything else is a problem and reads as empty. */
  section(name) {
    const entry = this.root.entries.get(name);
    if (entry === void 0 || isNull(entry.value)) return EMPTY;
    if (entry.value.kind === "map") return entry.value.entries;
    this.problem(`${name} must be a mapping, not ${kindName(entry.value)}; it is ignored`, entry.keyAt);
    return EMPTY;
  }
  read() {
    const parameters = /* @__PURE__ */ new Map();
    for (const [name, { value, keyAt }] of this.section("Parameters")) {
      const fields = entries(value);
      if (fields === void 0) {
        this.problem(`parameter ${name} must be a mapping with a Type, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      const type = scalarText(fields.get("Type")?.value);
      if (type === void 0) this.problem(`parameter ${name} has no Type; it is read as a String`, keyAt);
      const def = fields.get("Default")?.value;
      parameters.set(name, def === void 0 || isNull(def) ? { name, type: type ?? "String", keyAt } : { name, type: type ?? "String", default: def, keyAt });
    }
    const resources = /* @__PURE__ */ new Map();
    for (const [logicalId, { value, keyAt }] of this.section("Resources")) {
      const fields = entries(value);
      if (fields === void 0) {
        this.problem(`resource ${logicalId} must be a mapping with a Type, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      const typeEntry = fields.get("Type");
      const type = scalarText(typeEntry?.value);
      if (type === void 0) {
        this.problem(`resource ${logicalId} has no Type (a string such as AWS::EC2::VPC); it is ignored`, typeEntry?.keyAt ?? keyAt);
        continue;
      }
      if (parameters.has(logicalId)) {
        this.problem(`resource ${logicalId} has the name of a parameter; logical IDs must be unique, so the resource is ignored`, keyAt);
        continue;
      }
      const decl = { logicalId, index: resources.size, type, keyAt };
      const condition = fields.get("Condition");
      if (condition !== void 0) {
        const name = scalarText(condition.value);
        if (name === void 0) this.problem(`the Condition of resource ${logicalId} must be a condition name`, condition.keyAt);
        else decl.condition = name;
      }
      const metadata = fields.get("Metadata");
      if (metadata !== void 0 && !isNull(metadata.value)) decl.metadata = metadata.value;
      const props = fields.get("Properties");
      if (props !== void 0 && !isNull(props.value)) {
        if (props.value.kind === "seq" || props.value.kind === "scalar") {
          this.problem(`Properties of resource ${logicalId} must be a mapping, not ${kindName(props.value)}; they are ignored`, props.keyAt);
        } else {
          decl.properties = props.value;
          decl.propertiesAt = props.keyAt;
        }
      }
      resources.set(logicalId, decl);
    }
    const outputs = /* @__PURE__ */ new Map();
    for (const [name, { value, keyAt }] of this.section("Outputs")) {
      const fields = entries(value);
      if (fields === void 0) {
        this.problem(`output ${name} must be a mapping with a Value, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      let decl = { name, keyAt };
      const v = fields.get("Value")?.value;
      if (v !== void 0) decl = { ...decl, value: v };
      const exp = entries(fields.get("Export")?.value)?.get("Name")?.value;
      if (exp !== void 0) decl = { ...decl, exportName: exp };
      const condition = scalarText(fields.get("Condition")?.value);
      if (condition !== void 0) decl = { ...decl, condition };
      outputs.set(name, decl);
    }
    const file = this.file;
    const position = this.position;
    return {
      file,
      parameters,
      mappings: this.section("Mappings"),
      conditions: this.section("Conditions"),
      resources,
      outputs,
      problems: this.problems,
      locate: (offset) => {
        const { line, column } = position(offset);
        return { file, line, column };
      }
    };
  }
};

// src/parse/cloudformation/evaluate.ts
var NO_VALUE = Object.freeze({ kind: "novalue" });
var MAX_DEPTH2 = 100;
var MAX_CHAIN = 100;
var NO_REFS = Object.freeze([]);
var NO_ATTRIBUTE = Object.freeze([]);
var TRUE2 = Object.freeze({ known: true, value: true });
var FALSE2 = Object.freeze({ known: true, value: false });
var decided = (b) => b ? TRUE2 : FALSE2;
var DEPLOY_TIME = "not known before deployment";
function unknownValue(reason, at4, refs = NO_REFS) {
  return { kind: "unknown", reason, refs, at: at4 };
}
function scalar(value, at4) {
  return { kind: "scalar", value, at: at4 };
}
function relocate(v, at4) {
  if (v.kind === "novalue" || v.at === at4) return v;
  switch (v.kind) {
    case "scalar":
      return { kind: "scalar", value: v.value, at: at4 };
    case "seq":
      return { kind: "seq", items: v.items, at: at4 };
    case "map":
      return { kind: "map", entries: v.entries, at: at4 };
    case "unknown":
      return { kind: "unknown", reason: v.reason, refs: v.refs, at: at4 };
  }
}
function mergeRefs(values) {
  if (values.length === 1) return values[0].refs;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const v of values) {
    for (const r of v.refs) {
      const key = `${r.file ?? ""}\0${r.address}\0${r.attribute.join(".")}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out;
}
function text(v) {
  return v.value === null ? "" : String(v.value);
}
var SELF = { kind: "self" };
var property = (name, absent) => ({ kind: "property", name, absent });
var ATTRIBUTES = /* @__PURE__ */ new Map([
  [
    "AWS::EC2::VPC",
    /* @__PURE__ */ new Map([
      ["VpcId", SELF],
      ["CidrBlock", property("CidrBlock", "its CidrBlock is not set (an IPAM pool allocates it at deploy time)")],
      ["Ipv6CidrBlocks", { kind: "vpc-ipv6" }]
    ])
  ],
  [
    "AWS::EC2::Subnet",
    /* @__PURE__ */ new Map([
      ["SubnetId", SELF],
      ["CidrBlock", property("CidrBlock", "its CidrBlock is not set")],
      ["VpcId", property("VpcId", "its VpcId is not set")],
      ["Ipv6CidrBlocks", { kind: "subnet-ipv6" }]
    ])
  ],
  [
    "AWS::EC2::SecurityGroup",
    /* @__PURE__ */ new Map([
      ["GroupId", SELF],
      ["VpcId", property("VpcId", "it has no VpcId, so it is in the default VPC of the region")]
    ])
  ],
  ["AWS::EC2::VPCPeeringConnection", /* @__PURE__ */ new Map([["Id", SELF]])],
  ["AWS::EC2::RouteTable", /* @__PURE__ */ new Map([["RouteTableId", SELF]])],
  ["AWS::EC2::NetworkAcl", /* @__PURE__ */ new Map([["Id", SELF]])],
  [
    "AWS::EC2::VPCCidrBlock",
    /* @__PURE__ */ new Map([["Ipv6CidrBlock", property("Ipv6CidrBlock", "it has no literal Ipv6CidrBlock")]])
  ]
]);
function isListType(type) {
  return type === "CommaDelimitedList" || type.startsWith("List<");
}
var EMPTY_MAP = Object.freeze({ kind: "map", entries: /* @__PURE__ */ new Map(), at: 0 });
var Evaluator = class {
  constructor(template, inputs) {
    this.template = template;
    this.inputs = inputs;
    this.props = new Array(template.resources.size).fill(void 0);
    this.ids = new Array(template.resources.size).fill(void 0);
  }
  template;
  inputs;
  params = /* @__PURE__ */ new Map();
  conditions = /* @__PURE__ */ new Map();
  /** Each resource's evaluated properties, by its `index` (filled in as they are read). */
  props;
  outputs = /* @__PURE__ */ new Map();
  /**
   * Fn::Cidr results by their arguments (ipBlock, then count, then cidrBits; keyed by the values
   * themselves, so `"6"` and `6` are apart): templates carve every subnet from the same few blocks.
   */
  cidrs = /* @__PURE__ */ new Map();
  /** Resources whose properties are being evaluated right now (a chain of `Fn::GetAtt`). */
  chain = 0;
  /** The reason and reference of each resource's unknown ID (`resourceId`), made once. */
  ids;
  /** IPv6 association resources by the logical ID of their VPC (built on first use). */
  ipv6Associations;
  /** A value given on the command line (a parameter or pseudo parameter), if any. */
  given(name) {
    return this.inputs.parameters.get(name);
  }
  // ---- existence and conditions
  /** Does the resource exist: no Condition, or one that is true? Unknown when its condition is. */
  exists(resource) {
    return resource.condition === void 0 ? TRUE2 : this.condition(resource.condition);
  }
  /** A named condition of the Conditions section. */
  condition(name) {
    const memo2 = this.conditions.get(name);
    if (memo2 === "pending") return { known: false, reason: `condition ${name} refers to itself` };
    if (memo2 !== void 0) return memo2;
    const decl = this.template.conditions.get(name);
    if (decl === void 0) {
      const d2 = { known: false, reason: `condition ${name} is not defined in Conditions` };
      this.conditions.set(name, d2);
      return d2;
    }
    this.conditions.set(name, "pending");
    const inner = this.decide(decl.value, 0);
    const d = inner.known ? inner : { known: false, reason: `condition ${name} cannot be decided: ${inner.reason}` };
    this.conditions.set(name, d);
    return d;
  }
  /** Evaluates a condition expression (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`). */
  decide(node, depth) {
    if (depth > MAX_DEPTH2) return { known: false, reason: "the condition is nested too deeply" };
    if (node.kind === "map" && node.entries.size === 1) {
      const only = node.entries.get("Condition");
      if (only !== void 0) return this.conditionRef(only.value);
    }
    if (node.kind === "scalar") {
      if (node.value === true || node.value === "true") return TRUE2;
      if (node.value === false || node.value === "false") return FALSE2;
      return { known: false, reason: `${JSON.stringify(node.value)} is not a condition` };
    }
    if (node.kind !== "fn") return { known: false, reason: `a condition must be a condition function, not ${kindName(node)}` };
    const args = node.arg.kind === "seq" ? node.arg.items : void 0;
    switch (node.name) {
      case "Condition":
        return this.conditionRef(node.arg);
      case "Fn::Equals": {
        if (args?.length !== 2) return { known: false, reason: "Fn::Equals needs a list of two values" };
        const a = this.value(args[0], depth + 1, "a value of Fn::Equals");
        const b = this.value(args[1], depth + 1, "a value of Fn::Equals");
        if (a.kind === "unknown") return { known: false, reason: a.reason };
        if (b.kind === "unknown") return { known: false, reason: b.reason };
        return decided(sameValue(a, b));
      }
      case "Fn::Not": {
        if (args?.length !== 1) return { known: false, reason: "Fn::Not needs a list of one condition" };
        const inner = this.decide(args[0], depth + 1);
        return inner.known ? decided(!inner.value) : inner;
      }
      case "Fn::And":
      case "Fn::Or": {
        if (args === void 0 || args.length === 0) return { known: false, reason: `${node.name} needs a list of conditions` };
        const decisive = node.name === "Fn::Or";
        let open;
        for (const arg of args) {
          const d = this.decide(arg, depth + 1);
          if (d.known && d.value === decisive) return decided(decisive);
          if (!d.known) open ??= d;
        }
        return open ?? decided(!decisive);
      }
      default: {
        const v = this.evaluate(node, depth + 1);
        if (v.kind === "unknown") return { known: false, reason: v.reason };
        if (v.kind === "scalar" && (v.value === true || v.value === "true")) return TRUE2;
        if (v.kind === "scalar" && (v.value === false || v.value === "false")) return FALSE2;
        return { known: false, reason: `${node.name} does not give a condition` };
      }
    }
  }
  conditionRef(arg) {
    if (arg.kind !== "scalar" || typeof arg.value !== "string") return { known: false, reason: "Condition takes a condition name" };
    return this.condition(arg.value);
  }
  // ---- resources and outputs
  /**
   * The evaluated `Properties` of a resource: a mapping (empty when none are written), or an
   * unknown value when they cannot be evaluated as a whole (`Properties: !If [...]` on an
   * unknown condition).
   */
  properties(resource) {
    const memo2 = this.props[resource.index];
    if (memo2 === "pending") return unknownValue(`the properties of ${resource.logicalId} refer to themselves`, resource.keyAt);
    if (memo2 !== void 0) return memo2;
    if (resource.properties === void 0) return EMPTY_MAP;
    if (this.chain >= MAX_CHAIN) {
      return unknownValue(`${resource.logicalId} is reached through more than ${MAX_CHAIN} Fn::GetAtt references in a row`, resource.keyAt);
    }
    this.props[resource.index] = "pending";
    this.chain++;
    let v;
    try {
      v = this.evaluate(resource.properties, 0);
    } finally {
      this.chain--;
    }
    let out;
    if (v.kind === "novalue") out = EMPTY_MAP;
    else if (v.kind === "map" || v.kind === "unknown") out = v;
    else out = unknownValue(`the Properties of ${resource.logicalId} are ${kindName(v)}, not a mapping`, v.at);
    this.props[resource.index] = out;
    return out;
  }
  /** An output's value (for an export). */
  output(decl, at4) {
    const memo2 = this.outputs.get(decl.name);
    if (memo2 === "pending") return unknownValue(`output ${decl.name} of ${this.template.file} refers to itself`, at4);
    if (memo2 !== void 0) return memo2;
    this.outputs.set(decl.name, "pending");
    let v;
    if (decl.value === void 0) v = unknownValue(`output ${decl.name} of ${this.template.file} has no Value`, decl.keyAt);
    else {
      const r = this.evaluate(decl.value, 0);
      v = r.kind === "novalue" ? unknownValue(`output ${decl.name} of ${this.template.file} has no value`, decl.keyAt) : r;
    }
    this.outputs.set(decl.name, v);
    return v;
  }
  // ---- values
  /** Evaluates a node: data stays as it is, functions are applied, `AWS::NoValue` removes. */
  evaluate(node, depth) {
    switch (node.kind) {
      case "scalar":
        return node;
      case "seq": {
        let items;
        for (let i = 0; i < node.items.length; i++) {
          const item = node.items[i];
          const v = item.kind === "scalar" ? item : this.evaluate(item, depth + 1);
          if (items === void 0 && v !== item) items = node.items.slice(0, i);
          if (items !== void 0 && v.kind !== "novalue") items.push(v);
        }
        return items === void 0 ? node : { kind: "seq", items, at: node.at };
      }
      case "map": {
        let entries2;
        let i = 0;
        for (const [key, entry] of node.entries) {
          const v = entry.value.kind === "scalar" ? entry.value : this.evaluate(entry.value, depth + 1);
          if (entries2 === void 0 && v !== entry.value) {
            entries2 = /* @__PURE__ */ new Map();
            let j = 0;
            for (const [k, e] of node.entries) {
              if (j++ >= i) break;
              entries2.set(k, e);
            }
          }
          if (entries2 !== void 0 && v.kind !== "novalue") entries2.set(key, v === entry.value ? entry : { value: v, keyAt: entry.keyAt });
          i++;
        }
        return entries2 === void 0 ? node : { kind: "map", entries: entries2, at: node.at };
      }
      case "fn":
        if (depth > MAX_DEPTH2) return unknownValue(`${node.name} is nested too deeply to evaluate`, node.at);
        return this.fn(node, depth);
    }
  }
  /** Evaluates to a value; `AWS::NoValue` where a value is needed is unknown. */
  value(node, depth, what) {
    const v = this.evaluate(node, depth);
    return v.kind === "novalue" ? unknownValue(`${what} is AWS::NoValue`, node.at) : v;
  }
  fn(node, depth) {
    switch (node.name) {
      case "Ref":
        return this.ref(node);
      case "Fn::GetAtt":
        return this.getAtt(node, depth);
      case "Fn::Sub":
        return this.sub(node, depth);
      case "Fn::Join":
        return this.join(node, depth);
      case "Fn::Select":
        return this.select(node, depth);
      case "Fn::Split":
        return this.split(node, depth);
      case "Fn::If":
        return this.ifFn(node, depth);
      case "Fn::FindInMap":
        return this.findInMap(node, depth);
      case "Fn::ImportValue":
        return this.importValue(node, depth);
      case "Fn::Base64": {
        const v = this.value(node.arg, depth + 1, "the argument of Fn::Base64");
        if (v.kind === "unknown") return { ...v, at: node.at };
        if (v.kind !== "scalar") return unknownValue(`Fn::Base64 needs a string, not ${kindName(v)}`, node.at);
        return scalar(Buffer.from(text(v), "utf8").toString("base64"), node.at);
      }
      case "Fn::Cidr":
        return this.cidr(node, depth);
      case "Fn::GetAZs":
        return unknownValue(`the Availability Zones of a region are ${DEPLOY_TIME}`, node.at);
      case "Fn::Equals":
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not":
      case "Condition": {
        const d = this.decide(node, depth + 1);
        return d.known ? scalar(d.value, node.at) : unknownValue(d.reason, node.at);
      }
      case "Fn::Transform":
        return unknownValue("Fn::Transform runs a macro at deploy time; vpclint does not expand macros", node.at);
      default:
        return unknownValue(`${node.name} is not evaluated by vpclint`, node.at);
    }
  }
  args(node, min, max, usage2) {
    const arg = node.arg;
    if (arg.kind !== "seq" || arg.items.length < min || arg.items.length > max) {
      return unknownValue(`${node.name} needs ${usage2}, not ${arg.kind === "seq" ? `a list of ${arg.items.length}` : kindName(arg)}`, node.at);
    }
    return arg.items;
  }
  ref(node) {
    const arg = node.arg;
    if (arg.kind !== "scalar" || typeof arg.value !== "string") {
      return unknownValue(`Ref takes the name of a parameter or resource, not ${kindName(arg)}`, node.at);
    }
    return this.refName(arg.value, node.at);
  }
  /** `Ref name`: a pseudo parameter, a parameter's value, or a resource's ID. */
  refName(name, at4) {
    if (name === "AWS::NoValue") return NO_VALUE;
    const param = this.template.parameters.get(name);
    if (param !== void 0) return relocate(this.parameter(param), at4);
    const resource = this.template.resources.get(name);
    if (resource !== void 0) return this.resourceId(resource, NO_ATTRIBUTE, at4);
    if (name.startsWith("AWS::")) return this.pseudo(name, at4);
    return unknownValue(`${name} is not a parameter or resource of ${this.template.file}`, at4);
  }
  pseudo(name, at4) {
    const given2 = this.inputs.parameters.get(name);
    if (given2 !== void 0) {
      if (name === "AWS::NotificationARNs") return { kind: "seq", items: splitList(given2, at4), at: at4 };
      return scalar(given2, at4);
    }
    return unknownValue(`pseudo parameter ${name} is ${DEPLOY_TIME} (give it with --parameter ${name}=…)`, at4);
  }
  /** A parameter's value: given on the command line, else its Default; typed by its Type. */
  parameter(decl) {
    let v = this.params.get(decl.name);
    if (v !== void 0) return v;
    const given2 = this.inputs.parameters.get(decl.name);
    if (decl.type.startsWith("AWS::SSM::Parameter::Value<")) {
      v = unknownValue(`parameter ${decl.name} is read from SSM Parameter Store at deploy time`, decl.keyAt);
    } else if (given2 !== void 0) {
      v = isListType(decl.type) ? { kind: "seq", items: splitList(given2, decl.keyAt), at: decl.keyAt } : scalar(given2, decl.keyAt);
    } else if (decl.default !== void 0) {
      const d = decl.default;
      if (d.kind === "scalar") {
        v = isListType(decl.type) ? { kind: "seq", items: splitList(text(d), d.at), at: d.at } : d;
      } else if (d.kind === "seq" && d.items.every((i) => i.kind === "scalar")) {
        v = d;
      } else {
        v = unknownValue(`the Default of parameter ${decl.name} is ${kindName(d)}, not a value`, d.at);
      }
    } else {
      v = unknownValue(`parameter ${decl.name} has no Default and is not given with --parameter`, decl.keyAt, [
        { address: decl.name, attribute: [] }
      ]);
    }
    this.params.set(decl.name, v);
    return v;
  }
  /** The ID (or another attribute) of a resource: unknown until deployment, linked to it. */
  resourceId(resource, attribute2, at4) {
    const exists2 = this.exists(resource);
    if (exists2.known && !exists2.value) {
      return unknownValue(`${resource.logicalId} is not created: its condition ${resource.condition ?? ""} is false`, at4);
    }
    if (attribute2.length === 0) {
      let id = this.ids[resource.index];
      if (id === void 0) {
        id = { reason: `${DEPLOY_TIME} (the ID of ${resource.logicalId})`, refs: Object.freeze([Object.freeze({ address: resource.logicalId, attribute: NO_ATTRIBUTE })]) };
        this.ids[resource.index] = id;
      }
      return unknownValue(id.reason, at4, id.refs);
    }
    return unknownValue(`${DEPLOY_TIME} (${resource.logicalId}.${attribute2.join(".")})`, at4, [{ address: resource.logicalId, attribute: attribute2 }]);
  }
  getAtt(node, depth) {
    let id;
    let attr;
    const arg = node.arg;
    if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      if (dot <= 0) return unknownValue(`Fn::GetAtt needs Resource.Attribute, not ${JSON.stringify(arg.value)}`, node.at);
      id = arg.value.slice(0, dot);
      attr = scalar(arg.value.slice(dot + 1), arg.at);
    } else {
      const args = this.args(node, 2, 2, "a list of a resource name and an attribute name");
      if (!Array.isArray(args)) return args;
      const first = args[0];
      if (first.kind !== "scalar" || typeof first.value !== "string") {
        return unknownValue(`Fn::GetAtt needs a resource name, not ${kindName(first)}`, node.at);
      }
      id = first.value;
      attr = this.value(args[1], depth + 1, "the attribute name of Fn::GetAtt");
    }
    if (attr.kind === "unknown") return { ...attr, at: node.at };
    if (attr.kind !== "scalar" || typeof attr.value !== "string") {
      return unknownValue(`Fn::GetAtt needs an attribute name, not ${kindName(attr)}`, node.at);
    }
    const resource = this.template.resources.get(id);
    if (resource === void 0) return unknownValue(`Fn::GetAtt names ${id}, which is not a resource of ${this.template.file}`, node.at);
    return this.attribute(resource, attr.value, node.at);
  }
  /** `Fn::GetAtt resource.name`: resolved where the template says it, else unknown and linked. */
  attribute(resource, name, at4) {
    const rule = ATTRIBUTES.get(resource.type)?.get(name);
    if (rule === void 0 || rule.kind === "self") {
      return this.resourceId(resource, rule === void 0 ? name.split(".") : NO_ATTRIBUTE, at4);
    }
    const exists2 = this.exists(resource);
    if (exists2.known && !exists2.value) return this.resourceId(resource, NO_ATTRIBUTE, at4);
    const props = this.properties(resource);
    if (props.kind === "unknown") return { ...props, at: at4 };
    switch (rule.kind) {
      case "property": {
        const entry = props.entries.get(rule.name);
        if (entry === void 0 || entry.value.kind === "scalar" && entry.value.value === null) {
          return unknownValue(`${resource.logicalId}.${name} is ${DEPLOY_TIME}: ${rule.absent}`, at4, [
            { address: resource.logicalId, attribute: [rule.name] }
          ]);
        }
        return relocate(entry.value, at4);
      }
      case "subnet-ipv6": {
        const entry = props.entries.get("Ipv6CidrBlock");
        if (entry === void 0) return { kind: "seq", items: [], at: at4 };
        return { kind: "seq", items: [relocate(entry.value, at4)], at: at4 };
      }
      case "vpc-ipv6":
        return this.vpcIpv6Blocks(resource, at4);
    }
  }
  /**
   * `Fn::GetAtt vpc.Ipv6CidrBlocks`: the IPv6 blocks the template associates with the VPC. With
   * one block the list is known (its CIDR, or unknown when Amazon or a pool allocates it); with
   * several, the order AWS lists them in is not known before deployment.
   */
  vpcIpv6Blocks(vpc, at4) {
    if (this.ipv6Associations === void 0) {
      this.ipv6Associations = /* @__PURE__ */ new Map();
      for (const r of this.template.resources.values()) {
        if (r.type !== "AWS::EC2::VPCCidrBlock") continue;
        const props2 = this.properties(r);
        if (props2.kind !== "map" || props2.entries.has("CidrBlock") || props2.entries.has("Ipv4IpamPoolId")) continue;
        const owner = props2.entries.get("VpcId")?.value;
        const ref = owner?.kind === "unknown" ? owner.refs[0] : void 0;
        if (ref === void 0 || ref.attribute.length > 0 || ref.file !== void 0) continue;
        const list2 = this.ipv6Associations.get(ref.address);
        if (list2 === void 0) this.ipv6Associations.set(ref.address, [r]);
        else list2.push(r);
      }
    }
    const blocks2 = (this.ipv6Associations.get(vpc.logicalId) ?? []).filter((r) => {
      const e = this.exists(r);
      return !e.known || e.value;
    });
    if (blocks2.length === 0) return { kind: "seq", items: [], at: at4 };
    if (blocks2.length > 1) {
      return unknownValue(`${vpc.logicalId} has ${blocks2.length} IPv6 blocks, and the order of its Ipv6CidrBlocks is ${DEPLOY_TIME}`, at4);
    }
    const block = blocks2[0];
    const exists2 = this.exists(block);
    if (!exists2.known) return unknownValue(`whether ${block.logicalId} adds an IPv6 block to ${vpc.logicalId} is unknown: ${exists2.reason}`, at4);
    const props = this.properties(block);
    if (props.kind === "unknown") return { ...props, at: at4 };
    const literal4 = props.entries.get("Ipv6CidrBlock")?.value;
    if (literal4 !== void 0 && !(literal4.kind === "scalar" && literal4.value === null)) {
      return { kind: "seq", items: [relocate(literal4, at4)], at: at4 };
    }
    const amazon = props.entries.get("AmazonProvidedIpv6CidrBlock")?.value;
    const how = amazon?.kind === "scalar" && (amazon.value === true || amazon.value === "true") ? "the Amazon-provided IPv6 block" : "the IPv6 block from a pool";
    const item = unknownValue(`${how} of ${vpc.logicalId} is allocated at deploy time`, at4, [
      { address: block.logicalId, attribute: ["Ipv6CidrBlock"] }
    ]);
    return { kind: "seq", items: [item], at: at4 };
  }
  sub(node, depth) {
    let template;
    let vars;
    if (node.arg.kind === "seq") {
      const args = this.args(node, 2, 2, "a string, or a list of a string and a mapping of variables");
      if (!Array.isArray(args)) return args;
      template = args[0];
      const map = args[1];
      if (map.kind !== "map") return unknownValue(`the variables of Fn::Sub must be a mapping, not ${kindName(map)}`, node.at);
      vars = map.entries;
    } else {
      template = node.arg;
    }
    if (template.kind !== "scalar" || typeof template.value !== "string") {
      return unknownValue(`Fn::Sub needs a string, not ${kindName(template)}`, node.at);
    }
    const source = template.value;
    let out = "";
    const unknowns = [];
    let last2 = 0;
    for (const m of source.matchAll(/\$\{([^}]*)\}/g)) {
      out += source.slice(last2, m.index);
      last2 = m.index + m[0].length;
      const name = m[1].trim();
      if (name.startsWith("!")) {
        out += `\${${name.slice(1)}}`;
        continue;
      }
      const v = this.subVariable(name, vars, node.at, depth);
      if (v.kind === "unknown") unknowns.push(v);
      else if (v.kind === "scalar") out += text(v);
      else unknowns.push(unknownValue(`\${${name}} in Fn::Sub is ${kindName(v)}, not a string`, node.at));
    }
    if (unknowns.length > 0) return unknownValue(unknowns[0].reason, node.at, mergeRefs(unknowns));
    return scalar(out + source.slice(last2), node.at);
  }
  subVariable(name, vars, at4, depth) {
    const local = vars?.get(name);
    if (local !== void 0) return this.value(local.value, depth + 1, `\${${name}} in Fn::Sub`);
    const dot = name.indexOf(".");
    if (dot > 0 && !this.template.parameters.has(name)) {
      const resource = this.template.resources.get(name.slice(0, dot));
      if (resource === void 0) return unknownValue(`\${${name}} in Fn::Sub names no resource of ${this.template.file}`, at4);
      return this.attribute(resource, name.slice(dot + 1), at4);
    }
    const v = this.refName(name, at4);
    return v.kind === "novalue" ? unknownValue(`\${${name}} in Fn::Sub is AWS::NoValue`, at4) : v;
  }
  join(node, depth) {
    const args = this.args(node, 2, 2, "a list of a delimiter and a list of values");
    if (!Array.isArray(args)) return args;
    const delimiter = this.value(args[0], depth + 1, "the delimiter of Fn::Join");
    const list2 = this.value(args[1], depth + 1, "the list of Fn::Join");
    if (delimiter.kind === "unknown") return { ...delimiter, at: node.at };
    if (delimiter.kind !== "scalar") return unknownValue(`the delimiter of Fn::Join must be a string, not ${kindName(delimiter)}`, node.at);
    if (list2.kind === "unknown") return { ...list2, at: node.at };
    if (list2.kind !== "seq") return unknownValue(`Fn::Join needs a list of values, not ${kindName(list2)}`, node.at);
    const parts = [];
    const unknowns = [];
    for (const item of list2.items) {
      if (item.kind === "unknown") unknowns.push(item);
      else if (item.kind === "scalar") parts.push(text(item));
      else unknowns.push(unknownValue(`Fn::Join can only join strings, not ${kindName(item)}`, node.at));
    }
    if (unknowns.length > 0) return unknownValue(unknowns[0].reason, node.at, mergeRefs(unknowns));
    return scalar(parts.join(text(delimiter)), node.at);
  }
  select(node, depth) {
    const args = this.args(node, 2, 2, "a list of an index and a list");
    if (!Array.isArray(args)) return args;
    const index = this.value(args[0], depth + 1, "the index of Fn::Select");
    if (index.kind === "unknown") return { ...index, at: node.at };
    const i = index.kind === "scalar" ? wholeNumber(index.value) : void 0;
    if (i === void 0 || i < 0) return unknownValue(`the index of Fn::Select must be a whole number, not ${JSON.stringify(index.kind === "scalar" ? index.value : kindName(index))}`, node.at);
    const listNode = args[1];
    if (listNode.kind === "fn" && listNode.name === "Fn::Cidr" && depth + 1 <= MAX_DEPTH2) {
      const blocks2 = this.cidrBlocks(listNode, depth + 1);
      if (!Array.isArray(blocks2)) return { ...blocks2, at: node.at };
      const block = blocks2[i];
      if (block === void 0) return unknownValue(`Fn::Select index ${i} is out of range for a list of ${blocks2.length}`, node.at);
      return scalar(block, node.at);
    }
    const list2 = this.value(listNode, depth + 1, "the list of Fn::Select");
    if (list2.kind === "unknown") return { ...list2, at: node.at };
    if (list2.kind !== "seq") return unknownValue(`Fn::Select needs a list, not ${kindName(list2)}`, node.at);
    const item = list2.items[i];
    if (item === void 0) return unknownValue(`Fn::Select index ${i} is out of range for a list of ${list2.items.length}`, node.at);
    return relocate(item, node.at);
  }
  split(node, depth) {
    const args = this.args(node, 2, 2, "a list of a delimiter and a string");
    if (!Array.isArray(args)) return args;
    const delimiter = this.value(args[0], depth + 1, "the delimiter of Fn::Split");
    const source = this.value(args[1], depth + 1, "the string of Fn::Split");
    if (delimiter.kind === "unknown") return { ...delimiter, at: node.at };
    if (delimiter.kind !== "scalar" || text(delimiter) === "") return unknownValue("the delimiter of Fn::Split must be a non-empty string", node.at);
    if (source.kind === "unknown") return { ...source, at: node.at };
    if (source.kind !== "scalar") return unknownValue(`Fn::Split needs a string, not ${kindName(source)}`, node.at);
    return { kind: "seq", items: text(source).split(text(delimiter)).map((s) => scalar(s, node.at)), at: node.at };
  }
  ifFn(node, depth) {
    const args = this.args(node, 3, 3, "a list of a condition name and two values");
    if (!Array.isArray(args)) return args;
    const name = args[0];
    if (name.kind !== "scalar" || typeof name.value !== "string") return unknownValue("Fn::If needs a condition name first", node.at);
    const d = this.condition(name.value);
    if (d.known) return this.evaluate(args[d.value ? 1 : 2], depth + 1);
    const a = this.evaluate(args[1], depth + 1);
    const b = this.evaluate(args[2], depth + 1);
    if (a.kind === "scalar" && b.kind === "scalar" && a.value === b.value) return relocate(a, node.at);
    return unknownValue(d.reason, node.at);
  }
  findInMap(node, depth) {
    const args = this.args(node, 3, 4, "a list of a map name, a top-level key and a second-level key");
    if (!Array.isArray(args)) return args;
    const keys = [];
    for (let i = 0; i < 3; i++) {
      const k = this.value(args[i], depth + 1, "a key of Fn::FindInMap");
      if (k.kind === "unknown") return { ...k, at: node.at };
      if (k.kind !== "scalar") return unknownValue(`a key of Fn::FindInMap must be a string, not ${kindName(k)}`, node.at);
      keys.push(text(k));
    }
    const [mapName, top, second] = keys;
    const fallback = (why) => {
      const options = args[3];
      const dflt = options?.kind === "map" ? options.entries.get("DefaultValue") : void 0;
      if (dflt !== void 0) return relocate(this.evaluate(dflt.value, depth + 1), node.at);
      return unknownValue(why, node.at);
    };
    const map = this.template.mappings.get(mapName);
    if (map === void 0) return fallback(`Mappings has no map ${mapName}`);
    const level1 = map.value.kind === "map" ? map.value.entries.get(top) : void 0;
    if (level1 === void 0) return fallback(`Mappings.${mapName} has no key ${top}`);
    const level2 = level1.value.kind === "map" ? level1.value.entries.get(second) : void 0;
    if (level2 === void 0) return fallback(`Mappings.${mapName}.${top} has no key ${second}`);
    return relocate(this.evaluate(level2.value, depth + 1), node.at);
  }
  importValue(node, depth) {
    const name = this.value(node.arg, depth + 1, "the export name of Fn::ImportValue");
    if (name.kind === "unknown") {
      return unknownValue(`the export name of Fn::ImportValue is unknown (${name.reason})`, node.at, name.refs);
    }
    if (name.kind !== "scalar") return unknownValue(`Fn::ImportValue needs an export name, not ${kindName(name)}`, node.at);
    return this.inputs.exports.lookup(text(name), node.at);
  }
  cidr(node, depth) {
    const blocks2 = this.cidrBlocks(node, depth);
    if (!Array.isArray(blocks2)) return blocks2;
    return { kind: "seq", items: blocks2.map((b) => scalar(b, node.at)), at: node.at };
  }
  /** The blocks of an `Fn::Cidr`, or the unknown value (at the call) it evaluates to. */
  cidrBlocks(node, depth) {
    const args = this.args(node, 3, 3, "a list of an IP block, a count and the number of subnet bits");
    if (!Array.isArray(args)) return args;
    const values = [];
    for (let i = 0; i < 3; i++) {
      const what = CIDR_ARGUMENTS[i];
      const v = this.value(args[i], depth + 1, what);
      if (v.kind === "unknown") return { ...v, at: node.at };
      if (v.kind !== "scalar") return unknownValue(`${what} must be a single value, not ${kindName(v)}`, node.at);
      values.push(v.value);
    }
    const [block, count2, bits] = values;
    let byCount = this.cidrs.get(block);
    if (byCount === void 0) this.cidrs.set(block, byCount = /* @__PURE__ */ new Map());
    let byBits = byCount.get(count2);
    if (byBits === void 0) byCount.set(count2, byBits = /* @__PURE__ */ new Map());
    let r = byBits.get(bits);
    if (r === void 0) {
      r = cidrFn(block, count2, bits);
      byBits.set(bits, r);
    }
    if (!r.ok) return unknownValue(`Fn::Cidr fails: ${r.error}`, node.at);
    return r.blocks;
  }
};
var CIDR_ARGUMENTS = ["the ipBlock of Fn::Cidr", "the count of Fn::Cidr", "the cidrBits of Fn::Cidr"];
function splitList(value, at4) {
  if (value === "") return [];
  return value.split(",").map((s) => scalar(s.trim(), at4));
}
function sameValue(a, b) {
  if (a.kind === "scalar" && b.kind === "scalar") return text(a) === text(b);
  if (a.kind === "seq" && b.kind === "seq") {
    return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]));
  }
  return false;
}

// src/parse/cloudformation/resource.ts
var PARAMETER_TYPE = "AWS::CloudFormation::Parameter";
var ABSENT2 = Object.freeze({ state: "absent" });
var NONE3 = Object.freeze([]);
var plainCache = /* @__PURE__ */ new WeakMap();
function toPlain(v) {
  switch (v.kind) {
    case "scalar":
      return v.value;
    case "unknown":
      return null;
    case "seq": {
      let out = plainCache.get(v);
      if (out === void 0) plainCache.set(v, out = v.items.map(toPlain));
      return out;
    }
    case "map": {
      let out = plainCache.get(v);
      if (out === void 0) {
        out = {};
        for (const [k, e] of v.entries) {
          if (k === "__proto__") Object.defineProperty(out, k, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
          else out[k] = toPlain(e.value);
        }
        plainCache.set(v, out);
      }
      return out;
    }
  }
}
function toAttr(v) {
  if (v.kind === "unknown") return { state: "unknown", reason: v.reason, refs: v.refs };
  if (v.kind === "scalar") return v.value === null ? ABSENT2 : { state: "known", value: v.value };
  return { state: "known", value: toPlain(v) };
}
function walk(root, path14, onStep) {
  let v = root;
  for (let i = 0; i < path14.length; i++) {
    const step = path14[i];
    if (v.kind === "unknown") return v;
    if (v.kind === "map") {
      if (typeof step !== "string") return void 0;
      const entry = v.entries.get(step);
      if (entry === void 0) return void 0;
      onStep?.(entry.keyAt);
      v = entry.value;
    } else if (v.kind === "seq") {
      if (typeof step !== "number") return void 0;
      const item = v.items[step];
      if (item === void 0) return void 0;
      onStep?.(item.at);
      v = item;
    } else {
      return void 0;
    }
  }
  return v;
}
var CfnResource = class {
  format = "cloudformation";
  mode = "managed";
  address;
  type;
  file;
  #ev;
  #decl;
  #props;
  constructor(ev, decl) {
    this.#ev = ev;
    this.#decl = decl;
    this.address = decl.logicalId;
    this.type = decl.type;
    this.file = ev.template.file;
  }
  location() {
    return this.#ev.template.locate(this.#decl.keyAt);
  }
  /**
   * The evaluated properties, kept here after the first read: the evaluator memoizes them too, but
   * the builder reads a resource's attributes many times. (Read from outside an evaluation, they
   * are always the evaluator's memoized value.)
   */
  #properties() {
    return this.#props ??= this.#ev.properties(this.#decl);
  }
  /** The `vpclint:ignore` comments on the logical ID's line and directly above it. */
  suppressionComments() {
    return templateComments(this.#ev, () => this.location());
  }
  /** The line of the property at `path` (or of the deepest part of it that is written). */
  attributeLocation(path14) {
    if (path14.length === 0) return void 0;
    let at4;
    try {
      walk(this.#properties(), path14, (offset) => at4 = offset);
    } catch {
      return void 0;
    }
    return at4 === void 0 ? void 0 : this.#ev.template.locate(at4);
  }
  /**
   * The stack's region and account: the template never says them; they are known only when given
   * as pseudo parameters (`--parameter AWS::Region=eu-west-1`).
   */
  provider() {
    const setting = (name) => {
      const v = this.#ev.given(name);
      return v === void 0 || v === "" ? { state: "unknown", reason: `the stack's ${name} is not known before deployment (give it with --parameter ${name}=…)`, refs: [] } : { state: "known", value: v };
    };
    return { name: "stack", region: setting("AWS::Region"), accountId: setting("AWS::AccountId") };
  }
  /** `Metadata: { vpclint: { ignore: [ { id, reason, expires } ] } }`, one directive per entry. */
  suppressions() {
    return metadataDirectives(this.#decl.metadata, (offset) => this.#ev.template.locate(offset));
  }
  get(path14) {
    try {
      const v = walk(this.#properties(), path14);
      return v === void 0 ? ABSENT2 : toAttr(v);
    } catch (error) {
      return { state: "unknown", reason: `vpclint could not read this value (${error instanceof Error ? error.message : String(error)})`, refs: [] };
    }
  }
};
var CfnParameter = class {
  format = "cloudformation";
  mode = "data";
  type = PARAMETER_TYPE;
  address;
  file;
  #ev;
  #decl;
  constructor(ev, decl) {
    this.#ev = ev;
    this.#decl = decl;
    this.address = decl.name;
    this.file = ev.template.file;
  }
  location() {
    return this.#ev.template.locate(this.#decl.keyAt);
  }
  /** The `vpclint:ignore` comments on the logical ID's line and directly above it. */
  suppressionComments() {
    return templateComments(this.#ev, () => this.location());
  }
  attributeLocation() {
    return void 0;
  }
  get(path14) {
    const [first, ...rest] = path14;
    if (first === "Type" && rest.length === 0) return { state: "known", value: this.#decl.type };
    if (first !== "id" && first !== "Value") return ABSENT2;
    const v = walk(this.#ev.parameter(this.#decl), rest);
    if (v === void 0) return ABSENT2;
    const attr = toAttr(v);
    return attr.state === "unknown" ? { state: "unknown", reason: attr.reason, refs: attr.refs.filter((r) => r.address !== this.address) } : attr;
  }
};
function templateComments(ev, where3) {
  const comments = ev.template.comments;
  return comments === void 0 || !comments.any ? NONE3 : comments.at(where3().line);
}
function text2(node) {
  if (node?.kind !== "scalar" || node.value === null || typeof node.value === "boolean") return void 0;
  return String(node.value);
}
function metadataDirectives(metadata, locate3) {
  const vpclint = metadata?.kind === "map" ? metadata.entries.get("vpclint") : void 0;
  if (vpclint === void 0) return NONE3;
  const bad = (at4, problem) => ({ rules: [], location: locate3(at4), problem });
  const ignore = vpclint.value.kind === "map" ? vpclint.value.entries.get("ignore") : void 0;
  if (ignore === void 0) return [bad(vpclint.keyAt, `Metadata vpclint must be a mapping with an ignore list, not ${kindName(vpclint.value)}`)];
  if (ignore.value.kind !== "seq") return [bad(ignore.keyAt, `Metadata vpclint ignore must be a list, not ${kindName(ignore.value)}`)];
  return ignore.value.items.map((item) => {
    if (item.kind !== "map") return bad(item.at, `an ignore entry must be a mapping with id and reason, not ${kindName(item)}`);
    for (const key of item.entries.keys()) {
      if (key !== "id" && key !== "reason" && key !== "expires") return bad(item.at, `unknown key ${key} (only id, reason and expires)`);
    }
    const id = item.entries.get("id")?.value;
    const rules2 = id?.kind === "seq" ? id.items.map(text2) : [text2(id)];
    if (id === void 0 || rules2.length === 0 || rules2.some((r) => r === void 0 || r === "")) {
      return bad(item.at, "id must be a rule ID or name, or a list of them");
    }
    const reason = item.entries.get("reason")?.value;
    const expires = item.entries.get("expires")?.value;
    if (reason !== void 0 && text2(reason) === void 0 && !(reason.kind === "scalar" && reason.value === null)) {
      return bad(item.at, `reason must be text, not ${kindName(reason)}`);
    }
    if (expires !== void 0 && text2(expires) === void 0) return bad(item.at, `expires must be a date, not ${kindName(expires)}`);
    const reasonText = reason === void 0 ? void 0 : text2(reason);
    const expiresText = expires === void 0 ? void 0 : text2(expires);
    return {
      rules: rules2,
      location: locate3(item.at),
      ...reasonText === void 0 ? {} : { reason: reasonText },
      ...expiresText === void 0 ? {} : { expires: expiresText }
    };
  });
}

// src/parse/cloudformation/parameters.ts
var import_node_path2 = __toESM(require("node:path"), 1);
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function valueText(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(",");
  return void 0;
}
function readParametersFile(text4, file, into) {
  const json = parseJson(text4, file);
  const fail2 = (message) => {
    throw new ParseError(message, {
      file,
      line: 1,
      column: 1,
      hint: 'Write [{"ParameterKey": "Name", "ParameterValue": "value"}, …] or {"Name": "value", …}.'
    });
  };
  if (Array.isArray(json)) {
    json.forEach((entry, i) => {
      if (!isRecord(entry)) return fail2(`parameters[${i}] is not an object with ParameterKey and ParameterValue`);
      const key = Object.hasOwn(entry, "ParameterKey") ? entry.ParameterKey : void 0;
      if (typeof key !== "string" || key === "") return fail2(`parameters[${i}] has no ParameterKey`);
      if (!Object.hasOwn(entry, "ParameterValue")) return;
      const value = valueText(entry.ParameterValue);
      if (value === void 0) return fail2(`the ParameterValue of ${key} is not a string`);
      into.set(key, value);
    });
    return;
  }
  if (!isRecord(json)) return fail2('a parameters file must be a list of {"ParameterKey", "ParameterValue"} objects or an object of values');
  const map = Object.keys(json).length === 1 && Object.hasOwn(json, "Parameters") && isRecord(json.Parameters) ? json.Parameters : json;
  for (const key of Object.keys(map)) {
    const value = valueText(map[key]);
    if (value === void 0) return fail2(`the value of parameter ${key} is not a string`);
    into.set(key, value);
  }
}
function readParameterFlag(flag, into) {
  const eq = flag.indexOf("=");
  if (eq <= 0) throw new UsageError(`--parameter needs Key=Value, not "${flag}"`, { hint: "for example --parameter PeerVpcId=vpc-0abc1234" });
  into.set(flag.slice(0, eq), flag.slice(eq + 1));
}
function loadParameters(files, flags, cwd) {
  const values = /* @__PURE__ */ new Map();
  for (const file of files) {
    let text4;
    try {
      text4 = readRegularFile(import_node_path2.default.resolve(cwd, file)).toString("utf8");
    } catch (error) {
      const code2 = error?.code;
      const why = code2 === "ENOENT" ? "no such file or directory" : code2 === "EISDIR" ? "is a directory" : error instanceof Error ? error.message : String(error);
      throw new InputError(`cannot read the --parameters file: ${why}`, { file, cause: error });
    }
    readParametersFile(text4, file, values);
  }
  for (const flag of flags) readParameterFlag(flag, values);
  return values;
}

// src/parse/problems.ts
var MAX_PROBLEMS_PER_FILE = 50;
function moreProblems(count2) {
  return `… and ${count2} more problem${count2 === 1 ? "" : "s"} in this file`;
}
var MORE = /^… and (\d+) more problems? in this file$/;
function capProblems(problems, limit = MAX_PROBLEMS_PER_FILE) {
  const kept = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Map();
  const out = [];
  for (const p of problems) {
    if (p.file === void 0) {
      out.push(p);
      continue;
    }
    const more = MORE.exec(p.message);
    const n = kept.get(p.file) ?? 0;
    if (more === null && n < limit) {
      kept.set(p.file, n + 1);
      out.push(p);
      continue;
    }
    const d = dropped.get(p.file) ?? { count: 0 };
    d.count += more === null ? 1 : Number(more[1]);
    d.first ??= p;
    dropped.set(p.file, d);
  }
  if (dropped.size === 0) return out;
  const last2 = /* @__PURE__ */ new Map();
  out.forEach((p, i) => p.file !== void 0 && last2.set(p.file, i));
  const inserts = [...dropped].map(([file, d]) => {
    const where3 = d.first?.line === void 0 ? {} : { line: d.first.line, column: d.first.column };
    return { at: last2.get(file) ?? out.length - 1, error: { file, ...where3, message: moreProblems(d.count) } };
  });
  inserts.sort((a, b) => b.at - a.at);
  for (const { at: at4, error } of inserts) out.splice(at4 + 1, 0, error);
  return out;
}

// src/parse/reader.ts
var NOTHING_READ = Object.freeze({ resources: [] });
function looksLikeJson2(text4) {
  return /^\s*[{[]/.test(text4);
}
function isJsonDocument(input) {
  if (/\.(?:tf|tofu)\.json$/i.test(input.file)) return false;
  return /\.json$/i.test(input.file) || input.byContent && looksLikeJson2(input.text);
}
function toInput(source, byContent) {
  let parsed;
  return {
    file: source.file,
    text: source.text,
    byContent,
    json() {
      if (parsed === void 0) {
        try {
          parsed = { value: parseJson(source.text, source.file) };
        } catch (error) {
          parsed = { error };
        }
      }
      if ("error" in parsed) throw parsed.error;
      return parsed.value;
    },
    forget() {
      parsed = void 0;
    }
  };
}
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
function joined(lists) {
  return [].concat(...lists);
}

// src/parse/cloudformation/reader.ts
var TEMPLATE_NAME = /\.(?:json|ya?ml|template)$/i;
function isTemplateText(input) {
  return !isJsonDocument(input) && (input.byContent || /\.(?:ya?ml|template)$/i.test(input.file));
}
var cloudFormationReader = {
  name: "cloudformation",
  describes: { short: "CloudFormation JSON/YAML", long: "CloudFormation templates (JSON or YAML)" },
  fileNames: TEMPLATE_NAME,
  // JSON that names a template's keys (a plan is taken by the plan reader first), or YAML.
  detects(input) {
    return isJsonDocument(input) ? mentionsTemplate(input.text) : isTemplateText(input);
  },
  // The `yaml` package is loaded only when a file may be read with the YAML parser: valid JSON is
  // read without it.
  async prepare(inputs) {
    if (inputs.some((i) => isTemplateText(i) && mentionsTemplate(i.text))) await loadYaml();
  },
  read: readAll
};
function readAll(inputs, context) {
  const reads = [];
  const templates = [];
  for (const input of inputs) {
    try {
      const template = isJsonDocument(input) ? loadJsonTemplate(input.json(), input.text, input.file) : loadTemplate(input.text, input.file);
      if (template === void 0) {
        reads.push({ recognized: false, errors: [] });
        continue;
      }
      templates.push(template);
      reads.push({ recognized: true, errors: capProblems(template.problems) });
    } catch (error) {
      reads.push({ recognized: true, errors: [toToolError(error, input.file)] });
    }
  }
  const cfn = readTemplates(templates, { parameters: context.parameters });
  return { inputs: reads, resources: cfn.resources, errors: cfn.errors };
}

// src/parse/cloudformation/index.ts
function loadTemplate(text4, file) {
  return readTemplate(text4, file);
}
function loadJsonTemplate(json, text4, file) {
  return readJsonTemplate(json, text4, file);
}
function readTemplates(templates, options = {}) {
  const exports2 = new Exports();
  const inputs = { parameters: options.parameters ?? /* @__PURE__ */ new Map(), exports: exports2 };
  const evaluators = templates.map((t) => new Evaluator(t, inputs));
  exports2.evaluators = evaluators;
  const resources = [];
  const errors = [];
  for (const ev of evaluators) {
    try {
      const out = [];
      for (const decl of ev.template.parameters.values()) out.push(new CfnParameter(ev, decl));
      for (const decl of ev.template.resources.values()) {
        const exists2 = ev.exists(decl);
        if (exists2.known && !exists2.value) continue;
        out.push(new CfnResource(ev, decl));
      }
      for (const r of out) resources.push(r);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      errors.push({ file: ev.template.file, message: `internal error while reading this template: ${why}`, cause: error });
    }
  }
  return { resources, errors };
}
var Exports = class {
  evaluators = [];
  table;
  /** Exports whose names cannot be evaluated, for the reason of an import that finds nothing. */
  unnamed = [];
  building = false;
  build() {
    const table = /* @__PURE__ */ new Map();
    this.building = true;
    try {
      for (const ev of this.evaluators) {
        for (const output of ev.template.outputs.values()) {
          if (output.exportName === void 0) continue;
          if (output.condition !== void 0) {
            const d = ev.condition(output.condition);
            if (d.known && !d.value) continue;
          }
          const name = ev.evaluate(output.exportName, 0);
          if (name.kind === "scalar" && name.value !== null) {
            const key = String(name.value);
            const list2 = table.get(key);
            if (list2 === void 0) table.set(key, [{ ev, output }]);
            else list2.push({ ev, output });
          } else if (name.kind === "unknown") {
            this.unnamed.push(`the name of export ${output.name} of ${ev.template.file} is unknown: ${name.reason}`);
          }
        }
      }
    } finally {
      this.building = false;
    }
    return table;
  }
  lookup(name, at4) {
    if (this.building) return unknownValue(`export ${name} is imported while export names are evaluated`, at4);
    this.table ??= this.build();
    const hits = this.table.get(name);
    if (hits === void 0) {
      const hint = this.unnamed.length > 0 ? `; ${this.unnamed[0]}` : "";
      return unknownValue(`export ${name} is not exported by any template linted with it${hint}`, at4);
    }
    if (hits.length > 1) {
      const files = [...new Set(hits.map((h) => h.ev.template.file))].join(", ");
      return unknownValue(`export ${name} is exported more than once (${files}), and export names must be unique`, at4);
    }
    const { ev, output } = hits[0];
    return inFile(ev.output(output, at4), ev.template.file, at4);
  }
};
function inFile(v, file, at4) {
  if (v.kind === "unknown") {
    const refs = v.refs.map((r) => r.file === void 0 ? { ...r, file } : r);
    return { ...v, refs, at: at4 };
  }
  return v.kind === "scalar" ? { ...v, at: at4 } : v;
}

// src/parse/inventory/index.ts
var INVENTORY_VPC = "vpclint:inventory:vpc";
var INVENTORY_ROUTE_TABLE = "vpclint:inventory:route-table";
var ABSENT3 = Object.freeze({ state: "absent" });
function isRecord2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
var ConfigResource = class {
  format = "config";
  mode = "managed";
  address;
  type;
  file;
  #doc;
  #path;
  #value;
  #extra;
  /**
   * `path` is where the entry is in the document, `value` the entry; `extra` are attributes the
   * entry implies without writing them (a route table's VPC is the entry it is listed under).
   */
  constructor(doc, address, type, path14, value, extra = /* @__PURE__ */ new Map()) {
    this.#doc = doc;
    this.address = address;
    this.type = type;
    this.file = doc.file;
    this.#path = path14;
    this.#value = value;
    this.#extra = extra;
  }
  location() {
    return this.#doc.locateValue(this.#path);
  }
  attributeLocation(path14) {
    const first = path14[0];
    if (typeof first === "string" && this.#extra.has(first)) return this.location();
    return path14.length === 0 ? void 0 : this.#doc.locate([...this.#path, ...path14]);
  }
  get(path14) {
    const [first, ...rest] = path14;
    let v = typeof first === "string" && this.#extra.has(first) && rest.length === 0 ? this.#extra.get(first) : this.#value;
    if (v === this.#value) {
      for (const step of path14) {
        if (typeof step === "number" && Array.isArray(v)) v = v[step];
        else if (typeof step === "string" && isRecord2(v) && Object.hasOwn(v, step)) v = v[step];
        else return ABSENT3;
      }
    }
    return v === void 0 || v === null ? ABSENT3 : { state: "known", value: v };
  }
};
function inventoryResources(doc, inventory2) {
  const out = [];
  const vpcs = isRecord2(inventory2) && Array.isArray(inventory2.vpcs) ? inventory2.vpcs : [];
  vpcs.forEach((vpc, i) => {
    if (!isRecord2(vpc) || typeof vpc.id !== "string") return;
    const vpcPath = ["inventory", "vpcs", i];
    out.push(new ConfigResource(doc, vpc.id, INVENTORY_VPC, vpcPath, vpc));
    const tables = Array.isArray(vpc.routeTables) ? vpc.routeTables : [];
    tables.forEach((table, j) => {
      if (!isRecord2(table) || typeof table.id !== "string") return;
      out.push(new ConfigResource(doc, table.id, INVENTORY_ROUTE_TABLE, [...vpcPath, "routeTables", j], table, /* @__PURE__ */ new Map([["vpc", vpc.id]])));
    });
  });
  return out;
}
var inventoryReader = {
  name: "config",
  detects: () => false,
  read: (_inputs, context) => context.inventory === void 0 ? NOTHING_READ : { resources: context.inventory }
};

// src/parse/terraform-hcl/index.ts
var import_node_path4 = __toESM(require("node:path"), 1);

// src/parse/terraform-hcl/locate.ts
function isIdStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
}
function isIdPart(c) {
  return isIdStart(c) || c >= 48 && c <= 57 || c === 45;
}
var MAX_DEPTH3 = 100;
var ScannedBody = class {
  blocks;
  #written;
  #byName;
  constructor(written, blocks2) {
    this.#written = written;
    this.blocks = blocks2;
  }
  get attributes() {
    if (this.#byName === void 0) {
      this.#byName = /* @__PURE__ */ new Map();
      for (const a of this.#written) if (!this.#byName.has(a.name)) this.#byName.set(a.name, a);
    }
    return this.#byName;
  }
};
var Scanner = class {
  text;
  pos = 0;
  line = 1;
  lineStart = 0;
  constructor(text4) {
    this.text = text4;
  }
  get column() {
    return this.pos - this.lineStart + 1;
  }
  newline() {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }
  /** Moves to the end of the current line (before the newline). */
  toEndOfLine() {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl === -1 ? this.text.length : nl;
  }
  /** Skips a `/* ... *\/` comment, counting its lines. */
  blockComment() {
    this.pos += 2;
    while (this.pos < this.text.length && !this.text.startsWith("*/", this.pos)) {
      if (this.text.charCodeAt(this.pos) === 10) this.newline();
      else this.pos++;
    }
    this.pos = Math.min(this.text.length, this.pos + 2);
  }
  /** Skips spaces and comments; with `newlines`, newlines too. */
  space(newlines) {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13 || c === 65279) this.pos++;
      else if (c === 10) {
        if (!newlines) return;
        this.newline();
      } else if (c === 35 || c === 47 && t.charCodeAt(this.pos + 1) === 47) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else return;
    }
  }
  ident() {
    const t = this.text;
    if (!isIdStart(t.charCodeAt(this.pos))) return void 0;
    const start = this.pos;
    while (this.pos < t.length && isIdPart(t.charCodeAt(this.pos))) this.pos++;
    return t.slice(start, this.pos);
  }
  /**
   * A quoted string from its opening quote: returns its text (escapes of quotes and backslashes
   * undone). The text between escapes is copied a run at a time, not a character at a time.
   */
  quoted() {
    const t = this.text;
    this.pos++;
    let out = "";
    let from = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 92) {
        out += t.slice(from, this.pos) + (t[this.pos + 1] ?? "");
        this.pos += 2;
        from = this.pos;
      } else if (c === 34) {
        out += t.slice(from, this.pos);
        this.pos++;
        return out;
      } else if (c === 10) {
        return out + t.slice(from, this.pos);
      } else if ((c === 36 || c === 37) && t.charCodeAt(this.pos + 1) === 123) {
        const literal4 = t.charCodeAt(this.pos - 1) === c && t.charCodeAt(this.pos - 2) !== c;
        this.pos += 2;
        if (!literal4) this.interpolation();
      } else {
        this.pos++;
      }
    }
    return out + t.slice(from, this.pos);
  }
  /** The inside of `${...}` / `%{...}` up to and including its closing brace. */
  interpolation() {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) this.quoted();
      else if (c === 123) {
        depth++;
        this.pos++;
      } else if (c === 125) {
        this.pos++;
        if (depth === 0) return;
        depth--;
      } else if (c === 10) this.newline();
      else if (c === 60 && t.charCodeAt(this.pos + 1) === 60 && this.heredoc()) continue;
      else if (c === 35 || c === 47 && t.charCodeAt(this.pos + 1) === 47) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else this.pos++;
    }
  }
  /** A heredoc from its `<<`: skips to after its closing marker line. False when it is not one. */
  heredoc() {
    const t = this.text;
    const m = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
    m.lastIndex = this.pos;
    const head = m.exec(t);
    if (head === null) return false;
    const marker = head[1];
    this.pos = m.lastIndex - 1;
    this.newline();
    while (this.pos < t.length) {
      const nl = t.indexOf("\n", this.pos);
      const end = nl === -1 ? t.length : nl;
      const isEnd = t.slice(this.pos, end).trim() === marker;
      if (nl === -1) {
        this.pos = t.length;
        return true;
      }
      this.pos = nl;
      if (isEnd) return true;
      this.newline();
    }
    return true;
  }
  /**
   * Skips an attribute's value: to the newline that ends it at bracket depth 0, or to the `}` that
   * closes a one-line block (left unread). Returns the line the value ends on.
   */
  expression() {
    const t = this.text;
    let depth = 0;
    let endLine = this.line;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        if (depth === 0) return endLine;
        this.newline();
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        this.pos++;
        continue;
      }
      endLine = this.line;
      if (c === 34) this.quoted();
      else if (c === 40 || c === 91 || c === 123) {
        depth++;
        this.pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) {
          if (c === 125) return endLine;
          this.pos++;
        } else {
          depth--;
          this.pos++;
        }
      } else if (c === 60 && t.charCodeAt(this.pos + 1) === 60 && this.heredoc()) {
        endLine = this.line;
      } else if (c === 35 || c === 47 && t.charCodeAt(this.pos + 1) === 47) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else this.pos++;
    }
    return endLine;
  }
  /** A body: up to its closing brace (consumed) when `nested`, else to the end of the text. */
  body(nested, depth) {
    const attributes = [];
    const blocks2 = [];
    const t = this.text;
    while (this.pos < t.length) {
      this.space(true);
      if (this.pos >= t.length) break;
      const c = t.charCodeAt(this.pos);
      if (c === 125) {
        if (nested) {
          this.pos++;
          break;
        }
        this.pos++;
        continue;
      }
      const line = this.line;
      const column = this.column;
      const name = this.ident();
      if (name === void 0) {
        this.pos++;
        this.expression();
        continue;
      }
      this.space(false);
      if (t[this.pos] === "=" && t[this.pos + 1] !== "=") {
        this.pos++;
        this.space(false);
        const endLine = this.expression();
        attributes.push({ name, line, column, endLine });
        continue;
      }
      const labels = [];
      for (; ; ) {
        this.space(false);
        if (t[this.pos] === '"') labels.push(this.quoted());
        else {
          const id = this.ident();
          if (id === void 0) break;
          labels.push(id);
        }
      }
      if (t[this.pos] !== "{") {
        this.expression();
        continue;
      }
      this.pos++;
      const block = {
        type: name,
        labels,
        line,
        column,
        endLine: line,
        body: depth < MAX_DEPTH3 ? this.body(true, depth + 1) : (this.expression(), new ScannedBody([], []))
      };
      block.endLine = this.line;
      blocks2.push(block);
    }
    return new ScannedBody(attributes, blocks2);
  }
};
function locateStructure(text4) {
  try {
    return new Scanner(text4).body(false, 0);
  } catch {
    return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
  }
}
var blockIndex = /* @__PURE__ */ new WeakMap();
function blocksNamed(body2, type, labels) {
  let index = blockIndex.get(body2);
  if (index === void 0) {
    index = { blocks: [], next: void 0 };
    for (const b of body2.blocks) {
      let node2 = child(index, b.type);
      for (const label of b.labels) node2 = child(node2, label);
      node2.blocks.push(b);
    }
    blockIndex.set(body2, index);
  }
  let node = index.next?.get(type);
  for (let i = 0; i < labels.length && node !== void 0; i++) node = node.next?.get(labels[i]);
  return node?.blocks ?? [];
}
function child(node, name) {
  node.next ??= /* @__PURE__ */ new Map();
  let c = node.next.get(name);
  if (c === void 0) node.next.set(name, c = { blocks: [], next: void 0 });
  return c;
}

// src/parse/terraform-hcl/config.ts
function isRecord3(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function own(o, key) {
  return isRecord3(o) && Object.hasOwn(o, key) ? o[key] : void 0;
}
function at(file, node) {
  return node === void 0 ? { file } : { file, line: node.line, column: node.column };
}
function buildModuleConfig(dir, files) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const resources = [];
  const resourceIndex = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  const providers = /* @__PURE__ */ new Map();
  const problems = [];
  const duplicate = (what, file, node, first) => {
    const where3 = first.node === void 0 ? first.file : `${first.file}:${first.node.line}`;
    problems.push({ ...at(file, node), message: `duplicate ${what}; the first is at ${where3}, and only it is linted` });
  };
  const labelled2 = (f, kind, each) => {
    const group = own(f.json, kind);
    if (!isRecord3(group)) return;
    for (const name of Object.keys(group)) {
      const bodies = group[name];
      if (!Array.isArray(bodies)) continue;
      const nodes = blocksNamed(f.structure, kind, [name]);
      bodies.forEach((body2, i) => {
        if (isRecord3(body2)) each(name, body2, nodes.length === bodies.length ? nodes[i] : void 0);
      });
    }
  };
  for (const f of [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    labelled2(f, "variable", (name, body2, node) => {
      const first = variables.get(name);
      if (first !== void 0) duplicate(`variable "${name}"`, f.file, node, first);
      else variables.set(name, { name, file: f.file, node, body: body2 });
    });
    labelled2(f, "output", (name, body2, node) => {
      const first = outputs.get(name);
      if (first !== void 0) duplicate(`output "${name}"`, f.file, node, first);
      else outputs.set(name, { name, file: f.file, node, body: body2 });
    });
    labelled2(f, "module", (name, body2, node) => {
      const first = calls.get(name);
      if (first !== void 0) {
        duplicate(`module "${name}"`, f.file, node, first);
        return;
      }
      const source = own(body2, "source");
      calls.set(name, { name, file: f.file, node, body: body2, source: typeof source === "string" ? source : void 0 });
    });
    labelled2(f, "provider", (name, body2) => {
      const alias = own(body2, "alias");
      const key = typeof alias === "string" && alias !== "" ? `${name}.${alias}` : name;
      if (!providers.has(key)) providers.set(key, body2);
    });
    const localBlocks = own(f.json, "locals");
    if (Array.isArray(localBlocks)) {
      const nodes = f.structure.blocks.filter((b) => b.type === "locals");
      localBlocks.forEach((body2, i) => {
        if (!isRecord3(body2)) return;
        const node = nodes.length === localBlocks.length ? nodes[i] : void 0;
        for (const name of Object.keys(body2)) {
          const attr = node?.body.attributes.get(name);
          const first = locals.get(name);
          if (first !== void 0) duplicate(`local value "${name}"`, f.file, attr, first);
          else locals.set(name, { name, file: f.file, value: body2[name], node: attr });
        }
      });
    }
    for (const mode of ["managed", "data"]) {
      const kind = mode === "managed" ? "resource" : "data";
      const group = own(f.json, kind);
      if (!isRecord3(group)) continue;
      const found = [];
      for (const type of Object.keys(group)) {
        const byName = group[type];
        if (!isRecord3(byName)) continue;
        for (const name of Object.keys(byName)) {
          const bodies = byName[name];
          if (!Array.isArray(bodies)) continue;
          const nodes = blocksNamed(f.structure, kind, [type, name]);
          bodies.forEach((body2, i) => {
            if (!isRecord3(body2)) return;
            found.push({ mode, type, name, file: f.file, node: nodes.length === bodies.length ? nodes[i] : void 0, body: body2 });
          });
        }
      }
      found.sort((a, b) => (a.node?.line ?? Infinity) - (b.node?.line ?? Infinity));
      for (const r of found) {
        const key = mode === "managed" ? `${r.type}.${r.name}` : `data.${r.type}.${r.name}`;
        const first = resourceIndex.get(key);
        if (first !== void 0) {
          duplicate(`${kind} "${r.type}" "${r.name}"`, r.file, r.node, first);
          continue;
        }
        resourceIndex.set(key, r);
        resources.push(r);
      }
    }
  }
  resources.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.node?.line ?? 0) - (b.node?.line ?? 0));
  return { dir, files: files.map((f) => f.file), variables, locals, outputs, resources, resourceIndex, calls, providers, problems };
}

// src/parse/terraform-hcl/values.ts
var Unknown = class {
  reason;
  refs;
  constructor(reason, refs = []) {
    this.reason = reason;
    this.refs = refs;
  }
};
var ObjectValue = class {
  entries;
  constructor(entries2) {
    const list2 = [...entries2];
    let sorted = true;
    for (let i = 1; i < list2.length && sorted; i++) sorted = list2[i - 1][0] < list2[i][0];
    if (!sorted) list2.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    this.entries = new Map(list2);
  }
  get(key) {
    return this.entries.get(key);
  }
  has(key) {
    return this.entries.has(key);
  }
  get size() {
    return this.entries.size;
  }
};
var Lazy = class {
  /** For messages: `aws_vpc.a`, `module.net`. */
  describe;
  #attr;
  #whole;
  constructor(describe5, attr, whole) {
    this.describe = describe5;
    this.#attr = attr;
    this.#whole = whole;
  }
  attr(name) {
    return this.#attr(name);
  }
  /** The thing as one value (a map of outputs), or an Unknown when it cannot be one. */
  whole() {
    return this.#whole();
  }
};
var EvalError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EvalError";
  }
};
function resolved(v) {
  return v instanceof Lazy ? v.whole() : v;
}
function firstUnknown(v, depth = 0) {
  if (v instanceof Unknown) return v;
  if (depth > 64) return void 0;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x, depth + 1);
      if (u !== void 0) return u;
    }
  } else if (v instanceof ObjectValue) {
    for (const x of v.entries.values()) {
      const u = firstUnknown(x, depth + 1);
      if (u !== void 0) return u;
    }
  }
  return void 0;
}
function derived(u) {
  return u.refs.length === 0 ? u : new Unknown(u.reason);
}
function typeName(v) {
  if (v === null) return "null";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "list";
  if (v instanceof ObjectValue) return "object";
  if (v instanceof Lazy) return `${v.describe}`;
  return "unknown value";
}
function toStringValue(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return void 0;
}
function formatNumber(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}
function toNumberValue(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  return void 0;
}
function toBoolValue(v) {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return void 0;
}
function valuesEqual(a, b, depth = 0) {
  if (a === b) return !(a instanceof Unknown) && !(a instanceof Lazy);
  if (depth > 64) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i], depth + 1));
  }
  if (a instanceof ObjectValue && b instanceof ObjectValue) {
    if (a.size !== b.size) return false;
    for (const [k, x] of a.entries) {
      if (!b.has(k) || !valuesEqual(x, b.get(k), depth + 1)) return false;
    }
    return true;
  }
  return false;
}
var plainCache2 = /* @__PURE__ */ new WeakMap();
function toPlain2(v) {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Unknown || v instanceof Lazy) return null;
  const cached = plainCache2.get(v);
  if (cached !== void 0) return cached;
  let out;
  if (Array.isArray(v)) {
    out = v.map((x) => toPlain2(x));
  } else {
    const o = /* @__PURE__ */ Object.create(null);
    for (const [k, x] of v.entries) o[k] = toPlain2(x);
    out = o;
  }
  plainCache2.set(v, out);
  return out;
}
function fromJson(json, depth = 0) {
  if (json === null || typeof json === "string" || typeof json === "number" || typeof json === "boolean") return json;
  if (depth > 64) throw new EvalError("the value nests too deeply");
  if (Array.isArray(json)) return json.map((x) => fromJson(x, depth + 1));
  if (typeof json === "object") {
    return new ObjectValue(Object.keys(json).map((k) => [k, fromJson(json[k], depth + 1)]));
  }
  return null;
}

// src/parse/terraform-hcl/cidr-functions.ts
function isMapped(ip) {
  return ip >> 32n === 0xffffn;
}
function dtoi(s, at4) {
  let n = 0;
  let i = at4;
  for (; i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= 16777215) return void 0;
  }
  return i === at4 ? void 0 : [n, i - at4];
}
function xtoi(s, at4) {
  let n = 0;
  let i = at4;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else break;
    n = n * 16 + d;
    if (n >= 16777215) return void 0;
  }
  return i === at4 ? void 0 : [n, i - at4];
}
function parseIPv42(s) {
  let value = 0n;
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (i >= s.length) return void 0;
    if (part > 0) {
      if (s[i] !== ".") return void 0;
      i++;
    }
    const d = dtoi(s, i);
    if (d === void 0 || d[0] > 255) return void 0;
    value = value << 8n | BigInt(d[0]);
    i += d[1];
  }
  return i === s.length ? value : void 0;
}
function parseIPv62(s) {
  const groups2 = [];
  let ellipsis = -1;
  let i = 0;
  if (s.startsWith("::")) {
    ellipsis = 0;
    i = 2;
    if (i === s.length) return 0n;
  }
  while (groups2.length < 8) {
    const x = xtoi(s, i);
    if (x === void 0 || x[0] > 65535) return void 0;
    const after = i + x[1];
    if (s[after] === ".") {
      if (ellipsis < 0 && groups2.length !== 6) return void 0;
      if (groups2.length + 2 > 8) return void 0;
      const v4 = parseIPv42(s.slice(i));
      if (v4 === void 0) return void 0;
      groups2.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      i = s.length;
      break;
    }
    groups2.push(x[0]);
    i = after;
    if (i === s.length) break;
    if (s[i] !== ":" || i + 1 === s.length) return void 0;
    i++;
    if (s[i] === ":") {
      if (ellipsis >= 0) return void 0;
      ellipsis = groups2.length;
      i++;
      if (i === s.length) break;
    }
  }
  if (i !== s.length) return void 0;
  if (ellipsis >= 0) {
    if (groups2.length >= 8) return void 0;
    groups2.splice(ellipsis, 0, ...new Array(8 - groups2.length).fill(0));
  } else if (groups2.length !== 8) {
    return void 0;
  }
  let value = 0n;
  for (const g of groups2) value = value << 16n | BigInt(g);
  return value;
}
function mask(bits, prefix) {
  const all = (1n << BigInt(bits)) - 1n;
  return prefix <= 0 ? 0n : all ^ (1n << BigInt(bits - prefix)) - 1n;
}
function hostMask2(bits, prefix) {
  return (1n << BigInt(bits - prefix)) - 1n;
}
function parseCidr2(text4) {
  const slash = text4.indexOf("/");
  const bad = () => {
    throw new EvalError(`invalid CIDR expression: invalid CIDR address: ${text4}`);
  };
  if (slash === -1) bad();
  const addr = text4.slice(0, slash);
  const len = text4.slice(slash + 1);
  let bits = 32;
  let ip = parseIPv42(addr);
  if (ip === void 0) {
    bits = 128;
    ip = parseIPv62(addr);
  }
  const d = dtoi(len, 0);
  if (ip === void 0 || d === void 0 || d[1] !== len.length || d[0] > bits) bad();
  const prefix = d[0];
  return { bits, ip: ip & mask(bits, prefix), prefix };
}
function formatIp(bits, ip) {
  if (bits === 32 || isMapped(ip)) {
    return [24n, 16n, 8n, 0n].map((s) => String(ip >> s & 0xffn)).join(".");
  }
  const groups2 = [];
  for (let i = 7; i >= 0; i--) groups2.push(Number(ip >> BigInt(i * 16) & 0xffffn));
  return formatIPv6Groups(groups2);
}
function formatNetwork(n) {
  const prefix = n.bits === 128 && isMapped(n.ip) ? Math.max(0, n.prefix - 96) : n.prefix;
  return `${formatIp(n.bits, n.ip)}/${prefix}`;
}
function wholeNumber2(v, what) {
  if (!Number.isFinite(v) || !Number.isInteger(v)) throw new EvalError(`${what} must be a whole number, not ${v}`);
  return BigInt(v);
}
function cidrsubnet(prefix, newbits, netnum) {
  const nb = Number(wholeNumber2(newbits, "newbits"));
  const num2 = wholeNumber2(netnum, "netnum");
  const net = parseCidr2(prefix);
  if (nb < 0) throw new EvalError(`vpclint does not evaluate cidrsubnet with a negative newbits (${nb})`);
  if (num2 < 0n) throw new EvalError(`vpclint does not evaluate cidrsubnet with a negative netnum (${num2})`);
  const newPrefix = net.prefix + nb;
  if (newPrefix > net.bits) throw new EvalError(`insufficient address space to extend prefix of ${net.prefix} by ${nb}`);
  if (num2 > (1n << BigInt(nb)) - 1n) throw new EvalError(`prefix extension of ${nb} does not accommodate a subnet numbered ${num2}`);
  return formatNetwork({ bits: net.bits, ip: net.ip | num2 << BigInt(net.bits - newPrefix), prefix: newPrefix });
}
function cidrhost(prefix, hostnum) {
  let num2 = wholeNumber2(hostnum, "hostnum");
  const net = parseCidr2(prefix);
  const max = hostMask2(net.bits, net.prefix);
  let magnitude = num2;
  if (num2 < 0n) {
    magnitude = -num2 - 1n;
    num2 = max - magnitude;
  } else if (num2 >= 1n << 64n) {
    throw new EvalError(`vpclint does not evaluate cidrhost with a host number of 2^64 or more (${num2})`);
  }
  if (magnitude > max) throw new EvalError(`prefix of ${net.prefix} does not accommodate a host numbered ${num2}`);
  const shift = net.bits === 128 && isMapped(net.ip) ? 96n : 0n;
  return formatIp(net.bits, (net.ip | num2 << shift) & (1n << 128n) - 1n);
}
function cidrnetmask(prefix) {
  const net = parseCidr2(prefix);
  if (net.bits === 32) return formatIp(32, mask(32, net.prefix));
  if (isMapped(net.ip)) return formatIp(128, mask(128, net.prefix));
  throw new EvalError(`IPv6 addresses cannot have a netmask: ${prefix}`);
}
function cidrsubnets(prefix, newbits) {
  const net = parseCidr2(prefix);
  if (newbits.length === 0) return [];
  if (net.bits === 128 && isMapped(net.ip)) throw new EvalError(`vpclint does not evaluate cidrsubnets on an IPv4-mapped IPv6 prefix (${prefix})`);
  const all = (1n << BigInt(net.bits)) - 1n;
  const first = Number(wholeNumber2(newbits[0], "newbits")) + net.prefix;
  let current = {
    bits: net.bits,
    ip: first >= 0 && first <= net.bits ? net.ip - 1n & all & mask(net.bits, first) : 0n,
    prefix: first
  };
  const out = [];
  newbits.forEach((raw, i) => {
    const arg = `argument ${i + 2}`;
    const n = Number(wholeNumber2(raw, `newbits (${arg})`));
    if (n < 1) throw new EvalError(`invalid value for newbits (${arg}): must extend prefix by at least one bit`);
    if (n > 32) throw new EvalError(`invalid value for newbits (${arg}): may not extend prefix by more than 32 bits`);
    const length = n + net.prefix;
    if (length > net.bits) {
      throw new EvalError(`invalid value for newbits (${arg}): would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
    }
    const currentLast = current.ip | hostMask2(net.bits, current.prefix);
    const last2 = currentLast & mask(net.bits, length) | hostMask2(net.bits, length);
    const following = last2 + 1n & all;
    const next = { bits: net.bits, ip: following & mask(net.bits, length), prefix: length };
    if (following === 0n || (next.ip & mask(net.bits, net.prefix)) !== net.ip) {
      throw new EvalError(
        `invalid value for newbits (${arg}): not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`
      );
    }
    current = next;
    out.push(formatNetwork(current));
  });
  return out;
}

// src/parse/terraform-hcl/functions.ts
var UnknownArgument = class {
  unknown;
  constructor(u) {
    this.unknown = u;
  }
};
function arity(name, args, min, max = min) {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${name}() takes ${want} argument${min === 1 && max === 1 ? "" : "s"}, not ${args.length}`);
  }
}
function known2(v) {
  const r = resolved(v);
  if (r instanceof Unknown) throw new UnknownArgument(derived(r));
  return r;
}
function wholly(v) {
  const r = known2(v);
  const u = firstUnknown(r);
  if (u !== void 0) throw new UnknownArgument(derived(u));
  return r;
}
function str(name, v) {
  const r = known2(v);
  const s = toStringValue(r);
  if (s === void 0) throw new EvalError(`${name}: a string is required, not ${typeName(r)}`);
  return s;
}
function num(name, v) {
  const r = known2(v);
  const n = toNumberValue(r);
  if (n === void 0) throw new EvalError(`${name}: a number is required, not ${typeName(r)}`);
  return n;
}
function int(name, v) {
  const n = num(name, v);
  if (!Number.isInteger(n)) throw new EvalError(`${name}: a whole number is required, not ${n}`);
  return n;
}
function list(name, v) {
  const r = known2(v);
  if (!Array.isArray(r)) throw new EvalError(`${name}: a list is required, not ${typeName(r)}`);
  return r;
}
function object(name, v) {
  const r = known2(v);
  if (!(r instanceof ObjectValue)) throw new EvalError(`${name}: a map or object is required, not ${typeName(r)}`);
  return r;
}
function toSet(items) {
  const u = firstUnknown(items);
  if (u !== void 0) throw new UnknownArgument(derived(u));
  const out = [];
  const primitives = items.every((x) => x === null || typeof x !== "object");
  if (primitives) {
    const strings = items.some((x) => typeof x === "string");
    const converted = items.filter((x) => x !== null).map((x) => strings ? toStringValue(x) : x);
    const unique2 = [...new Set(converted)];
    unique2.sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
    return unique2;
  }
  for (const x of items) if (!out.some((y) => valuesEqual(x, y))) out.push(resolved(x));
  return out;
}
function format(spec, args) {
  let out = "";
  let next = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/y;
  for (let i = 0; i < spec.length; ) {
    const c = spec[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(spec);
    if (m === null) throw new EvalError(`format: unsupported verb at "${spec.slice(i, i + 4)}"`);
    i = re.lastIndex;
    const [, flags = "", width, precision, verb] = m;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (next >= args.length) throw new EvalError(`format: not enough arguments for "${spec}"`);
    const arg = wholly(args[next++]);
    let text4;
    switch (verb) {
      case "s":
      case "v": {
        const s = toStringValue(arg);
        if (s === void 0) throw new EvalError(`format: %${verb} of a ${typeName(arg)} is not supported by vpclint`);
        text4 = precision === void 0 ? s : [...s].slice(0, Number(precision)).join("");
        break;
      }
      case "q":
        text4 = JSON.stringify(str("format", arg));
        break;
      case "t": {
        const b = toBoolValue(arg);
        if (b === void 0) throw new EvalError("format: %t needs a bool");
        text4 = String(b);
        break;
      }
      case "d":
      case "x":
      case "X":
      case "o":
      case "b": {
        const n = num("format", arg);
        if (!Number.isInteger(n)) throw new EvalError(`format: %${verb} needs a whole number, not ${n}`);
        const radix = verb === "d" ? 10 : verb === "o" ? 8 : verb === "b" ? 2 : 16;
        text4 = Math.abs(n).toString(radix);
        if (verb === "X") text4 = text4.toUpperCase();
        if (n < 0) text4 = `-${text4}`;
        else if (flags.includes("+")) text4 = `+${text4}`;
        break;
      }
      case "f":
      case "e":
      case "g": {
        const n = num("format", arg);
        text4 = verb === "f" ? n.toFixed(precision === void 0 ? 6 : Number(precision)) : verb === "e" ? n.toExponential(precision === void 0 ? 6 : Number(precision)).replace(/e([+-])(\d)$/, "e$10$2") : formatNumber(n);
        if (flags.includes("+") && n >= 0) text4 = `+${text4}`;
        break;
      }
      default:
        throw new EvalError(`format: the %${verb} verb is not supported by vpclint`);
    }
    if (width !== void 0 && text4.length < Number(width)) {
      const pad = Number(width) - text4.length;
      if (flags.includes("-")) text4 += " ".repeat(pad);
      else if (flags.includes("0") && /[dxXobfeg]/.test(verb)) text4 = text4.startsWith("-") || text4.startsWith("+") ? text4[0] + "0".repeat(pad) + text4.slice(1) : "0".repeat(pad) + text4;
      else text4 = " ".repeat(pad) + text4;
    }
    out += text4;
  }
  if (next < args.length) throw new EvalError(`format: too many arguments for "${spec}"`);
  return out;
}
function flatten(items, depth) {
  const out = [];
  for (const x of items) {
    const r = resolved(x);
    if (r instanceof Unknown) throw new UnknownArgument(derived(r));
    if (Array.isArray(r)) {
      if (depth > 64) throw new EvalError("flatten: the list nests too deeply");
      out.push(...flatten(r, depth + 1));
    } else {
      out.push(x);
    }
  }
  return out;
}
function replacement(text4) {
  return text4.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (m, braced, bare) => {
    if (m === "$$") return "$$";
    const name = braced ?? bare;
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}
function rangeOf(args) {
  arity("range", args, 1, 3);
  const ns = args.map((a) => num("range", a));
  let [start, limit, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2]];
  if (step === void 0) step = limit >= start ? 1 : -1;
  if (step === 0) throw new EvalError("range: step must not be zero");
  if (step > 0 && limit < start || step < 0 && limit > start) {
    throw new EvalError(`range: a step of ${step} cannot reach ${limit} from ${start}`);
  }
  const out = [];
  for (let v = start; step > 0 ? v < limit : v > limit; v += step) {
    if (out.length >= 1024) throw new EvalError("range: more than 1024 values");
    out.push(v);
  }
  return out;
}
function conversion(name, type, convert2) {
  return (a) => {
    arity(name, a, 1);
    const r = known2(a[0]);
    if (r === null) return null;
    const out = convert2(r);
    if (out === void 0) throw new EvalError(`${name}: cannot convert ${typeName(r)} to a ${type}`);
    return out;
  };
}
var FUNCTIONS = /* @__PURE__ */ new Map([
  ["cidrsubnet", (a) => (arity("cidrsubnet", a, 3), cidrsubnet(str("cidrsubnet", a[0]), num("cidrsubnet", a[1]), num("cidrsubnet", a[2])))],
  ["cidrsubnets", (a) => (arity("cidrsubnets", a, 1, Infinity), cidrsubnets(str("cidrsubnets", a[0]), a.slice(1).map((x) => num("cidrsubnets", x))))],
  ["cidrhost", (a) => (arity("cidrhost", a, 2), cidrhost(str("cidrhost", a[0]), num("cidrhost", a[1])))],
  ["cidrnetmask", (a) => (arity("cidrnetmask", a, 1), cidrnetmask(str("cidrnetmask", a[0])))],
  [
    "concat",
    (a) => {
      const out = [];
      for (const x of a) out.push(...list("concat", x));
      return out;
    }
  ],
  ["flatten", (a) => (arity("flatten", a, 1), flatten(list("flatten", a[0]), 0))],
  [
    "merge",
    (a) => {
      const entries2 = /* @__PURE__ */ new Map();
      for (const x of a) {
        const r = known2(x);
        if (r === null) continue;
        if (!(r instanceof ObjectValue)) throw new EvalError(`merge: arguments must be maps or objects, not ${typeName(r)}`);
        for (const [k, v] of r.entries) entries2.set(k, v);
      }
      return new ObjectValue(entries2);
    }
  ],
  [
    "lookup",
    (a) => {
      arity("lookup", a, 2, 3);
      const o = object("lookup", a[0]);
      const key = str("lookup", a[1]);
      if (o.has(key)) return o.get(key);
      if (a.length === 3) return a[2];
      throw new EvalError(`lookup: the map has no key "${key}" and no default was given`);
    }
  ],
  [
    "element",
    (a) => {
      arity("element", a, 2);
      const l = list("element", a[0]);
      const i = int("element", a[1]);
      if (l.length === 0) throw new EvalError("element: cannot use element function with an empty list");
      if (i < 0) throw new EvalError("element: cannot use element function with a negative index");
      return l[i % l.length];
    }
  ],
  [
    "length",
    (a) => {
      arity("length", a, 1);
      const r = known2(a[0]);
      if (Array.isArray(r)) return r.length;
      if (r instanceof ObjectValue) return r.size;
      if (typeof r === "string") return [...r].length;
      throw new EvalError(`length: a collection or string is required, not ${typeName(r)}`);
    }
  ],
  ["keys", (a) => (arity("keys", a, 1), [...object("keys", a[0]).entries.keys()])],
  ["values", (a) => (arity("values", a, 1), [...object("values", a[0]).entries.values()])],
  [
    "tolist",
    (a) => {
      arity("tolist", a, 1);
      const r = known2(a[0]);
      if (r === null) return null;
      if (!Array.isArray(r)) throw new EvalError(`tolist: cannot convert ${typeName(r)} to a list`);
      return r;
    }
  ],
  [
    "toset",
    (a) => {
      arity("toset", a, 1);
      const r = known2(a[0]);
      if (r === null) return null;
      if (!Array.isArray(r)) throw new EvalError(`toset: cannot convert ${typeName(r)} to a set`);
      return toSet(r);
    }
  ],
  [
    "tomap",
    (a) => {
      arity("tomap", a, 1);
      const r = known2(a[0]);
      if (r === null) return null;
      if (!(r instanceof ObjectValue)) throw new EvalError(`tomap: cannot convert ${typeName(r)} to a map`);
      return r;
    }
  ],
  ["format", (a) => (arity("format", a, 1, Infinity), format(str("format", a[0]), a.slice(1)))],
  [
    "join",
    (a) => {
      arity("join", a, 2, Infinity);
      const sep = str("join", a[0]);
      const parts = [];
      for (const l of a.slice(1)) for (const x of list("join", l)) parts.push(str("join", x));
      return parts.join(sep);
    }
  ],
  ["split", (a) => (arity("split", a, 2), str("split", a[1]).split(str("split", a[0])))],
  [
    "replace",
    (a) => {
      arity("replace", a, 3);
      const s = str("replace", a[0]);
      const sub = str("replace", a[1]);
      const rep = str("replace", a[2]);
      if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) {
        let re;
        try {
          re = new RegExp(sub.slice(1, -1), "gu");
        } catch {
          throw new EvalError(`replace: vpclint cannot read the regular expression ${sub}`);
        }
        return s.replace(re, replacement(rep));
      }
      return sub === "" ? s : s.split(sub).join(rep);
    }
  ],
  ["lower", (a) => (arity("lower", a, 1), str("lower", a[0]).toLowerCase())],
  ["upper", (a) => (arity("upper", a, 1), str("upper", a[0]).toUpperCase())],
  [
    "coalesce",
    (a) => {
      for (const x of a) {
        const r = known2(x);
        if (r !== null && r !== "") return x;
      }
      throw new EvalError("coalesce: no non-null, non-empty-string arguments");
    }
  ],
  [
    "coalescelist",
    (a) => {
      for (const x of a) {
        const l = known2(x);
        if (Array.isArray(l) && l.length > 0) return l;
        if (l !== null && !Array.isArray(l)) throw new EvalError(`coalescelist: arguments must be lists, not ${typeName(l)}`);
      }
      throw new EvalError("coalescelist: no non-empty list arguments");
    }
  ],
  [
    "distinct",
    (a) => {
      arity("distinct", a, 1);
      const l = wholly(list("distinct", a[0]));
      const out = [];
      for (const x of l) if (!out.some((y) => valuesEqual(x, y))) out.push(x);
      return out;
    }
  ],
  [
    "zipmap",
    (a) => {
      arity("zipmap", a, 2);
      const ks = list("zipmap", a[0]);
      const vs = list("zipmap", a[1]);
      if (ks.length !== vs.length) throw new EvalError(`zipmap: ${ks.length} keys but ${vs.length} values`);
      return new ObjectValue(ks.map((k, i) => [str("zipmap", k), vs[i]]));
    }
  ],
  [
    "setproduct",
    (a) => {
      if (a.length < 2) throw new EvalError("setproduct: at least two arguments are required");
      let product = [[]];
      for (const x of a) {
        const l = list("setproduct", x);
        const next = [];
        for (const p of product) for (const y of l) next.push([...p, y]);
        product = next;
        if (product.length > 1e5) throw new EvalError("setproduct: the product is too large for vpclint");
      }
      return product;
    }
  ],
  ["range", rangeOf],
  // Type conversions and small helpers with certain results.
  ["tostring", conversion("tostring", "string", toStringValue)],
  ["tonumber", conversion("tonumber", "number", toNumberValue)],
  ["tobool", conversion("tobool", "bool", toBoolValue)],
  [
    "contains",
    (a) => {
      arity("contains", a, 2);
      const l = wholly(list("contains", a[0]));
      const x = wholly(a[1]);
      return l.some((y) => valuesEqual(x, y));
    }
  ],
  ["compact", (a) => (arity("compact", a, 1), wholly(list("compact", a[0])).filter((x) => x !== null && x !== ""))],
  [
    "one",
    (a) => {
      arity("one", a, 1);
      const l = list("one", a[0]);
      if (l.length > 1) throw new EvalError(`one: the list has ${l.length} elements`);
      return l.length === 0 ? null : l[0];
    }
  ],
  [
    "slice",
    (a) => {
      arity("slice", a, 3);
      const l = list("slice", a[0]);
      const from = int("slice", a[1]);
      const to = int("slice", a[2]);
      if (from < 0 || to > l.length || from > to) throw new EvalError(`slice: indexes ${from} to ${to} do not fit a list of ${l.length}`);
      return l.slice(from, to);
    }
  ],
  [
    "sort",
    (a) => {
      arity("sort", a, 1);
      const l = list("sort", a[0]).map((x) => str("sort", x));
      return [...l].sort((x, y) => x < y ? -1 : x > y ? 1 : 0);
    }
  ],
  ["reverse", (a) => (arity("reverse", a, 1), [...list("reverse", a[0])].reverse())],
  ["trimspace", (a) => (arity("trimspace", a, 1), str("trimspace", a[0]).trim())],
  [
    "trimprefix",
    (a) => {
      arity("trimprefix", a, 2);
      const s = str("trimprefix", a[0]);
      const p = str("trimprefix", a[1]);
      return s.startsWith(p) ? s.slice(p.length) : s;
    }
  ],
  [
    "trimsuffix",
    (a) => {
      arity("trimsuffix", a, 2);
      const s = str("trimsuffix", a[0]);
      const p = str("trimsuffix", a[1]);
      return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
    }
  ],
  ["startswith", (a) => (arity("startswith", a, 2), str("startswith", a[0]).startsWith(str("startswith", a[1])))],
  ["endswith", (a) => (arity("endswith", a, 2), str("endswith", a[0]).endsWith(str("endswith", a[1])))],
  [
    "max",
    (a) => {
      if (a.length === 0) throw new EvalError("max: at least one argument is required");
      return Math.max(...a.map((x) => num("max", x)));
    }
  ],
  [
    "min",
    (a) => {
      if (a.length === 0) throw new EvalError("min: at least one argument is required");
      return Math.min(...a.map((x) => num("min", x)));
    }
  ],
  ["abs", (a) => (arity("abs", a, 1), Math.abs(num("abs", a[0])))],
  ["floor", (a) => (arity("floor", a, 1), Math.floor(num("floor", a[0])))],
  ["ceil", (a) => (arity("ceil", a, 1), Math.ceil(num("ceil", a[0])))]
]);
function callFunction(name, args) {
  const fn = FUNCTIONS.get(name);
  if (fn === void 0) return new Unknown(`vpclint does not evaluate the function ${name}()`);
  try {
    return fn(args);
  } catch (error) {
    if (error instanceof UnknownArgument) return error.unknown;
    throw error;
  }
}

// src/parse/terraform-hcl/syntax.ts
var HclSyntaxError = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.name = "HclSyntaxError";
    this.offset = offset;
  }
};
var MAX_DEPTH4 = 200;
var BINARY_LEVELS = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]].map(
  (ops) => [...ops].sort((a, b) => b.length - a.length)
);
function isIdStart2(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
}
function isIdPart2(c) {
  return isIdStart2(c) || c >= 48 && c <= 57 || c === 45;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
var Parser = class {
  src;
  pos = 0;
  depth = 0;
  constructor(src) {
    this.src = src;
  }
  fail(message, at4 = this.pos) {
    throw new HclSyntaxError(message, at4);
  }
  enter() {
    if (++this.depth > MAX_DEPTH4) this.fail("the expression nests too deeply");
  }
  /** Skips spaces, newlines and comments. */
  skip() {
    const s = this.src;
    for (; ; ) {
      const c = s.charCodeAt(this.pos);
      if (isSpace2(c)) {
        this.pos++;
      } else if (c === 35 || c === 47 && s.charCodeAt(this.pos + 1) === 47) {
        const nl = s.indexOf("\n", this.pos);
        this.pos = nl === -1 ? s.length : nl + 1;
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 42) {
        const end = s.indexOf("*/", this.pos + 2);
        if (end === -1) this.fail("unterminated comment");
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }
  peekChar() {
    this.skip();
    return this.src[this.pos] ?? "";
  }
  startsWith(text4) {
    this.skip();
    return this.src.startsWith(text4, this.pos);
  }
  eat(text4) {
    if (this.startsWith(text4)) {
      this.pos += text4.length;
      return true;
    }
    return false;
  }
  expect(text4) {
    if (!this.eat(text4)) this.fail(`expected "${text4}"${this.pos < this.src.length ? ` but found "${this.src[this.pos]}"` : " but the expression ended"}`);
  }
  /** An identifier at the current position (after skipping), or undefined. */
  ident() {
    this.skip();
    const s = this.src;
    if (!isIdStart2(s.charCodeAt(this.pos))) return void 0;
    const start = this.pos;
    while (this.pos < s.length && isIdPart2(s.charCodeAt(this.pos))) this.pos++;
    return s.slice(start, this.pos);
  }
  /** Looks at the identifier ahead without consuming it. */
  peekIdent() {
    const at4 = this.pos;
    const id = this.ident();
    this.pos = at4;
    return id;
  }
  atEnd() {
    this.skip();
    return this.pos >= this.src.length;
  }
  expression() {
    this.enter();
    try {
      const c = this.binary(0);
      if (this.peekChar() === "?") {
        this.pos++;
        const t = this.expression();
        this.expect(":");
        const f = this.expression();
        return { k: "cond", c, t, f };
      }
      return c;
    } finally {
      this.depth--;
    }
  }
  operator(level) {
    this.skip();
    const s = this.src;
    for (const op of BINARY_LEVELS[level]) {
      if (!s.startsWith(op, this.pos)) continue;
      if ((op === "<" || op === ">") && s[this.pos + 1] === "=") continue;
      if (op === "<" && s[this.pos + 1] === "<") continue;
      if (op === "*" && s[this.pos + 1] === "]") continue;
      return op;
    }
    return void 0;
  }
  binary(level) {
    if (level >= BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (let op = this.operator(level); op !== void 0; op = this.operator(level)) {
      this.pos += op.length;
      const right = this.binary(level + 1);
      left = { k: "binary", op, l: left, r: right };
    }
    return left;
  }
  unary() {
    const c = this.peekChar();
    if (c === "!" && this.src[this.pos + 1] !== "=") {
      this.pos++;
      this.enter();
      try {
        return { k: "unary", op: "!", e: this.unary() };
      } finally {
        this.depth--;
      }
    }
    if (c === "-") {
      this.pos++;
      this.enter();
      try {
        return { k: "unary", op: "-", e: this.unary() };
      } finally {
        this.depth--;
      }
    }
    return this.postfix(this.primary());
  }
  /** Traversals after a term: `.name`, `.0`, `[key]`, and the splats `[*]` / `.*`. */
  postfix(term) {
    let e = term;
    for (; ; ) {
      const c = this.peekChar();
      if (c === ".") {
        const save = this.pos;
        this.pos++;
        this.skip();
        if (this.src[this.pos] === "*") {
          this.pos++;
          e = { k: "splat", src: e, each: this.splatTraversal(false) };
          continue;
        }
        const step = this.dotStep();
        if (step === void 0) {
          this.pos = save;
          return e;
        }
        e = typeof step === "number" ? { k: "index", obj: e, key: { k: "lit", v: step } } : { k: "attr", obj: e, name: step };
      } else if (c === "[") {
        const save = this.pos;
        this.pos++;
        if (this.eat("*")) {
          this.skip();
          if (this.src[this.pos] === "]") {
            this.pos++;
            e = { k: "splat", src: e, each: this.splatTraversal(true) };
            continue;
          }
          this.pos = save + 1;
        }
        const key = this.expression();
        this.expect("]");
        e = { k: "index", obj: e, key };
      } else {
        return e;
      }
    }
  }
  /** After a `.`: an attribute name, or the digits of a legacy index (`aws_vpc.a.0.id`). */
  dotStep() {
    const s = this.src;
    if (isDigit(s.charCodeAt(this.pos))) {
      const start = this.pos;
      while (isDigit(s.charCodeAt(this.pos))) this.pos++;
      return Number(s.slice(start, this.pos));
    }
    return this.ident();
  }
  /** The traversal a splat applies to each element: attributes (and, for `[*]`, indexes). */
  splatTraversal(full) {
    let e = { k: "anon" };
    for (; ; ) {
      const c = this.peekChar();
      if (c === ".") {
        const save = this.pos;
        this.pos++;
        this.skip();
        const step = this.src[this.pos] === "*" ? void 0 : this.dotStep();
        if (step === void 0) {
          this.pos = save;
          return e;
        }
        e = typeof step === "number" ? { k: "index", obj: e, key: { k: "lit", v: step } } : { k: "attr", obj: e, name: step };
      } else if (c === "[" && full) {
        this.pos++;
        const key = this.expression();
        this.expect("]");
        e = { k: "index", obj: e, key };
      } else {
        return e;
      }
    }
  }
  primary() {
    this.skip();
    const s = this.src;
    const at4 = this.pos;
    const c = s.charCodeAt(at4);
    if (isDigit(c)) return this.number();
    if (c === 34) {
      this.pos++;
      return this.template("quoted");
    }
    if (c === 60 && s.charCodeAt(at4 + 1) === 60) return this.heredoc();
    if (c === 40) {
      this.pos++;
      const e = this.expression();
      this.expect(")");
      return { k: "paren", e };
    }
    if (c === 91) {
      this.pos++;
      return this.tupleOrFor();
    }
    if (c === 123) {
      this.pos++;
      return this.objectOrFor();
    }
    if (isIdStart2(c)) {
      let name = this.ident();
      while (s.startsWith("::", this.pos) && isIdStart2(s.charCodeAt(this.pos + 2))) {
        this.pos += 2;
        name += `::${this.ident()}`;
      }
      if (this.peekChar() === "(") {
        this.pos++;
        return this.call(name);
      }
      if (name === "true") return { k: "lit", v: true };
      if (name === "false") return { k: "lit", v: false };
      if (name === "null") return { k: "lit", v: null };
      return { k: "var", name };
    }
    if (at4 >= s.length) this.fail("expected an expression but the text ended");
    this.fail(`unexpected "${s[at4]}" where an expression should start`);
  }
  number() {
    const s = this.src;
    const start = this.pos;
    while (isDigit(s.charCodeAt(this.pos))) this.pos++;
    if (s[this.pos] === "." && isDigit(s.charCodeAt(this.pos + 1))) {
      this.pos++;
      while (isDigit(s.charCodeAt(this.pos))) this.pos++;
    }
    if (s[this.pos] === "e" || s[this.pos] === "E") {
      let p = this.pos + 1;
      if (s[p] === "+" || s[p] === "-") p++;
      if (isDigit(s.charCodeAt(p))) {
        while (isDigit(s.charCodeAt(p))) p++;
        this.pos = p;
      }
    }
    return { k: "lit", v: Number(s.slice(start, this.pos)) };
  }
  call(name) {
    const args = [];
    let expand2 = false;
    if (this.eat(")")) return { k: "call", name, args, expand: expand2 };
    for (; ; ) {
      args.push(this.expression());
      if (this.eat("...")) {
        expand2 = true;
        this.eat(",");
        this.expect(")");
        break;
      }
      if (this.eat(")")) break;
      this.expect(",");
      if (this.eat(")")) break;
    }
    return { k: "call", name, args, expand: expand2 };
  }
  isForStart() {
    const save = this.pos;
    const kw = this.ident();
    const next = kw === "for" ? this.peekIdent() : void 0;
    this.pos = save;
    return kw === "for" && next !== void 0;
  }
  /** `for k, v in coll :` — the common head of both `for` expressions. */
  forHead() {
    this.ident();
    const head = this.forVariables("expression");
    this.expect(":");
    return head;
  }
  /** `k, v in coll` (or `v in coll`) after `for`, in a for expression or a template directive. */
  forVariables(where3) {
    const first = this.ident();
    if (first === void 0) this.fail('expected a variable name after "for"');
    let keyVar;
    let valVar = first;
    if (this.eat(",")) {
      const second = this.ident();
      if (second === void 0) this.fail('expected a second variable name after ","');
      keyVar = first;
      valVar = second;
    }
    if (this.ident() !== "in") this.fail(`expected "in" in a for ${where3}`);
    return { keyVar, valVar, coll: this.expression() };
  }
  forCondition() {
    const save = this.pos;
    if (this.ident() === "if") return this.expression();
    this.pos = save;
    return void 0;
  }
  tupleOrFor() {
    if (this.isForStart()) {
      const head = this.forHead();
      const valExpr = this.expression();
      const cond = this.forCondition();
      this.expect("]");
      return { k: "for", ...head, keyExpr: void 0, valExpr, cond, group: false };
    }
    const items = [];
    while (!this.eat("]")) {
      items.push(this.expression());
      if (this.eat("]")) break;
      this.expect(",");
    }
    return { k: "tuple", items };
  }
  objectOrFor() {
    if (this.isForStart()) {
      const head = this.forHead();
      const keyExpr = this.expression();
      this.expect("=>");
      const valExpr = this.expression();
      const group = this.eat("...");
      const cond = this.forCondition();
      this.expect("}");
      return { k: "for", ...head, keyExpr, valExpr, cond, group };
    }
    const items = [];
    while (!this.eat("}")) {
      items.push(this.objectItem());
      this.eat(",");
    }
    return { k: "object", items };
  }
  objectItem() {
    const save = this.pos;
    const id = this.ident();
    let key;
    if (id !== void 0 && (this.startsWith("=") || this.startsWith(":")) && !this.startsWith("==") && !this.startsWith("::")) {
      key = { k: "lit", v: id };
    } else {
      this.pos = save;
      key = this.expression();
    }
    if (!this.eat("=") && !this.eat(":")) this.fail('expected "=" or ":" after an object key');
    return { key, value: this.expression() };
  }
  heredoc() {
    const s = this.src;
    this.pos += 2;
    const indented = s[this.pos] === "-";
    if (indented) this.pos++;
    const marker = this.ident();
    if (marker === void 0) this.fail('expected a heredoc marker after "<<"');
    const eol = s.indexOf("\n", this.pos);
    if (eol === -1 || s.slice(this.pos, eol).trim() !== "") this.fail("a heredoc marker must end its line");
    const lines = [];
    let p = eol + 1;
    for (; ; ) {
      if (p >= s.length) this.fail(`the heredoc has no closing ${marker} line`);
      const nl = s.indexOf("\n", p);
      const line = s.slice(p, nl === -1 ? s.length : nl);
      p = nl === -1 ? s.length : nl + 1;
      if (line.trim() === marker) break;
      lines.push(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
    this.pos = p;
    let body2 = lines;
    if (indented) {
      let min = Infinity;
      for (const l of lines) {
        if (l.trim() === "") continue;
        min = Math.min(min, l.length - l.trimStart().length);
      }
      if (min !== Infinity) body2 = lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length)));
    }
    const text4 = body2.map((l) => `${l}
`).join("");
    return parseTemplate(text4);
  }
  /**
   * A template: literal text, `${expr}` interpolations and `%{...}` directives. In `quoted` mode
   * it starts after the opening quote and ends at the closing one.
   */
  template(mode) {
    const s = this.src;
    const flat = [];
    let text4 = "";
    const flush = () => {
      if (text4 !== "") flat.push({ k: "str", s: text4 });
      text4 = "";
    };
    for (; ; ) {
      if (this.pos >= s.length) {
        if (mode === "quoted") this.fail("the string has no closing quote");
        break;
      }
      const ch = s[this.pos];
      if (mode === "quoted" && ch === '"') {
        this.pos++;
        break;
      }
      if (mode === "quoted" && (ch === "\n" || ch === "\r")) this.fail("a quoted string cannot span lines");
      if (mode === "quoted" && ch === "\\") {
        text4 += this.escape();
        continue;
      }
      if ((ch === "$" || ch === "%") && s[this.pos + 1] === ch && s[this.pos + 2] === "{") {
        text4 += `${ch}{`;
        this.pos += 3;
        continue;
      }
      if (ch === "$" && s[this.pos + 1] === "{") {
        flush();
        this.pos += 2;
        const sl = this.stripMarker();
        const e = this.expression();
        const sr = this.closeSequence();
        flat.push({ k: "interp", e, sl, sr });
        continue;
      }
      if (ch === "%" && s[this.pos + 1] === "{") {
        flush();
        const at4 = this.pos;
        this.pos += 2;
        flat.push(this.directive(at4));
        continue;
      }
      text4 += ch;
      this.pos++;
    }
    flush();
    return buildTemplate(flat, this);
  }
  stripMarker() {
    this.skip();
    if (this.src[this.pos] === "~") {
      this.pos++;
      return true;
    }
    return false;
  }
  /** The end of `${...}` or `%{...}`: an optional `~`, then `}`. Returns whether `~` was there. */
  closeSequence() {
    const sr = this.stripMarker();
    this.expect("}");
    return sr;
  }
  directive(at4) {
    const sl = this.stripMarker();
    const kw = this.ident();
    switch (kw) {
      case "if": {
        const cond = this.expression();
        return { k: "dir", kw, sl, sr: this.closeSequence(), cond, at: at4 };
      }
      case "for": {
        const { keyVar, valVar, coll } = this.forVariables("directive");
        return { k: "dir", kw, sl, sr: this.closeSequence(), keyVar, valVar, coll, at: at4 };
      }
      case "else":
      case "endif":
      case "endfor":
        return { k: "dir", kw, sl, sr: this.closeSequence(), at: at4 };
      default:
        this.fail(`"${kw ?? ""}" is not a template directive (if, else, endif, for, endfor)`, at4);
    }
  }
  escape() {
    const s = this.src;
    const c = s[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U": {
        const n = c === "u" ? 4 : 8;
        const hex = s.slice(this.pos, this.pos + n);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail(`\\${c} needs ${n} hexadecimal digits`, this.pos - 2);
        this.pos += n;
        const code2 = parseInt(hex, 16);
        if (code2 > 1114111) this.fail(`\\${c}${hex} is not a Unicode character`, this.pos - n - 2);
        return String.fromCodePoint(code2);
      }
      default:
        this.fail(`"\\${c ?? ""}" is not a valid escape sequence`, this.pos - 2);
    }
  }
};
function buildTemplate(flat, parser) {
  for (let i2 = 0; i2 < flat.length; i2++) {
    const p = flat[i2];
    if (p.k === "str") continue;
    const before = flat[i2 - 1];
    const after = flat[i2 + 1];
    if (p.sl && before?.k === "str") before.s = before.s.trimEnd();
    if (p.sr && after?.k === "str") after.s = after.s.trimStart();
  }
  let i = 0;
  const parts = (until) => {
    const out = [];
    while (i < flat.length) {
      const p = flat[i++];
      if (p.k === "str") {
        if (p.s !== "") out.push({ k: "str", s: p.s });
      } else if (p.k === "interp") {
        out.push({ k: "interp", e: p.e });
      } else if (until.includes(p.kw)) {
        return { parts: out, end: p };
      } else if (p.kw === "if") {
        const then = parts(["else", "endif"]);
        let otherwise = [];
        if (then.end?.k === "dir" && then.end.kw === "else") otherwise = parts(["endif"]).parts;
        else if (then.end === void 0) parser.fail("%{if} has no %{endif}", p.at);
        out.push({ k: "if", cond: p.cond, then: then.parts, else: otherwise });
      } else if (p.kw === "for") {
        const body2 = parts(["endfor"]);
        if (body2.end === void 0) parser.fail("%{for} has no %{endfor}", p.at);
        out.push({ k: "for", keyVar: p.keyVar, valVar: p.valVar, coll: p.coll, body: body2.parts });
      } else {
        parser.fail(`%{${p.kw}} without a matching opening directive`, p.at);
      }
    }
    return { parts: out, end: void 0 };
  };
  const result = parts([]).parts;
  if (result.length === 0) return { k: "lit", v: "" };
  if (result.length === 1) {
    const only = result[0];
    if (only.k === "str") return { k: "lit", v: only.s };
    if (only.k === "interp") return { k: "wrap", e: only.e };
  }
  return { k: "tpl", parts: result };
}
function parseExpression(text4) {
  const p = new Parser(text4);
  const e = p.expression();
  if (!p.atEnd()) p.fail(`unexpected "${text4[p.pos]}" after the end of the expression`);
  return e;
}
function parseTemplate(text4) {
  if (!text4.includes("{")) return { k: "lit", v: text4 };
  return parseOneReference(text4) ?? parseTemplateInFull(text4);
}
function parseOneReference(text4) {
  const reference = ONE_REFERENCE.exec(text4);
  if (reference === null) return void 0;
  const [root, ...steps] = reference[1].split(".");
  if (root === "true" || root === "false" || root === "null") return void 0;
  let e = { k: "var", name: root };
  for (const name of steps) e = { k: "attr", obj: e, name };
  return { k: "wrap", e };
}
var ONE_REFERENCE = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\}$/;
function parseTemplateInFull(text4) {
  return new Parser(text4).template("raw");
}

// src/parse/terraform-hcl/evaluate.ts
var Scope = class _Scope {
  #parent;
  #names;
  #root;
  /** The element a splat's traversal is applied to. */
  anon;
  constructor(root, parent, names2, anon) {
    this.#root = root;
    this.#parent = parent;
    this.#names = names2;
    this.anon = anon ?? parent?.anon;
  }
  /** A scope with more local names (a `for` expression's variables, `each`, a dynamic iterator). */
  with(names2) {
    return new _Scope(this.#root, this, names2);
  }
  withAnon(value) {
    return new _Scope(this.#root, this, void 0, value);
  }
  lookup(name) {
    for (let s = this; s !== void 0; s = s.#parent) {
      const names2 = s.#names;
      if (names2 !== void 0 && names2.has(name)) return names2.get(name);
    }
    return this.#root(name);
  }
};
var templateCache = /* @__PURE__ */ new Map();
function parseCached(text4) {
  const reference = parseOneReference(text4);
  if (reference !== void 0) return reference;
  let e = templateCache.get(text4);
  if (e === void 0) {
    try {
      e = parseTemplate(text4);
    } catch (error) {
      if (!(error instanceof HclSyntaxError)) throw error;
      e = error;
    }
    if (templateCache.size > 2e5) templateCache.clear();
    templateCache.set(text4, e);
  }
  if (e instanceof HclSyntaxError) throw new EvalError(`vpclint cannot read the expression: ${e.message}`);
  return e;
}
function stepInto(u, step) {
  if (u.refs.length === 0) return u;
  return new Unknown(
    u.reason,
    u.refs.map((r) => ({ address: r.address, attribute: [...r.attribute, step] }))
  );
}
function getAttr(value, name) {
  if (value instanceof Unknown) return stepInto(value, name);
  if (value instanceof Lazy) return value.attr(name);
  if (value instanceof ObjectValue) {
    if (value.has(name)) return value.get(name);
    throw new EvalError(`this object has no attribute "${name}"`);
  }
  if (value === null) throw new EvalError(`cannot read attribute "${name}" of a null value`);
  throw new EvalError(`cannot read attribute "${name}" of a ${typeName(value)}`);
}
function getIndex(value, key) {
  const k = resolved(key);
  if (k instanceof Unknown) return derived(k);
  const v = value instanceof Lazy ? value.whole() : value;
  if (v instanceof Unknown) {
    const step = typeof k === "number" || typeof k === "string" ? k : void 0;
    return step === void 0 ? v : stepInto(v, step);
  }
  if (Array.isArray(v)) {
    const n = toNumberValue(k);
    if (n === void 0 || !Number.isInteger(n)) throw new EvalError(`a list index must be a whole number, not ${typeName(k)}`);
    if (n < 0 || n >= v.length) throw new EvalError(`index ${n} is out of range for a list of ${v.length}`);
    return v[n];
  }
  if (v instanceof ObjectValue) {
    const s = toStringValue(k);
    if (s === void 0) throw new EvalError(`a map key must be a string, not ${typeName(k)}`);
    if (v.has(s)) return v.get(s);
    throw new EvalError(`the map has no element with key "${s}"`);
  }
  if (v === null) throw new EvalError("cannot index a null value");
  throw new EvalError(`cannot index a ${typeName(v)}`);
}
function toBool(v, what) {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  const b = toBoolValue(r);
  if (b === void 0) throw new EvalError(`${what} must be a bool, not ${typeName(r)}`);
  return b;
}
function toNumber(v, op) {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  const n = toNumberValue(r);
  if (n === void 0) throw new EvalError(`the operands of ${op} must be numbers, not ${typeName(r)}`);
  return n;
}
function iterate(coll, what) {
  const c = resolved(coll);
  if (c instanceof Unknown) return derived(c);
  if (Array.isArray(c)) return c.map((v, i) => [i, v]);
  if (c instanceof ObjectValue) return [...c.entries];
  if (c === null) throw new EvalError(`${what} cannot iterate over a null value`);
  throw new EvalError(`${what} cannot iterate over a ${typeName(c)}`);
}
function interpolate(v) {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  if (r === null) throw new EvalError("a template cannot include a null value");
  const s = toStringValue(r);
  if (s === void 0) throw new EvalError(`a template cannot include a ${typeName(r)}`);
  return s;
}
function renderParts(parts, scope) {
  let out = "";
  for (const p of parts) {
    let piece;
    switch (p.k) {
      case "str":
        piece = p.s;
        break;
      case "interp":
        piece = interpolate(evaluate(p.e, scope));
        break;
      case "if": {
        const c = toBool(evaluate(p.cond, scope), "a template %{if} condition");
        piece = c instanceof Unknown ? c : renderParts(c ? p.then : p.else, scope);
        break;
      }
      case "for": {
        const items = iterate(evaluate(p.coll, scope), "a template %{for}");
        if (items instanceof Unknown) return items;
        piece = "";
        for (const [k, v] of items) {
          const names2 = /* @__PURE__ */ new Map([[p.valVar, v]]);
          if (p.keyVar !== void 0) names2.set(p.keyVar, k);
          const body2 = renderParts(p.body, scope.with(names2));
          if (body2 instanceof Unknown) return body2;
          piece += body2;
        }
        break;
      }
    }
    if (piece instanceof Unknown) return piece;
    out += piece;
  }
  return out;
}
function binary(op, l, r) {
  switch (op) {
    case "==":
    case "!=": {
      const a = resolved(l);
      const b = resolved(r);
      if (a instanceof Unknown) return derived(a);
      if (b instanceof Unknown) return derived(b);
      const eq = valuesEqual(a, b);
      return op === "==" ? eq : !eq;
    }
    case "&&":
    case "||": {
      const a = toBool(l, `the operands of ${op}`);
      const b = toBool(r, `the operands of ${op}`);
      if (op === "&&") {
        if (a === false || b === false) return false;
      } else if (a === true || b === true) {
        return true;
      }
      if (a instanceof Unknown) return a;
      if (b instanceof Unknown) return b;
      return op === "&&" ? a && b : a || b;
    }
    default: {
      const a = toNumber(l, op);
      const b = toNumber(r, op);
      if (a instanceof Unknown) return a;
      if (b instanceof Unknown) return b;
      switch (op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          if (b === 0) throw new EvalError("division by zero");
          return a / b;
        case "%":
          if (b === 0) throw new EvalError("modulo by zero");
          return a % b;
        case "<":
          return a < b;
        case "<=":
          return a <= b;
        case ">":
          return a > b;
        case ">=":
          return a >= b;
        default:
          throw new EvalError(`unknown operator ${op}`);
      }
    }
  }
}
function evalFor(e, scope) {
  const items = iterate(evaluate(e.coll, scope), "a for expression");
  if (items instanceof Unknown) return items;
  const tuple = [];
  const entries2 = /* @__PURE__ */ new Map();
  const groups2 = /* @__PURE__ */ new Map();
  for (const [k, v] of items) {
    const names2 = /* @__PURE__ */ new Map([[e.valVar, v]]);
    if (e.keyVar !== void 0) names2.set(e.keyVar, k);
    const inner = scope.with(names2);
    if (e.cond !== void 0) {
      const c = toBool(evaluate(e.cond, inner), "a for expression condition");
      if (c instanceof Unknown) return c;
      if (!c) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (e.keyExpr === void 0) {
      tuple.push(value);
      continue;
    }
    const key = resolved(evaluate(e.keyExpr, inner));
    if (key instanceof Unknown) return derived(key);
    const ks = toStringValue(key);
    if (ks === void 0) throw new EvalError(`a for expression key must be a string, not ${typeName(key)}`);
    if (e.group) {
      let g = groups2.get(ks);
      if (g === void 0) groups2.set(ks, g = []);
      g.push(value);
    } else {
      if (entries2.has(ks)) throw new EvalError(`the for expression produces the key "${ks}" twice (add ... to group the values)`);
      entries2.set(ks, value);
    }
  }
  if (e.keyExpr === void 0) return tuple;
  return new ObjectValue(e.group ? groups2 : entries2);
}
function evalCall(e, scope) {
  if (e.name === "try" || e.name === "can") {
    if (e.args.length === 0) throw new EvalError(`${e.name}() needs at least one argument`);
    for (const arg of e.name === "can" ? e.args.slice(0, 1) : e.args) {
      try {
        const v = evaluate(arg, scope);
        if (e.name === "can") return v instanceof Unknown ? derived(v) : true;
        return v;
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    if (e.name === "can") return false;
    throw new EvalError("try: no argument could be evaluated without an error");
  }
  let args = e.args.map((a) => evaluate(a, scope));
  if (e.expand && args.length > 0) {
    const last2 = resolved(args[args.length - 1]);
    if (last2 instanceof Unknown) return derived(last2);
    if (!Array.isArray(last2)) throw new EvalError(`the argument expanded with ... must be a list, not ${typeName(last2)}`);
    args = [...args.slice(0, -1), ...last2];
  }
  return callFunction(e.name, args);
}
function evaluate(e, scope) {
  switch (e.k) {
    case "lit":
      return e.v;
    case "wrap":
    case "paren":
      return evaluate(e.e, scope);
    case "tpl":
      return renderParts(e.parts, scope);
    case "var":
      return scope.lookup(e.name);
    case "anon":
      if (scope.anon === void 0) throw new EvalError("a splat element used outside a splat");
      return scope.anon;
    case "attr":
      return getAttr(evaluate(e.obj, scope), e.name);
    case "index":
      return getIndex(evaluate(e.obj, scope), evaluate(e.key, scope));
    case "splat": {
      const src = evaluate(e.src, scope);
      const v = src instanceof Lazy ? src : resolved(src);
      if (v instanceof Unknown) return derived(v);
      if (v === null) return [];
      const items = Array.isArray(v) ? v : [v];
      return items.map((item) => evaluate(e.each, scope.withAnon(item)));
    }
    case "call":
      return evalCall(e, scope);
    case "tuple":
      return e.items.map((item) => evaluate(item, scope));
    case "object": {
      const entries2 = /* @__PURE__ */ new Map();
      for (const item of e.items) {
        const key = resolved(evaluate(item.key, scope));
        if (key instanceof Unknown) return derived(key);
        const ks = toStringValue(key);
        if (ks === void 0) throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
        entries2.set(ks, evaluate(item.value, scope));
      }
      return new ObjectValue(entries2);
    }
    case "for":
      return evalFor(e, scope);
    case "cond": {
      const c = toBool(evaluate(e.c, scope), "a condition");
      if (c instanceof Unknown) return c;
      return evaluate(c ? e.t : e.f, scope);
    }
    case "unary": {
      if (e.op === "!") {
        const b = toBool(evaluate(e.e, scope), "the operand of !");
        return b instanceof Unknown ? b : !b;
      }
      const n = toNumber(evaluate(e.e, scope), "-");
      return n instanceof Unknown ? n : -n;
    }
    case "binary":
      return binary(e.op, evaluate(e.l, scope), evaluate(e.r, scope));
  }
}
function evaluateJson(json, scope, depth = 0) {
  if (typeof json === "string") return json.includes("{") ? evaluate(parseCached(json), scope) : json;
  if (json === null || typeof json === "number" || typeof json === "boolean") return json;
  if (depth > 64) throw new EvalError("the value nests too deeply");
  if (Array.isArray(json)) return json.map((x) => evaluateJson(x, scope, depth + 1));
  if (typeof json === "object") {
    const entries2 = /* @__PURE__ */ new Map();
    for (const rawKey of Object.keys(json)) {
      const key = rawKey.includes("{") ? resolved(evaluate(parseCached(rawKey), scope)) : rawKey;
      if (key instanceof Unknown) return derived(key);
      const ks = toStringValue(key);
      if (ks === void 0) throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
      entries2.set(ks, evaluateJson(json[rawKey], scope, depth + 1));
    }
    return new ObjectValue(entries2);
  }
  return null;
}

// src/parse/terraform-hcl/depth.ts
var MAX_NESTING_DEPTH = 100;
var DIRECTIVE2 = /^%\{~?\s*(if|for|endif|endfor)\b/;
var STRING_STOP = /[\\"\n$%]/g;
function isOperandAscii(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 46;
}
function firstTooDeep(text4, limit = MAX_NESTING_DEPTH) {
  const n = text4.length;
  const base = { kind: "bracket", brace: true, interpolation: false, chain: 0 };
  const stack = [base];
  let depth = 0;
  let directives = 0;
  let operand = false;
  let i = 0;
  const open = (at4, brace, interpolation) => {
    stack.push({ kind: "bracket", brace, interpolation, chain: 0 });
    operand = false;
    return ++depth > limit ? { offset: at4, what: "bracket" } : void 0;
  };
  const endChain = (frame) => {
    depth -= frame.chain;
    frame.chain = 0;
  };
  const template = (c) => {
    if (text4.charCodeAt(i + 1) !== 123) return void 0;
    if (text4.charCodeAt(i - 1) === c) return void 0;
    if (c === 37) {
      const m = DIRECTIVE2.exec(text4.slice(i, i + 16));
      if (m !== null) {
        if (m[1] === "if" || m[1] === "for") {
          directives++;
          depth++;
        } else if (directives > 0) {
          directives--;
          depth--;
        }
      }
    }
    return open(i + 1, true, true);
  };
  while (i < n) {
    const top = stack[stack.length - 1];
    if (top.kind === "string") {
      STRING_STOP.lastIndex = i;
      if (!STRING_STOP.test(text4)) break;
      i = STRING_STOP.lastIndex - 1;
    }
    const c = text4.charCodeAt(i);
    if (top.kind === "string") {
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === 34 || c === 10) {
        stack.pop();
        operand = true;
        i++;
        continue;
      }
      if (c === 36 || c === 37) {
        const found = template(c);
        if (found !== void 0) return found;
        if (stack[stack.length - 1] !== top) {
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }
    if (top.kind === "heredoc") {
      if (i === 0 || text4.charCodeAt(i - 1) === 10) {
        const nl = text4.indexOf("\n", i);
        if (text4.slice(i, nl < 0 ? n : nl).trim() === top.marker) {
          stack.pop();
          operand = true;
          i = nl < 0 ? n : nl;
          continue;
        }
      }
      if (c === 36 || c === 37) {
        const found = template(c);
        if (found !== void 0) return found;
        if (stack[stack.length - 1] !== top) {
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 10) {
      if (top.brace && !top.interpolation) endChain(top);
      i++;
    } else if (c === 35 || c === 47 && text4.charCodeAt(i + 1) === 47) {
      const nl = text4.indexOf("\n", i);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && text4.charCodeAt(i + 1) === 42) {
      const end = text4.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34) {
      stack.push({ kind: "string" });
      i++;
    } else if (c === 40 || c === 91 || c === 123) {
      const found = open(i, c === 123, false);
      if (found !== void 0) return found;
      i++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (top !== base) {
        endChain(top);
        stack.pop();
        depth--;
      }
      operand = true;
      i++;
    } else if (c === 44) {
      endChain(top);
      operand = false;
      i++;
    } else if (c === 63 || (c === 45 || c === 33) && !operand && text4.charCodeAt(i + 1) !== 61) {
      top.chain++;
      if (++depth > limit) return { offset: i, what: "operator" };
      operand = false;
      i++;
    } else if (c === 60 && text4.charCodeAt(i + 1) === 60 && /^<<-?[A-Za-z_][\w-]*[ \t]*\r?\n/.test(text4.slice(i, i + 200))) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text4.slice(i, i + 200));
      stack.push({ kind: "heredoc", marker: m[1] });
      i += m[0].length;
    } else {
      operand = c < 128 ? isOperandAscii(c) : true;
      i += c >= 55296 && c < 56320 ? 2 : 1;
    }
  }
  return void 0;
}

// src/parse/terraform-hcl/garbage.ts
var MAX_INVALID_CHARACTERS = 1e3;
function invalidAscii(c) {
  return c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127 || c === 59 || // ;
  c === 96 || // `
  c === 39 || // '
  c === 64 || // @
  c === 92 || // \
  c === 36;
}
var LETTER = /[\p{L}\p{M}\p{Nd}]/u;
var CODE_STOP = /[#/"{}<\x00-\x08\x0b\x0c\x0e-\x1f\x7f;`'@\\$\u0080-\uffff]/g;
var STRING_STOP2 = /[\\"\n$%]/g;
function firstOfManyInvalid(text4, limit = MAX_INVALID_CHARACTERS) {
  const n = text4.length;
  let count2 = 0;
  let first = -1;
  let i = 0;
  const open = [];
  let inString = false;
  while (i < n) {
    const stop = inString ? STRING_STOP2 : CODE_STOP;
    stop.lastIndex = i;
    if (!stop.test(text4)) break;
    i = stop.lastIndex - 1;
    const c = text4.charCodeAt(i);
    if (inString) {
      if (c === 92) {
        i += 2;
      } else if (c === 34 || c === 10) {
        inString = false;
        i++;
      } else if ((c === 36 || c === 37) && text4.charCodeAt(i + 1) === 123) {
        if (text4.charCodeAt(i - 1) !== c) {
          open.push(1);
          inString = false;
        }
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (c === 35 || c === 47 && text4.charCodeAt(i + 1) === 47) {
      const nl = text4.indexOf("\n", i);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && text4.charCodeAt(i + 1) === 42) {
      const end = text4.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34) {
      inString = true;
      i++;
    } else if (c === 123 || c === 125) {
      if (open.length > 0) {
        open[open.length - 1] += c === 123 ? 1 : -1;
        if (open[open.length - 1] === 0) {
          open.pop();
          inString = true;
        }
      }
      i++;
    } else if (c === 60 && text4.charCodeAt(i + 1) === 60) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text4.slice(i, i + 200));
      if (m === null) {
        i += 2;
        continue;
      }
      const marker = m[1];
      i += m[0].length;
      while (i < n) {
        const nl = text4.indexOf("\n", i);
        const line = text4.slice(i, nl < 0 ? n : nl);
        i = nl < 0 ? n : nl + 1;
        if (line.trim() === marker) break;
      }
    } else {
      const bad = c < 128 ? invalidAscii(c) : !LETTER.test(String.fromCodePoint(text4.codePointAt(i)));
      if (bad) {
        if (first < 0) first = i;
        if (++count2 > limit) return first;
      }
      i += c >= 55296 && c < 56320 ? 2 : 1;
    }
  }
  return void 0;
}

// src/parse/terraform-hcl/hcl2json.ts
var PLACEHOLDER = "vpclint-input.tf";
var module2;
function isStartFailure(reason) {
  if (!(reason instanceof Error)) return false;
  const file = reason.path;
  return typeof file === "string" && /wasm/i.test(file) || /wasm|WebAssembly/i.test(reason.message) || reason.name === "CompileError" || reason.name === "LinkError";
}
var GO_FUNCTIONS = "__parse_terraform_config_wasm__";
var START_TIMEOUT_MS = 3e4;
function started(failed) {
  return new Promise((resolve, reject) => {
    let done = false;
    const timeout = setTimeout(() => reject(new Error(`it did not start within ${START_TIMEOUT_MS / 1e3} s`)), START_TIMEOUT_MS);
    failed.catch((reason) => {
      done = true;
      clearTimeout(timeout);
      reject(reason);
    });
    const check = () => {
      if (done) return;
      const go = globalThis[GO_FUNCTIONS];
      if (typeof go?.parse === "function") {
        clearTimeout(timeout);
        resolve();
      } else {
        setTimeout(check, 1).unref();
      }
    };
    check();
  });
}
var parsing = 0;
var runtimes = [];
function holdTimers(go) {
  const timers = go._scheduledTimeouts;
  if (!(timers instanceof Map)) return;
  for (const t of timers.values()) {
    if (typeof t === "object" && t !== null && "ref" in t && "unref" in t) parsing > 0 ? t.ref() : t.unref();
  }
}
function quietTimers() {
  const g = globalThis;
  const Go = g.Go;
  if (typeof Go !== "function") return;
  class QuietGo extends Go {
    constructor() {
      super();
      const imports = this.importObject["gojs"] ?? this.importObject["go"];
      const schedule = imports?.["runtime.scheduleTimeoutEvent"];
      if (imports === void 0 || typeof schedule !== "function") return;
      runtimes.push(this);
      imports["runtime.scheduleTimeoutEvent"] = (sp) => {
        schedule(sp);
        holdTimers(this);
      };
    }
  }
  g.Go = QuietGo;
}
function load() {
  module2 ??= (async () => {
    const v8 = await Promise.resolve().then(() => __toESM(require("node:v8"), 1));
    v8.setFlagsFromString("--liftoff-only");
    let fail2 = () => void 0;
    const failed = new Promise((_, reject) => {
      fail2 = reject;
    });
    const listener = (reason) => {
      if (!isStartFailure(reason)) throw reason;
      fail2(reason);
    };
    process.on("unhandledRejection", listener);
    try {
      await Promise.resolve().then(() => __toESM(require("./cli-hcl2json-runtime.js"), 1));
      quietTimers();
      const { parse: api } = cjsExports(await Promise.resolve().then(() => __toESM(require("./cli-hcl2json.js"), 1)), "parse", "@cdktf/hcl2json");
      if (typeof api !== "function") throw new Error("@cdktf/hcl2json has no parse function");
      await started(failed);
      return { parse: api };
    } finally {
      process.off("unhandledRejection", listener);
    }
  })();
  return module2;
}
var DIAGNOSTIC = new RegExp(
  `(?:^|\\s)${PLACEHOLDER.replace(/[.-]/g, "\\$&")}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: ([\\s\\S]*?)(?=\\s${PLACEHOLDER.replace(/[.-]/g, "\\$&")}:\\d+,\\d+(?:-\\d+(?:,\\d+)?)?: |$)`,
  "g"
);
function toParseErrors(message, file) {
  let body2 = message.trim();
  const wrapped = /^parse config: \[([\s\S]*)\]$/.exec(body2);
  if (wrapped !== null) body2 = wrapped[1].trim();
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  let more = 0;
  let firstLeftOut;
  for (const m of body2.matchAll(DIAGNOSTIC)) {
    const [, line, column, text4] = m;
    if (errors.length >= MAX_PROBLEMS_PER_FILE) {
      more++;
      firstLeftOut ??= { line: Number(line), column: Number(column) };
      continue;
    }
    const [summary2, ...detail] = text4.trim().split("; ");
    const rest = detail.join("; ").split(PLACEHOLDER).join(file);
    const msg = rest === "" ? summary2 : `${summary2}: ${rest}`;
    const key = `${line}:${column}:${msg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(new ParseError(msg, { file, line: Number(line), column: Number(column) }));
  }
  if (more > 0) errors.push(new ParseError(moreProblems(more), { file, ...firstLeftOut }));
  if (errors.length === 0) {
    errors.push(new ParseError(`the HCL parser failed: ${body2.split(PLACEHOLDER).join(file)}`, { file, line: 1, column: 1 }));
  }
  return errors;
}
async function parseHcl(text4, file) {
  const nul = text4.indexOf("\0");
  if (nul >= 0) {
    return { errors: [new ParseError("this file has a NUL byte here, so it is binary, not HCL text; it is not read", { file, ...lineColumn(text4, nul) })] };
  }
  const invalid = firstOfManyInvalid(text4);
  if (invalid !== void 0) {
    const message = `this file has more than ${MAX_INVALID_CHARACTERS.toLocaleString("en-US")} characters that HCL does not use (the first here), so it is not HCL text; it is not read`;
    return { errors: [new ParseError(message, { file, ...lineColumn(text4, invalid) })] };
  }
  const deep = firstTooDeep(text4);
  if (deep !== void 0) {
    const message = `this file is nested more than ${MAX_NESTING_DEPTH} levels deep (at this ${deep.what}); it is not read`;
    return { errors: [new ParseError(message, { file, ...lineColumn(text4, deep.offset) })] };
  }
  parsing++;
  for (const go of runtimes) holdTimers(go);
  try {
    return await parseText(text4, file);
  } finally {
    parsing--;
    for (const go of runtimes) holdTimers(go);
  }
}
async function parseText(text4, file) {
  let hcl;
  try {
    hcl = await load();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { errors: [new ParseError(`the HCL parser (@cdktf/hcl2json) could not be started, so this file is not linted: ${why}`, { file, cause: error })] };
  }
  try {
    const json = await hcl.parse(PLACEHOLDER, text4);
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      return { errors: [new ParseError("the HCL parser returned no document", { file, line: 1, column: 1 })] };
    }
    return { json };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errors = toParseErrors(message, file);
    return { errors: errors.map((e) => new ParseError(e.message, { file: e.file, line: e.line, column: e.column, cause: error })) };
  }
}

// src/parse/terraform-hcl/json-syntax.ts
var MAX_DEPTH5 = 64;
var NESTED_BLOCKS = /* @__PURE__ */ new Set(["ingress", "egress", "route", "accepter", "requester", "filter", "lifecycle", "timeouts", "connection", "content"]);
var PROVIDER_BLOCKS = /* @__PURE__ */ new Set(["assume_role", "assume_role_with_web_identity", "default_tags", "ignore_tags", "endpoints"]);
var VARIABLE_BLOCKS = /* @__PURE__ */ new Set(["validation"]);
function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
var Scanner2 = class {
  constructor(text4, file) {
    this.text = text4;
    this.file = file;
  }
  text;
  file;
  pos = 0;
  line = 1;
  lineStart = 0;
  skipSpace() {
    for (; ; ) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 32 || c === 9 || c === 13 || c === 65279) this.pos++;
      else return;
    }
  }
  here() {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }
  /** Skips a string (at its opening quote); returns its decoded text when `decode` (keys). */
  string(decode = false) {
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 92) this.pos += 2;
      else if (c === 34) break;
      else this.pos++;
    }
    this.pos++;
    return decode ? JSON.parse(this.text.slice(start, this.pos)) : "";
  }
  value(depth) {
    this.skipSpace();
    const at4 = this.here();
    if (depth > MAX_DEPTH5) {
      throw new ParseError(`the JSON nests more than ${MAX_DEPTH5} levels deep, which is not Terraform configuration`, { file: this.file, ...at4 });
    }
    const node = { ...at4, endLine: at4.line, keys: /* @__PURE__ */ new Map(), items: [] };
    const c = this.text[this.pos];
    if (c === "{") {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === "}") this.pos++;
      else {
        for (; ; ) {
          this.skipSpace();
          const keyAt = this.here();
          const key = this.string(true);
          this.skipSpace();
          this.pos++;
          const value = this.value(depth + 1);
          if (!node.keys.has(key)) node.keys.set(key, { ...keyAt, value });
          this.skipSpace();
          if (this.text[this.pos++] === "}") break;
        }
      }
    } else if (c === "[") {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === "]") this.pos++;
      else {
        for (; ; ) {
          node.items.push(this.value(depth + 1));
          this.skipSpace();
          if (this.text[this.pos++] === "]") break;
        }
      }
    } else if (c === '"') this.string();
    else {
      while (this.pos < this.text.length && !/[\s,\]}]/.test(this.text[this.pos])) this.pos++;
    }
    node.endLine = this.line;
    return node;
  }
};
var EMPTY_POS = { line: 0, column: 0, endLine: 0, keys: /* @__PURE__ */ new Map(), items: [] };
function bodiesOf(value, pos) {
  if (isObject(value)) return [{ body: value, pos: pos ?? EMPTY_POS }];
  if (!Array.isArray(value)) return [];
  const out = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push({ body: item, pos: pos?.items[i] ?? EMPTY_POS });
  });
  return out;
}
function body(json, pos, blocks2) {
  const out = {};
  const attributes = /* @__PURE__ */ new Map();
  const nested = [];
  for (const key of Object.keys(json)) {
    if (key === "//") continue;
    const value = json[key];
    const keyPos = pos.keys.get(key);
    const valuePos = keyPos?.value;
    if (key === "dynamic" && isObject(value)) {
      const dynamic = {};
      for (const type of Object.keys(value)) {
        const typePos = valuePos?.keys.get(type);
        dynamic[type] = bodiesOf(value[type], typePos?.value).map((b, i) => {
          const r = body(b.body, b.pos, blocks2);
          nested.push(blockNode("dynamic", [type], i === 0 ? typePos ?? b.pos : b.pos, b.pos, r.node));
          return r.json;
        });
      }
      out.dynamic = dynamic;
      continue;
    }
    if (blocks2.has(key) && (isObject(value) || Array.isArray(value) && value.length > 0 && value.every(isObject))) {
      out[key] = bodiesOf(value, valuePos).map((b, i) => {
        const r = body(b.body, b.pos, blocks2);
        nested.push(blockNode(key, [], i === 0 && isObject(value) ? keyPos ?? b.pos : b.pos, b.pos, r.node));
        return r.json;
      });
      continue;
    }
    out[key] = value;
    if (keyPos !== void 0) attributes.set(key, { name: key, line: keyPos.line, column: keyPos.column, endLine: keyPos.value.endLine });
  }
  nested.sort((a, b) => a.line - b.line || a.column - b.column);
  return { json: out, node: { attributes, blocks: nested } };
}
function blockNode(type, labels, at4, bodyPos, node) {
  return { type, labels, line: at4.line, column: at4.column, body: node, endLine: bodyPos.endLine };
}
function literal(value) {
  if (typeof value === "string") return value.replaceAll("${", () => "$${").replaceAll("%{", () => "%%{");
  if (Array.isArray(value)) return value.map(literal);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)]));
  return value;
}
function variableBody(json) {
  const out = { ...json };
  if (typeof json.type === "string" && !json.type.includes("${")) out.type = `\${${json.type}}`;
  if (Object.hasOwn(json, "default")) out.default = literal(json.default);
  return out;
}
function parseTerraformJson(text4, file) {
  let root;
  let pos;
  try {
    root = parseJson(text4, file);
    const scanner = new Scanner2(text4, file);
    pos = scanner.value(0);
  } catch (error) {
    if (error instanceof ParseError) return { errors: [error] };
    throw error;
  }
  if (!isObject(root)) {
    return { errors: [new ParseError("a Terraform JSON configuration file must hold one object (of resource, variable, module, ... blocks)", { file, line: pos.line, column: pos.column })] };
  }
  const out = {};
  const blocks2 = [];
  const labelled2 = (kind, depth, nestedBlocks, transform = (b) => b) => {
    const group = root[kind];
    const groupPos = pos.keys.get(kind)?.value;
    if (!isObject(group)) return;
    const target2 = {};
    const each = (obj, objPos, labels, into, level) => {
      for (const name of Object.keys(obj)) {
        if (name === "//") continue;
        const keyPos = objPos?.keys.get(name);
        if (level < depth) {
          const inner = obj[name];
          if (!isObject(inner)) continue;
          const next = {};
          each(inner, keyPos?.value, [...labels, name], next, level + 1);
          into[name] = next;
          continue;
        }
        const value = obj[name];
        into[name] = bodiesOf(value, keyPos?.value).map((b, i) => {
          const r = body(transform(b.body), b.pos, nestedBlocks);
          const at4 = i === 0 && keyPos !== void 0 ? keyPos : b.pos;
          blocks2.push(blockNode(kind, [...labels, name], at4, b.pos, r.node));
          return r.json;
        });
      }
    };
    each(group, groupPos, [], target2, 1);
    out[kind] = target2;
  };
  labelled2("resource", 2, NESTED_BLOCKS);
  labelled2("data", 2, NESTED_BLOCKS);
  labelled2("module", 1, /* @__PURE__ */ new Set());
  labelled2("output", 1, /* @__PURE__ */ new Set());
  labelled2("variable", 1, VARIABLE_BLOCKS, variableBody);
  labelled2("provider", 1, PROVIDER_BLOCKS);
  for (const kind of ["locals", "terraform"]) {
    const keyPos = pos.keys.get(kind);
    const list2 = bodiesOf(root[kind], keyPos?.value);
    if (list2.length === 0) continue;
    out[kind] = list2.map((b, i) => {
      const r = body(b.body, b.pos, /* @__PURE__ */ new Set());
      blocks2.push(blockNode(kind, [], i === 0 && keyPos !== void 0 ? keyPos : b.pos, b.pos, r.node));
      return r.json;
    });
  }
  blocks2.sort((a, b) => a.line - b.line || a.column - b.column);
  return { json: out, structure: { attributes: /* @__PURE__ */ new Map(), blocks: blocks2 } };
}

// src/parse/terraform-hcl/module.ts
var import_node_path3 = __toESM(require("node:path"), 1);

// src/parse/terraform-hcl/providers.ts
var ABSENT4 = Object.freeze({ state: "absent" });
var ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\//;
function providerReference(text4) {
  if (typeof text4 !== "string") return void 0;
  try {
    let e = parseCached(text4);
    if (e.k === "wrap") e = e.e;
    if (e.k === "var") return e.name;
    if (e.k === "attr" && e.obj.k === "var") return `${e.obj.name}.${e.name}`;
    if (e.k === "lit" && typeof e.v === "string" && /^[a-z0-9_-]+(\.[a-z0-9_-]+)?$/i.test(e.v)) return e.v;
  } catch {
    return void 0;
  }
  return void 0;
}
function resourceProviderKey(body2, type) {
  const given2 = own(body2, "provider");
  if (given2 !== void 0) return providerReference(given2);
  return type.split("_")[0];
}
function evaluated(json, scope) {
  try {
    return resolved(evaluateJson(json, scope));
  } catch (error) {
    if (error instanceof EvalError) return new Unknown(error.message);
    throw error;
  }
}
function regionOf(name, body2, scope) {
  if (!Object.hasOwn(body2, "region")) return ABSENT4;
  const v = evaluated(body2.region, scope);
  if (v instanceof Unknown) return { state: "unknown", reason: `the region of provider configuration ${name} is unknown (${v.reason})`, refs: [] };
  if (v === null || v === "") return ABSENT4;
  if (typeof v === "string") return { state: "known", value: v };
  return { state: "unknown", reason: `the region of provider configuration ${name} is not a string`, refs: [] };
}
function accountOf(name, body2, scope) {
  for (const block of ["assume_role", "assume_role_with_web_identity"]) {
    const blocks2 = own(body2, block);
    if (!Array.isArray(blocks2) || blocks2.length === 0) continue;
    const last2 = blocks2[blocks2.length - 1];
    if (!isRecord3(last2) || !Object.hasOwn(last2, "role_arn")) continue;
    const arn = evaluated(last2.role_arn, scope);
    if (arn instanceof Unknown) {
      return { state: "unknown", reason: `the account of provider configuration ${name} is that of its ${block} role, whose ARN is unknown (${arn.reason})`, refs: [] };
    }
    if (typeof arn !== "string") continue;
    const account = ROLE_ARN.exec(arn)?.[1];
    if (account !== void 0) return { state: "known", value: account };
    if (arn !== "") return { state: "unknown", reason: `the account of provider configuration ${name} is that of its ${block} role, whose ARN ${JSON.stringify(arn)} names no account`, refs: [] };
  }
  if (Object.hasOwn(body2, "allowed_account_ids")) {
    const ids = evaluated(body2.allowed_account_ids, scope);
    if (Array.isArray(ids) && ids.length === 1 && typeof ids[0] === "string" && /^\d{12}$/.test(ids[0])) return { state: "known", value: ids[0] };
  }
  return ABSENT4;
}
function providerSettings(name, body2, scope) {
  const alias = own(body2, "alias");
  const settings = { name, region: regionOf(name, body2, scope), accountId: accountOf(name, body2, scope) };
  return typeof alias === "string" && alias !== "" ? { ...settings, alias } : settings;
}
function emptySettings(name) {
  return { name, region: ABSENT4, accountId: ABSENT4 };
}

// src/parse/terraform-hcl/schema.ts
var ALWAYS = ["id", "arn", "owner_id", "tags_all", "region"];
var COMPUTED = new Map(
  [
    [
      "aws_vpc",
      [
        "cidr_block",
        "ipv6_cidr_block",
        "ipv6_association_id",
        "ipv6_cidr_block_network_border_group",
        "main_route_table_id",
        "default_route_table_id",
        "default_security_group_id",
        "default_network_acl_id",
        "dhcp_options_id",
        "enable_dns_hostnames",
        "enable_network_address_usage_metrics",
        "instance_tenancy"
      ]
    ],
    [
      "aws_default_vpc",
      [
        "cidr_block",
        "ipv6_cidr_block",
        "ipv6_association_id",
        "main_route_table_id",
        "default_route_table_id",
        "default_security_group_id",
        "default_network_acl_id",
        "dhcp_options_id",
        "instance_tenancy",
        "existing_default_vpc"
      ]
    ],
    ["aws_vpc_ipv4_cidr_block_association", ["cidr_block"]],
    ["aws_vpc_ipv6_cidr_block_association", ["ipv6_cidr_block", "ip_source", "ipv6_address_attribute"]],
    ["aws_subnet", ["availability_zone", "availability_zone_id", "ipv6_cidr_block_association_id", "private_dns_hostname_type_on_launch"]],
    ["aws_route_table", ["route", "propagating_vgws"]],
    ["aws_default_route_table", ["route", "propagating_vgws", "vpc_id"]],
    ["aws_route", ["instance_id", "instance_owner_id", "network_interface_id", "origin", "state"]],
    ["aws_route_table_association", []],
    ["aws_main_route_table_association", ["original_route_table_id"]],
    ["aws_vpc_peering_connection", ["accept_status", "peer_owner_id", "peer_region", "requester", "accepter"]],
    ["aws_vpc_peering_connection_accepter", ["accept_status", "peer_owner_id", "peer_region", "peer_vpc_id", "vpc_id", "requester", "accepter"]],
    ["aws_vpc_peering_connection_options", ["requester", "accepter"]],
    ["aws_security_group", ["name", "name_prefix", "vpc_id", "ingress", "egress"]],
    ["aws_default_security_group", ["name", "name_prefix", "vpc_id", "ingress", "egress", "description"]],
    ["aws_security_group_rule", ["source_security_group_id", "security_group_rule_id"]],
    ["aws_vpc_security_group_ingress_rule", ["security_group_rule_id"]],
    ["aws_vpc_security_group_egress_rule", ["security_group_rule_id"]],
    ["aws_network_acl", ["ingress", "egress", "subnet_ids"]],
    ["aws_default_network_acl", ["vpc_id"]],
    ["aws_network_acl_rule", []],
    ["aws_network_acl_association", []]
  ].map(([type, attrs]) => [type, /* @__PURE__ */ new Set([...ALWAYS, ...attrs])])
);
function unsetAttribute(type, attribute2) {
  const computed = COMPUTED.get(type);
  if (computed === void 0) return ALWAYS.includes(attribute2) ? "computed" : "maybe-computed";
  return computed.has(attribute2) ? "computed" : "absent";
}

// src/parse/terraform-hcl/resource.ts
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
var ABSENT5 = Object.freeze({ state: "absent" });
var COMPUTED2 = Object.freeze({ state: "unknown", reason: "known after apply", refs: Object.freeze([]), computed: true });
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
function indexBody(json, node, skip) {
  const entries2 = /* @__PURE__ */ new Map();
  let statics;
  let dynamics;
  for (const key of Object.keys(json)) {
    if (skip?.has(key)) continue;
    const v = json[key];
    if (key === "dynamic" && isRecord3(v)) {
      for (const type of Object.keys(v)) {
        const list2 = v[type];
        if (Array.isArray(list2)) (dynamics ??= /* @__PURE__ */ new Map()).set(type, list2.filter(isRecord3));
      }
      continue;
    }
    if (Array.isArray(v) && v.length > 0 && v.every(isRecord3)) (statics ??= /* @__PURE__ */ new Map()).set(key, v);
    else if (v !== null) entries2.set(key, { kind: "attr", json: v });
  }
  if (statics === void 0 && dynamics === void 0) return entries2;
  statics ??= /* @__PURE__ */ new Map();
  dynamics ??= /* @__PURE__ */ new Map();
  for (const type of /* @__PURE__ */ new Set([...statics.keys(), ...dynamics.keys()])) {
    const s = statics.get(type) ?? [];
    const d = dynamics.get(type) ?? [];
    const sNodes = node?.blocks.filter((b) => b.type === type) ?? [];
    const dNodes = node?.blocks.filter((b) => b.type === "dynamic" && b.labels[0] === type) ?? [];
    const items = [];
    if (node !== void 0 && sNodes.length === s.length && dNodes.length === d.length) {
      let si = 0;
      let di = 0;
      for (const b of node.blocks) {
        if (b.type === type) items.push({ dynamic: false, json: s[si++], node: b });
        else if (b.type === "dynamic" && b.labels[0] === type) items.push({ dynamic: true, json: d[di++], node: b });
      }
    } else {
      s.forEach((json2, i) => items.push({ dynamic: false, json: json2, node: sNodes.length === s.length ? sNodes[i] : void 0 }));
      d.forEach((json2, i) => items.push({ dynamic: true, json: json2, node: dNodes.length === d.length ? dNodes[i] : void 0 }));
    }
    entries2.set(type, { kind: "blocks", items });
  }
  return entries2;
}
var bodyIndexes = /* @__PURE__ */ new WeakMap();
function indexed(json, node, skip) {
  let entries2 = bodyIndexes.get(json);
  if (entries2 === void 0) bodyIndexes.set(json, entries2 = indexBody(json, node, skip));
  return entries2;
}
function evalError(error) {
  if (error instanceof EvalError) return new Unknown(error.message);
  throw error;
}
function iteratorName(json, type) {
  const it = own(json, "iterator");
  if (typeof it !== "string") return type;
  const e = parseCached(it);
  const inner = e.k === "wrap" ? e.e : e;
  if (inner.k === "var") return inner.name;
  if (inner.k === "lit" && typeof inner.v === "string") return inner.v;
  return type;
}
function evaluateNestedBody(json, node, at4, scope) {
  const out = /* @__PURE__ */ new Map();
  const loc = { at: at4, body: node, blocks: /* @__PURE__ */ new Map() };
  for (const [name, entry] of indexed(json, node)) {
    if (entry.kind === "attr") {
      try {
        out.set(name, evaluateJson(entry.json, scope));
      } catch (error) {
        out.set(name, evalError(error));
      }
    } else {
      const r = evaluateBlocks(name, entry.items, scope);
      out.set(name, r.value);
      loc.blocks.set(name, r.locs);
    }
  }
  return { value: new ObjectValue(out), loc };
}
function evaluateBlocks(type, items, scope) {
  const values = [];
  const locs = [];
  for (const item of items) {
    if (!item.dynamic) {
      const r = evaluateNestedBody(item.json, item.node?.body, item.node, scope);
      values.push(r.value);
      locs.push(r.loc);
      continue;
    }
    let collection;
    try {
      collection = resolved(evaluateJson(own(item.json, "for_each"), scope));
    } catch (error) {
      collection = evalError(error);
    }
    if (collection instanceof Unknown) {
      return { value: new Unknown(`the dynamic "${type}" blocks depend on a for_each that is unknown: ${collection.reason}`), locs: [] };
    }
    let pairs;
    if (Array.isArray(collection)) pairs = collection.map((v, i) => [i, v]);
    else if (collection instanceof ObjectValue) pairs = [...collection.entries];
    else if (collection === null) pairs = [];
    else return { value: new Unknown(`the for_each of a dynamic "${type}" block must be a collection`), locs: [] };
    const contents = own(item.json, "content");
    const content = Array.isArray(contents) && isRecord3(contents[0]) ? contents[0] : {};
    const contentNode = item.node?.body.blocks.find((b) => b.type === "content");
    const name = iteratorName(item.json, type);
    for (const [key, value] of pairs) {
      const inner = scope.with(/* @__PURE__ */ new Map([[name, new ObjectValue([["key", key], ["value", value]])]]));
      const r = evaluateNestedBody(content, contentNode?.body, contentNode ?? item.node, inner);
      values.push(r.value);
      locs.push(r.loc);
    }
  }
  return { value: values, locs };
}
var HclResource = class {
  format = "terraform-hcl";
  address;
  type;
  mode;
  file;
  #decl;
  #scope;
  #provider;
  #comments;
  #values = /* @__PURE__ */ new Map();
  /** Where the elements of each nested block attribute evaluated so far are written (made on the first). */
  #locs;
  #lazy;
  #index;
  constructor(ctx) {
    this.address = ctx.address;
    this.type = ctx.decl.type;
    this.mode = ctx.decl.mode;
    this.file = ctx.unit;
    this.#decl = ctx.decl;
    this.#scope = ctx.scope;
    this.#provider = ctx.provider;
    this.#comments = ctx.comments;
  }
  provider() {
    return this.#provider();
  }
  /** Whether the resource's configuration writes a top-level attribute or block (dynamic blocks included). */
  configures(attribute2) {
    return this.#entries.has(attribute2);
  }
  get #entries() {
    this.#index ??= indexBody(this.#decl.body, this.#decl.node?.body, META);
    return this.#index;
  }
  location() {
    const n = this.#decl.node;
    return n === void 0 ? { file: this.#decl.file, line: 1 } : { file: this.#decl.file, line: n.line, column: n.column };
  }
  /** The `vpclint:ignore` comments on the block's first line and directly above it. */
  suppressionComments() {
    const where3 = this.location();
    return this.#comments?.(where3.file)?.at(where3.line) ?? [];
  }
  attributeLocation(path14) {
    const file = this.#decl.file;
    let body2 = this.#decl.node?.body;
    let blocks2;
    let found;
    for (let i = 0; i < path14.length; i++) {
      const step = path14[i];
      if (typeof step !== "string") break;
      if (i === 0) {
        this.attribute(step);
        blocks2 = this.#locs;
      }
      const attr = body2?.attributes.get(step);
      if (attr !== void 0) found = attr;
      const list2 = blocks2?.get(step);
      if (list2 === void 0) break;
      const index = path14[i + 1];
      if (index === void 0 && list2.length > 0 && list2[0]?.at !== void 0) {
        found = list2[0].at;
        break;
      }
      if (typeof index !== "number") break;
      const loc = list2[index];
      if (loc === void 0 || loc.at === void 0) break;
      found = loc.at;
      body2 = loc.body;
      blocks2 = loc.blocks;
      i++;
    }
    return found === void 0 ? void 0 : { file, line: found.line, column: found.column };
  }
  /** A top-level attribute as configured (evaluated once), or undefined when the configuration does not set it. */
  attribute(name) {
    const cached = this.#values.get(name);
    if (cached === IN_PROGRESS) return new Unknown(`${this.address}.${name} refers to itself`);
    if (cached !== void 0) return cached;
    const entry = this.#entries.get(name);
    if (entry === void 0) return void 0;
    this.#values.set(name, IN_PROGRESS);
    let v;
    if (entry.kind === "attr") {
      try {
        v = evaluateJson(entry.json, this.#scope);
      } catch (error) {
        v = evalError(error);
      }
    } else {
      const r = evaluateBlocks(name, entry.items, this.#scope);
      v = r.value;
      (this.#locs ??= /* @__PURE__ */ new Map()).set(name, r.locs);
    }
    this.#values.set(name, v);
    return v;
  }
  #unsetReason() {
    return `${this.address} is read from AWS when Terraform plans; vpclint does not read AWS`;
  }
  get(path14) {
    const top = path14[0];
    if (typeof top !== "string") return ABSENT5;
    let node;
    try {
      node = this.attribute(top);
    } catch (error) {
      return { state: "unknown", reason: `vpclint could not evaluate this value (${error instanceof Error ? error.message : String(error)})`, refs: [] };
    }
    if (node === void 0) {
      if (this.mode === "data") return { state: "unknown", reason: this.#unsetReason(), refs: [] };
      return unsetAttribute(this.type, top) === "absent" ? ABSENT5 : COMPUTED2;
    }
    for (let i = 1; i < path14.length; i++) {
      if (node instanceof Lazy) node = node.whole();
      if (node instanceof Unknown) break;
      const step = path14[i];
      if (Array.isArray(node) && typeof step === "number") node = node[step];
      else if (node instanceof ObjectValue && typeof step === "string") node = node.get(step);
      else return ABSENT5;
      if (node === void 0) return ABSENT5;
    }
    if (node instanceof Lazy) node = node.whole();
    if (node instanceof Unknown) return { state: "unknown", reason: node.reason, refs: node.refs };
    if (node === null) return ABSENT5;
    return { state: "known", value: toPlain2(node) };
  }
  /** The instance as other expressions see it: `aws_vpc.a.id`, `each.value.cidr_block`. */
  asValue() {
    this.#lazy ??= new Lazy(
      this.address,
      (name) => this.#reference(name),
      () => new Unknown(`${this.address} is a whole resource, not a value`, [{ address: this.address, attribute: [] }])
    );
    return this.#lazy;
  }
  #reference(name) {
    const ref = { address: this.address, attribute: [name] };
    const v = this.attribute(name);
    if (v === void 0) {
      if (this.mode === "data") return new Unknown(this.#unsetReason(), [ref]);
      return unsetAttribute(this.type, name) === "absent" ? null : new Unknown("known after apply", [ref]);
    }
    if (v instanceof Unknown) return new Unknown(v.reason, [ref, ...v.refs]);
    return v;
  }
};
function evaluateMeta(json, scope) {
  try {
    return resolved(typeof json === "string" ? evaluate(parseCached(json), scope) : evaluateJson(json, scope));
  } catch (error) {
    return evalError(error);
  }
}

// src/parse/terraform-hcl/type-constraints.ts
function isPrimitiveType(t) {
  return t !== void 0 && t.k === "var" && (t.name === "string" || t.name === "number" || t.name === "bool");
}
function typeArg(t, what) {
  const arg = t.args[0];
  if (arg === void 0) throw new EvalError(`${what}() needs an element type`);
  return arg;
}
function convert(v, t, depth = 0) {
  if (v instanceof Unknown || v instanceof Lazy) return v;
  if (depth > 32) throw new EvalError("the type constraint nests too deeply");
  if (t.k === "var") {
    if (v === null) return null;
    switch (t.name) {
      case "any":
        return v;
      case "string": {
        const s = toStringValue(v);
        if (s === void 0) throw new EvalError(`a string is required, not ${typeName(v)}`);
        return s;
      }
      case "number": {
        const n = toNumberValue(v);
        if (n === void 0) throw new EvalError(`a number is required, not ${typeName(v)}`);
        return n;
      }
      case "bool": {
        const b = toBoolValue(v);
        if (b === void 0) throw new EvalError(`a bool is required, not ${typeName(v)}`);
        return b;
      }
      default:
        return v;
    }
  }
  if (t.k !== "call") return v;
  if (v === null) return null;
  switch (t.name) {
    case "optional":
      return convert(v, typeArg(t, "optional"), depth + 1);
    case "list":
    case "set": {
      if (!Array.isArray(v)) throw new EvalError(`a ${t.name} is required, not ${typeName(v)}`);
      const items = v.map((x) => convert(x, typeArg(t, t.name), depth + 1));
      if (t.name === "list" || items.some((x) => x instanceof Unknown)) return items;
      return toSet(items);
    }
    case "map": {
      if (!(v instanceof ObjectValue)) throw new EvalError(`a map is required, not ${typeName(v)}`);
      const element = typeArg(t, "map");
      return new ObjectValue([...v.entries].map(([k, x]) => [k, convert(x, element, depth + 1)]));
    }
    case "tuple": {
      const types = t.args[0];
      if (!Array.isArray(v) || types?.k !== "tuple") return v;
      if (v.length !== types.items.length) throw new EvalError(`a tuple of ${types.items.length} elements is required, not ${v.length}`);
      return v.map((x, i) => convert(x, types.items[i], depth + 1));
    }
    case "object": {
      const spec = t.args[0];
      if (spec?.k !== "object") return v;
      if (!(v instanceof ObjectValue)) throw new EvalError(`an object is required, not ${typeName(v)}`);
      const out = [];
      for (const item of spec.items) {
        if (item.key.k !== "lit" || typeof item.key.v !== "string") continue;
        const name = item.key.v;
        const attrType = item.value;
        const optional = attrType.k === "call" && attrType.name === "optional";
        const given2 = v.get(name);
        if (given2 !== void 0 && given2 !== null) {
          out.push([name, convert(given2, attrType, depth + 1)]);
        } else if (optional) {
          const fallback = attrType.args[1];
          out.push([name, fallback === void 0 ? null : convert(literal2(fallback), attrType, depth + 1)]);
        } else if (given2 === null) {
          out.push([name, null]);
        } else {
          throw new EvalError(`attribute "${name}" is required`);
        }
      }
      return new ObjectValue(out);
    }
    default:
      return v;
  }
}
function literal2(e) {
  switch (e.k) {
    case "lit":
      return e.v;
    case "wrap":
    case "paren":
      return literal2(e.e);
    case "tuple":
      return e.items.map(literal2);
    case "object":
      return new ObjectValue(
        e.items.map((i) => {
          const k = literal2(i.key);
          if (typeof k !== "string") throw new EvalError("an optional() default must be a constant");
          return [k, literal2(i.value)];
        })
      );
    case "unary":
      if (e.op === "-") {
        const n = literal2(e.e);
        if (typeof n === "number") return -n;
      }
      throw new EvalError("an optional() default must be a constant");
    default:
      throw new EvalError("an optional() default must be a constant");
  }
}

// src/parse/terraform-hcl/module.ts
var IN_PROGRESS2 = /* @__PURE__ */ Symbol("in progress");
var MAX_MODULE_DEPTH = 32;
var MAX_INSTANCES = 1e5;
var MAX_MODULE_INSTANCES = 1e4;
var MAX_RESOURCE_INSTANCES = 2e5;
function keyText(key) {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
function memo(cache, key, what, compute) {
  const hit = cache.get(key);
  if (hit === IN_PROGRESS2) throw new EvalError(`${what} refers to itself`);
  if (hit !== void 0) return hit;
  cache.set(key, IN_PROGRESS2);
  try {
    const v = compute();
    cache.set(key, v);
    return v;
  } catch (error) {
    cache.delete(key);
    throw error;
  }
}
var SINGLE = Object.freeze({ kind: "single" });
function expand(body2, scope, what) {
  const count2 = own(body2, "count");
  const forEach = own(body2, "for_each");
  if (count2 !== void 0) {
    const v = evaluateMeta(count2, scope);
    if (v instanceof Unknown) return { kind: "unknown", reason: `the count of ${what} is unknown (${v.reason})` };
    const n = toNumberValue(v);
    if (n === void 0 || !Number.isInteger(n) || n < 0) {
      return { kind: "unknown", reason: `the count of ${what} is not a whole number (${typeName(v)})` };
    }
    if (n > MAX_INSTANCES) return { kind: "unknown", reason: `the count of ${what} is ${n}; vpclint expands at most ${MAX_INSTANCES} instances` };
    return { kind: "count", count: n };
  }
  if (forEach !== void 0) {
    const v = evaluateMeta(forEach, scope);
    if (v instanceof Unknown) return { kind: "unknown", reason: `the for_each of ${what} is unknown (${v.reason})` };
    if (v instanceof ObjectValue) {
      if (v.size > MAX_INSTANCES) return { kind: "unknown", reason: `the for_each of ${what} has ${v.size} elements; vpclint expands at most ${MAX_INSTANCES} instances` };
      return { kind: "each", entries: [...v.entries] };
    }
    if (Array.isArray(v)) {
      try {
        const members = toSet(v);
        if (!members.every((m) => typeof m === "string")) {
          return { kind: "unknown", reason: `the for_each of ${what} must be a map or a set of strings` };
        }
        return { kind: "each", entries: members.map((m) => [m, m]) };
      } catch {
        return { kind: "unknown", reason: `the for_each of ${what} holds values that are unknown` };
      }
    }
    return { kind: "unknown", reason: `the for_each of ${what} must be a map or a set of strings, not ${typeName(v)}` };
  }
  return SINGLE;
}
function instanceNames(expansion, key, value) {
  switch (expansion.kind) {
    case "count":
      return /* @__PURE__ */ new Map([["count", new ObjectValue([["index", key]])]]);
    case "each":
      return /* @__PURE__ */ new Map([["each", new ObjectValue([["key", key], ["value", value]])]]);
    case "unknown": {
      const u = new Unknown(expansion.reason);
      return /* @__PURE__ */ new Map([
        ["count", new ObjectValue([["index", u]])],
        ["each", new ObjectValue([["key", u], ["value", u]])]
      ]);
    }
    default:
      return void 0;
  }
}
function instancesOf(expansion) {
  switch (expansion.kind) {
    case "single":
      return [{ key: void 0, suffix: "", value: null }];
    case "count":
      return Array.from({ length: expansion.count }, (_, i) => ({ key: i, suffix: keyText(i), value: null }));
    case "each":
      return expansion.entries.map(([k, v]) => ({ key: k, suffix: keyText(k), value: v }));
    case "unknown":
      return [{ key: void 0, suffix: "[*]", value: null }];
  }
}
function collect(expansion, items, view) {
  switch (expansion.kind) {
    case "single":
      return view(items[0]);
    case "count":
      return items.map(view);
    case "each":
      return new ObjectValue(expansion.entries.map(([k], i) => [k, view(items[i])]));
    case "unknown":
      return new Unknown(expansion.reason);
  }
}
var ResourceGroup = class {
  #module;
  #decl;
  #expansion;
  #instances;
  #capped;
  constructor(module3, decl) {
    this.#module = module3;
    this.#decl = decl;
  }
  get address() {
    const d = this.#decl;
    return `${this.#module.prefix}${d.mode === "data" ? "data." : ""}${d.type}.${d.name}`;
  }
  get expansion() {
    this.#expansion ??= expand(this.#decl.body, this.#module.scope, this.address);
    return this.#expansion;
  }
  instances() {
    if (this.#instances === void 0) {
      const expansion = this.expansion;
      const planned = instancesOf(expansion);
      const run = this.#module.run;
      const total = (run.resourceInstances ?? 0) + planned.length;
      if (total > MAX_RESOURCE_INSTANCES) {
        this.#capped = `${this.address} would make more than ${MAX_RESOURCE_INSTANCES} resource instances, which vpclint does not evaluate`;
        if (run.reportedCalls?.has("#resource-cap") !== true) {
          run.reportedCalls?.add("#resource-cap");
          const node = this.#decl.node;
          const message = `${this.address}: the configuration makes more than ${MAX_RESOURCE_INSTANCES} resource instances (the cap was reached here); this resource and the ones evaluated after it are not linted`;
          run.problems.push(node === void 0 ? { file: this.#decl.file, message } : { file: this.#decl.file, line: node.line, column: node.column, message });
        }
        this.#instances = [];
        return this.#instances;
      }
      run.resourceInstances = total;
      this.#instances = planned.map(({ key, suffix, value }) => {
        const names2 = instanceNames(expansion, key, value);
        const providerKey = resourceProviderKey(this.#decl.body, this.#decl.type);
        return new HclResource({
          unit: this.#module.run.unit,
          decl: this.#decl,
          address: `${this.address}${suffix}`,
          scope: names2 === void 0 ? this.#module.scope : this.#module.scope.with(names2),
          provider: () => providerKey === void 0 ? void 0 : this.#module.provider(providerKey),
          comments: run.comments
        });
      });
    }
    return this.#instances;
  }
  value() {
    const expansion = this.expansion;
    if (expansion.kind === "unknown") return new Unknown(expansion.reason);
    const instances = this.instances();
    if (this.#capped !== void 0) return new Unknown(this.#capped);
    return collect(expansion, instances, (r) => r.asValue());
  }
};
var ModuleCall = class {
  #parent;
  #decl;
  target;
  #expansion;
  #children;
  #capped;
  constructor(parent, decl) {
    this.#parent = parent;
    this.#decl = decl;
    this.target = this.#resolve();
  }
  get address() {
    return `${this.#parent.prefix}module.${this.#decl.name}`;
  }
  #resolve() {
    const source = this.#decl.source;
    const key = this.#parent.moduleKey === "" ? this.#decl.name : `${this.#parent.moduleKey}.${this.#decl.name}`;
    const resolved2 = resolveModuleSource(this.#parent.config.dir, source, key, this.#parent.run.installed);
    if (resolved2.kind === "missing") {
      return {
        kind: "none",
        reason: source === void 0 ? `${this.address} has no literal source` : resolved2.installedIn === void 0 ? `${this.address} comes from ${source}, which vpclint does not download; its outputs are unknown (run terraform init to have it read from .terraform/modules)` : `${this.address} comes from ${source}, installed in ${resolved2.installedIn}, which has no Terraform files; its outputs are unknown (run terraform init to install it again)`
      };
    }
    const dir = resolved2.dir;
    const chain = this.#parent.chain;
    if (chain.includes(dir)) {
      const cycle = [...chain.slice(chain.indexOf(dir)), dir].join(" -> ");
      const reason = `${this.address} calls ${dir}, which is already being evaluated (a module cycle: ${cycle})`;
      this.#report(
        `module "${this.#decl.name}" closes a module cycle (${cycle}): Terraform cannot install a module that calls itself (it recurses without end), and vpclint does not follow the cycle`
      );
      return { kind: "none", reason };
    }
    if (chain.length > MAX_MODULE_DEPTH) {
      this.#report(`module "${this.#decl.name}": modules nested more than ${MAX_MODULE_DEPTH} deep (${this.address}); the modules below it are not linted`);
      return { kind: "none", reason: `${this.address} is nested more than ${MAX_MODULE_DEPTH} modules deep, which vpclint does not evaluate` };
    }
    const config = this.#parent.run.configOf(dir);
    if (config === void 0) return { kind: "none", reason: `${this.address}: there are no Terraform files in ${dir}` };
    return { kind: "local", config };
  }
  get expansion() {
    this.#expansion ??= expand(this.#decl.body, this.#parent.scope, this.address);
    return this.#expansion;
  }
  /** Reports a problem at this call's module block, once per block (its instances share it). */
  #report(message) {
    const run = this.#parent.run;
    const node = this.#decl.node;
    const where3 = `${this.#decl.file}:${node?.line ?? 0}:${node?.column ?? 0}`;
    if (run.reportedCalls?.has(where3)) return;
    run.reportedCalls?.add(where3);
    run.problems.push(node === void 0 ? { file: this.#decl.file, message } : { file: this.#decl.file, line: node.line, column: node.column, message });
  }
  children() {
    if (this.#children === void 0) {
      const target2 = this.target;
      if (target2.kind !== "local") {
        this.#children = [];
        return this.#children;
      }
      const expansion = this.expansion;
      const planned = instancesOf(expansion);
      const run = this.#parent.run;
      const count2 = run.moduleInstances ?? 0;
      if (count2 + planned.length > MAX_MODULE_INSTANCES) {
        this.#capped = `${this.address} would make more than ${MAX_MODULE_INSTANCES} module instances, which vpclint does not evaluate`;
        if (run.reportedCalls?.has("#instance-cap") !== true) {
          run.reportedCalls?.add("#instance-cap");
          this.#report(
            `module "${this.#decl.name}": the configuration makes more than ${MAX_MODULE_INSTANCES} module instances (the cap was reached at ${this.address}); this call and the module calls evaluated after it are not expanded, so their resources are not linted`
          );
        }
        this.#children = [];
        return this.#children;
      }
      run.moduleInstances = count2 + planned.length;
      this.#children = planned.map(({ key, suffix, value }) => {
        const names2 = instanceNames(expansion, key, value);
        const callScope = names2 === void 0 ? this.#parent.scope : this.#parent.scope.with(names2);
        const body2 = this.#decl.body;
        const input = (name) => {
          if (CALL_META.has(name) || !Object.hasOwn(body2, name)) return void 0;
          return evaluateJson(body2[name], callScope);
        };
        const passed = /* @__PURE__ */ new Map();
        const providers = own(body2, "providers");
        if (providers !== null && typeof providers === "object" && !Array.isArray(providers)) {
          for (const [local, given2] of Object.entries(providers)) {
            const parentKey = providerReference(given2);
            if (parentKey !== void 0) passed.set(local, parentKey);
          }
        }
        return new ModuleInstance(this.#parent.run, target2.config, `${this.address}${suffix}`, input, [...this.#parent.chain, target2.config.dir], {
          parent: this.#parent,
          passed,
          key: this.#parent.moduleKey === "" ? this.#decl.name : `${this.#parent.moduleKey}.${this.#decl.name}`
        });
      });
    }
    return this.#children;
  }
  value() {
    if (this.target.kind === "none") return new Unknown(this.target.reason);
    const expansion = this.expansion;
    if (expansion.kind === "unknown") return new Unknown(expansion.reason);
    const children = this.children();
    if (this.#capped !== void 0) return new Unknown(this.#capped);
    return collect(expansion, children, (m) => m.outputsValue());
  }
};
var CALL_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
function localModuleDir(callerDir, source) {
  if (source === void 0 || !(source.startsWith("./") || source.startsWith("../") || source === "." || source === "..")) return void 0;
  const joined2 = import_node_path3.default.posix.normalize(import_node_path3.default.posix.join(callerDir, source));
  return joined2.endsWith("/") && joined2.length > 1 ? joined2.slice(0, -1) : joined2;
}
function noInstalledModules(manifest, unreadable = "does not exist") {
  return { manifest, unreadable, modules: /* @__PURE__ */ new Map() };
}
function resolveModuleSource(callerDir, source, key, installed) {
  const local = localModuleDir(callerDir, source);
  if (local !== void 0) return { kind: "dir", dir: local, local: true };
  if (source === void 0) return { kind: "missing", why: "the module call has no literal source" };
  const entry = installed.modules.get(key);
  if (entry === void 0) {
    const why = installed.unreadable === void 0 ? `${installed.manifest} does not list it` : `${installed.manifest} ${installed.unreadable}`;
    return { kind: "missing", why };
  }
  if (!entry.loaded) return { kind: "missing", installedIn: entry.dir, why: `${installed.manifest} lists it in ${entry.dir}, which has no Terraform files` };
  return { kind: "dir", dir: entry.dir, local: false };
}
var ModuleInstance = class {
  run;
  config;
  /** `` for the root module, `module.net`, `module.spoke["app"]`. */
  address;
  prefix;
  scope;
  /** Directories of this module and its callers (cycle detection). */
  chain;
  #input;
  #vars = /* @__PURE__ */ new Map();
  #locals = /* @__PURE__ */ new Map();
  #outputs = /* @__PURE__ */ new Map();
  #groups = /* @__PURE__ */ new Map();
  #calls = /* @__PURE__ */ new Map();
  #types = /* @__PURE__ */ new Map();
  #providers = /* @__PURE__ */ new Map();
  /** The values of the scope's root names (`var`, `aws_vpc`), made once: every reference starts at one. */
  #roots = /* @__PURE__ */ new Map();
  #caller;
  #outputsValue;
  constructor(run, config, address, input, chain, caller) {
    this.run = run;
    this.#caller = caller;
    this.config = config;
    this.address = address;
    this.prefix = address === "" ? "" : `${address}.`;
    this.#input = input;
    this.chain = chain;
    this.scope = new Scope((name) => {
      let v = this.#roots.get(name);
      if (v === void 0) this.#roots.set(name, v = this.#root(name));
      return v;
    });
  }
  /** The module's key in Terraform's module manifest: call names joined by dots, `` for the root. */
  get moduleKey() {
    return this.#caller?.key ?? "";
  }
  get #where() {
    return this.address === "" ? "the root module" : this.address;
  }
  #root(name) {
    switch (name) {
      case "var":
        return new Lazy("var", (n) => this.variable(n), () => new ObjectValue([...this.config.variables.keys()].map((n) => [n, this.variable(n)])));
      case "local":
        return new Lazy("local", (n) => this.local(n), () => new ObjectValue([...this.config.locals.keys()].map((n) => [n, this.local(n)])));
      case "module":
        return new Lazy("module", (n) => this.#call(n).value(), () => new Unknown("module is not a value"));
      case "data":
        return new Lazy(
          "data",
          (type) => new Lazy(`data.${type}`, (n) => this.#group(`data.${type}.${n}`).value(), () => new Unknown(`data.${type} is not a value`)),
          () => new Unknown("data is not a value")
        );
      case "path":
        return new ObjectValue([
          ["cwd", "."],
          ["module", this.config.dir],
          ["root", this.run.rootDir]
        ]);
      case "terraform":
        return new Lazy(
          "terraform",
          (n) => {
            if (n === "workspace") return new Unknown("terraform.workspace is the workspace Terraform runs in");
            throw new EvalError(`terraform.${n} is not available`);
          },
          () => new Unknown("terraform is not a value")
        );
      case "each":
      case "count":
      case "self":
        throw new EvalError(`${name} is only available inside a block that sets it`);
      default:
        return new Lazy(name, (n) => this.#group(`${name}.${n}`).value(), () => new Unknown(`${name} is not a value`));
    }
  }
  #group(key) {
    const decl = this.config.resourceIndex.get(key);
    if (decl === void 0) throw new EvalError(`${this.#where} declares no ${key.startsWith("data.") ? "data source" : "resource"} ${key}`);
    return this.#groupOf(decl);
  }
  /** By declaration, not by its `type.name`: expandAll has the declarations, and no key is kept per resource. */
  #groupOf(decl) {
    let g = this.#groups.get(decl);
    if (g === void 0) this.#groups.set(decl, g = new ResourceGroup(this, decl));
    return g;
  }
  #call(name) {
    let c = this.#calls.get(name);
    if (c === void 0) {
      const decl = this.config.calls.get(name);
      if (decl === void 0) throw new EvalError(`${this.#where} has no module call "${name}"`);
      c = new ModuleCall(this, decl);
      this.#calls.set(name, c);
    }
    return c;
  }
  #typeOf(name, body2) {
    let t = this.#types.get(name);
    if (t === void 0) {
      const text4 = own(body2, "type");
      t = null;
      if (typeof text4 === "string") {
        const e = parseCached(text4);
        t = e.k === "wrap" ? e.e : e;
      }
      this.#types.set(name, t);
    }
    return t ?? void 0;
  }
  /**
   * The provider configuration `key` (`aws`, `aws.west`) means in this module: its own block,
   * the one the caller passes for it, or (for a default configuration) the caller's; undefined
   * when it cannot be told.
   */
  provider(key) {
    let s = this.#providers.get(key);
    if (s === void 0) {
      const body2 = this.config.providers.get(key);
      const caller = this.#caller;
      if (body2 !== void 0) s = providerSettings(this.address === "" ? key : `${this.address}:${key}`, body2, this.scope);
      else if (caller === void 0) s = key.includes(".") ? null : emptySettings(key);
      else if (caller.passed.has(key)) s = caller.parent.provider(caller.passed.get(key)) ?? null;
      else s = key.includes(".") ? null : caller.parent.provider(key) ?? null;
      this.#providers.set(key, s);
    }
    return s ?? void 0;
  }
  /** The declared type of a variable (for how `--var` values are read). */
  variableType(name) {
    const decl = this.config.variables.get(name);
    return decl === void 0 ? void 0 : this.#typeOf(name, decl.body);
  }
  variable(name) {
    const decl = this.config.variables.get(name);
    if (decl === void 0) throw new EvalError(`${this.#where} declares no variable "${name}"`);
    return memo(this.#vars, name, `var.${name}`, () => {
      try {
        let v = this.#input(name);
        const nullable = own(decl.body, "nullable") !== false;
        if (v === void 0 || v === null && !nullable) {
          if (Object.hasOwn(decl.body, "default")) {
            v = evaluateJson(decl.body.default, new Scope(() => {
              throw new EvalError("a variable default cannot refer to anything");
            }));
          } else {
            return new Unknown(this.address === "" ? `variable ${name} has no value` : `variable ${name} of ${this.address} has no value`);
          }
        }
        const t = this.#typeOf(name, decl.body);
        return t === void 0 ? v : convert(v, t);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`var.${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }
  local(name) {
    const decl = this.config.locals.get(name);
    if (decl === void 0) throw new EvalError(`${this.#where} declares no local value "${name}"`);
    return memo(this.#locals, name, `local.${name}`, () => {
      try {
        return evaluateJson(decl.value, this.scope);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`local.${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }
  output(name) {
    const decl = this.config.outputs.get(name);
    if (decl === void 0) throw new EvalError(`${this.#where} has no output "${name}"`);
    return memo(this.#outputs, name, `output ${name}`, () => {
      try {
        return evaluateJson(own(decl.body, "value"), this.scope);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`output ${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }
  /** `module.x` as a caller sees this instance: its outputs. */
  outputsValue() {
    this.#outputsValue ??= new Lazy(
      this.address,
      (n) => this.output(n),
      () => new ObjectValue([...this.config.outputs.keys()].map((n) => [n, this.output(n)]))
    );
    return this.#outputsValue;
  }
  /** Creates every resource instance of this module and of its local module calls, in order. */
  expandAll() {
    for (const decl of this.config.resources) {
      for (const r of this.#groupOf(decl).instances()) this.run.resources.push(r);
    }
    for (const name of this.config.calls.keys()) {
      const call = this.#call(name);
      for (const child3 of call.children()) child3.expandAll();
    }
  }
};

// src/parse/terraform-hcl/reader.ts
var terraformHclReader = {
  name: "terraform-hcl",
  describes: { short: ".tf", long: "Terraform sources (.tf, .tofu)" },
  // `.tofu`: OpenTofu's name for a `.tf` file.
  fileNames: /\.(?:tf|tofu)(?:\.json)?$/i,
  detects: (input) => isTerraformFile(input.file),
  async read(inputs, context) {
    if (inputs.length === 0) return NOTHING_READ;
    const { cwd, decode } = context;
    const texts = /* @__PURE__ */ new Map();
    const read = await readTerraformSources(context.inputs, {
      variables: context.terraformVariables,
      host: cwd === void 0 ? void 0 : recording(fileSystemHost(cwd, decode ?? ((bytes) => bytes.toString("utf8"))), texts)
    });
    return { resources: read.resources, errors: read.errors, files: read.files, texts };
  }
};
function recording(host, texts) {
  return {
    listDirectory: (dir) => host.listDirectory(dir),
    async readFile(file) {
      const text4 = await host.readFile(file);
      texts.set(file, text4);
      return text4;
    }
  };
}

// src/parse/terraform-hcl/index.ts
function isTerraformFile(file) {
  return /\.(?:tf|tofu)(?:\.json)?$/i.test(file);
}
function isTerraformJsonFile(file) {
  return /\.(?:tf|tofu)\.json$/i.test(file);
}
function isShadowedByTofu(file, present) {
  const m = /^(.*)\.tf(\.json)?$/i.exec(file);
  return m !== null && present.has(`${m[1]}.tofu${m[2] ?? ""}`);
}
function dirOf(file) {
  const d = import_node_path4.default.posix.dirname(file);
  return d === "" ? "." : d;
}
function joinPath(dir, name) {
  return dir === "." ? name : `${dir}/${name}`;
}
function memoryHost(sources) {
  const byFile = new Map(sources.map((s) => [s.file, s.text]));
  return {
    async listDirectory(dir) {
      const names2 = sources.filter((s) => dirOf(s.file) === dir).map((s) => import_node_path4.default.posix.basename(s.file));
      return names2.length > 0 ? names2 : void 0;
    },
    async readFile(file) {
      const text4 = byFile.get(file);
      if (text4 === void 0) throw Object.assign(new Error(`${file}: no such file or directory`), { code: "ENOENT" });
      return text4;
    }
  };
}
function toolError(e, cause) {
  const out = { message: e.message };
  if (e.file !== void 0) out.file = e.file;
  if (e.line !== void 0) out.line = e.line;
  if (e.column !== void 0) out.column = e.column;
  if (cause !== void 0) out.cause = cause;
  return out;
}
function describeReadError(error) {
  const code2 = error?.code;
  if (code2 === "ENOENT" || code2 === "ENOTDIR") return "no such file or directory";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}
var Reader = class {
  host;
  errors = [];
  files = /* @__PURE__ */ new Set();
  configs = /* @__PURE__ */ new Map();
  /** The suppression comments of every configuration file parsed, by display path. */
  comments = /* @__PURE__ */ new Map();
  given;
  constructor(host, given2) {
    this.host = host;
    this.given = given2;
  }
  async parseFile(source) {
    this.files.add(source.file);
    this.comments.set(source.file, new FileComments(source.file, source.text, "hcl"));
    if (isTerraformJsonFile(source.file)) {
      const read = parseTerraformJson(source.text, source.file);
      if ("errors" in read) {
        for (const e of read.errors) this.errors.push(toolError(e, e));
        return void 0;
      }
      return { file: source.file, json: read.json, structure: read.structure };
    }
    const parsed = await parseHcl(source.text, source.file);
    if ("errors" in parsed) {
      for (const e of parsed.errors) this.errors.push(toolError(e, e));
      return void 0;
    }
    return { file: source.file, json: parsed.json, structure: locateStructure(source.text) };
  }
  /** The `.tf` files of a directory: the given ones, plus any others the host lists there (without those a `.tofu` file shadows). */
  async moduleFiles(dir) {
    let names2;
    try {
      names2 = await this.host.listDirectory(dir);
    } catch {
      names2 = void 0;
    }
    const given2 = this.given.get(dir) ?? [];
    const present = /* @__PURE__ */ new Set([...given2.map((s) => s.file), ...(names2 ?? []).map((n) => joinPath(dir, n))]);
    const out = given2.filter((s) => !isShadowedByTofu(s.file, present));
    const known3 = new Set(given2.map((s) => s.file));
    for (const name of [...names2 ?? []].sort()) {
      const file = joinPath(dir, name);
      if (!isTerraformFile(name) || known3.has(file) || isShadowedByTofu(file, present)) continue;
      try {
        out.push({ file, text: await this.host.readFile(file) });
      } catch (error) {
        this.errors.push(toolError({ file, message: describeReadError(error) }, error));
      }
    }
    return out.length > 0 ? out : void 0;
  }
  async load(dir) {
    if (this.configs.has(dir)) return this.configs.get(dir);
    this.configs.set(dir, void 0);
    const sources = await this.moduleFiles(dir);
    if (sources === void 0) return void 0;
    const syntax = [];
    for (const s of sources) {
      const f = await this.parseFile(s);
      if (f !== void 0) syntax.push(f);
    }
    const config = buildModuleConfig(dir, syntax);
    for (const p of config.problems) this.errors.push(p);
    this.configs.set(dir, config);
    for (const call of config.calls.values()) {
      const child3 = localModuleDir(dir, call.source);
      if (child3 === void 0 || this.configs.has(child3)) continue;
      const loaded2 = await this.load(child3);
      if (loaded2 === void 0) {
        this.errors.push(
          toolError({
            file: call.file,
            line: call.node?.line,
            column: call.node?.column,
            message: `module "${call.name}": there are no Terraform files in ${child3}`
          })
        );
      }
    }
    return config;
  }
  /**
   * The modules `terraform init` installed for a root module: `.terraform/modules/modules.json`
   * maps each module key (`vpc`, `vpc.subnets`) to its directory, relative to the root module's
   * directory. Each directory is loaded like a local module.
   */
  async installed(root) {
    const manifest = joinPath(root, ".terraform/modules/modules.json");
    let json;
    try {
      json = JSON.parse(await this.host.readFile(manifest));
    } catch (error) {
      if (error instanceof SyntaxError) return noInstalledModules(manifest, `is not valid JSON (${error.message})`);
      const code2 = error?.code;
      return noInstalledModules(manifest, code2 === "ENOENT" || code2 === "ENOTDIR" ? "does not exist" : `cannot be read (${describeReadError(error)})`);
    }
    const list2 = isRecord3(json) ? json.Modules : void 0;
    if (!Array.isArray(list2)) return noInstalledModules(manifest, 'has no "Modules" list');
    const modules = /* @__PURE__ */ new Map();
    for (const m of list2) {
      if (!isRecord3(m) || typeof m.Key !== "string" || typeof m.Dir !== "string" || m.Key === "") continue;
      const dir = import_node_path4.default.posix.normalize(import_node_path4.default.posix.join(root, m.Dir.replaceAll("\\", "/")));
      const trimmed = dir.length > 1 && dir.endsWith("/") ? dir.slice(0, -1) : dir;
      modules.set(m.Key, { dir: trimmed, loaded: await this.load(trimmed) !== void 0 });
    }
    return { manifest, modules };
  }
  /**
   * Module calls of a root module tree whose source is not available locally (a registry, git,
   * HTTP or S3 module `terraform init` has not installed), each reported once at its module block:
   * what the module declares is not linted and its outputs are unknown, so the results are
   * incomplete. Local module directories without files are reported by `load`.
   */
  reportMissingModules(root, installed) {
    const reported = /* @__PURE__ */ new Set();
    const found = [];
    let budget = MAX_MODULE_INSTANCES;
    const walk2 = (dir, key, prefix, chain) => {
      const config = this.configs.get(dir);
      if (config === void 0 || chain.length > 32 || --budget < 0) return;
      for (const call of config.calls.values()) {
        const callKey = key === "" ? call.name : `${key}.${call.name}`;
        const address = `${prefix}module.${call.name}`;
        const resolved2 = resolveModuleSource(dir, call.source, callKey, installed);
        if (resolved2.kind === "dir") {
          if (!chain.includes(resolved2.dir)) walk2(resolved2.dir, callKey, `${address}.`, [...chain, resolved2.dir]);
          continue;
        }
        if (call.source === void 0) continue;
        const where3 = `${call.file}:${call.node?.line ?? 0}:${call.node?.column ?? 0}`;
        if (reported.has(where3)) continue;
        reported.add(where3);
        found.push({
          ...toolError({
            file: call.file,
            line: call.node?.line,
            column: call.node?.column,
            message: `${address}: the module "${call.source}" is not installed (${resolved2.why}), so it is not linted and its outputs are unknown`
          }),
          hint: `run terraform init${root === "." ? "" : ` in ${root}`} to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them`
        });
      }
    };
    walk2(root, "", "", [root]);
    const order = (e) => `${e.file ?? ""}\0${String(e.line ?? 0).padStart(9, "0")}`;
    found.sort((a, b) => order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0);
    for (const e of found) this.errors.push(e);
  }
  /** Local module directories a directory's configuration calls, transitively. */
  reachable(dir) {
    const seen = /* @__PURE__ */ new Set();
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop();
      const config = this.configs.get(d);
      if (config === void 0) continue;
      for (const call of config.calls.values()) {
        const child3 = localModuleDir(d, call.source);
        if (child3 !== void 0 && !seen.has(child3)) {
          seen.add(child3);
          stack.push(child3);
        }
      }
    }
    return seen;
  }
  /** Parses a tfvars file (HCL or JSON) into values by variable name. */
  async variablesFile(file, text4) {
    this.files.add(file);
    const values = /* @__PURE__ */ new Map();
    const noReferences = new Scope((name) => {
      throw new EvalError(`a variable value cannot refer to ${name}`);
    });
    if (/\.json$/i.test(file)) {
      let json;
      try {
        json = JSON.parse(text4);
      } catch (error) {
        this.errors.push(toolError({ file, line: 1, column: 1, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }, error));
        return void 0;
      }
      if (!isRecord3(json)) {
        this.errors.push(toolError({ file, line: 1, column: 1, message: "a variables file in JSON must be an object" }));
        return void 0;
      }
      for (const k of Object.keys(json)) values.set(k, fromJson(json[k]));
      return values;
    }
    const parsed = await parseHcl(text4, file);
    if ("errors" in parsed) {
      for (const e of parsed.errors) this.errors.push(toolError(e, e));
      return void 0;
    }
    const structure = locateStructure(text4);
    for (const k of Object.keys(parsed.json)) {
      try {
        values.set(k, evaluateJson(parsed.json[k], noReferences));
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        const at4 = structure.attributes.get(k);
        this.errors.push(toolError({ file, line: at4?.line, column: at4?.column, message: `${k}: ${error.message}` }));
      }
    }
    return values;
  }
};
function planOfModule(config, sources) {
  const want = [...config.resourceIndex.keys(), ...[...config.calls.keys()].map((c) => `module.${c}`)].sort().join("\n");
  if (want === "") return void 0;
  for (const s of sources) {
    if (dirOf(s.file) !== config.dir || !/\.json$/i.test(s.file) || isTerraformJsonFile(s.file)) continue;
    if (!s.text.includes('"configuration"') || !s.text.includes('"format_version"')) continue;
    let json;
    try {
      json = JSON.parse(s.text);
    } catch {
      continue;
    }
    const root = isRecord3(json) && isRecord3(json.configuration) ? json.configuration.root_module : void 0;
    if (!isRecord3(root)) continue;
    const addresses = [];
    if (Array.isArray(root.resources)) {
      for (const r of root.resources) if (isRecord3(r) && typeof r.address === "string") addresses.push(r.address);
    }
    if (isRecord3(root.module_calls)) for (const name of Object.keys(root.module_calls)) addresses.push(`module.${name}`);
    if (addresses.sort().join("\n") === want) return s.file;
  }
  return void 0;
}
function automaticVariableFiles(names2) {
  const auto = names2.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  return [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names2.includes(n)), ...auto];
}
async function rootValues(reader, root, instance, inputs, variableFiles, values) {
  const declared = instance.config.variables;
  let names2 = [];
  try {
    names2 = await reader.host.listDirectory(root) ?? [];
  } catch {
    names2 = [];
  }
  for (const name of automaticVariableFiles(names2)) {
    const file = joinPath(root, name);
    try {
      const parsed = await reader.variablesFile(file, await reader.host.readFile(file));
      for (const [k, v] of parsed ?? []) if (declared.has(k)) values.set(k, v);
    } catch (error) {
      reader.errors.push(toolError({ file, message: describeReadError(error) }, error));
    }
  }
  const noReferences = new Scope((name) => {
    throw new EvalError(`a variable value cannot refer to ${name}`);
  });
  for (const input of inputs) {
    if (input.kind === "file") {
      if (!variableFiles.has(input.file)) {
        let parsed;
        try {
          parsed = await reader.variablesFile(input.file, await reader.host.readFile(input.file));
        } catch (error) {
          reader.errors.push(toolError({ file: input.file, message: `cannot read this --var-file: ${describeReadError(error)}` }, error));
        }
        variableFiles.set(input.file, parsed);
      }
      for (const [k, v] of variableFiles.get(input.file) ?? []) if (declared.has(k)) values.set(k, v);
      continue;
    }
    if (!declared.has(input.name)) continue;
    const type = instance.variableType(input.name);
    if (type === void 0 || isPrimitiveType(type)) {
      values.set(input.name, input.value);
      continue;
    }
    try {
      values.set(input.name, evaluate(parseExpression(input.value), noReferences));
    } catch (error) {
      if (!(error instanceof EvalError) && !(error instanceof HclSyntaxError)) throw error;
      reader.errors.push(toolError({ message: `--var ${input.name}: the value is not a valid expression (${error.message})` }, error));
    }
  }
}
async function readTerraformSources(sources, options = {}) {
  const tf = sources.filter((s) => isTerraformFile(s.file));
  const given2 = /* @__PURE__ */ new Map();
  for (const s of tf) {
    const dir = dirOf(s.file);
    let list2 = given2.get(dir);
    if (list2 === void 0) given2.set(dir, list2 = []);
    list2.push(s);
  }
  const reader = new Reader(options.host ?? memoryHost(sources), given2);
  const dirs = [...given2.keys()].sort();
  for (const dir of dirs) await reader.load(dir);
  const reach2 = new Map(dirs.map((d) => [d, reader.reachable(d)]));
  const roots = dirs.filter(
    (d) => !d.split("/").includes(".terraform") && !dirs.some((other) => other !== d && reach2.get(other)?.has(d) && !reach2.get(d)?.has(other))
  );
  const resources = [];
  const declared = /* @__PURE__ */ new Set();
  const variableFiles = /* @__PURE__ */ new Map();
  const linted = /* @__PURE__ */ new Set();
  const reportedCalls = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const config = reader.configs.get(root);
    if (config === void 0) continue;
    for (const name of config.variables.keys()) declared.add(name);
    if (planOfModule(config, sources) !== void 0) continue;
    linted.add(root);
    for (const d of reader.reachable(root)) linted.add(d);
    const run = {
      unit: root,
      rootDir: root,
      configOf: (dir) => reader.configs.get(dir),
      resources,
      problems: reader.errors,
      installed: await reader.installed(root),
      moduleInstances: 0,
      resourceInstances: 0,
      reportedCalls,
      comments: (file) => reader.comments.get(file)
    };
    reader.reportMissingModules(root, run.installed);
    for (const { dir, loaded: loaded2 } of run.installed.modules.values()) {
      if (!loaded2) continue;
      linted.add(dir);
      for (const d of reader.reachable(dir)) linted.add(d);
    }
    const values = /* @__PURE__ */ new Map();
    const instance = new ModuleInstance(run, config, "", (name) => values.get(name), [root]);
    await rootValues(reader, root, instance, options.variables ?? [], variableFiles, values);
    instance.expandAll();
  }
  for (const input of options.variables ?? []) {
    if (input.kind === "var" && !declared.has(input.name) && roots.length > 0) {
      reader.errors.push(toolError({ message: `--var ${input.name}: no linted root module declares a variable "${input.name}"` }));
    }
  }
  const files = [...reader.files].filter((f) => !isTerraformFile(f) || linted.has(dirOf(f)));
  return { resources, errors: capProblems(reader.errors), files: files.sort() };
}
function fileSystemHost(cwd, decode) {
  return {
    async listDirectory(dir) {
      const { readdir: readdir2 } = await Promise.resolve().then(() => __toESM(require("node:fs/promises"), 1));
      try {
        const entries2 = await readdir2(import_node_path4.default.resolve(cwd, dir), { withFileTypes: true });
        return entries2.filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        return void 0;
      }
    },
    async readFile(file) {
      return decode(readRegularFile(import_node_path4.default.resolve(cwd, file)));
    }
  };
}

// src/parse/terraform-plan/address.ts
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var NUM = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseTraversal(text4) {
  const steps = [];
  const n = text4.length;
  IDENT.lastIndex = 0;
  const root = IDENT.exec(text4);
  if (root === null) return void 0;
  steps.push({ kind: "attr", name: root[0] });
  let i = root[0].length;
  while (i < n) {
    const c = text4[i];
    if (c === ".") {
      i++;
      if (text4[i] === "*") {
        steps.push({ kind: "splat" });
        i++;
        continue;
      }
      IDENT.lastIndex = i;
      const id = IDENT.exec(text4);
      if (id !== null) {
        steps.push({ kind: "attr", name: id[0] });
        i += id[0].length;
        continue;
      }
      NUM.lastIndex = i;
      const num2 = NUM.exec(text4);
      if (num2 === null || num2[0].startsWith("-")) return void 0;
      steps.push({ kind: "index", key: Number(num2[0]) });
      i += num2[0].length;
      continue;
    }
    if (c === "[") {
      i++;
      if (text4[i] === '"') {
        const s = readQuoted(text4, i);
        if (s === void 0) return void 0;
        steps.push({ kind: "index", key: s.value });
        i = s.end;
      } else if (text4.startsWith("*", i) || text4.startsWith("...", i) || text4[i] === "]") {
        steps.push({ kind: "splat" });
        i += text4[i] === "*" ? 1 : text4[i] === "." ? 3 : 0;
      } else {
        NUM.lastIndex = i;
        const num2 = NUM.exec(text4);
        if (num2 === null) return void 0;
        steps.push({ kind: "index", key: Number(num2[0]) });
        i += num2[0].length;
      }
      if (text4[i] !== "]") return void 0;
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
function readQuoted(text4, start) {
  const close = text4.indexOf('"', start + 1);
  if (close !== -1) {
    const body2 = text4.slice(start + 1, close);
    if (!MAY_ESCAPE.test(body2)) return { value: body2, end: close + 1 };
  }
  return readEscaped(text4, start);
}
var MAY_ESCAPE = /[\\$%]/;
function readEscaped(text4, start) {
  let out = "";
  let i = start + 1;
  const n = text4.length;
  while (i < n) {
    const c = text4[i];
    if (c === '"') return { value: out, end: i + 1 };
    if (c === "\\") {
      const e = text4[i + 1];
      if (e === void 0) return void 0;
      const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : void 0;
      if (simple !== void 0) {
        out += simple;
        i += 2;
        continue;
      }
      const width = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      if (width > 0) {
        const hex = text4.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return void 0;
        const code2 = parseInt(hex, 16);
        if (code2 > 1114111) return void 0;
        out += String.fromCodePoint(code2);
        i += 2 + width;
        continue;
      }
      if (/[0-7]/.test(e)) {
        const oct = text4.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(oct)) return void 0;
        out += String.fromCharCode(parseInt(oct, 8));
        i += 4;
        continue;
      }
      return void 0;
    }
    if ((c === "$" || c === "%") && text4[i + 1] === c && text4[i + 2] === "{") {
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
function parseResourceAddress(text4) {
  const plain3 = PLAIN_ADDRESS.exec(text4);
  return plain3 === null ? tokenizedResourceAddress(text4) : plainResourceAddress(plain3);
}
function tokenizedResourceAddress(text4) {
  const steps = parseTraversal(text4);
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
function parseModuleAddress(text4) {
  if (text4 === "") return [];
  const steps = parseTraversal(text4);
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
var PLAIN_RESOURCE_ADDRESS = /^(?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?\.)*(?!ephemeral\.)(?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?$/;
var PLAIN_MODULE_STEP = /module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+|"[^"\\$%]*")\])?\./y;
function plainKey(text4) {
  return text4.startsWith('"') ? text4.slice(1, -1) : Number(text4);
}
function plainResourceAddress(m) {
  const resource = plainResource(m);
  return resource === void 0 ? void 0 : { modules: plainModuleSteps(m[1]), ...resource };
}
function plainModuleSteps(prefix) {
  const modules = [];
  PLAIN_MODULE_STEP.lastIndex = 0;
  while (PLAIN_MODULE_STEP.lastIndex < prefix.length) {
    const step = PLAIN_MODULE_STEP.exec(prefix);
    modules.push(step[2] === void 0 ? { name: step[1] } : { name: step[1], key: plainKey(step[2]) });
  }
  return modules;
}
function resourceAddressParts(text4) {
  const plain3 = PLAIN_ADDRESS.exec(text4);
  if (plain3 === null) return tokenizedResourceAddress(text4);
  const r = plainResource(plain3);
  if (r === void 0) return void 0;
  return r.key === void 0 ? { prefix: plain3[1], mode: r.mode, type: r.type, name: r.name } : { prefix: plain3[1], mode: r.mode, type: r.type, name: r.name, key: r.key };
}
function plainResource(m) {
  const parts = m[2].split(".");
  let mode = "managed";
  if (parts[0] === "data") {
    if (parts.length !== 3) return void 0;
    mode = "data";
    parts.shift();
  } else if (parts[0] === "ephemeral") {
    return void 0;
  }
  const [type, name] = parts;
  const key = m[3];
  if (key === void 0) return { mode, type, name };
  return { mode, type, name, key: plainKey(key.slice(1, -1)) };
}
function isResourceAddress(text4) {
  return PLAIN_RESOURCE_ADDRESS.test(text4) || parseResourceAddress(text4) !== void 0;
}
function indexKeys(address) {
  const m = PLAIN_ADDRESS.exec(address);
  if (m !== null && !m[2].startsWith("ephemeral.")) {
    const key = m[3];
    return { resource: key === void 0 ? address : address.slice(0, address.length - key.length), instance: key ?? "" };
  }
  const a = parseResourceAddress(address);
  if (a === void 0) return void 0;
  return {
    resource: moduleInstancePrefix(a.modules) + resourceInModule(a.mode, a.type, a.name),
    instance: a.key === void 0 ? "" : canonicalKey(a.key)
  };
}

// src/parse/terraform-plan/guards.ts
function isRecord4(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function own2(o, key) {
  if (!isRecord4(o)) return void 0;
  const v = o[key];
  if (v === void 0) return void 0;
  if (typeof v === "function" || key === "__proto__") return Object.hasOwn(o, key) ? v : void 0;
  return v;
}
function child2(node, step) {
  if (typeof step === "number") {
    return Array.isArray(node) && Number.isInteger(step) && step >= 0 && step < node.length ? node[step] : void 0;
  }
  return own2(node, step);
}
function defineOwn(o, key, value) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/parse/terraform-plan/config.ts
var MAX_MODULE_DEPTH2 = 100;
var ConfigTree = class {
  #modules = /* @__PURE__ */ new Map();
  /** Indexes `configuration.root_module` and every module below it; wrong types become problems. */
  constructor(configuration, problem) {
    if (configuration === void 0 || configuration === null) return;
    if (!isRecord4(configuration)) {
      problem("configuration is not an object; it is ignored");
      return;
    }
    const root = own2(configuration, "root_module");
    if (root === void 0 || root === null) return;
    this.#index(root, [], "configuration.root_module", problem);
  }
  /** Whether the plan has no configuration at all (no module was indexed). */
  get empty() {
    return this.#modules.size === 0;
  }
  /** The configuration of a module, by its call names from the root (`['spoke', 'net']`). */
  module(names2) {
    return this.#modules.get(names2.join("\0"));
  }
  #index(mod, names2, where3, problem) {
    if (!isRecord4(mod)) {
      problem(`${where3} is not an object; it is ignored`);
      return;
    }
    const resources = /* @__PURE__ */ new Map();
    const list2 = own2(mod, "resources");
    if (Array.isArray(list2)) {
      list2.forEach((r, i) => {
        const key = configResourceKey(r);
        if (key === void 0) problem(`${where3}.resources[${i}] is not a resource; it is ignored`);
        else if (isRecord4(r) && !resources.has(key)) resources.set(key, r);
      });
    } else if (list2 !== void 0 && list2 !== null) {
      problem(`${where3}.resources is not a list; it is ignored`);
    }
    const outputs = objectEntries(own2(mod, "outputs"), `${where3}.outputs`, problem);
    const calls = objectEntries(own2(mod, "module_calls"), `${where3}.module_calls`, problem);
    this.#modules.set(names2.join("\0"), { resources, calls, outputs });
    if (names2.length >= MAX_MODULE_DEPTH2) {
      if (calls.size > 0) problem(`${where3} nests modules more than ${MAX_MODULE_DEPTH2} deep; the deeper ones are ignored`);
      return;
    }
    for (const [name, call] of calls) {
      const inner = own2(call, "module");
      if (inner === void 0 || inner === null) continue;
      this.#index(inner, [...names2, name], `${where3}.module_calls.${name}.module`, problem);
    }
  }
};
function configResourceKey(r) {
  if (!isRecord4(r)) return void 0;
  const mode = own2(r, "mode");
  const type = own2(r, "type");
  const name = own2(r, "name");
  if ((mode === "managed" || mode === "data") && typeof type === "string" && typeof name === "string") {
    return resourceInModule(mode, type, name);
  }
  const address = own2(r, "address");
  return typeof address === "string" ? address : void 0;
}
function objectEntries(x, where3, problem) {
  const out = /* @__PURE__ */ new Map();
  if (x === void 0 || x === null) return out;
  if (!isRecord4(x)) {
    problem(`${where3} is not an object; it is ignored`);
    return out;
  }
  for (const key of Object.keys(x)) {
    const v = x[key];
    if (isRecord4(v)) out.set(key, v);
    else problem(`${where3}.${key} is not an object; it is ignored`);
  }
  return out;
}
function isExpression(x) {
  if (!isRecord4(x)) return false;
  for (const k in x) if (Object.hasOwn(x, k) && k !== "constant_value" && k !== "references") return false;
  return true;
}
function isSet(x) {
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
  /** The resource_changes section's pairs, and those of the values sections (made on first use). */
  #changes;
  #values;
  /** Where the section keys found so far are, and their names (#findSections). */
  #starts = [];
  #names = [];
  #nextSection = 0;
  #from = 0;
  // Kept per file: the engine may ask for locations of several files in turn. Indexed only as far
  // as the furthest offset asked for (lineIndex).
  #lines;
  constructor(text4) {
    this.#text = text4;
    this.#bom = text4.startsWith("\uFEFF");
    this.#lines = lineIndex(text4);
  }
  /** The top-level keys of the parsed plan, in order (JSON.parse keeps the text's order). */
  setSections(keys) {
    this.#sections = keys;
  }
  #lineColumn(offset) {
    const lc = this.#lines(offset);
    return this.#bom && lc.line === 1 ? { line: 1, column: Math.max(1, lc.column - 1) } : lc;
  }
  /** 1-based line/column of the resource's `"address"` key; line 1, column 1 when not found. */
  locate(address) {
    const offset = this.#offsetOf(address);
    return offset === void 0 ? { line: 1, column: 1 } : this.#lineColumn(offset);
  }
  /**
   * The best place of an address: its first pair in resource_changes followed by the usual next
   * key, else its first such pair in the values sections, else its first pair without that key
   * in resource_changes, then in the values sections. Each section is scanned only until the
   * address's best place there is met, or to its end when it has none.
   */
  #offsetOf(address) {
    if (this.#changes === void 0) {
      this.#findSections("resource_changes");
      this.#changes = new AddressScan(this.#text, this.#ranges((name) => name === "resource_changes"));
    }
    const changed = this.#changes.find(address);
    if (changed !== void 0) return changed;
    if (this.#values === void 0) {
      this.#findSections();
      this.#values = new AddressScan(this.#text, this.#ranges((name) => LOCATED_SECTIONS.has(name)));
    }
    return this.#values.find(address) ?? this.#changes.other.get(address) ?? this.#values.other.get(address);
  }
  /**
   * The spans of the sections found so far that `wanted` names, in text order: from a section's
   * key to the next section's. An `"address"` match cannot span a section key of valid JSON, so
   * a scan from a section's start meets the same matches there as a scan of the whole text.
   */
  #ranges(wanted) {
    const ranges = [];
    for (let s = 0; s < this.#names.length; s++) {
      if (wanted(this.#names[s])) ranges.push([this.#starts[s], this.#starts[s + 1] ?? this.#text.length]);
    }
    return ranges;
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
  /**
   * Finds the keys of the top-level sections, in order, each after the one before (the text
   * holds them in the order of the parsed object's keys), until `until` and the section after it
   * are found, or every section is.
   */
  #findSections(until) {
    const sections = this.#sections;
    while (this.#nextSection < sections.length) {
      if (until !== void 0) {
        const at4 = this.#names.indexOf(until);
        if (at4 >= 0 && at4 + 1 < this.#names.length) return;
      }
      const key = sections[this.#nextSection++];
      const re = keyPattern(key, "g");
      re.lastIndex = this.#from;
      const m = re.exec(this.#text);
      if (m === null) continue;
      this.#starts.push(m.index);
      this.#names.push(key);
      this.#from = m.index + m[0].length;
    }
  }
};
var AddressScan = class {
  #text;
  #ranges;
  #range = 0;
  /** Where the scan resumes in the current range. */
  #at;
  /** The first place of each address followed by the usual next key (the best place). */
  #best = /* @__PURE__ */ new Map();
  /** The first place of each address in a pair that is not (complete once the scan has ended). */
  other = /* @__PURE__ */ new Map();
  constructor(text4, ranges) {
    this.#text = text4;
    this.#ranges = ranges;
    this.#at = ranges[0]?.[0] ?? 0;
  }
  /** The best place of `address` in the spans, scanning on until it is met; undefined if none. */
  find(address) {
    const seen = this.#best.get(address);
    if (seen !== void 0) return seen;
    const text4 = this.#text;
    while (this.#range < this.#ranges.length) {
      const end = this.#ranges[this.#range][1];
      ADDRESS.lastIndex = this.#at;
      for (let m = ADDRESS.exec(text4); m !== null && m.index < end; m = ADDRESS.exec(text4)) {
        this.#at = ADDRESS.lastIndex;
        RESOURCE_FOLLOWS.lastIndex = ADDRESS.lastIndex;
        const target2 = RESOURCE_FOLLOWS.test(text4) ? this.#best : this.other;
        const found = unescapeJsonString(m[1]);
        if (found === void 0 || target2.has(found)) continue;
        target2.set(found, m.index);
        if (found === address && target2 === this.#best) return m.index;
      }
      this.#range++;
      this.#at = this.#ranges[this.#range]?.[0] ?? text4.length;
    }
    return void 0;
  }
};
function keyPattern(key, flags = "") {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${quoted}\\s*:\\s*`, flags);
}
function unescapeJsonString(body2) {
  if (!body2.includes("\\")) return body2;
  try {
    const v = JSON.parse(`"${body2}"`);
    return typeof v === "string" ? v : void 0;
  } catch {
    return void 0;
  }
}

// src/parse/terraform-plan/providers.ts
var ABSENT6 = Object.freeze({ state: "absent" });
var EMPTY_ENTRY = Object.freeze({});
var ROLE_ARN2 = /^arn:aws[a-z-]*:iam::(\d{12}):role\//;
var ProviderConfigs = class {
  #entries = /* @__PURE__ */ new Map();
  #settings = /* @__PURE__ */ new Map();
  /** Indexes `configuration.provider_config`; anything that is not an object is left out. */
  constructor(configuration) {
    const configs = own2(configuration, "provider_config");
    if (!isRecord4(configs)) return;
    for (const key of Object.keys(configs)) {
      const entry = configs[key];
      if (isRecord4(entry)) this.#entries.set(key, entry);
    }
  }
  /**
   * The settings of the configuration with this key, or undefined when the plan has none. A
   * root module's default configuration (`aws`) with no entry is one with no provider block, so
   * nothing set; a key of another form with no entry (`net:aws` in plans before Terraform 1.1)
   * may stand for any configuration passed into the module, so it stays undefined.
   */
  settings(key) {
    let s = this.#settings.get(key);
    if (s === void 0) {
      const entry = this.#entries.get(key) ?? (/^[a-z0-9_-]+$/i.test(key) ? EMPTY_ENTRY : void 0);
      if (entry === void 0) return void 0;
      s = readSettings(key, entry);
      this.#settings.set(key, s);
    }
    return s;
  }
};
function readSettings(key, entry) {
  const alias = own2(entry, "alias");
  const expressions = own2(entry, "expressions");
  const settings = {
    name: key,
    region: regionOf2(key, own2(expressions, "region")),
    accountId: accountOf2(key, expressions)
  };
  return typeof alias === "string" && alias !== "" ? { ...settings, alias } : settings;
}
function unknownValue2(reason) {
  return { state: "unknown", reason, refs: [] };
}
function literal3(expression) {
  if (!isExpression(expression)) return void 0;
  const c = own2(expression, "constant_value");
  if (c === void 0 || c === null) return own2(expression, "references") === void 0 ? "" : void 0;
  return typeof c === "string" ? c : void 0;
}
function referencesText(expression) {
  const refs = own2(expression, "references");
  const names2 = Array.isArray(refs) ? refs.filter((r) => typeof r === "string") : [];
  return names2.length > 0 ? `comes from ${names2.slice(0, 3).join(", ")}, which vpclint does not evaluate` : "is not a literal";
}
function regionOf2(key, expression) {
  if (expression === void 0) return ABSENT6;
  const value = literal3(expression);
  if (value === "") return ABSENT6;
  if (value !== void 0) return { state: "known", value };
  return unknownValue2(`the region of provider configuration ${key} ${referencesText(expression)}`);
}
function accountOf2(key, expressions) {
  for (const block of ["assume_role", "assume_role_with_web_identity"]) {
    const blocks2 = own2(expressions, block);
    if (!Array.isArray(blocks2) || blocks2.length === 0) continue;
    const last2 = blocks2[blocks2.length - 1];
    const arn = own2(last2, "role_arn");
    const text4 = literal3(arn);
    if (text4 === void 0) return unknownValue2(`the account of provider configuration ${key} is that of its ${block} role, whose ARN ${referencesText(arn)}`);
    const account = ROLE_ARN2.exec(text4)?.[1];
    if (account !== void 0) return { state: "known", value: account };
    if (text4 !== "") return unknownValue2(`the account of provider configuration ${key} is that of its ${block} role, whose ARN ${JSON.stringify(text4)} names no account`);
  }
  const allowed = own2(expressions, "allowed_account_ids");
  if (isExpression(allowed)) {
    const c = own2(allowed, "constant_value");
    if (Array.isArray(c) && c.length === 1 && typeof c[0] === "string" && /^\d{12}$/.test(c[0])) return { state: "known", value: c[0] };
  }
  return ABSENT6;
}

// src/parse/terraform-plan/resolve.ts
var ModuleInstances = class {
  #children = /* @__PURE__ */ new WeakMap();
  root = { steps: [], prefix: "", names: [] };
  of(steps) {
    let inst = this.root;
    for (const s of steps) inst = this.child(inst, s);
    return inst;
  }
  child(parent, step) {
    let byName = this.#children.get(parent);
    if (byName === void 0) this.#children.set(parent, byName = /* @__PURE__ */ new Map());
    let byKey = byName.get(step.name);
    if (byKey === void 0) byName.set(step.name, byKey = /* @__PURE__ */ new Map());
    let inst = byKey.get(step.key);
    if (inst === void 0) {
      const prefix = parent.prefix + moduleInstancePrefix([step]);
      inst = { steps: parent.steps.concat(step), prefix, names: parent.names.concat(step.name), parent };
      byKey.set(step.key, inst);
    }
    return inst;
  }
};
var ResourceIndex = class {
  #resources = /* @__PURE__ */ new Map();
  add(resource, key, address) {
    const known3 = this.#resources.get(resource);
    if (known3 === void 0) {
      this.#resources.set(resource, key === "" ? address : /* @__PURE__ */ new Map([[key, address]]));
    } else if (typeof known3 === "string") {
      this.#resources.set(resource, /* @__PURE__ */ new Map([["", known3], [key, address]]));
    } else {
      known3.set(key, address);
    }
  }
  /** Whether the plan has an instance of this resource. */
  has(resource) {
    return this.#resources.has(resource);
  }
  /** The address of the resource's instance with this canonical key ('' for none). */
  instance(resource, key) {
    const known3 = this.#resources.get(resource);
    return typeof known3 === "string" ? key === "" ? known3 : void 0 : known3?.get(key);
  }
  /** The address of the resource's only instance, when it has exactly one. */
  only(resource) {
    const known3 = this.#resources.get(resource);
    if (typeof known3 === "string") return known3;
    return known3?.size === 1 ? known3.values().next().value : void 0;
  }
};
var NO_LOST = Object.freeze([]);
var NO_TARGETS = Object.freeze([]);
var EMPTY2 = { targets: NO_TARGETS, lost: NO_LOST };
var MAX_DEPTH6 = 50;
var MAX_REFERENCES = 256;
var SourceSet = class {
  // The list starts as a literal of its first target: the unknown value keeps it as its `refs`
  // for the whole run, and a list grown from empty by push reserves room for 17.
  #targets;
  #lost;
  #keys;
  get targets() {
    return this.#targets ?? NO_TARGETS;
  }
  get lost() {
    return this.#lost ?? NO_LOST;
  }
  addTarget(ref) {
    const targets = this.#targets;
    if (targets === void 0) {
      this.#targets = [ref];
      return;
    }
    if (this.#keys === void 0) this.#keys = /* @__PURE__ */ new Set([targetKey2(targets[0])]);
    const key = targetKey2(ref);
    if (this.#keys.has(key)) return;
    this.#keys.add(key);
    targets.push(ref);
  }
  addLost(l) {
    if (this.#lost === void 0) this.#lost = [l];
    else if (!this.#lost.some((x) => x.what === l.what)) this.#lost.push(l);
  }
  merge(other, extra) {
    const targets = other.targets;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      this.addTarget(extra.length === 0 ? t : { address: t.address, attribute: t.attribute.concat(extra) });
    }
    for (let i = 0; i < other.lost.length; i++) this.addLost(other.lost[i]);
  }
};
function targetKey2(ref) {
  let key = ref.address;
  for (const p of ref.attribute) key += typeof p === "number" ? `\0#${p}` : `\0.${p}`;
  return key;
}
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
  /** References lists read, by array identity. */
  #lists = /* @__PURE__ */ new WeakMap();
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
  #parse(text4) {
    let p = this.#parsed.get(text4);
    if (p === void 0) {
      const steps = parseTraversal(text4)?.slice();
      if (steps === void 0) p = null;
      else {
        const resource = resourceRef(steps);
        p = resource === void 0 ? { steps, canon: stepsToString(steps) } : { steps, canon: stepsToString(steps), resource };
      }
      this.#parsed.set(text4, p);
    }
    return p;
  }
  #references(references, inst, key, forEach, depth) {
    if (!Array.isArray(references) || references.length === 0) return EMPTY2;
    const out = new SourceSet();
    if (depth > MAX_DEPTH6) {
      out.addLost({ what: "reference chain", reason: `reference chain is longer than ${MAX_DEPTH6} steps; vpclint stopped following it` });
      return out;
    }
    if (references.length > MAX_REFERENCES) {
      out.addLost({ what: "expression", reason: `expression has more than ${MAX_REFERENCES} references; vpclint does not follow them` });
      return out;
    }
    const list2 = this.#list(references);
    for (let i = 0; i < list2.unreadable.length; i++) out.addLost(list2.unreadable[i]);
    for (let i = 0; i < list2.specific.length; i++) this.#one(list2.specific[i], inst, key, forEach, list2.indexedByInstance, depth, out);
    return out;
  }
  /**
   * A references list read once (by array identity: every instance of a resource shares its
   * configuration's list): what cannot be read, and the most specific references.
   */
  #list(references) {
    let list2 = this.#lists.get(references);
    if (list2 === void 0) {
      const unreadable = [];
      const refs = [];
      for (let i = 0; i < references.length; i++) {
        const r = references[i];
        if (typeof r !== "string") continue;
        const p = this.#parse(r);
        if (p === null) unreadable.push({ what: r, reason: `value comes from ${r}, which vpclint cannot read` });
        else refs.push(p);
      }
      const specific = mostSpecific(refs).slice();
      list2 = { unreadable, specific, indexedByInstance: specific.some((p) => isInstanceKeyRef(p.steps)) };
      this.#lists.set(references, list2);
    }
    return list2;
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
  #eachValue(steps, inst, key, forEach, where3, out) {
    const source = this.#forEachResource(forEach);
    if (source === void 0 || key === void 0) {
      out.addLost({ what: "each.value", reason: `value comes from each.value${where3}; plan JSON does not record for_each values` });
      return;
    }
    const label = inst.prefix + source;
    const path14 = toPath(steps.slice(2));
    if (path14.length === 0) {
      out.addLost({
        what: "each.value",
        reason: `value comes from each.value${where3}, a whole instance of ${label}; vpclint links only its attributes (each.value.id)`
      });
      return;
    }
    const address = this.index.instance(label, canonicalKey(key));
    if (address === void 0) {
      const missing = !this.index.has(label) ? `${label} is not in the plan` : `${label} has no instance ${canonicalKey(key)} in the plan`;
      out.addLost({ what: "each.value", reason: `value comes from each.value${where3} (for_each = ${label}), but ${missing}` });
      return;
    }
    out.addTarget({ address, attribute: path14 });
  }
  #one(ref, inst, key, forEach, indexedByInstance, depth, out) {
    const steps = ref.steps;
    const root = steps[0]?.kind === "attr" ? steps[0].name : "";
    const second = steps[1]?.kind === "attr" ? steps[1].name : void 0;
    switch (root) {
      case "count":
      case "path":
      case "terraform":
        return;
      case "each":
        if (second === "value") this.#eachValue(steps, inst, key, forEach, whereIn(inst), out);
        return;
      case "local": {
        const where3 = whereIn(inst);
        out.addLost({
          what: `local.${second ?? ""}${where3}`,
          reason: `value comes from local.${second ?? ""}${where3}; plan JSON does not record locals`
        });
        return;
      }
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
      default:
        if (ref.resource === void 0) break;
        this.#resource(ref.resource, inst, key, indexedByInstance, out);
        return;
    }
    out.addLost({ what: ref.canon, reason: `value comes from ${ref.canon}, which vpclint does not follow` });
  }
  #resource(ref, inst, key, indexedByInstance, out) {
    const label = inst.prefix + ref.name;
    if (!this.index.has(label)) {
      out.addLost({ what: label, reason: `value comes from ${label}, which is not in the plan` });
      return;
    }
    let address;
    if (ref.index !== void 0) {
      address = this.index.instance(label, canonicalKey(ref.index));
      if (address === void 0) {
        const what = label + canonicalKey(ref.index);
        out.addLost({ what, reason: `value comes from ${what}, which is not in the plan` });
        return;
      }
    } else {
      address = this.index.instance(label, "");
      if (address === void 0) {
        if (indexedByInstance) {
          if (key !== void 0) address = this.index.instance(label, canonicalKey(key));
        } else {
          address = this.index.only(label);
        }
      }
      if (address === void 0) {
        out.addLost({ what: label, reason: `${label} has several instances and the reference does not say which` });
        return;
      }
    }
    out.addTarget({ address, attribute: ref.attribute });
  }
  #module(steps, name, inst, depth, out) {
    let i = 2;
    const k = steps[i];
    let child3;
    if (k?.kind === "index") {
      child3 = this.instances.child(inst, { name, key: k.key });
      i++;
    } else {
      child3 = this.instances.child(inst, { name });
      if (k?.kind === "splat") i++;
    }
    const output = steps[i];
    if (output?.kind !== "attr" || k?.kind === "splat") {
      const callLabel = inst.prefix + (k?.kind === "index" ? `module.${name}${canonicalKey(k.key)}` : `module.${name}`);
      out.addLost({ what: callLabel, reason: `value comes from ${callLabel}, and the reference does not name one output of one instance` });
      return;
    }
    out.merge(this.#output(child3, output.name, depth + 1), toPath(steps.slice(i + 1)));
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
  #output(child3, name, depth) {
    const what = `${child3.prefix}${name}`;
    return this.#memoized(`${child3.prefix}\0o\0${name}`, what, () => {
      const mod = this.config.module(child3.names);
      if (mod === void 0) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module`);
      }
      const output = mod.outputs.get(name);
      if (output === void 0) {
        return lostOnly(what, `value comes from ${what}, which the module's configuration does not declare`);
      }
      const expr = own2(output, "expression");
      return isRecord4(expr) ? this.#references(own2(expr, "references"), child3, void 0, void 0, depth) : EMPTY2;
    });
  }
  /** The sources of input variable `name` of module instance `inst`. */
  #variable(inst, name, depth) {
    const parent = inst.parent;
    const last2 = inst.steps[inst.steps.length - 1];
    if (parent === void 0 || last2 === void 0) {
      const v = own2(this.variables, name);
      if (isRecord4(v) && own2(v, "value") !== void 0) return EMPTY2;
      return lostOnly(`var.${name}`, `value comes from var.${name}, which has no value in the plan`);
    }
    const what = `var.${name} in ${inst.prefix.slice(0, -1)}`;
    return this.#memoized(`${inst.prefix}\0v\0${name}`, what, () => {
      const parentConfig = this.config.module(parent.names);
      const call = parentConfig?.calls.get(last2.name);
      if (call === void 0) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module call`);
      }
      const arg = own2(own2(call, "expressions"), name);
      if (!isExpression(arg)) return EMPTY2;
      return this.#references(own2(arg, "references"), parent, last2.key, own2(own2(call, "for_each_expression"), "references"), depth);
    });
  }
};
function whereIn(inst) {
  return inst.prefix === "" ? "" : ` in ${inst.prefix.slice(0, -1)}`;
}
function lostOnly(what, reason) {
  return { targets: EMPTY2.targets, lost: [{ what, reason }] };
}
function mostSpecific(refs) {
  return refs.length <= PAIRWISE_MAX ? mostSpecificPairwise(refs) : mostSpecificBySets(refs);
}
var PAIRWISE_MAX = 8;
function mostSpecificPairwise(refs) {
  const unique2 = [];
  for (let i = 0; i < refs.length; i++) if (!listsCanon(unique2, refs[i].canon)) unique2.push(refs[i]);
  const kept = [];
  for (let i = 0; i < unique2.length; i++) if (!extendedByOne(unique2, unique2[i].canon)) kept.push(unique2[i]);
  return kept;
}
function listsCanon(refs, canon) {
  for (let i = 0; i < refs.length; i++) if (refs[i].canon === canon) return true;
  return false;
}
function extendedByOne(refs, canon) {
  for (let i = 0; i < refs.length; i++) if (extendsBySteps(refs[i].canon, canon)) return true;
  return false;
}
function extendsBySteps(c, a) {
  if (c.length <= a.length) return false;
  const next = c[a.length];
  return (next === "." || next === "[") && c.startsWith(a);
}
function mostSpecificBySets(refs) {
  const seen = /* @__PURE__ */ new Set();
  const unique2 = [];
  for (const p of refs) {
    if (seen.has(p.canon)) continue;
    seen.add(p.canon);
    unique2.push(p);
  }
  const covered = /* @__PURE__ */ new Set();
  for (const q of unique2) {
    const c = q.canon;
    for (let i = 1; i < c.length; i++) if ((c[i] === "." || c[i] === "[") && seen.has(c.slice(0, i))) covered.add(c.slice(0, i));
  }
  return unique2.filter((p) => !covered.has(p.canon));
}
var NOT_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["count", "each", "var", "local", "module", "path", "terraform", "self", "ephemeral"]);
function wholeResource(steps) {
  const names2 = [];
  for (const s of steps) {
    if (s.kind !== "attr") return void 0;
    names2.push(s.name);
  }
  const [a, b, c] = names2;
  if (a === void 0 || b === void 0 || NOT_RESOURCE_ROOTS.has(a)) return void 0;
  if (a === "data") return names2.length === 3 && c !== void 0 ? resourceInModule("data", b, c) : void 0;
  return names2.length === 2 ? resourceInModule("managed", a, b) : void 0;
}
var OTHER_ROOTS = /* @__PURE__ */ new Set(["count", "path", "terraform", "each", "local", "self", "var", "module"]);
function resourceRef(steps) {
  const root = steps[0]?.kind === "attr" ? steps[0].name : "";
  const second = steps[1]?.kind === "attr" ? steps[1].name : void 0;
  if (second === void 0 || OTHER_ROOTS.has(root)) return void 0;
  let name;
  let i;
  if (root === "data") {
    const third = steps[2]?.kind === "attr" ? steps[2].name : void 0;
    if (third === void 0) return void 0;
    name = resourceInModule("data", second, third);
    i = 3;
  } else {
    name = resourceInModule("managed", root, second);
    i = 2;
  }
  const first = steps[i];
  if (first?.kind === "index") return { name, index: first.key, attribute: toPath(steps.slice(i + 1)) };
  return { name, attribute: toPath(steps.slice(first?.kind === "splat" ? i + 1 : i)) };
}
function isInstanceKeyRef(steps) {
  const a = steps[0];
  const b = steps[1];
  if (a?.kind !== "attr" || b?.kind !== "attr") return false;
  return a.name === "count" && b.name === "index" || a.name === "each" && b.name === "key";
}
function toPath(steps) {
  const splat = steps.findIndex((s) => s.kind === "splat");
  return (splat === -1 ? steps : steps.slice(0, splat)).map((s) => s.kind === "attr" ? s.name : s.key);
}
function pathToString(path14) {
  let out = "";
  for (const p of path14) out += typeof p === "number" ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}
function unknownFrom(s) {
  const targets = s.targets;
  if (targets.length === 1 && s.lost.length === 0) return { state: "unknown", reason: "known after apply", refs: targets };
  if (targets.length === 0 && s.lost.length === 0) return { state: "unknown", reason: "known after apply", refs: [] };
  if (targets.length === 0) {
    const reasons = [...new Set(s.lost.map((l) => l.reason))];
    return { state: "unknown", reason: reasons.join("; "), refs: [] };
  }
  const names2 = [...targets.map((t) => t.address + pathToString(t.attribute)), ...s.lost.map((l) => l.what)];
  return {
    state: "unknown",
    reason: `value comes from several sources (${names2.join(", ")}); vpclint cannot tell which one it is`,
    refs: []
  };
}

// src/parse/terraform-plan/resource.ts
var MODULE_PREFIX = /^((?:module\.[A-Za-z0-9_-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)/;
var SIMPLE_REFERENCE = /^((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/;
var ABSENT7 = Object.freeze({ state: "absent" });
var AFTER_APPLY = Object.freeze({ state: "unknown", reason: "known after apply", refs: Object.freeze([]) });
var COMPUTED3 = Object.freeze({ state: "unknown", reason: "known after apply", refs: Object.freeze([]), computed: true });
var MAX_BLOCK_DEPTH = 64;
var NONE4 = { kind: "none" };
var PlanResource = class {
  address;
  type;
  mode;
  action;
  #ctx;
  /**
   * Where the resource sits (Placement), read on the first request: its module instance (null
   * when the address is not one vpclint reads), configuration and key.
   */
  #module;
  #config;
  #key;
  #values;
  #unknown;
  #rebuilt;
  /** Unknown values already read, by `pathKey` (made on the first unknown read). */
  #unknowns;
  constructor(ctx, address, type, mode, action, values, unknown2) {
    this.#ctx = ctx;
    this.address = address;
    this.type = type;
    this.mode = mode;
    if (action !== void 0) this.action = action;
    this.#values = values;
    this.#unknown = unknown2;
  }
  // The format and the file are the same for every resource of a plan: read from the prototype
  // and the plan's context, they take no room in each of its (up to hundreds of thousands) resources.
  get format() {
    return "terraform-plan";
  }
  get file() {
    return this.#ctx.file;
  }
  /** The `.tf` block when the plan's sources were found, else the plan's own position. */
  location() {
    return this.#source()?.block ?? this.#planLocation();
  }
  /** Where an attribute is written in the `.tf` sources; a plan keeps no attribute positions. */
  attributeLocation(path14) {
    return this.#source()?.attribute(path14, (p) => this.get(p), (expression) => this.#referenced(expression));
  }
  origin() {
    const source = this.#source();
    return source === void 0 ? void 0 : { plan: this.#planLocation(), moduleCalls: source.moduleCalls };
  }
  /** The plan's known value of a simple reference written in this resource's module (`aws_vpc.hub.cidr_block`). */
  #referenced(expression) {
    const m = SIMPLE_REFERENCE.exec(expression);
    if (m === null) return void 0;
    const prefix = MODULE_PREFIX.exec(this.address)?.[1] ?? "";
    const v = this.#ctx.resourceAt?.(prefix + m[1])?.get([m[2]]);
    return v?.state === "known" ? v.value : void 0;
  }
  #planLocation() {
    return { file: this.file, ...this.#ctx.locator.locate(this.address) };
  }
  #source() {
    return this.#ctx.sources?.resource(this.address);
  }
  get(path14) {
    try {
      return this.#get(path14);
    } catch (err) {
      return { state: "unknown", reason: `vpclint could not read this value (${err instanceof Error ? err.message : String(err)})`, refs: [] };
    }
  }
  #get(path14) {
    let node = this.#values;
    let unk = this.#unknown;
    let rebuilt = false;
    let key;
    for (let i = 0; i < path14.length; i++) {
      if (unk === true) return this.#memoUnknown(path14, i, rebuilt, key);
      const step = path14[i];
      const stepUnknown = child2(unk, step);
      if (i === 0 && stepUnknown === true && typeof step === "string") {
        key = pathKey(path14);
        const seen = this.#unknowns?.get(key);
        if (seen !== void 0) return seen;
        const r = this.#rebuild(step);
        if (r !== void 0) {
          rebuilt = true;
          node = r.value;
          unk = r.unknown;
          continue;
        }
      }
      node = child2(node, step);
      unk = stepUnknown;
    }
    if (unk === true) return this.#memoUnknown(path14, path14.length, rebuilt, key);
    if (node === null || node === void 0) return ABSENT7;
    return { state: "known", value: node };
  }
  /**
   * An unknown value is resolved through the configuration once per path: the builder reads
   * some attributes (route_table_id, vpc_id) in several phases. Known values are not memoized
   * (reading them again is a walk down the plan), so only an unknown one makes a key. Nor are
   * the shared values without sources (an `id`, unset attributes): finding one again is a few
   * reads of the configuration, and fewer resources keep a memo (on a plan of 10k resources,
   * 8.6k of the 14.8k unknowns resolved are such values). `checkedKey` is a key #get has
   * already looked up and not found.
   */
  #memoUnknown(path14, at4, rebuilt, checkedKey) {
    const key = checkedKey ?? pathKey(path14);
    let v = checkedKey === void 0 ? this.#unknowns?.get(key) : void 0;
    if (v === void 0) {
      v = this.#unknownAt(path14, at4, rebuilt);
      if (v !== AFTER_APPLY && v !== COMPUTED3) (this.#unknowns ??= /* @__PURE__ */ new Map()).set(key, v);
    }
    return v;
  }
  /** The configuration named by the resource's `provider_config_key`, when the plan has it. */
  provider() {
    const key = own2(this.#configResource(), "provider_config_key");
    return typeof key === "string" ? this.#ctx.providers.settings(key) : void 0;
  }
  /** Whether the configuration writes `attribute` (undefined without the resource's configuration). */
  configures(attribute2) {
    const cfg = this.#configResource();
    if (cfg === void 0) return void 0;
    return !isUnset(own2(cfg, "expressions"), attribute2);
  }
  /** The resource's module instance, undefined when its address is not one vpclint reads (placed on the first call). */
  #placed() {
    if (this.#module === void 0) {
      const p = this.#ctx.place(this.address);
      this.#module = p === void 0 ? null : p.module;
      this.#config = p?.config;
      this.#key = p?.key;
    }
    return this.#module ?? void 0;
  }
  #configResource() {
    this.#placed();
    return this.#config;
  }
  /**
   * A whole nested-block attribute that is unknown (a set with an unknown member often is) but
   * written as literal blocks in the configuration: rebuild it from the blocks, with constants
   * known and the other arguments unknown. Not for for_each resources, whose blocks usually depend
   * on each.value; `dynamic` blocks are not in plan JSON at all.
   */
  #rebuild(attr) {
    const cfg = this.#configResource();
    if (cfg === void 0 || isSet(own2(cfg, "for_each_expression"))) return void 0;
    const e = own2(own2(cfg, "expressions"), attr);
    if (isExpression(e)) {
      const c = own2(e, "constant_value");
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
  #unknownAt(path14, at4, rebuilt) {
    const cfg = this.#configResource();
    if (cfg === void 0) return AFTER_APPLY;
    const expressions = own2(cfg, "expressions");
    const first = path14[0];
    if (!rebuilt && typeof first === "string" && isUnset(expressions, first)) return COMPUTED3;
    if (!rebuilt && at4 === 1 && typeof first === "string" && Array.isArray(own2(expressions, first)) && isSet(own2(cfg, "for_each_expression"))) {
      return {
        state: "unknown",
        reason: `known after apply; ${this.address} uses for_each, so vpclint does not rebuild its ${first} blocks from the configuration`,
        refs: []
      };
    }
    const found = this.#findExpression(expressions, path14, rebuilt);
    if (found.kind === "lost") return { state: "unknown", reason: found.reason, refs: [] };
    if (found.kind === "none") return AFTER_APPLY;
    const module3 = this.#placed();
    if (module3 === void 0) return AFTER_APPLY;
    const forEach = own2(own2(cfg, "for_each_expression"), "references");
    return unknownFrom(this.#ctx.resolver.resolve(own2(found.expression, "references"), module3, this.#key, forEach));
  }
  /**
   * The configuration expression that sets `path`: the attribute's expression, or inside nested
   * blocks the block's argument. Sets (route, ingress) are ordered differently in the plan than
   * in the configuration, so a plan element is matched to the one block whose constant arguments
   * equal its known values.
   */
  #findExpression(expressions, path14, rebuilt) {
    let body2 = expressions;
    let after = this.#values;
    let unk = this.#unknown;
    for (let i = 0; i < path14.length; ) {
      const step = path14[i];
      if (typeof step !== "string" || !isRecord4(body2)) return NONE4;
      const entry = own2(body2, step);
      if (entry === void 0) return NONE4;
      if (isExpression(entry)) return { kind: "expression", expression: entry };
      after = child2(after, step);
      unk = unk === true ? true : child2(unk, step);
      if (Array.isArray(entry)) {
        const j = path14[i + 1];
        if (typeof j !== "number") return NONE4;
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
        after = child2(after, j);
        unk = unk === true ? true : child2(unk, j);
        body2 = block;
        i += 2;
        continue;
      }
      if (isRecord4(entry)) {
        body2 = entry;
        i += 1;
        continue;
      }
      return NONE4;
    }
    return NONE4;
  }
};
function pathKey(path14) {
  const first = path14[0];
  if (path14.length === 1 && typeof first === "string" && !first.includes("\0")) return first;
  return `\0${JSON.stringify(path14)}`;
}
function isUnset(expressions, attr) {
  if (expressions === void 0) return true;
  if (!isRecord4(expressions)) return false;
  if (!Object.hasOwn(expressions, attr)) return true;
  const e = expressions[attr];
  return isExpression(e) && own2(e, "constant_value") === null && own2(e, "references") === void 0;
}
function rebuildList(blocks2, depth) {
  const value = [];
  const unknown2 = [];
  for (const b of blocks2) {
    if (isRecord4(b) && depth < MAX_BLOCK_DEPTH) {
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
function rebuildBlock(body2, depth) {
  const value = {};
  const unknown2 = {};
  for (const key of Object.keys(body2)) {
    const e = body2[key];
    if (isExpression(e)) {
      const c = own2(e, "constant_value");
      if (c !== void 0) {
        if (c !== null) defineOwn(value, key, c);
      } else {
        defineOwn(unknown2, key, true);
      }
    } else if (Array.isArray(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildList(e, depth);
      defineOwn(value, key, r.value);
      defineOwn(unknown2, key, r.unknown);
    } else if (isRecord4(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildBlock(e, depth + 1);
      defineOwn(value, key, r.value);
      defineOwn(unknown2, key, r.unknown);
    } else {
      defineOwn(unknown2, key, true);
    }
  }
  return { value, unknown: unknown2 };
}
function matchBlock(blocks2, afterList, unkList, j) {
  if (blocks2.length === 1 && Array.isArray(afterList) && afterList.length === 1 && j === 0) return blocks2[0];
  const element = child2(afterList, j);
  if (!isRecord4(element)) return void 0;
  const unk = unkList === true ? true : child2(unkList, j);
  if (unk === true) return void 0;
  const candidates = blocks2.filter((b) => isRecord4(b) && constantsMatch(b, element, unk));
  if (candidates.length === 0) return void 0;
  if (candidates.length === 1) return candidates[0];
  const first = JSON.stringify(candidates[0]);
  return candidates.every((c) => JSON.stringify(c) === first) ? candidates[0] : void 0;
}
function constantsMatch(block, element, unk) {
  for (const key of Object.keys(block)) {
    const e = block[key];
    if (!isExpression(e)) continue;
    const c = own2(e, "constant_value");
    if (c === void 0 || c === null) continue;
    if (own2(unk, key) === true) continue;
    if (!looselyEqual(c, own2(element, key), 0)) return false;
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
  if (isRecord4(c)) {
    return isRecord4(a) && Object.keys(c).every((k) => looselyEqual(c[k], own2(a, k), depth + 1));
  }
  const primitive = (x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  return primitive(c) && primitive(a) && String(c) === String(a);
}
function isEmpty(x) {
  return x === null || x === void 0 || x === "" || Array.isArray(x) && x.length === 0 || isRecord4(x) && Object.keys(x).length === 0;
}

// src/parse/terraform-plan/sources.ts
var import_node_fs2 = require("node:fs");
var import_node_path5 = __toESM(require("node:path"), 1);
function diskSourceTree(cwd, decode) {
  const texts = /* @__PURE__ */ new Map();
  const abs = (p) => import_node_path5.default.resolve(cwd, p);
  const display = (p) => {
    const rel = import_node_path5.default.relative(cwd, p).split(import_node_path5.default.sep).join("/");
    return rel === "" ? "." : rel;
  };
  return {
    files(dir) {
      try {
        return (0, import_node_fs2.readdirSync)(abs(dir), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        return void 0;
      }
    },
    readFile(file) {
      try {
        if (!(0, import_node_fs2.statSync)(abs(file)).isFile()) return void 0;
        const bytes = (0, import_node_fs2.readFileSync)(abs(file));
        const text4 = bytes.toString("utf8");
        const decoded = decode(bytes);
        texts.set(file, decoded === text4 ? text4 : decoded);
        return text4;
      } catch {
        return void 0;
      }
    },
    texts,
    hasGit(dir) {
      return (0, import_node_fs2.existsSync)(import_node_path5.default.join(abs(dir), ".git"));
    },
    parent(dir) {
      const a = abs(dir);
      const up = import_node_path5.default.dirname(a);
      return up === a ? void 0 : display(up);
    }
  };
}
var MAX_DEPTH7 = 32;
var loadedDirectories = /* @__PURE__ */ new WeakMap();
function findPlanSources(configuration, candidates, tree) {
  const root = isRecord4(configuration) ? own2(configuration, "root_module") : void 0;
  if (!isRecord4(root)) return void 0;
  const load2 = (dir) => loadDirectory(dir, tree);
  for (const dir of unique(candidates)) {
    if (whyNotRoot(load2(dir), root, dir) !== void 0) continue;
    return new SourceLookup(dir, root, load2, readManifest(dir, tree));
  }
  return void 0;
}
function whyNotRootModule(configuration, dir, tree) {
  const root = isRecord4(configuration) ? own2(configuration, "root_module") : void 0;
  if (!isRecord4(root)) return "the plan records no configuration, so its resources cannot be found in .tf files";
  return whyNotRoot(loadDirectory(dir, tree), root, dir);
}
function loadDirectory(dir, tree) {
  let modules = loadedDirectories.get(tree);
  if (modules === void 0) loadedDirectories.set(tree, modules = /* @__PURE__ */ new Map());
  if (modules.has(dir)) return modules.get(dir);
  modules.set(dir, void 0);
  const names2 = tree.files(dir);
  if (names2 === void 0) return void 0;
  const present = new Set(names2.map((n) => joinPath2(dir, n)));
  const files = [];
  for (const name of [...names2].sort()) {
    const file = joinPath2(dir, name);
    if (!/\.(?:tf|tofu)$/i.test(name) || isShadowedByTofu(file, present)) continue;
    const text4 = tree.readFile(file);
    if (text4 !== void 0) files.push({ file, text: text4, body: locateStructure(text4) });
  }
  const loaded2 = files.length > 0 ? { files, twice: declaredTwice(files) } : void 0;
  modules.set(dir, loaded2);
  return loaded2;
}
function declaredTwice(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type !== "resource" && b.type !== "data" && b.type !== "module") continue;
      const key = JSON.stringify([b.type, ...b.labels]);
      const first = seen.get(key);
      if (first !== void 0) return `${blockText(b.type, b.labels)} is declared twice (${first} and ${f.file}:${b.line})`;
      seen.set(key, `${f.file}:${b.line}`);
    }
  }
  return void 0;
}
function blockText(type, labels) {
  return [type, ...labels.map((l) => JSON.stringify(l))].join(" ");
}
function whyNotRoot(files, mod, dir) {
  if (files === void 0) return `there are no .tf files in ${dir}`;
  if (files.twice !== void 0) return `its .tf files are not one module: ${files.twice}`;
  const wanted = [];
  const resources = own2(mod, "resources");
  if (Array.isArray(resources)) {
    for (const r of resources) {
      const block = isRecord4(r) ? resourceBlockType(r) : void 0;
      if (block !== void 0) wanted.push(block);
    }
  }
  const calls = own2(mod, "module_calls");
  if (isRecord4(calls)) for (const name of Object.keys(calls)) wanted.push({ type: "module", labels: [name] });
  if (wanted.length === 0) return "the plan's configuration declares no resource and no module call";
  const missing = wanted.find((w) => blocks(files, w.type, w.labels).length === 0);
  return missing === void 0 ? void 0 : `no .tf file in ${dir} declares ${blockText(missing.type, missing.labels)}, which the plan's configuration has`;
}
function sourceCandidates(planFile, sourceDir, tree) {
  const out = [];
  if (sourceDir !== void 0) out.push(normalizeDir(sourceDir));
  const start = planFile === void 0 ? "." : dirOf2(planFile);
  out.push(start);
  for (let dir = start, depth = 0; dir !== void 0 && depth < 64; dir = tree.parent(dir), depth++) {
    if (tree.hasGit(dir)) {
      out.push(dir);
      break;
    }
  }
  return unique(out);
}
function resourceBlockType(r) {
  const mode = own2(r, "mode");
  const type = own2(r, "type");
  const name = own2(r, "name");
  if (typeof type !== "string" || typeof name !== "string") return void 0;
  if (mode === "managed") return { type: "resource", labels: [type, name] };
  if (mode === "data") return { type: "data", labels: [type, name] };
  return void 0;
}
function blocks(files, type, labels) {
  const out = [];
  for (const f of files.files) for (const block of blocksNamed(f.body, type, labels)) out.push({ file: f.file, text: f.text, block });
  return out;
}
function readManifest(root, tree) {
  const manifest = joinPath2(root, ".terraform/modules/modules.json");
  const text4 = tree.readFile(manifest);
  if (text4 === void 0) return noInstalledModules(manifest);
  let json;
  try {
    json = JSON.parse(text4);
  } catch {
    return noInstalledModules(manifest, "is not valid JSON");
  }
  const list2 = isRecord4(json) ? json.Modules : void 0;
  if (!Array.isArray(list2)) return noInstalledModules(manifest, 'has no "Modules" list');
  const modules = /* @__PURE__ */ new Map();
  for (const m of list2) {
    if (!isRecord4(m) || typeof m.Key !== "string" || typeof m.Dir !== "string" || m.Key === "") continue;
    const dir = import_node_path5.default.posix.normalize(import_node_path5.default.posix.join(root, m.Dir.replaceAll("\\", "/")));
    modules.set(m.Key, { dir: dir.length > 1 && dir.endsWith("/") ? dir.slice(0, -1) : dir, loaded: true });
  }
  return { manifest, modules };
}
var SourceLookup = class {
  dir;
  #root;
  #load;
  #installed;
  #cache = /* @__PURE__ */ new Map();
  constructor(dir, root, load2, installed) {
    this.dir = dir;
    this.#root = root;
    this.#load = load2;
    this.#installed = installed;
  }
  resource(address) {
    const hit = this.#cache.get(address);
    if (hit !== void 0) return hit ?? void 0;
    const found = this.#find(address);
    this.#cache.set(address, found ?? null);
    return found;
  }
  #find(address) {
    const addr = parseResourceAddress(address);
    if (addr === void 0 || addr.modules.length > MAX_DEPTH7) return void 0;
    let dir = this.dir;
    let mod = this.#root;
    let key = "";
    let prefix = "";
    const moduleCalls = [];
    let installedCall;
    for (const step of addr.modules) {
      const calls = own2(mod, "module_calls");
      const call = isRecord4(calls) ? own2(calls, step.name) : void 0;
      if (!isRecord4(call)) return void 0;
      const files2 = this.#load(dir);
      const written2 = files2 === void 0 ? [] : blocks(files2, "module", [step.name]);
      if (written2.length !== 1) return void 0;
      const callAddress = `${prefix}module.${step.name}${step.key === void 0 ? "" : canonicalKey(step.key)}`;
      moduleCalls.push({ address: callAddress, location: blockLocation(written2[0].file, written2[0].block) });
      key = key === "" ? step.name : `${key}.${step.name}`;
      const source = own2(call, "source");
      const resolved2 = resolveModuleSource(dir, typeof source === "string" ? source : void 0, key, this.#installed);
      const inner = own2(call, "module");
      if (resolved2.kind !== "dir" || !isRecord4(inner)) return void 0;
      if (!resolved2.local) installedCall ??= moduleCalls.length - 1;
      dir = resolved2.dir;
      mod = inner;
      prefix = `${callAddress}.`;
    }
    const files = this.#load(dir);
    if (files === void 0) return void 0;
    const written = blocks(files, addr.mode === "data" ? "data" : "resource", [addr.type, addr.name]);
    if (written.length !== 1) return void 0;
    const { file, text: text4, block } = written[0];
    if (installedCall !== void 0) {
      const call = moduleCalls[installedCall];
      moduleCalls[installedCall] = { ...call, installedSource: blockLocation(file, block) };
      return { block: call.location, moduleCalls, attribute: () => void 0 };
    }
    return {
      block: blockLocation(file, block),
      moduleCalls,
      attribute: (p, value, referenced) => attributeIn(file, text4, block, p, value, referenced)
    };
  }
};
function blockLocation(file, block) {
  return { file, line: block.line, column: block.column, endLine: block.endLine };
}
function attributeIn(file, text4, block, p, value, referenced) {
  let body2 = block.body;
  let lastBlock;
  for (let i = 0; i < p.length; i++) {
    const step = p[i];
    if (typeof step !== "string") break;
    const attr = body2.attributes.get(step);
    if (attr !== void 0) return { file, line: attr.line, column: attr.column, endLine: attr.endLine };
    const nested = body2.blocks.filter((b) => b.type === step && b.labels.length === 0);
    if (nested.length === 0) break;
    const index = p[i + 1];
    let chosen;
    if (nested.length === 1) chosen = nested[0];
    else if (typeof index === "number") {
      const element = value(p.slice(0, i + 2));
      const matching = element.state === "known" ? nested.filter((b) => writes(text4, b, element.value, referenced)) : [];
      if (matching.length === 1) chosen = matching[0];
    }
    if (chosen === void 0) break;
    lastBlock = chosen;
    body2 = chosen.body;
    if (typeof index === "number") i++;
  }
  return lastBlock === void 0 ? void 0 : blockLocation(file, lastBlock);
}
function writes(text4, block, element, referenced) {
  if (!isRecord4(element)) return false;
  const lines = text4.split("\n");
  let any = false;
  for (const [name, attr] of block.body.attributes) {
    const v = element[name];
    if (v === void 0 || typeof v === "boolean") continue;
    const written = lines.slice(attr.line - 1, attr.endLine).join("\n");
    const value = written.slice(written.indexOf("=") + 1).trim();
    if (v === null || v === "" || Array.isArray(v) && v.length === 0) {
      if (/^(?:""|null|\[\s*\])$/.test(value)) continue;
      return false;
    }
    any = true;
    if (/[A-Za-z_][\w-]*\.[A-Za-z_]|\$\{|\(/.test(value)) {
      const known3 = referenced?.(value);
      if (known3 !== void 0 && JSON.stringify(known3) !== JSON.stringify(v)) return false;
      continue;
    }
    const literals = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === "string" || typeof x === "number");
    for (const x of literals) if (!value.includes(typeof x === "string" ? JSON.stringify(x) : String(x))) return false;
  }
  return any;
}
function dirOf2(file) {
  const d = import_node_path5.default.posix.dirname(file);
  return d === "" ? "." : d;
}
function joinPath2(dir, name) {
  return dir === "." ? name : `${dir}/${name}`;
}
function normalizeDir(dir) {
  const n = import_node_path5.default.posix.normalize(dir.replaceAll("\\", "/"));
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
function unique(list2) {
  return [...new Set(list2)];
}

// src/parse/terraform-plan/reader.ts
var terraformPlanReader = {
  name: "terraform-plan",
  describes: { short: "Terraform plan JSON", long: "Terraform plan JSON (terraform show -json plan.out > plan.json)" },
  fileNames: /\.json$/i,
  // JSON that names `format_version` and is a plan by its keys, or does not parse (a truncated plan).
  detects(input) {
    if (!isJsonDocument(input) || !mentionsPlan(input.text)) return false;
    try {
      return isTerraformPlan(input.json());
    } catch {
      return true;
    }
  },
  read: readPlans
};
function readPlans(inputs, context) {
  const resources = [];
  const removed = [];
  const reads = [];
  const tree = context.sourceTree;
  const sourceDir = sourceDirUse(context);
  for (const input of inputs) {
    const { file, text: text4 } = input;
    try {
      const json = input.json();
      const planFile = file === context.stdinName ? void 0 : file;
      const sources = tree === void 0 ? void 0 : (configuration) => {
        const found = findPlanSources(configuration, sourceCandidates(planFile, context.sourceDir, tree), tree);
        sourceDir.heard?.(found, configuration);
        return found;
      };
      const plan = readTerraformPlan(json, text4, file, { sources });
      resources.push(plan.resources);
      removed.push(plan.removed);
      reads.push({ recognized: true, errors: capProblems(plan.problems) });
    } catch (error) {
      reads.push({ recognized: true, errors: [toToolError(error, file)] });
    }
  }
  const unused = sourceDir.unused();
  return { inputs: reads, resources: joined(resources), removed: joined(removed), errors: unused === void 0 ? [] : [unused], texts: tree?.texts };
}
function sourceDirUse(context) {
  const tree = context.sourceTree;
  if (context.sourceDir === void 0 || tree === void 0) return { unused: () => void 0 };
  const dir = sourceCandidates(void 0, context.sourceDir, tree)[0];
  let used = false;
  let first;
  return {
    heard(found, configuration) {
      if (found?.dir === dir) used = true;
      else first ??= { configuration };
    },
    unused() {
      if (used || first === void 0) return void 0;
      const why = whyNotRootModule(first.configuration, dir, tree) ?? "the plan was found to be made from another directory";
      return { message: `--source-dir ${dir}: no linted plan was made from this directory: ${why}`, hint: "name the directory of the Terraform root module the plan was made from" };
    }
  };
}

// src/parse/terraform-plan/index.ts
var PLAN_KEYS = ["planned_values", "resource_changes", "prior_state", "configuration"];
var MAX_MODULE_DEPTH3 = 100;
function mentionsPlan(text4) {
  return text4.includes('"format_version"');
}
function isTerraformPlan(json) {
  if (!isRecord4(json) || !Object.hasOwn(json, "format_version")) return false;
  if (hasPlanKeys(json)) return true;
  const values = own2(json, "values");
  if (isRecord4(values) && Object.hasOwn(values, "root_module")) return true;
  if (typeof own2(json, "format_version") !== "string") return Object.hasOwn(json, "terraform_version");
  return Object.keys(json).every((k) => k === "format_version" || k === "terraform_version");
}
function hasPlanKeys(json) {
  return PLAN_KEYS.some((k) => Object.hasOwn(json, k));
}
function readTerraformPlan(json, text4, file, options = {}) {
  const reader = new PlanReader(text4, file, options);
  return reader.read(json);
}
var PlanReader = class {
  #file;
  #locator;
  #problems = [];
  #resources = [];
  #removed = [];
  #byAddress = /* @__PURE__ */ new Set();
  /**
   * The addresses resource_changes mentions that are not read as resources (deleted, forgotten,
   * not an address vpclint reads): with #byAddress, every address it mentions, whose entries in
   * the values sections are skipped. Kept apart, so that a plan's resources are not in two sets.
   */
  #changedOnly = /* @__PURE__ */ new Set();
  #index = new ResourceIndex();
  /**
   * Whether resources go into #index. Only the resolver reads it, for references of the
   * configuration: a plan without one (a generated topology of 60k resources) indexes nothing.
   */
  #indexed = false;
  #instances = new ModuleInstances();
  #ctx;
  #options;
  constructor(text4, file, options) {
    this.#file = file;
    this.#locator = new AddressLocator(text4);
    this.#options = options;
  }
  read(json) {
    if (!isRecord4(json)) {
      this.#problem("a Terraform plan must be a JSON object", { line: 1, column: 1 });
      return this.#result();
    }
    this.#locator.setSections(Object.keys(json));
    this.#checkFormatVersion(json);
    this.#ctx = this.#context(own2(json, "configuration"), own2(json, "variables"));
    const changes = own2(json, "resource_changes");
    if (Array.isArray(changes)) for (let i = 0; i < changes.length; i++) this.#readChange(changes[i], i);
    else if (changes !== void 0 && changes !== null) this.#problem("resource_changes is not a list; it is ignored", this.#locator.keyLocation("resource_changes"));
    const planned = own2(json, "planned_values");
    if (isRecord4(planned)) this.#readModule(own2(planned, "root_module"), "planned_values.root_module", 0);
    else if (planned !== void 0 && planned !== null) this.#problem("planned_values is not an object; it is ignored", this.#locator.keyLocation("planned_values"));
    const prior = own2(json, "prior_state");
    if (isRecord4(prior)) {
      const values = own2(prior, "values");
      if (isRecord4(values)) this.#readModule(own2(values, "root_module"), "prior_state.values.root_module", 0);
      else if (values !== void 0 && values !== null) this.#problem("prior_state.values is not an object; it is ignored", this.#locator.keyLocation("prior_state"));
    } else if (prior !== void 0 && prior !== null) {
      this.#problem("prior_state is not an object; it is ignored", this.#locator.keyLocation("prior_state"));
    }
    if (!hasPlanKeys(json)) {
      const values = own2(json, "values");
      if (isRecord4(values)) this.#readModule(own2(values, "root_module"), "values.root_module", 0);
      else if (values !== void 0 && values !== null) this.#problem("values is not an object; it is ignored", this.#locator.keyLocation("values"));
    }
    return this.#result();
  }
  /**
   * What every resource of the plan reads through. Made apart from `read`, which holds the whole
   * parsed plan: the closures here live as long as the resources, and must not keep it alive
   * (closures share their function's captured variables), only the configuration and variables.
   */
  #context(configuration, variables) {
    const config = new ConfigTree(configuration, (message) => this.#problem(message, this.#locator.keyLocation("configuration")));
    this.#indexed = !config.empty;
    return {
      file: this.#file,
      locator: this.#locator,
      resolver: new Resolver(this.#index, this.#instances, config, variables),
      providers: new ProviderConfigs(configuration),
      ...this.#sourcesOf(configuration),
      resourceAt: (address) => this.#resourceAt(address),
      // Without a configuration no resource has one, and its module instance and key are only
      // used to resolve its configuration's references: resources are not placed (no address is
      // parsed), as for an address that is not a resource address.
      place: config.empty ? () => void 0 : (address) => this.#place(address, config)
    };
  }
  #addresses;
  /** A resource read from the plan by its address (indexed on the first request, once all are read). */
  #resourceAt(address) {
    this.#addresses ??= new Map(this.#resources.map((r) => [r.address, r]));
    return this.#addresses.get(address);
  }
  /** Module instances (and their configuration) by the text of plain addresses' module part. */
  #modules = /* @__PURE__ */ new Map();
  /**
   * Where a resource address sits. Most addresses are plain, and the resources of one module
   * instance share the text of its module part: its steps and configuration are read once.
   */
  #place(address, config) {
    const parts = resourceAddressParts(address);
    if (parts === void 0) return void 0;
    let scope;
    if ("prefix" in parts) {
      scope = this.#modules.get(parts.prefix);
      if (scope === void 0) {
        const module3 = this.#instances.of(plainModuleSteps(parts.prefix));
        scope = { module: module3, config: config.module(module3.names) };
        this.#modules.set(parts.prefix, scope);
      }
    } else {
      const module3 = this.#instances.of(parts.modules);
      scope = { module: module3, config: config.module(module3.names) };
    }
    const resource = scope.config?.resources.get(resourceInModule(parts.mode, parts.type, parts.name));
    return { module: scope.module, config: resource, key: parts.key };
  }
  #sourcesOf(configuration) {
    const sources = this.#options.sources?.(configuration);
    return sources === void 0 ? {} : { sources };
  }
  #result() {
    return { resources: this.#resources, removed: this.#removed, problems: this.#problems };
  }
  #problem(message, where3) {
    this.#problems.push({ file: this.#file, line: where3.line, column: where3.column, message });
  }
  #checkFormatVersion(json) {
    const v = own2(json, "format_version");
    if (v === void 0) {
      this.#problem("plan has no format_version; reading it as format 1.x", { line: 1, column: 1 });
      return;
    }
    const major = typeof v === "string" ? /^(\d+)(?:\.\d+)*$/.exec(v)?.[1] : void 0;
    if (major === "0" || major === "1") return;
    const at4 = this.#locator.valueLocation("format_version");
    if (typeof v !== "string") {
      throw new ParseError(`plan format_version must be a string such as "1.2", not ${jsonKind(v)}`, {
        file: this.#file,
        line: at4.line,
        column: at4.column,
        hint: "terraform show -json writes it as a string; was the plan edited or converted by another tool?"
      });
    }
    throw new ParseError(`unsupported plan format_version ${typeof v === "string" ? v : JSON.stringify(v)}; vpclint reads format 0.x and 1.x`, {
      file: this.#file,
      line: at4.line,
      column: at4.column,
      hint: "Look for a newer vpclint, or produce the plan with a Terraform version that writes format 1.x."
    });
  }
  #readChange(entry, i) {
    if (!isRecord4(entry)) {
      this.#problem(`${entryPath("resource_changes", i)} is not an object; it is ignored`, this.#locator.keyLocation("resource_changes"));
      return;
    }
    const address = own2(entry, "address");
    if (typeof address !== "string") {
      this.#problem(`${entryPath("resource_changes", i)} has no address; it is ignored`, this.#locator.keyLocation("resource_changes"));
      return;
    }
    const deposed = own2(entry, "deposed");
    if (deposed !== void 0 && deposed !== null) return;
    const change = own2(entry, "change");
    const actions = own2(change, "actions");
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
      this.#problem(`${entryPath("resource_changes", i)} (${address}) has no list of actions in change.actions; it is ignored`, this.#locator.locate(address));
      return;
    }
    const action = actionOf(actions);
    if (action === void 0 || action === "replace" || action === "update") this.#readRemoved(entry, address, change, actions);
    if (action === void 0) {
      this.#changedOnly.add(address);
      return;
    }
    let after = own2(change, "after");
    if (after !== void 0 && after !== null && !isRecord4(after)) {
      this.#problem(`${address}: change.after is not an object; its values are ignored`, this.#locator.locate(address));
      after = void 0;
    }
    let afterUnknown = own2(change, "after_unknown");
    if (afterUnknown !== void 0 && afterUnknown !== null && typeof afterUnknown !== "boolean" && !isRecord4(afterUnknown)) {
      this.#problem(`${address}: change.after_unknown is not an object; it is ignored`, this.#locator.locate(address));
      afterUnknown = void 0;
    }
    if (this.#byAddress.has(address)) {
      this.#problem(`${entryPath("resource_changes", i)}: ${address} is listed twice; the second entry is ignored`, this.#locator.locate(address));
      return;
    }
    if (!this.#add(entry, address, action, after, afterUnknown, "resource_changes", i)) this.#changedOnly.add(address);
  }
  /**
   * The object a change removes or rewrites, as it is before the change: what a delete or replace
   * removes, and the old values of an in-place update (the provider updates a security group
   * rule's source or ports in place, so the refreshed group still lists the old rule).
   */
  #readRemoved(entry, address, change, actions) {
    if (!actions.includes("delete") && !actions.includes("update")) return;
    const before = own2(change, "before");
    if (!isRecord4(before)) return;
    const type = own2(entry, "type");
    const mode = own2(entry, "mode");
    if (typeof type !== "string" || mode !== "managed" && mode !== "data") return;
    this.#removed.push(new PlanResource(this.#ctx, address, type, mode, "delete", before, void 0));
  }
  #readModule(mod, where3, depth) {
    if (mod === void 0 || mod === null) return;
    if (!isRecord4(mod)) {
      this.#problem(`${where3} is not an object; it is ignored`, this.#locator.keyLocation(where3.split(".")[0]));
      return;
    }
    const section = where3.split(".")[0];
    const ownAddress = own2(mod, "address");
    const moduleAddress = depth === 0 ? "" : typeof ownAddress === "string" ? ownAddress : void 0;
    const resources = own2(mod, "resources");
    if (Array.isArray(resources)) {
      const list2 = `${where3}.resources`;
      const prefix = moduleAddress === void 0 ? void 0 : `${moduleAddress}.`;
      for (let i = 0; i < resources.length; i++) this.#readValues(resources[i], section, list2, i, moduleAddress, prefix);
    } else if (resources !== void 0 && resources !== null) {
      this.#problem(`${where3}.resources is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
    const children = own2(mod, "child_modules");
    if (Array.isArray(children)) {
      if (depth >= MAX_MODULE_DEPTH3) {
        if (children.length > 0) this.#problem(`${where3} nests modules more than ${MAX_MODULE_DEPTH3} deep; the deeper ones are ignored`, this.#locator.keyLocation(section));
        return;
      }
      children.forEach((c, i) => this.#readModule(c, `${where3}.child_modules[${i}]`, depth + 1));
    } else if (children !== void 0 && children !== null) {
      this.#problem(`${where3}.child_modules is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
  }
  /**
   * Entry `i` of `list` (its path, built only for a problem), in `section`; `prefix` is
   * `moduleAddress` and a dot, made once per module.
   */
  #readValues(entry, section, list2, i, moduleAddress, prefix) {
    if (!isRecord4(entry)) {
      this.#problem(`${entryPath(list2, i)} is not an object; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    const given2 = own2(entry, "address");
    if (typeof given2 !== "string") {
      this.#problem(`${entryPath(list2, i)} has no address; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    const address = fullAddress(entry, given2, moduleAddress, prefix);
    if (this.#byAddress.has(address) || this.#changedOnly.has(address)) return;
    if (own2(entry, "deposed_key") !== void 0) return;
    let values = own2(entry, "values");
    if (values !== void 0 && values !== null && !isRecord4(values)) {
      this.#problem(`${address}: ${section} values are not an object; they are ignored`, this.#locator.locate(address));
      values = void 0;
    }
    this.#add(entry, address, void 0, values, void 0, list2, i);
  }
  /**
   * Adds a resource whose address is not read yet (both callers check it: one lookup per entry);
   * false when the address is not one vpclint reads (a problem says so).
   */
  #add(entry, address, action, values, unknown2, list2, i) {
    const keys = this.#indexed ? indexKeys(address) : void 0;
    if (this.#indexed ? keys === void 0 : !isResourceAddress(address)) {
      this.#problem(`${entryPath(list2, i)}: "${address}" is not a resource address vpclint can read; it is ignored`, this.#locator.locate(address));
      return false;
    }
    let type = own2(entry, "type");
    let mode = own2(entry, "mode");
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
    if (keys !== void 0) this.#index.add(keys.resource, keys.instance, address);
    return true;
  }
};
function fullAddress(entry, given2, moduleAddress, prefix) {
  if (moduleAddress === void 0) return given2;
  const index = own2(entry, "index");
  const hasIndex = typeof index === "number" || typeof index === "string";
  const inModule2 = moduleAddress === "" ? !given2.startsWith("module.") : given2.startsWith(prefix ?? `${moduleAddress}.`);
  if (inModule2 && (!hasIndex || given2.endsWith("]"))) return given2;
  const mode = own2(entry, "mode");
  const type = own2(entry, "type");
  const name = own2(entry, "name");
  if (mode !== "managed" && mode !== "data" || typeof type !== "string" || typeof name !== "string") return given2;
  if (parseModuleAddress(moduleAddress) === void 0) return given2;
  const key = hasIndex ? canonicalKey(index) : "";
  return `${moduleAddress === "" ? "" : `${moduleAddress}.`}${resourceInModule(mode, type, name)}${key}`;
}
function entryPath(list2, i) {
  return `${list2}[${i}]`;
}
function jsonKind(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${JSON.stringify(v)}`;
}
function actionOf(actions) {
  const gone = (a) => a === "delete" || a === "forget";
  if (actions.every(gone)) return void 0;
  if (actions.includes("create") && actions.some(gone)) return "replace";
  return actions.length === 1 ? actions[0] : actions.join("-");
}

// src/parse/readers.ts
var READERS = [
  terraformPlanReader,
  terraformHclReader,
  cloudFormationReader,
  inventoryReader
];
function isInputName(name) {
  return READERS.some((r) => r.fileNames?.test(name) === true);
}
function listOf(items, lastComma) {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}${lastComma ? "," : ""} and ${items.at(-1)}`;
}
var described = READERS.flatMap((r) => r.describes === void 0 ? [] : [r.describes]);
var INPUTS_READ = listOf(described.map((d) => d.short), true);
var READS_HINT = `vpclint reads ${listOf(described.map((d) => d.long), false)}`;
function detectingReader(input) {
  return READERS.find((r) => r.detects(input));
}
function inputOf(source) {
  return toInput(source, source.byContent === true && !isInputName(source.file));
}
async function readInputs(sources, options = {}) {
  const inputs = sources.map(inputOf);
  const context = { ...options, inputs };
  const given2 = new Map(READERS.map((r) => [r, []]));
  for (const input of inputs) {
    const reader = detectingReader(input);
    if (reader !== void 0) given2.get(reader).push(input);
    else input.forget();
  }
  const perInput = /* @__PURE__ */ new Map();
  const resources = [];
  const removed = [];
  const later = [];
  const otherFiles = [];
  const texts = [new Map(sources.map((s) => [s.file, s.text]))];
  for (const reader of READERS) {
    const mine = given2.get(reader);
    await reader.prepare?.(mine);
    const read = await reader.read(mine, context);
    mine.forEach((input, i) => {
      const one = read.inputs?.[i];
      if (one !== void 0) perInput.set(input, one);
    });
    resources.push(read.resources);
    if (read.removed !== void 0) removed.push(read.removed);
    for (const e of read.errors ?? []) later.push(e);
    for (const f of read.files ?? []) otherFiles.push(f);
    if (read.texts !== void 0) texts.push(read.texts);
    for (const input of mine) input.forget();
  }
  const files = [];
  const errors = [];
  for (const input of inputs) {
    const one = perInput.get(input);
    if (one === void 0) continue;
    if (one.recognized) files.push(input.file);
    for (const e of one.errors) errors.push(e);
  }
  const textOf = (file) => {
    for (const t of texts) {
      const text4 = t.get(file);
      if (text4 !== void 0) return text4;
    }
    return void 0;
  };
  return {
    files: [...files, ...otherFiles],
    resources: joined(resources),
    removed: joined(removed),
    errors: [...errors, ...later],
    textOf
  };
}

// src/discover.ts
var IGNORED_DIRECTORIES = ["node_modules", ".terraform", ".git"];
var STDIN_PATH = "-";
var STDIN_NAME = "<stdin>";
function fsToolError(file, error, prefix = "") {
  const cause = new InputError(`${prefix}${describeFsError(error)}`, { file, cause: error });
  return { file, message: cause.message, cause };
}
function filterOf(filter) {
  if (filter === void 0 || filter.include.length === 0 && filter.exclude.length === 0) return () => true;
  const included = filter.include.length === 0 ? () => true : anyGlob(filter.include);
  const excluded = anyGlob(filter.exclude);
  return (absolute) => {
    const relative = import_node_path6.default.relative(filter.base, absolute);
    if (relative.startsWith("..") || import_node_path6.default.isAbsolute(relative)) return true;
    const posix = relative.split(import_node_path6.default.sep).join("/");
    return included(posix) && !excluded(posix);
  };
}
var IGNORED = new Set(IGNORED_DIRECTORIES.map((d) => d.toLowerCase()));
async function searchDirectory(absolute) {
  const files = [];
  const unreadable = [];
  let real;
  try {
    real = await (0, import_promises.realpath)(absolute);
  } catch (error) {
    return { files, unreadable: [{ dir: absolute, error }] };
  }
  const seen = /* @__PURE__ */ new Set([real]);
  let level = [{ dir: absolute, real }];
  let linked = [];
  for (; ; ) {
    if (level.length === 0) {
      level = linked.filter((d) => !seen.has(d.real) && seen.add(d.real));
      linked = [];
      if (level.length === 0) break;
    }
    const listed = await Promise.all(
      level.map(async (d) => {
        try {
          return await (0, import_promises.readdir)(d.dir, { withFileTypes: true });
        } catch (error) {
          unreadable.push({ dir: d.dir, error });
          return [];
        }
      })
    );
    const next = [];
    for (const [i, d] of level.entries()) {
      const entries2 = (listed[i] ?? []).slice().sort((x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
      for (const entry of entries2) {
        const full = import_node_path6.default.join(d.dir, entry.name);
        const ignored = IGNORED.has(entry.name.toLowerCase());
        if (entry.isFile()) {
          if (isInputName(entry.name)) files.push(full);
        } else if (entry.isDirectory()) {
          const realDir = import_node_path6.default.join(d.real, entry.name);
          if (!ignored && !seen.has(realDir)) {
            seen.add(realDir);
            next.push({ dir: full, real: realDir });
          }
        } else if (entry.isSymbolicLink()) {
          let target2;
          try {
            target2 = await (0, import_promises.stat)(full);
            if (target2.isDirectory() && !ignored) linked.push({ dir: full, real: await (0, import_promises.realpath)(full) });
          } catch {
            continue;
          }
          if (target2.isFile() && isInputName(entry.name)) files.push(full);
        }
      }
    }
    level = next;
  }
  unreadable.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  return { files, unreadable };
}
async function discover(paths, cwd, filter) {
  const passes = filterOf(filter);
  const found = /* @__PURE__ */ new Map();
  const errors = [];
  const directories = [];
  let stdin = false;
  const add2 = (absolute, named = false) => {
    const known3 = found.get(absolute);
    if (known3 === void 0 || named && known3.named !== true) {
      found.set(absolute, { path: absolute, file: displayPath(absolute, cwd), ...named ? { named } : {} });
    }
  };
  for (const given2 of paths) {
    if (given2 === STDIN_PATH) {
      stdin = true;
      continue;
    }
    const absolute = import_node_path6.default.resolve(cwd, given2);
    let stats;
    try {
      stats = await (0, import_promises.stat)(absolute);
    } catch (error) {
      errors.push(fsToolError(given2, error));
      continue;
    }
    if (stats.isFile()) {
      add2(absolute, true);
      continue;
    }
    if (!stats.isDirectory()) {
      errors.push(fsToolError(given2, new NotRegularFileError(stats)));
      continue;
    }
    if (!directories.some((d) => d.path === absolute)) directories.push({ path: absolute, given: given2 });
    const search = await searchDirectory(absolute);
    for (const entry of search.files) if (passes(entry)) add2(entry);
    for (const failed of search.unreadable) {
      errors.push(fsToolError(failed.dir === absolute ? given2 : displayPath(failed.dir, cwd), failed.error, "cannot search this directory: "));
    }
  }
  const files = [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, errors, directories, stdin };
}

// src/run.ts
var import_node_buffer = require("node:buffer");
var import_node_path8 = __toESM(require("node:path"), 1);

// src/inputs.ts
var import_node_path7 = __toESM(require("node:path"), 1);
function inputError(file, message, hint = READS_HINT) {
  const cause = new InputError(message, { file, hint });
  return { file, message, ...hint === void 0 ? {} : { hint }, cause };
}
function notAnInput(file, text4) {
  if (/\.tfvars(\.json)?$/i.test(file)) {
    return inputError(file, "a Terraform variables file is not linted on its own", "pass it with --var-file, with the .tf module it sets variables of");
  }
  if (text4.startsWith("PK")) {
    return inputError(file, "this is a binary Terraform plan (terraform plan -out), which vpclint cannot read", "lint its JSON instead: terraform show -json plan.out > plan.json");
  }
  if (text4.trim() === "") return inputError(file, "the file is empty");
  if (/\.json$/i.test(file) || looksLikeJson2(text4)) {
    try {
      parseJson(text4, file);
    } catch (error) {
      const e = error;
      const message = e.message ?? String(error);
      return { file, ...e.line === void 0 ? {} : { line: e.line, column: e.column }, message, hint: READS_HINT, cause: error };
    }
    return inputError(file, "this JSON is neither a Terraform plan nor a CloudFormation template");
  }
  if (/\.(ya?ml|template)$/i.test(file)) return inputError(file, "this YAML is not a CloudFormation template (no AWSTemplateFormatVersion, and no Resources with AWS:: types)");
  if (file === STDIN_NAME) return inputError(file, "standard input is neither a Terraform plan JSON nor a CloudFormation template", "pipe a plan JSON or a template; .tf files are read from disk only");
  const ext = import_node_path7.default.posix.extname(file);
  return inputError(file, ext === "" ? "not an input vpclint reads" : `not an input vpclint reads (it does not read ${ext} files)`);
}
function noInputIn(dir) {
  const message = `no input files found in ${dir.given} (vpclint reads ${INPUTS_READ})`;
  return { message, cause: new InputError(message) };
}
function isInside(dir, file) {
  const relative = import_node_path7.default.relative(dir, file);
  const up = relative === ".." || relative.startsWith(`..${import_node_path7.default.sep}`) || relative.startsWith("../");
  return relative !== "" && !up && !import_node_path7.default.isAbsolute(relative);
}

// src/engine/run-rules.ts
var import_node_crypto = require("node:crypto");

// src/engine/fix.ts
function fixContext(textOf, resources) {
  const cache = /* @__PURE__ */ new Map();
  const lines = (file) => {
    if (!cache.has(file)) {
      const text4 = textOf(file);
      cache.set(file, text4 === void 0 ? void 0 : new TextLines(text4));
    }
    return cache.get(file);
  };
  let blocks2;
  const blockKey = (r) => {
    const at4 = r.location();
    return `${at4.file}\0${at4.line}\0${localAddress(r.address).replace(/\[.*$/, "")}`;
  };
  return {
    lines,
    ...resources === void 0 ? {} : {
      instancesOf(resource) {
        if (blocks2 === void 0) {
          blocks2 = /* @__PURE__ */ new Map();
          for (const r of resources()) {
            const k = blockKey(r);
            const set = blocks2.get(k) ?? /* @__PURE__ */ new Set();
            set.add(modulePrefix(r.address));
            blocks2.set(k, set);
          }
        }
        return blocks2.get(blockKey(resource))?.size;
      }
    }
  };
}
function renderFix(plan, ctx) {
  try {
    return inModuleSaid(plan, render(plan, ctx));
  } catch {
    return void 0;
  }
}
function render(plan, ctx) {
  switch (plan.kind) {
    case "addRoutes":
      return addRoutes(plan.description, plan.routes, ctx);
    case "narrowRoute":
      return narrowRoute(plan.description, plan.route, plan.destinations, ctx);
    case "removeResources":
      return removeResources(plan.description, plan.resources, ctx);
    case "placeholderCidr":
      return withRemoved(placeholderCidr(plan.description, plan.subject, plan.literal, plan.family, ctx), plan.remove ?? [], ctx);
    case "replaceCidr":
      return replaceCidr(plan.description, plan.subject, plan.old, plan.cidr, ctx);
  }
}
function inModuleSaid(plan, rendered) {
  if (rendered === void 0) return void 0;
  const resource = plan.kind === "addRoutes" ? plan.routes[0] === void 0 ? void 0 : anchorOf(plan.routes[0].table) : plan.kind === "narrowRoute" ? plan.route.subject.resource : plan.kind === "removeResources" ? plan.resources[0] : plan.subject.resource;
  const prefix = resource === void 0 || resource.format === "cloudformation" ? "" : modulePrefix(resource.address);
  if (prefix === "") return rendered;
  const call = prefix.slice(0, -1);
  return { ...rendered, description: `${rendered.description} The fix edits the module's own file (${rendered.file}), which only ${call} instantiates.` };
}
function fileOf(resource) {
  return resource.format === "terraform-hcl" || inSources(resource) ? resource.location().file : resource.file;
}
function inSources(resource) {
  return resource.format === "terraform-plan" && resource.origin?.() !== void 0;
}
function targetOf(resource, ctx) {
  if (resource.format === "terraform-plan" && !inSources(resource)) return { language: "hcl", file: resource.file, lines: void 0 };
  const file = fileOf(resource);
  const lines = ctx.lines(file);
  if (lines === void 0) return void 0;
  if (resource.format === "terraform-hcl" || inSources(resource)) {
    return /\.json$/i.test(file) ? void 0 : { language: "hcl", file, lines };
  }
  if (resource.format === "cloudformation") {
    const first = lines.find((l) => l.trim() !== "");
    return { language: first?.trimStart().startsWith("{") === true ? "json" : "yaml", file, lines };
  }
  return void 0;
}
var MODULE_PREFIX2 = /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)/;
function modulePrefix(address) {
  return MODULE_PREFIX2.exec(address)?.[1] ?? "";
}
function inChildModule(resource, ctx) {
  const prefix = modulePrefix(resource.address);
  if (resource.format === "cloudformation" || prefix === "") return false;
  if (prefix.includes("[")) return true;
  if (resource.format === "terraform-plan" && (!inSources(resource) || resource.origin?.()?.moduleCalls.some((m) => m.installedSource !== void 0) !== false)) {
    return true;
  }
  if (/(^|\/)\.terraform\//.test(fileOf(resource))) return true;
  return ctx.instancesOf?.(resource) !== 1;
}
function localAddress(address) {
  return address.slice(modulePrefix(address).length);
}
function hclRef(resource, attribute2) {
  return `${localAddress(resource.address)}.${attribute2}`;
}
function nameFrom(parts, style) {
  const words = parts.flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter((w) => w !== "");
  if (style === "snake") return words.map((w) => w.toLowerCase()).join("_").replace(/^(\d)/, "r_$1");
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("").replace(/^(\d)/, "R$1");
}
function resourceName(resource) {
  const local = localAddress(resource.address).replace(/^data\./, "");
  return resource.format === "cloudformation" ? local : local.slice(local.indexOf(".") + 1);
}
function uniqueName(base, taken) {
  if (!taken.has(base)) return base;
  const sep = base.includes("_") || /^[a-z]/.test(base) ? "_" : "";
  for (let i = 2; ; i++) if (!taken.has(`${base}${sep}${i}`)) return `${base}${sep}${i}`;
}
function namesIn(target2) {
  const lines = target2.lines;
  if (lines === void 0) return new TakenNames(void 0);
  let byLanguage = namesOfLines.get(lines);
  if (byLanguage === void 0) namesOfLines.set(lines, byLanguage = /* @__PURE__ */ new Map());
  let names2 = byLanguage.get(target2.language);
  if (names2 === void 0) byLanguage.set(target2.language, names2 = new FileNames(lines, target2.language));
  return new TakenNames(names2);
}
var namesOfLines = /* @__PURE__ */ new WeakMap();
var NAMES_ASKED_ONE_BY_ONE = 8;
var FileNames = class {
  constructor(lines, language2) {
    this.lines = lines;
    this.#pattern = language2 === "hcl" ? /^\s*resource\s+"aws_route"\s+"([^"]+)"/ : /^\s*"?([A-Za-z0-9]+)"?\s*:/;
  }
  lines;
  #pattern;
  #asked = /* @__PURE__ */ new Map();
  #all;
  has(name) {
    if (this.#all !== void 0) return this.#all.has(name);
    let found = this.#asked.get(name);
    if (found !== void 0) return found;
    if (this.#asked.size >= NAMES_ASKED_ONE_BY_ONE) {
      this.#all = /* @__PURE__ */ new Set();
      for (let i = 0; i < this.lines.length; i++) {
        const m = this.#pattern.exec(this.lines.line(i));
        if (m !== null) this.#all.add(m[1]);
      }
      return this.#all.has(name);
    }
    found = this.lines.someContaining(name, (line) => this.#pattern.exec(line)?.[1] === name);
    this.#asked.set(name, found);
    return found;
  }
};
var TakenNames = class {
  constructor(inFile2) {
    this.inFile = inFile2;
  }
  inFile;
  #given = /* @__PURE__ */ new Set();
  has(name) {
    return this.#given.has(name) || this.inFile?.has(name) === true;
  }
  add(name) {
    this.#given.add(name);
  }
};
function hclBlockEnd(lines, startLine) {
  let depth = 0;
  let opened = false;
  let inComment = false;
  for (let i = startLine - 1; lines.has(i); i++) {
    const line = lines.line(i);
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inComment) {
        if (c === "*" && line[j + 1] === "/") {
          inComment = false;
          j++;
        }
        continue;
      }
      if (inString) {
        if (c === "\\") j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === "#" || c === "/" && line[j + 1] === "/") break;
      else if (c === "/" && line[j + 1] === "*") {
        inComment = true;
        j++;
      } else if (c === "<" && line[j + 1] === "<") return void 0;
      else if (c === "{") {
        depth++;
        opened = true;
      } else if (c === "}") {
        depth--;
        if (opened && depth === 0) return i + 1;
      }
    }
  }
  return void 0;
}
function jsonBlockEnd(lines, startLine) {
  let depth = 0;
  let opened = false;
  for (let i = startLine - 1; lines.has(i); i++) {
    const line = lines.line(i);
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inString) {
        if (c === "\\") j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === "{" || c === "[") {
        depth++;
        opened = true;
      } else if (c === "}" || c === "]") {
        depth--;
        if (opened && depth === 0) return i + 1;
      }
    }
  }
  return void 0;
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function isBlankOrComment(line) {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}
function yamlBlockEnd(lines, startLine) {
  const indent2 = indentOf(lines.line(startLine - 1));
  let end = startLine;
  for (let i = startLine; lines.has(i); i++) {
    const line = lines.line(i);
    if (isBlankOrComment(line)) continue;
    if (indentOf(line) <= indent2) break;
    end = i + 1;
  }
  return end;
}
function blockOf(resource, target2) {
  const lines = target2.lines;
  if (lines === void 0) return void 0;
  const start = resource.location().line;
  if (start < 1 || !lines.has(start - 1)) return void 0;
  const end = target2.language === "hcl" ? hclBlockEnd(lines, start) : target2.language === "json" ? jsonBlockEnd(lines, start) : yamlBlockEnd(lines, start);
  return end === void 0 ? void 0 : { start, end };
}
function oneLineAttribute(target2, line, key) {
  const text4 = target2.lines?.line(line - 1);
  if (text4 === void 0) return void 0;
  const indent2 = text4.slice(0, indentOf(text4));
  const body2 = text4.trim();
  if (target2.language === "hcl") {
    const m2 = /^([A-Za-z0-9_-]+)(\s*=\s*)(.+)$/.exec(body2);
    if (m2 === null || m2[1] !== key || !balanced(m2[3])) return void 0;
    return { indent: indent2, comma: "", prefix: `${m2[1]}${m2[2]}` };
  }
  if (target2.language === "yaml") {
    const m2 = /^(-\s+)?([A-Za-z0-9_]+)(:\s+)(\S.*)$/.exec(body2);
    if (m2 === null || m2[2] !== key || /^[|>]/.test(m2[4])) return void 0;
    return { indent: indent2 + (m2[1] ?? ""), comma: "", prefix: `${m2[2]}${m2[3]}` };
  }
  const m = /^"([A-Za-z0-9_]+)"(\s*:\s*)(.+?)(,?)$/.exec(body2);
  if (m === null || m[1] !== key || !balanced(m[3])) return void 0;
  return { indent: indent2, comma: m[4], prefix: `"${m[1]}"${m[2]}` };
}
function balanced(value) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && !inString;
}
function lastKey(path14) {
  for (let i = path14.length - 1; i >= 0; i--) if (typeof path14[i] === "string") return path14[i];
  return void 0;
}
function fix(description, target2, text4, edits) {
  return { description, language: target2.language, file: target2.file, text: text4, edits: target2.lines === void 0 ? [] : edits };
}
function addRoutes(description, routes, ctx) {
  if (routes.length === 0) return void 0;
  const first = routes[0];
  const anchor = anchorOf(first.table);
  if (anchor === void 0) return void 0;
  const target2 = targetOf(anchor, ctx);
  if (target2 === void 0) return void 0;
  const taken = namesIn(target2);
  const rendered = [];
  const tables = /* @__PURE__ */ new Map();
  for (const r of routes) {
    const a = anchorOf(r.table);
    if (a === void 0 || fileOf(a) !== target2.file || a.format !== anchor.format) return void 0;
    if (inChildModule(a, ctx) || inChildModule(r.peering.resource, ctx)) return void 0;
    for (const destination of r.destinations) {
      const one = target2.language === "hcl" ? hclRoute(r, destination, taken) : cfnRoute(r, destination, target2, taken, tables);
      if (one === void 0) return void 0;
      rendered.push(one);
    }
  }
  for (const [table, name] of tables) {
    const vpc = table.vpc.state === "known" ? table.vpc.value.label : "the VPC";
    const subnets = table.subnets.map((s) => s.resource.address).join(", ");
    description += ` A template cannot add a route to the main route table AWS creates with ${vpc}, so the fix adds a route table, ${name}, with the route, and associates ${subnets} with it: ${table.subnets.length === 1 ? "that subnet leaves" : "those subnets leave"} the main table.`;
  }
  const text4 = rendered.map((r) => r.text).join("\n");
  if (target2.lines === void 0) return fix(description, target2, text4, []);
  const byPlace = /* @__PURE__ */ new Map();
  for (const r of rendered) {
    const res = r.inlineIn ?? r.after;
    const block = blockOf(res, target2);
    if (block === void 0) return void 0;
    const line = r.inlineIn !== void 0 ? block.end : block.end + 1;
    const key = `${r.inlineIn !== void 0 ? "in" : "after"}:${line}`;
    const place = byPlace.get(key) ?? { line, texts: [] };
    place.texts.push(r.text);
    byPlace.set(key, place);
  }
  const edits = [];
  for (const place of byPlace.values()) {
    if (target2.language === "json") {
      const endLine = place.line - 1;
      const closing = target2.lines.line(endLine - 1);
      const hadComma = closing.trimEnd().endsWith(",");
      const head = hadComma ? closing : `${closing.trimEnd()},`;
      const body2 = place.texts.map((t) => t.trimEnd()).join(",\n");
      edits.push({ text: `${head}
${body2}${hadComma ? "," : ""}
`, replace: { startLine: endLine, endLine } });
      continue;
    }
    edits.push({ text: `
${place.texts.join("\n")}`, insert: { line: place.line } });
  }
  return fix(description, target2, text4, edits);
}
function anchorOf(table) {
  if (!table.implicit) return table.resource;
  return table.vpc.state === "known" ? table.vpc.value.resource : void 0;
}
function writesInline(table) {
  const w = table.writesInlineRoutes;
  if (w !== void 0 && w.state === "known") return w.value;
  return table.routes.some((r) => r.inline);
}
function hclAttrs(pairs, indent2) {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent2}${k.padEnd(width)} = ${v}
`).join("");
}
function hclRoute(r, destination, taken) {
  const table = r.table;
  const peering = hclRef(r.peering.resource, r.peering.resource.type === "aws_vpc_peering_connection_accepter" ? "vpc_peering_connection_id" : "id");
  const v6 = destination.family === 6;
  if (table.implicit) {
    const vpc = anchorOf(table);
    if (vpc === void 0 || vpc.mode === "data") return void 0;
    const name2 = uniqueName(nameFrom([resourceName(vpc), "main", "to", resourceName(r.peering.resource)], "snake"), taken);
    taken.add(name2);
    return {
      after: vpc,
      text: `resource "aws_route" "${name2}" {
${hclAttrs(
        [
          ["route_table_id", hclRef(vpc, "main_route_table_id")],
          [v6 ? "destination_ipv6_cidr_block" : "destination_cidr_block", JSON.stringify(destination.canonical)],
          ["vpc_peering_connection_id", peering]
        ],
        "  "
      )}}
`
    };
  }
  const res = table.resource;
  if (res === void 0 || res.mode === "data") return void 0;
  if (writesInline(table)) {
    return {
      inlineIn: res,
      text: `  route {
${hclAttrs(
        [
          [v6 ? "ipv6_cidr_block" : "cidr_block", JSON.stringify(destination.canonical)],
          ["vpc_peering_connection_id", peering]
        ],
        "    "
      )}  }
`
    };
  }
  const name = uniqueName(nameFrom([resourceName(res), "to", resourceName(r.peering.resource)], "snake"), taken);
  taken.add(name);
  return {
    after: res,
    text: `resource "aws_route" "${name}" {
${hclAttrs(
      [
        ["route_table_id", hclRef(res, "id")],
        [v6 ? "destination_ipv6_cidr_block" : "destination_cidr_block", JSON.stringify(destination.canonical)],
        ["vpc_peering_connection_id", peering]
      ],
      "  "
    )}}
`
  };
}
function cfnIndent(target2, resource) {
  const line = target2.lines?.line(resource.location().line - 1);
  const n = line === void 0 ? 2 : indentOf(line);
  return " ".repeat(target2.language === "json" ? Math.max(1, n / 2) : Math.max(1, n));
}
function cfnRoute(r, destination, target2, taken, tables) {
  const table = r.table;
  if (table.implicit) return cfnMainTableRoute(r, destination, target2, taken, tables);
  if (table.resource === void 0 || table.resource.type !== "AWS::EC2::RouteTable") return void 0;
  const res = table.resource;
  const name = uniqueName(nameFrom([res.address, "To", r.peering.resource.address], "pascal"), taken);
  taken.add(name);
  return { after: res, text: cfnResource(target2, res, name, "AWS::EC2::Route", routeProperties(res.address, r, destination)) };
}
function routeProperties(tableId, r, destination) {
  return [
    ["RouteTableId", tableId, true],
    [destination.family === 6 ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock", destination.canonical, false],
    ["VpcPeeringConnectionId", r.peering.resource.address, true]
  ];
}
function cfnResource(target2, like, name, type, properties) {
  const step = cfnIndent(target2, like);
  const base = " ".repeat(indentOf(target2.lines?.line(like.location().line - 1) ?? "  "));
  const i1 = base + step;
  const i2 = i1 + step;
  if (target2.language === "yaml") {
    return `${base}${name}:
${i1}Type: ${type}
${i1}Properties:
` + properties.map(([k, v, ref]) => `${i2}${k}: ${ref ? `!Ref ${v}` : v}
`).join("");
  }
  const props = properties.map(([k, v, ref]) => `${i2}"${k}": ${ref ? `{ "Ref": ${JSON.stringify(v)} }` : JSON.stringify(v)}`).join(",\n");
  return `${base}${JSON.stringify(name)}: {
${i1}"Type": ${JSON.stringify(type)},
${i1}"Properties": {
${props}
${i1}}
${base}}
`;
}
function cfnMainTableRoute(r, destination, target2, taken, tables) {
  const table = r.table;
  const vpc = anchorOf(table);
  if (vpc === void 0 || vpc.type !== "AWS::EC2::VPC" || table.subnets.length === 0) return void 0;
  if (table.subnets.some((s) => s.resource.format !== "cloudformation" || s.resource.file !== vpc.file || s.explicitAssociation)) return void 0;
  const parts = [];
  let tableName = tables.get(table);
  if (tableName === void 0) {
    tableName = uniqueName(nameFrom([vpc.address, "Peering", "Table"], "pascal"), taken);
    taken.add(tableName);
    tables.set(table, tableName);
    parts.push(cfnResource(target2, vpc, tableName, "AWS::EC2::RouteTable", [["VpcId", vpc.address, true]]));
    for (const subnet of table.subnets) {
      const name2 = uniqueName(nameFrom([subnet.resource.address, "Peering", "Table", "Association"], "pascal"), taken);
      taken.add(name2);
      parts.push(
        cfnResource(target2, vpc, name2, "AWS::EC2::SubnetRouteTableAssociation", [
          ["SubnetId", subnet.resource.address, true],
          ["RouteTableId", tableName, true]
        ])
      );
    }
  }
  const name = uniqueName(nameFrom([tableName, "To", r.peering.resource.address], "pascal"), taken);
  taken.add(name);
  parts.push(cfnResource(target2, vpc, name, "AWS::EC2::Route", routeProperties(tableName, r, destination)));
  const text4 = target2.language === "json" ? `${parts.map((p) => p.trimEnd()).join(",\n")}
` : parts.join("");
  return { after: vpc, text: text4 };
}
function narrowRoute(description, route, destinations, ctx) {
  const resource = route.subject.resource;
  if (inChildModule(resource, ctx)) return void 0;
  const target2 = targetOf(resource, ctx);
  if (target2 === void 0) return void 0;
  if (destinations.length === 0) return removeRoute(description, route, target2, ctx);
  const [first, ...rest] = destinations;
  let others;
  if (rest.length > 0) {
    const table = route.routeTable.state === "known" ? route.routeTable.value : void 0;
    const t = route.target;
    const peering = t.kind === "peering" && t.peering.state === "known" ? t.peering.value : void 0;
    if (table === void 0 || peering === void 0) return void 0;
    others = addRoutes(description, [{ table, destinations: rest, peering }], ctx);
    if (others === void 0 || others.file !== target2.file) return void 0;
  }
  const more = others === void 0 ? "" : `
${others.text}`;
  const key = lastKey(route.destinationPath);
  if (key === void 0) return void 0;
  const value = target2.language === "hcl" || target2.language === "json" ? JSON.stringify(first.canonical) : first.canonical;
  if (target2.lines === void 0) {
    const indent2 = route.inline ? "    " : "  ";
    return fix(description, target2, `${indent2}${key} = ${value}
${more}`, []);
  }
  const at4 = resource.attributeLocation(route.destinationPath);
  if (at4 === void 0) return void 0;
  const attr = oneLineAttribute(target2, at4.line, key);
  if (attr === void 0) return void 0;
  const text4 = `${attr.indent}${attr.prefix}${value}${attr.comma}
`;
  return fix(description, target2, `${text4}${more}`, [{ text: text4, replace: { startLine: at4.line, endLine: at4.line } }, ...others?.edits ?? []]);
}
function removeRoute(description, route, target2, ctx) {
  const resource = route.subject.resource;
  if (!route.inline) return removeResources(description, [resource], ctx, target2);
  if (target2.language !== "hcl") return void 0;
  if (target2.lines === void 0) {
    const table2 = route.routeTable.state === "known" ? route.routeTable.value : void 0;
    if (table2 !== void 0 && table2.routes.filter((r) => r.inline).length === 1) return fix(lastRouteBlock(description), target2, "  route = []\n", []);
    return fix(description, target2, "", []);
  }
  const path14 = route.subject.path;
  if (path14 === void 0) return void 0;
  const at4 = resource.attributeLocation(path14);
  if (at4 === void 0) return void 0;
  const end = hclBlockEnd(target2.lines, at4.line);
  if (end === void 0 || !/^\s*route\s*\{/.test(target2.lines.line(at4.line - 1))) return void 0;
  const table = blockOf(resource, target2);
  if (table === void 0) return void 0;
  const blocks2 = target2.lines.slice(table.start, table.end - 1).filter((l) => /^\s*route\s*\{/.test(l)).length;
  if (blocks2 === 1) {
    const text4 = `${target2.lines.line(at4.line - 1).slice(0, indentOf(target2.lines.line(at4.line - 1)))}route = []
`;
    return fix(lastRouteBlock(description), target2, text4, [
      { text: text4, replace: { startLine: at4.line, endLine: end } }
    ]);
  }
  const range = withBlankAround(target2.lines, at4.line, end);
  return fix(description, target2, "", [{ text: "", replace: range }]);
}
function lastRouteBlock(description) {
  return `${description} It is the table's only route block: route = [] removes it (with no route block, the provider leaves the table's routes as they are).`;
}
function withBlankAround(lines, start, end) {
  if (start > 1 && lines.line(start - 2).trim() === "") return { startLine: start - 1, endLine: end };
  if (lines.has(end) && lines.line(end).trim() === "") return { startLine: start, endLine: end + 1 };
  return { startLine: start, endLine: end };
}
function removeResources(description, resources, ctx, given2) {
  if (resources.length === 0) return void 0;
  const target2 = given2 ?? targetOf(resources[0], ctx);
  if (target2 === void 0) return void 0;
  if (resources.length === 1 && resources[0].address.endsWith("]") && target2.lines !== void 0 && !inChildModule(resources[0], ctx)) {
    return removeInstance(description, resources[0], target2);
  }
  if (resources.some((r) => fileOf(r) !== target2.file || localAddress(r.address).includes("[") || inChildModule(r, ctx))) return void 0;
  if (target2.lines === void 0) return fix(description, target2, "", []);
  const edits = [];
  for (const r of resources) {
    const block = blockOf(r, target2);
    if (block === void 0) return void 0;
    const lines = target2.lines;
    let start = block.start;
    if (target2.language !== "json") {
      while (start > 1 && /^\s*(#|\/\/)/.test(lines.line(start - 2)) && indentOf(lines.line(start - 2)) === indentOf(lines.line(block.start - 1))) start--;
    }
    if (target2.language === "json") {
      const closing = lines.line(block.end - 1).trimEnd();
      if (!closing.endsWith(",")) {
        let prev = block.start - 1;
        while (prev >= 1 && lines.line(prev - 1).trim() === "") prev--;
        const before = lines.line(prev - 1);
        if (before === void 0 || !before.trimEnd().endsWith(",")) return void 0;
        edits.push({ text: `${before.trimEnd().slice(0, -1)}
`, replace: { startLine: prev, endLine: block.end } });
        continue;
      }
      edits.push({ text: "", replace: { startLine: block.start, endLine: block.end } });
      continue;
    }
    edits.push({ text: "", replace: withBlankAround(lines, start, block.end) });
  }
  return fix(description, target2, "", edits);
}
function removeInstance(description, resource, target2) {
  const lines = target2.lines;
  const m = /\["((?:[^"\\]|\\.)*)"\]$/.exec(resource.address);
  if (m === null || target2.language !== "hcl" || fileOf(resource) !== target2.file) return void 0;
  const key = JSON.parse(`"${m[1]}"`);
  const block = blockOf(resource, target2);
  if (block === void 0) return void 0;
  let at4;
  for (let i = block.start; i < block.end - 1 && at4 === void 0; i++) if (/^\s*for_each\s*=/.test(lines.line(i))) at4 = i + 1;
  if (at4 === void 0) return void 0;
  const value = lines.line(at4 - 1).replace(/^\s*for_each\s*=\s*/, "").replace(/\s*(#|\/\/).*$/, "").trim();
  let where3 = `the for_each of ${localAddress(resource.address).replace(/\[.*$/, "")}`;
  let line = at4;
  let attr = "for_each";
  const v = /^var\.([A-Za-z0-9_-]+)$/.exec(value);
  if (v !== null) {
    const decl = lines.findIndex((l) => new RegExp(`^\\s*variable\\s+"${v[1]}"\\s*\\{`).test(l));
    if (decl < 0) return void 0;
    const end = hclBlockEnd(lines, decl + 1);
    if (end === void 0) return void 0;
    const d = lines.slice(decl, end).findIndex((l) => /^\s*default\s*=/.test(l));
    if (d < 0) return void 0;
    line = decl + d + 1;
    attr = "default";
    where3 = `the default of var.${v[1]} (its for_each; a value given for var.${v[1]} elsewhere, in a .tfvars file or a module call, overrides that default: drop the key there)`;
  }
  const edit = dropKey(lines, line, attr, key);
  if (edit === void 0) return void 0;
  return fix(`${description} ${resource.address} is the ${JSON.stringify(key)} instance: the fix drops that key from ${where3}.`, target2, edit.text, [edit]);
}
function literalEnd(lines, line) {
  let depth = 0;
  for (let i = line - 1; lines.has(i); i++) {
    let inString = false;
    const l = lines.line(i);
    for (let j = 0; j < l.length; j++) {
      const c = l[j];
      if (inString) {
        if (c === "\\") j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "#") break;
      else if (c === "[" || c === "{" || c === "(") depth++;
      else if (c === "]" || c === "}" || c === ")") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
  }
  return void 0;
}
function dropKey(lines, line, attr, key) {
  const text4 = lines.line(line - 1);
  const m = new RegExp(`^(\\s*${attr}\\s*=\\s*)(toset\\()?\\[(.*)\\](\\))?\\s*$`).exec(text4);
  if (m !== null) {
    if (m[2] === void 0 !== (m[4] === void 0)) return void 0;
    const items = m[3].split(",").map((x) => x.trim()).filter((x) => x !== "");
    if (!items.every((x) => /^"(?:[^"\\]|\\.)*"$/.test(x))) return void 0;
    const kept = items.filter((x) => JSON.parse(x) !== key);
    if (kept.length !== items.length - 1) return void 0;
    const replaced = `${m[1]}${m[2] ?? ""}[${kept.join(", ")}]${m[4] ?? ""}
`;
    return { text: replaced, replace: { startLine: line, endLine: line } };
  }
  if (!new RegExp(`^\\s*${attr}\\s*=\\s*(toset\\(\\s*)?[\\[{]\\s*$`).test(text4)) return void 0;
  const end = literalEnd(lines, line);
  if (end === void 0) return void 0;
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const bare = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `|${key}` : "";
  const entry = new RegExp(`^\\s*(?:${quoted}\\s*,?\\s*$|(?:${quoted}${bare})\\s*[=:]\\s*(.+?),?\\s*$)`);
  const hits = [];
  for (let i = line; i < end - 1; i++) {
    const e = entry.exec(lines.line(i));
    if (e !== null && (e[1] === void 0 || balanced(e[1]))) hits.push(i + 1);
  }
  if (hits.length !== 1) return void 0;
  return { text: "", replace: { startLine: hits[0], endLine: hits[0] } };
}
function placeholderCidr(description, subject, literal4, family, ctx) {
  const resource = subject.resource;
  const target2 = targetOf(resource, ctx);
  const path14 = subject.path;
  if (target2 === void 0 || path14 === void 0 || path14.length === 0) return void 0;
  if (inChildModule(resource, ctx)) return void 0;
  const attrPath = typeof path14[path14.length - 1] === "number" ? path14.slice(0, -1) : path14;
  const key = lastKey(attrPath);
  if (key === void 0) return void 0;
  const value = resource.get(attrPath);
  if (value.state !== "known") return void 0;
  const inline = typeof path14[0] === "string" && typeof path14[1] === "number" && path14[1] > 0 ? [path14[0], String(path14[1])] : [];
  const parts = [resourceName(resource), ...inline, "allowed", ...family === 6 ? ["ipv6"] : [], "cidr"];
  const hclName = nameFrom(parts, "snake");
  const cfnName = nameFrom(parts, "pascal");
  const what = family === 6 ? "IPv6 range" : "IPv4 range";
  let rendered;
  if (target2.language === "hcl") {
    const ref = `var.${hclName}`;
    if (typeof value.value === "string") {
      if (value.value !== literal4) return void 0;
      rendered = ref;
    } else if (Array.isArray(value.value) && value.value.every((v) => typeof v === "string")) {
      const items = value.value.map((v) => v === literal4 ? ref : JSON.stringify(v));
      if (!items.includes(ref)) return void 0;
      rendered = `[${items.join(", ")}]`;
    } else {
      return void 0;
    }
  } else {
    if (value.value !== literal4) return void 0;
    rendered = target2.language === "yaml" ? `!Ref ${cfnName}` : `{ "Ref": "${cfnName}" }`;
  }
  const declaration = declare(target2, resource, hclName, cfnName, what);
  if (declaration === null) return void 0;
  if (target2.lines === void 0) {
    const indent2 = attrPath.length > 1 ? "    " : "  ";
    return fix(description, target2, `${declaration?.text ?? ""}${indent2}${key} = ${rendered}
`, []);
  }
  const at4 = resource.attributeLocation(attrPath);
  if (at4 === void 0) return void 0;
  const attr = oneLineAttribute(target2, at4.line, key);
  if (attr === void 0 || !target2.lines.line(at4.line - 1).includes(literal4)) return void 0;
  const line = `${attr.indent}${attr.prefix}${rendered}${attr.comma}
`;
  const edits = [{ text: line, replace: { startLine: at4.line, endLine: at4.line } }];
  if (declaration !== void 0) edits.push(declaration.edit);
  edits.sort((a, b) => editLine(a) - editLine(b));
  return fix(description, target2, `${declaration?.text ?? ""}${line}`, edits);
}
function withRemoved(base, resources, ctx) {
  if (base === void 0 || resources.length === 0) return base;
  const removal = removeResources(base.description, resources, ctx);
  if (removal === void 0 || removal.file !== base.file) return void 0;
  const edits = [...base.edits, ...removal.edits].sort((a, b) => editLine(a) - editLine(b));
  return { ...base, edits };
}
function editLine(e) {
  return e.insert?.line ?? e.replace?.startLine ?? 0;
}
function declare(target2, resource, hclName, cfnName, what) {
  const lines = target2.lines;
  const about = `The ${what} allowed to reach ${resource.address} (instead of the whole internet)`;
  if (target2.language === "hcl") {
    const text5 = `variable "${hclName}" {
  description = ${JSON.stringify(about)}
  type        = string
}
`;
    if (lines === void 0) return { text: `${text5}
` };
    const declared = new RegExp(`^\\s*variable\\s+"${hclName}"`);
    if (lines.someContaining(`"${hclName}"`, (l) => declared.test(l))) return void 0;
    let line = resource.location().line;
    while (line > 1 && /^\s*(#|\/\/)/.test(lines.line(line - 2))) line--;
    return { text: `${text5}
`, edit: { text: `${text5}
`, insert: { line } } };
  }
  if (lines === void 0) return null;
  if (target2.language === "yaml") {
    const declared = new RegExp(`^\\s+${cfnName}:\\s*$`);
    if (lines.someContaining(`${cfnName}:`, (l) => declared.test(l))) return void 0;
    const entry = `  ${cfnName}:
    Type: String
    Description: ${JSON.stringify(about)}
`;
    const params2 = lines.findIndex((l) => /^Parameters:\s*$/.test(l));
    if (params2 >= 0) return { text: entry, edit: { text: entry, insert: { line: params2 + 2 } } };
    const res2 = lines.findIndex((l) => /^Resources:\s*$/.test(l));
    if (res2 < 0) return null;
    const text5 = `Parameters:
${entry}`;
    return { text: text5, edit: { text: text5, insert: { line: res2 + 1 } } };
  }
  const quoted = `"${cfnName}"`;
  if (lines.someContaining(quoted, (l) => /:\s*\{/.test(l))) return void 0;
  const member = `"${cfnName}": { "Type": "String", "Description": ${JSON.stringify(about)} }`;
  const params = lines.findIndex((l) => /^\s*"Parameters"\s*:\s*\{\s*$/.test(l));
  if (params >= 0) {
    const indent3 = " ".repeat(indentOf(lines.line(params)) * 2);
    const text5 = `${indent3}${member},
`;
    return { text: text5, edit: { text: text5, insert: { line: params + 2 } } };
  }
  const res = lines.findIndex((l) => /^\s*"Resources"\s*:/.test(l));
  if (res < 0) return null;
  const indent2 = " ".repeat(indentOf(lines.line(res)));
  const text4 = `${indent2}"Parameters": { ${member} },
`;
  return { text: text4, edit: { text: text4, insert: { line: res + 1 } } };
}
function replaceCidr(description, subject, old, cidr, ctx) {
  const resource = subject.resource;
  const target2 = targetOf(resource, ctx);
  const path14 = subject.path;
  if (target2 === void 0 || path14 === void 0) return void 0;
  const key = lastKey(path14);
  if (key === void 0) return void 0;
  if (inChildModule(resource, ctx)) return void 0;
  const value = target2.language === "yaml" ? cidr.canonical : JSON.stringify(cidr.canonical);
  if (target2.lines === void 0) return fix(description, target2, `  ${key} = ${value}
`, []);
  const at4 = resource.attributeLocation(path14);
  if (at4 === void 0) return void 0;
  const attr = oneLineAttribute(target2, at4.line, key);
  if (attr === void 0 || !target2.lines.line(at4.line - 1).includes(old.text)) return void 0;
  const text4 = `${attr.indent}${attr.prefix}${value}${attr.comma}
`;
  return fix(description, target2, text4, [{ text: text4, replace: { startLine: at4.line, endLine: at4.line } }]);
}

// src/engine/run-rules.ts
function severityOverride(rule, overrides) {
  return overrides?.get(rule.id) ?? overrides?.get(rule.name);
}
function toFinding(rule, hit, override2, location, fixes = NO_FILES) {
  const template = rule.messages[hit.messageId];
  if (template === void 0) throw new Error(`unknown messageId "${hit.messageId}"`);
  const data = {};
  for (const [k, v] of Object.entries(hit.data)) data[k] = String(v);
  const related = hit.related ?? [];
  const relatedSubjects = related.filter(isSubject);
  const fix2 = hit.fix === void 0 ? void 0 : renderFix(hit.fix, fixes);
  const origin = location === void 0 ? hit.subject.resource.origin?.() : void 0;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: override2 ?? hit.severity ?? rule.defaultSeverity,
    messageId: hit.messageId,
    message: formatMessage(template, data),
    data,
    subject: hit.subject,
    resource: hit.subject.resource.address,
    related: related.map((r) => isSubject(r) ? r.resource.address : r),
    relatedSubjects,
    relatedLocations: relatedSubjects.map(relatedLocationOf),
    location: location ?? locate(hit.subject),
    ...origin === void 0 ? {} : { planLocation: origin.plan },
    ...origin === void 0 || origin.moduleCalls.length === 0 ? {} : { moduleCalls: origin.moduleCalls },
    fingerprint: fingerprint(rule.id, hit.subject, data),
    ...fix2 === void 0 ? {} : { fix: fix2 }
  };
}
var NO_FILES = { lines: () => void 0 };
function* modelResources(model) {
  for (const v of model.vpcs) if (v.resource !== void 0) yield v.resource;
  for (const s of model.subnets) yield s.resource;
  for (const t of model.routeTables) if (t.resource !== void 0) yield t.resource;
  for (const r of model.routes) yield r.subject.resource;
  for (const p of model.peerings) yield p.resource;
  for (const g of model.securityGroups) yield g.resource;
  for (const r of model.securityGroupRules) yield r.subject.resource;
  for (const a of model.networkAcls ?? []) yield a.resource;
}
function locate(subject) {
  const { resource, path: path14 } = subject;
  return (path14 && path14.length > 0 ? resource.attributeLocation(path14) : void 0) ?? resource.location();
}
function relatedLocationOf(subject) {
  return { location: locate(subject), message: subject.resource.address };
}
function formatPath(path14) {
  return path14 ? pathText3(path14) : "";
}
function fingerprint(ruleId, subject, data) {
  const facts = Object.keys(data).sort().map((k) => [k, data[k]]);
  const input = JSON.stringify([ruleId, subject.resource.address, formatPath(subject.path), facts]);
  return (0, import_node_crypto.createHash)("sha256").update(input).digest("hex").slice(0, 32);
}
function unknownValueOf(subject, reason, cause) {
  if (cause !== void 0) {
    const v2 = cause.path.length > 0 ? cause.resource.get(cause.path) : void 0;
    const why = cause.reason ?? (v2?.state === "unknown" ? v2.reason : void 0);
    if (why === void 0 || cause.path.length === 0) return void 0;
    return valueAt({ resource: cause.resource, path: cause.path }, why);
  }
  const path14 = subject.path;
  if (path14 === void 0 || path14.length === 0) return void 0;
  const v = subject.resource.get(path14);
  if (v.state !== "unknown" || v.reason.trim() === "" || !reason.includes(v.reason)) return void 0;
  return valueAt(subject, v.reason);
}
function valueAt(subject, reason) {
  return {
    resource: subject.resource.address,
    file: subject.resource.file,
    attribute: formatPath(subject.path),
    reason,
    location: locate(subject)
  };
}
function isSubject(x) {
  return typeof x !== "string";
}
function runRules(model, rules2, options = {}) {
  const findings = [];
  const unresolved2 = [];
  const errors = [];
  const failed = [];
  const seenFindings = /* @__PURE__ */ new Set();
  const seenUnresolved = /* @__PURE__ */ new Set();
  const fixes = options.textOf === void 0 ? NO_FILES : fixContext(options.textOf, () => modelResources(model));
  for (const rule of rules2) {
    const override2 = severityOverride(rule, options.severityOverrides);
    if (override2 === "off") continue;
    const report = (hit) => {
      const finding = toFinding(rule, hit, override2, void 0, fixes);
      if (seenFindings.has(finding.fingerprint)) return;
      seenFindings.add(finding.fingerprint);
      findings.push(finding);
    };
    const markUnresolved = (subject, reason, cause) => {
      const key = `${rule.id}\0${subject.resource.file}\0${subject.resource.address}\0${reason}`;
      if (seenUnresolved.has(key)) return;
      seenUnresolved.add(key);
      const value = unknownValueOf(subject, reason, cause);
      unresolved2.push({
        ruleId: rule.id,
        rule: rule.name,
        resource: subject.resource.address,
        reason,
        location: locate(subject),
        ...value === void 0 ? {} : { value }
      });
    };
    try {
      const ruleOptions = options.ruleOptions?.get(rule.id) ?? rule.options?.defaults;
      rule.check(model, { report, unresolved: markUnresolved, options: ruleOptions });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      failed.push(rule.id);
      errors.push({
        message: `rule ${rule.id} (${rule.name}) failed: ${why}; its findings are missing from this run`,
        hint: "This is a bug in vpclint; please report it with the input that triggers it (rerun with --debug for the stack).",
        cause: error
      });
    }
  }
  findings.sort(compareFindings);
  unresolved2.sort((a, b) => compareLocation2(a.location, b.location) || cmp3(a.ruleId, b.ruleId) || cmp3(a.resource, b.resource));
  return { findings, unresolved: unresolved2, errors, failed };
}
function cmp3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocation2(a, b) {
  return cmp3(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
function compareFindings(a, b) {
  return compareLocation2(a.location, b.location) || cmp3(a.ruleId, b.ruleId) || cmp3(a.resource, b.resource) || cmp3(a.fingerprint, b.fingerprint);
}

// src/model/reach/endpoints.ts
function nameTag(r) {
  if (r === void 0) return void 0;
  for (const tags of ["tags", "tags_all"]) {
    const v = r.get([tags, "Name"]);
    if (v.state === "known" && typeof v.value === "string" && v.value !== "") return v.value;
  }
  const list2 = r.get(["Tags"]);
  if (list2.state === "known" && Array.isArray(list2.value)) {
    for (const t of list2.value) {
      if (typeof t === "object" && t !== null && t.Key === "Name") {
        const value = t.Value;
        if (typeof value === "string" && value !== "") return value;
      }
    }
  }
  return void 0;
}
function addressOf(text4) {
  if (!/^[0-9a-fA-F:.]+(\/\d+)?$/.test(text4) || !/[.:]/.test(text4)) return void 0;
  if (text4.includes("/")) return parseCidr(text4);
  return parseCidr(`${text4}/${text4.includes(":") ? 128 : 32}`);
}
var EndpointIndex = class {
  exact = /* @__PURE__ */ new Map();
  #named;
  #things;
  constructor(model) {
    const things = [];
    for (const s of model.subnets) things.push({ x: s, candidate: { label: s.label, spec: { kind: "subnet", subnet: s } } });
    for (const g of model.securityGroups) things.push({ x: g, candidate: { label: g.label, spec: { kind: "security-group", group: g } } });
    for (const v of model.vpcs) things.push({ x: v, candidate: { label: v.label, spec: { kind: "vpc", vpc: v } } });
    this.#things = things;
    for (const { x, candidate } of things) {
      const texts = /* @__PURE__ */ new Set([x.key, x.label]);
      if (x.resource !== void 0) texts.add(x.resource.address);
      if (x.id.state === "known" && typeof x.id.value === "string") texts.add(x.id.value);
      for (const t of texts) add(this.exact, t, candidate);
    }
  }
  named(text4) {
    if (this.#named === void 0) {
      this.#named = /* @__PURE__ */ new Map();
      for (const { x, candidate } of this.#things) {
        const name = "name" in x && typeof x.name === "string" ? x.name : nameTag(x.resource);
        if (name !== void 0) add(this.#named, name, candidate);
      }
    }
    return this.#named.get(text4) ?? [];
  }
};
function add(map, text4, c) {
  const list2 = map.get(text4);
  if (list2 === void 0) map.set(text4, [c]);
  else list2.push(c);
}
var indexes = /* @__PURE__ */ new WeakMap();
function resolveEndpoint(model, text4) {
  const trimmed = text4.trim();
  if (trimmed === "") return { ok: false, error: "an endpoint is empty" };
  const address = addressOf(trimmed);
  if (address !== void 0) {
    if (!address.ok) return { ok: false, error: `${trimmed} is not a valid IP address or CIDR block: ${address.error}` };
    const cidr = address.cidr;
    const inside = [];
    for (const s of model.subnets) {
      const c = cidr.family === 4 ? s.cidr : s.ipv6Cidr;
      if (c.state === "known" && contains(c.value, cidr)) inside.push(s);
    }
    if (inside.length === 1) return { ok: true, spec: { kind: "address", cidr, subnet: inside[0] } };
    if (inside.length === 0) return { ok: false, error: `${trimmed} is not inside a subnet in the linted files` };
    return { ok: false, error: `${trimmed} is inside several subnets (${inside.map((s) => s.label).join(", ")}): name the subnet instead` };
  }
  let index = indexes.get(model);
  if (index === void 0) indexes.set(model, index = new EndpointIndex(model));
  const ix = index;
  for (const lookup2 of [() => ix.exact.get(trimmed) ?? [], () => ix.named(trimmed)]) {
    const found = lookup2();
    if (found.length === 1) return { ok: true, spec: found[0].spec };
    if (found.length > 1) return { ok: false, error: `${trimmed} names several resources (${found.map((c) => c.label).join(", ")}): use an address` };
  }
  return { ok: false, error: `${trimmed} names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block` };
}

// src/model/reach/nacl.ts
function sortEntries(acl) {
  const ingress = [];
  const egress = [];
  const floating = [];
  for (const e of acl.entries) {
    if (e.ruleNumber.state !== "known" || e.egress.state !== "known") floating.push(e);
    else (e.egress.value ? egress : ingress).push(e);
  }
  const byNumber = (a, b) => (a.ruleNumber.state === "known" ? a.ruleNumber.value : 0) - (b.ruleNumber.state === "known" ? b.ruleNumber.value : 0);
  ingress.sort(byNumber);
  egress.sort(byNumber);
  return { ingress, egress, floating };
}
function portsText(t) {
  if (t.protocol === "all") return "all traffic";
  if (t.protocol === "icmp") return t.lo === 0 && t.hi === 255 ? "ICMP" : `ICMP type ${t.lo}`;
  return t.lo === t.hi ? `${t.protocol.toUpperCase()} port ${t.lo}` : `${t.protocol.toUpperCase()} ports ${t.lo}-${t.hi}`;
}
function trafficText(t, egress) {
  return `${portsText(t)} ${egress ? "to" : "from"} ${t.remote.canonical}`;
}
function entryName(e, acl) {
  const own3 = e.key.startsWith(`${acl.key}.`) ? e.key.slice(acl.key.length + 1) : e.key;
  return e.ruleNumber.state === "known" ? `rule ${e.ruleNumber.value} (${own3}) of ${acl.label}` : `${e.key} of ${acl.label}`;
}
function protocolMatch(e, flow) {
  const p = e.protocol;
  if (p.state !== "known") return { unknown: p.state === "unknown" ? p.reason : `the protocol of ${e.key} is not set` };
  if (p.value === "all") return "full";
  if (flow === "all") return "part";
  if (p.value === flow) return "full";
  return "none";
}
function entryPorts(e, protocol) {
  if (protocol === "all") return { lo: 0, hi: 65535 };
  const from = e.fromPort;
  const to = e.toPort;
  if (protocol === "icmp" || protocol === "icmpv6") {
    if (from.state === "unknown") return { unknown: from.reason };
    if (from.state !== "known" || from.value === -1) return { lo: 0, hi: 255 };
    return { lo: from.value, hi: from.value };
  }
  if (from.state === "unknown") return { unknown: from.reason };
  if (to.state === "unknown") return { unknown: to.reason };
  return { lo: from.state === "known" ? from.value : 0, hi: to.state === "known" ? to.value : 65535 };
}
function touches(pieces, c, lo, hi) {
  return pieces.some((p) => p.first <= c.last && c.first <= p.last && p.lo <= hi && lo <= p.hi);
}
function subtract(pieces, c, lo, hi) {
  const out = [];
  for (const p of pieces) {
    if (!(p.first <= c.last && c.first <= p.last && p.lo <= hi && lo <= p.hi)) {
      out.push(p);
      continue;
    }
    if (p.first < c.first) out.push({ ...p, last: c.first - 1n });
    if (p.last > c.last) out.push({ ...p, first: c.last + 1n });
    const first = p.first > c.first ? p.first : c.first;
    const last2 = p.last < c.last ? p.last : c.last;
    if (p.lo < lo) out.push({ first, last: last2, lo: p.lo, hi: lo - 1 });
    if (p.hi > hi) out.push({ first, last: last2, lo: hi + 1, hi: p.hi });
  }
  return out;
}
function unknownEntry(e, why, acl) {
  return {
    decision: "unknown",
    entry: e,
    detail: `${acl.label} cannot be evaluated: ${e.key} may match first, but ${why}.`
  };
}
function evaluateAcl(acl, sorted, egress, traffic) {
  const what = trafficText(traffic, egress);
  const way = egress ? "outbound" : "inbound";
  if (acl.entriesIncomplete !== void 0) {
    return { decision: "unknown", detail: `Not every entry of ${acl.label} is known (${acl.entriesIncomplete}), so whether it lets ${what} ${way} cannot be told.` };
  }
  for (const e of sorted.floating) {
    if (e.egress.state === "known" && e.egress.value !== egress) continue;
    const n = e.ruleNumber;
    return unknownEntry(e, n.state === "unknown" ? n.reason : e.egress.state === "unknown" ? e.egress.reason : `${e.key} has no rule number`, acl);
  }
  let pieces = [{ first: traffic.remote.first, last: traffic.remote.last, lo: traffic.lo, hi: traffic.hi }];
  let lastAllow;
  for (const e of egress ? sorted.egress : sorted.ingress) {
    const proto = protocolMatch(e, traffic.protocol);
    if (proto === "none") continue;
    if (typeof proto === "object") return unknownEntry(e, proto.unknown, acl);
    const c = e.cidr;
    if (c.state === "unknown" && !c.invalid && entryFamily(e) === traffic.remote.family) return unknownEntry(e, c.reason, acl);
    if (c.state !== "known" || c.value.family !== traffic.remote.family) continue;
    const ports = entryPorts(e, e.protocol.state === "known" ? e.protocol.value : "all");
    if ("unknown" in ports) return unknownEntry(e, ports.unknown, acl);
    if (!touches(pieces, c.value, ports.lo, ports.hi)) continue;
    const action = e.action;
    if (action.state !== "known") return unknownEntry(e, action.state === "unknown" ? action.reason : `${e.key} has no action`, acl);
    if (action.value === "deny") {
      const all = proto === "full" && contains(c.value, traffic.remote) && ports.lo <= traffic.lo && traffic.hi <= ports.hi;
      return {
        decision: "block",
        entry: e,
        detail: `${capitalize(entryName(e, acl))} denies ${all ? "" : "part of "}${what} ${way}.`,
        fix: `Allow ${what} ${way} in ${acl.label} with a rule numbered below ${e.ruleNumber.state === "known" ? e.ruleNumber.value : "it"}, or narrow ${e.key}.`
      };
    }
    if (proto === "part") continue;
    pieces = subtract(pieces, c.value, ports.lo, ports.hi);
    lastAllow = e;
    if (pieces.length === 0) {
      return { decision: "pass", entry: e, detail: `${capitalize(entryName(e, acl))} allows ${what} ${way}.` };
    }
  }
  const part = lastAllow === void 0 ? "" : "the rest of ";
  return {
    decision: "block",
    detail: `No rule of ${acl.label} allows ${part}${what} ${way}, so the default rule (*) denies it.`,
    fix: `Add an ${way} rule to ${acl.label} that allows ${what}.`
  };
}
function capitalize(s) {
  return s.length === 0 ? s : `${s[0].toUpperCase()}${s.slice(1)}`;
}
function entryFamily(e) {
  const last2 = e.cidrPath.at(-1);
  return typeof last2 === "string" && /ipv6/i.test(last2) ? 6 : 4;
}

// src/model/reach/sg.ts
function flowText(flow) {
  if (flow.protocol === "all") return "all traffic";
  if (flow.protocol === "icmp") return flow.port === void 0 ? "ICMP" : `ICMP type ${flow.port}`;
  return `${flow.protocol.toUpperCase()} port ${flow.port ?? "?"}`;
}
function portsMatch(rule, flow) {
  const p = rule.protocol;
  if (p.state === "unknown") return p.reason;
  if (p.state !== "known") return false;
  if (p.value === "all") return true;
  if (flow.protocol === "all" || p.value !== flow.protocol) return false;
  const from = rule.fromPort;
  const to = rule.toPort;
  if (from.state === "unknown") return from.reason;
  if (to.state === "unknown") return to.reason;
  if (flow.protocol === "icmp") {
    const type = from.state === "known" ? from.value : -1;
    return type === -1 || flow.port !== void 0 && type === flow.port;
  }
  if (flow.port === void 0) return false;
  const lo = from.state === "known" ? from.value : 0;
  const hi = to.state === "known" ? to.value : 65535;
  return lo <= flow.port && flow.port <= hi;
}
function sameGroup(a, b) {
  return a === b || a.id.state === "known" && b.id.state === "known" && a.id.value === b.id.value;
}
function evaluateGroup(group, direction, flow, peer, peering) {
  const toFrom = direction === "ingress" ? "from" : "to";
  const what = `${flowText(flow)} ${toFrom} ${peer.range.canonical}${peer.group === void 0 ? "" : ` (${peer.group.label})`}`;
  if (direction === "egress" && group.resource.format === "cloudformation" && group.resource.get(["SecurityGroupEgress"]).state === "absent" && !group.rules.some((r) => r.direction === "egress")) {
    return { decision: "pass", detail: `${group.label} writes no SecurityGroupEgress, so AWS's default rule allows all outbound traffic.` };
  }
  const doubts = [];
  const refused = [];
  for (const rule of group.rules) {
    if (rule.direction !== direction) continue;
    const ports = portsMatch(rule, flow);
    if (ports === false) continue;
    if (typeof ports === "string") {
      doubts.push({ rule, why: `its protocol or ports are ${unknownPhrase(ports)}` });
      continue;
    }
    for (const p of rule.peers) {
      if (p.kind === "cidr") {
        const c = p.cidr;
        if (c.state === "known") {
          if (contains(c.value, peer.range)) {
            return { decision: "pass", rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} ${c.value.canonical}, which holds ${peer.range.canonical}.` };
          }
          if (overlaps(c.value, peer.range)) {
            doubts.push({ rule, why: `it allows ${c.value.canonical}, only part of ${peer.range.canonical}, and which address the instances have is not known` });
          }
        } else if (c.state === "unknown" && c.invalid !== true && peerFamily(p.path) === peer.range.family) {
          doubts.push({ rule, why: `its CIDR block is ${unknownPhrase(c.reason)}` });
        }
      } else if (p.kind === "prefix-list") {
        const id = p.id.state === "known" ? ` ${p.id.value}` : "";
        doubts.push({ rule, why: `it allows the managed prefix list${id}, whose entries vpclint cannot see` });
      } else if (p.kind === "self") {
        if (peer.group !== void 0 && sameGroup(peer.group, group)) {
          return { decision: "pass", rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} members of the group itself.` };
        }
      } else if (peer.group !== void 0) {
        const g = p.group;
        if (g.state === "unknown") {
          if (g.invalid !== true) doubts.push({ rule, why: `the group it references is ${unknownPhrase(g.reason)}` });
          continue;
        }
        if (g.state !== "known" || !sameGroup(g.value, peer.group)) continue;
        if (peering !== void 0) {
          const same2 = inSameRegion(group, peer.group);
          if (same2.state === "unknown") {
            doubts.push({ rule, why: `it references ${peer.group.label} across ${peering.label}, which works only within one region, and whether both are in one region is unknown (${same2.reason})` });
            continue;
          }
          if (same2.state === "known" && !same2.value) {
            refused.push(`${rule.key} references ${peer.group.label} across the inter-region peering ${peering.label}, which AWS does not support`);
            continue;
          }
        }
        return { decision: "pass", rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} members of ${peer.group.label}.` };
      }
    }
  }
  if (doubts.length > 0) {
    const d = doubts[0];
    return { decision: "unknown", rule: d.rule, detail: `No rule of ${group.label} surely allows ${what}; ${d.rule.key} might, but ${d.why}.` };
  }
  const why = refused.length > 0 ? `: ${refused.join("; ")}` : "";
  const fix2 = refused.length > 0 ? `Allow ${peer.range.canonical} (the peer's CIDR) instead of the group reference in ${group.label}: group references work only within one region.` : `Add an ${direction} rule to ${group.label} that allows ${flowText(flow)} ${toFrom} ${peer.range.canonical}${peer.group === void 0 ? "" : ` or ${peer.group.label}`}.`;
  return { decision: "block", detail: `No ${direction} rule of ${group.label} allows ${what}${why}.`, fix: fix2 };
}
function peerFamily(path14) {
  return path14.some((seg) => typeof seg === "string" && /ipv6/i.test(seg)) ? 6 : 4;
}

// src/model/reach/path.ts
var DEFAULT_EPHEMERAL = { from: 1024, to: 65535 };
var ACTIVE2 = /* @__PURE__ */ new Set(["active", "provisioning"]);
var ReachIndex = class {
  sorted = /* @__PURE__ */ new Map();
  /** Each VPC's `aws_default_network_acl`, when modelled. */
  defaultAcl = /* @__PURE__ */ new Map();
  /** ACLs whose subnet list is incomplete, by VPC: they may hold any subnet without an association. */
  openAcls = /* @__PURE__ */ new Map();
  byPair = /* @__PURE__ */ new Map();
  constructor(model) {
    for (const acl of model.networkAcls ?? []) {
      if (acl.vpc.state !== "known") continue;
      if (acl.isDefault === true && !this.defaultAcl.has(acl.vpc.value)) this.defaultAcl.set(acl.vpc.value, acl);
      if (acl.subnetsIncomplete !== void 0) {
        const list2 = this.openAcls.get(acl.vpc.value) ?? [];
        list2.push(acl);
        this.openAcls.set(acl.vpc.value, list2);
      }
    }
    for (const p of model.peerings) {
      if (p.requester.state !== "known" || p.accepter.state !== "known") continue;
      const key = pairKey2(p.requester.value, p.accepter.value);
      const list2 = this.byPair.get(key) ?? [];
      list2.push(p);
      this.byPair.set(key, list2);
    }
  }
  entries(acl) {
    let s = this.sorted.get(acl);
    if (s === void 0) this.sorted.set(acl, s = sortEntries(acl));
    return s;
  }
  peeringsBetween(a, b) {
    return this.byPair.get(pairKey2(a, b)) ?? [];
  }
};
function pairKey2(a, b) {
  return a.key < b.key ? `${a.key}\0${b.key}` : `${b.key}\0${a.key}`;
}
var indexes2 = /* @__PURE__ */ new WeakMap();
function indexOf(model) {
  let index = indexes2.get(model);
  if (index === void 0) indexes2.set(model, index = new ReachIndex(model));
  return index;
}
function locate2(subject) {
  const r = subject.resource;
  return (subject.path !== void 0 ? r.attributeLocation(subject.path) : void 0) ?? r.location();
}
function thing(x) {
  return x.resource === void 0 ? { resource: x.label, location: void 0 } : { resource: x.resource.address, location: x.resource.location(), subject: { resource: x.resource } };
}
function at2(subject) {
  return { resource: subject.resource.address, location: locate2(subject), subject };
}
var hopSubjects = /* @__PURE__ */ new WeakMap();
function hopSubject(h) {
  return hopSubjects.get(h);
}
function tableThing(table) {
  if (table.resource !== void 0) return thing(table);
  const vpc = table.vpc.state === "known" ? table.vpc.value : void 0;
  return vpc?.resource !== void 0 ? thing(vpc) : { resource: table.label, location: void 0 };
}
function lookup(table, range) {
  if (table.routesIncomplete !== void 0) return { kind: "unknown", reason: `not every route of ${table.label} is known (${table.routesIncomplete})` };
  let best;
  let bestPrefix = -1;
  for (const route of table.routes) {
    const d = route.destination;
    if (d.state === "known") {
      if (d.value.family !== range.family) continue;
      if (contains(d.value, range)) {
        if (d.value.prefix > bestPrefix) {
          best = route;
          bestPrefix = d.value.prefix;
        }
      } else if (contains(range, d.value)) {
        return { kind: "unknown", route, reason: `${route.key} sends ${d.value.canonical}, a part of ${range.canonical}, its own way: name a narrower address` };
      }
    } else if (d.state === "unknown" && d.invalid !== true) {
      if (pathFamily(route.destinationPath) !== range.family) continue;
      return { kind: "unknown", route, reason: `the destination of ${route.key} is unknown (${d.reason}), and it may be the most specific route` };
    } else if (d.state === "absent" && route.destinationPrefixListId.state !== "absent") {
      return { kind: "unknown", route, reason: `${route.key} goes to a managed prefix list, whose entries vpclint cannot see, and it may be the most specific route` };
    }
  }
  const vpc = table.vpc.state === "known" ? table.vpc.value : void 0;
  if (vpc !== void 0) {
    for (const block of vpc.cidrBlocks) {
      const c = block.cidr;
      if (c.state === "known" && contains(c.value, range) && c.value.prefix >= bestPrefix) return { kind: "local", block: c.value };
    }
  }
  if (best !== void 0) return { kind: "route", route: best };
  if (vpc === void 0) {
    return { kind: "unknown", reason: `the VPC of ${table.label} is unknown${table.vpc.state === "unknown" ? ` (${table.vpc.reason})` : ""}, so its local route cannot be placed` };
  }
  const unknownBlock = vpc.cidrBlocks.find((b) => b.cidr.state === "unknown" && b.cidr.invalid !== true);
  if (unknownBlock !== void 0 && unknownBlock.cidr.state === "unknown") {
    return { kind: "unknown", reason: `a CIDR block of ${vpc.label} is unknown (${unknownBlock.cidr.reason}), so its local route may hold ${range.canonical}` };
  }
  return { kind: "none" };
}
function pathFamily(path14) {
  const last2 = path14.at(-1);
  return typeof last2 === "string" && /ipv6/i.test(last2) ? 6 : 4;
}
function hop(kind, where3, decision, detail, fix2) {
  const { resource, location } = where3;
  const h = fix2 === void 0 ? { hop: kind, resource, location, decision, detail } : { hop: kind, resource, location, decision, detail, fix: fix2 };
  if (where3.subject !== void 0) hopSubjects.set(h, where3.subject);
  return h;
}
function routeHop(kind, route, decision, detail, fix2) {
  return hop(kind, at2({ resource: route.subject.resource, path: route.destinationPath }), decision, detail, fix2);
}
function aclHop(index, kind, subnet, egress, traffic) {
  const assoc = subnet.networkAcl;
  let acl;
  if (assoc !== void 0) {
    if (assoc.state === "unknown") return hop(kind, thing(subnet), "unknown", `The network ACL of ${subnet.label} is unknown (${assoc.reason}).`);
    if (assoc.state === "known") acl = assoc.value;
  }
  const vpc = subnet.vpc.state === "known" ? subnet.vpc.value : void 0;
  if (acl === void 0 && vpc !== void 0) {
    const open = index.openAcls.get(vpc)?.find((a) => !a.isDefault);
    if (open !== void 0) {
      return hop(kind, thing(open), "unknown", `${subnet.label} has no network ACL association, but ${open.label} may be associated with it: its subnets are unknown (${open.subnetsIncomplete}).`);
    }
    acl = index.defaultAcl.get(vpc);
    if (acl === void 0) {
      const way = egress ? "outbound" : "inbound";
      return hop(kind, thing(vpc), "pass", `${subnet.label} uses the default network ACL of ${vpc.label}, which AWS creates allowing all ${way} traffic.`);
    }
  }
  if (acl === void 0) return hop(kind, thing(subnet), "unknown", `The VPC of ${subnet.label} is unknown, so its default network ACL cannot be told.`);
  const v = evaluateAcl(acl, index.entries(acl), egress, traffic);
  return hop(kind, v.entry !== void 0 ? at2(v.entry.subject) : thing(acl), v.decision, v.detail, v.fix);
}
function acceptance(p) {
  const status = p.acceptStatus;
  if (status?.state === "known" && ACTIVE2.has(status.value)) return { decision: "pass", why: `is ${status.value}` };
  if (p.accepterResource !== void 0) {
    const auto2 = p.accepterResource.get(["auto_accept"]);
    if (auto2.state === "known" && auto2.value === true) return { decision: "pass", why: `is accepted by ${p.accepterResource.address}` };
    if (auto2.state === "unknown") return { decision: "unknown", why: `is accepted by ${p.accepterResource.address} only if its auto_accept, which is ${auto2.reason}, is true` };
    return { decision: "block", why: `is not accepted: ${p.accepterResource.address} does not set auto_accept = true` };
  }
  const auto = p.autoAccept;
  if (auto.state === "known" && auto.value) return { decision: "pass", why: "is auto-accepted" };
  if (auto.state === "unknown") return { decision: "unknown", why: `is accepted only if auto_accept, which is ${auto.reason}, is true` };
  if (status?.state === "known") return { decision: "block", why: `is ${status.value}` };
  if (p.peerOwnerId.state === "absent" && p.peerRegion.state === "absent") {
    return { decision: "block", why: "is not accepted by anything in the linted code (no auto_accept, no accepter), so it stays pending-acceptance" };
  }
  return { decision: "unknown", why: "goes to another account or region and is not accepted in the linted code; it carries traffic only once the other side accepts it" };
}
function otherSide(p, vpc) {
  if (p.requester.state === "known" && p.requester.value === vpc) return p.accepter.state === "known" ? p.accepter.value : void 0;
  if (p.accepter.state === "known" && p.accepter.value === vpc) return p.requester.state === "known" ? p.requester.value : void 0;
  return void 0;
}
function pathBetween(index, src, dst, flow) {
  const hops = [];
  const reasons = [];
  const from = { subnet: src.subnet.label, range: src.range.canonical };
  const to = { subnet: dst.subnet.label, range: dst.range.canonical };
  const srcVpc = src.subnet.vpc.state === "known" ? src.subnet.vpc.value : void 0;
  const dstVpc = dst.subnet.vpc.state === "known" ? dst.subnet.vpc.value : void 0;
  if (srcVpc === void 0 || dstVpc === void 0) {
    const s = srcVpc === void 0 ? src.subnet : dst.subnet;
    const why = s.vpc.state === "unknown" ? s.vpc.reason : "it has none";
    return { verdict: "unknown", from, to, path: [], blockedBy: void 0, reasons: [`the VPC of ${s.label} is unknown (${why})`] };
  }
  const sameVpc2 = srcVpc === dstVpc;
  const sameSubnet = src.subnet === dst.subnet;
  const ports = flowPorts(flow);
  const reply = replyPorts(flow);
  const forward = (remote) => ({ protocol: flow.protocol, ...ports, remote });
  const back = (remote) => ({ protocol: flow.protocol, ...reply, remote });
  const between = sameVpc2 ? [] : index.peeringsBetween(srcVpc, dstVpc);
  let connection = between.length === 1 ? between[0] : void 0;
  if (src.group !== void 0) {
    const v = evaluateGroup(src.group, "egress", flow, { range: dst.range, group: dst.group }, sameVpc2 ? void 0 : connection);
    hops.push(hop("sg-egress", v.rule !== void 0 ? at2(v.rule.subject) : thing(src.group), v.decision, v.detail, v.fix));
  }
  if (!sameSubnet) hops.push(aclHop(index, "nacl-out", src.subnet, true, forward(dst.range)));
  const table = src.subnet.routeTable;
  if (table.state !== "known") {
    const why = table.state === "unknown" ? table.reason : `${src.subnet.label} has no route table`;
    hops.push(hop("route", thing(src.subnet), "unknown", `The route table of ${src.subnet.label} is unknown (${why}).`));
  } else {
    const found = lookup(table.value, dst.range);
    const fixPeer = connection?.label;
    if (found.kind === "local") {
      hops.push(
        sameVpc2 ? hop("route", tableThing(table.value), "pass", `${table.value.label} sends ${dst.range.canonical} to the local route of ${srcVpc.label} (${found.block.canonical}).`) : hop("route", tableThing(table.value), "block", `${table.value.label} keeps ${dst.range.canonical} inside ${srcVpc.label} (local route ${found.block.canonical}), so it never reaches ${dstVpc.label}.`, `Give ${dstVpc.label} a range that does not overlap ${srcVpc.label}.`)
      );
    } else if (found.kind === "none") {
      const fix2 = sameVpc2 ? void 0 : fixPeer !== void 0 ? `Add a route for ${dst.range.canonical} (or ${dstVpc.label}'s block) over ${fixPeer} to ${table.value.label}.` : `Peer ${srcVpc.label} with ${dstVpc.label} and add a route for ${dst.range.canonical} over the connection to ${table.value.label}.`;
      hops.push(hop("route", tableThing(table.value), "block", `${table.value.label} has no route for ${dst.range.canonical}, so the traffic is dropped.`, fix2));
    } else if (found.kind === "unknown") {
      hops.push(found.route !== void 0 ? routeHop("route", found.route, "unknown", `${capital(found.reason)}.`) : hop("route", tableThing(table.value), "unknown", `${capital(found.reason)}.`));
    } else {
      const route = found.route;
      const t = route.target;
      const dest = route.destination.state === "known" ? route.destination.value.canonical : "?";
      if (t.kind === "peering") {
        if (t.peering.state === "unknown") {
          hops.push(routeHop("route", route, "unknown", `${route.key} sends ${dest} over a peering connection that is unknown (${t.peering.reason}).`));
        } else if (t.peering.state === "known") {
          const p = t.peering.value;
          const peer = otherSide(p, srcVpc);
          if (sameVpc2) {
            hops.push(routeHop("route", route, "block", `${route.key} sends ${dest} out over ${p.label} instead of keeping it in ${srcVpc.label}.`, `Remove ${route.key}, or narrow it so it does not hold ${dst.range.canonical}.`));
          } else if (peer === void 0 || peer !== dstVpc) {
            const where3 = peer === void 0 ? `${p.label}, which does not join ${srcVpc.label} to a known VPC` : `${p.label} to ${peer.label}, not to ${dstVpc.label} (peering is not transitive)`;
            hops.push(routeHop("route", route, "block", `${route.key} sends ${dest} over ${where3}.`, fixPeer !== void 0 ? `Send ${dst.range.canonical} over ${fixPeer} instead.` : `Peer ${srcVpc.label} with ${dstVpc.label} directly and route ${dst.range.canonical} over that connection.`));
          } else {
            connection = p;
            hops.push(routeHop("route", route, "pass", `${route.key} sends ${dest} over ${p.label} to ${dstVpc.label}.`));
            const a = acceptance(p);
            const detail = `${p.label} joins ${srcVpc.label} and ${dstVpc.label} and ${a.why}.`;
            hops.push(hop("peering", thing(p), a.decision, detail, a.decision === "block" ? `Accept ${p.label}: set auto_accept = true (same account and region) or add an accepter on the peer side.` : void 0));
          }
        }
      } else if (t.kind === "local") {
        hops.push(sameVpc2 ? routeHop("route", route, "pass", `${route.key} sends ${dest} to the local route.`) : routeHop("route", route, "block", `${route.key} keeps ${dest} inside ${srcVpc.label}.`));
      } else if (t.kind === "unknown") {
        hops.push(routeHop("route", route, "unknown", `The target of ${route.key} is unknown (${t.reason}), so where it sends ${dest} cannot be told.`));
      } else {
        const id = t.id.state === "known" ? ` ${t.id.value}` : "";
        const label = `${t.kind}${id}`;
        if (t.id.state === "unknown" && t.kind === "gateway") {
          hops.push(routeHop("route", route, "unknown", `${route.key} sends ${dest} to a gateway that is ${t.id.reason}.`));
        } else if (t.kind === "gateway" && !id.startsWith(" vgw-")) {
          hops.push(routeHop("route", route, "block", `${route.key} sends ${dest} to internet gateway${id}, which drops traffic to private addresses.`, fixPeer !== void 0 ? `Route ${dst.range.canonical} over ${fixPeer} instead.` : void 0));
        } else {
          hops.push(routeHop("route", route, "unknown", `${route.key} sends ${dest} to ${label}, which vpclint does not follow.`));
        }
      }
    }
  }
  if (!sameSubnet) hops.push(aclHop(index, "nacl-in", dst.subnet, false, forward(src.range)));
  if (dst.group !== void 0) {
    const v = evaluateGroup(dst.group, "ingress", flow, { range: src.range, group: src.group }, sameVpc2 ? void 0 : connection);
    hops.push(hop("sg-ingress", v.rule !== void 0 ? at2(v.rule.subject) : thing(dst.group), v.decision, v.detail, v.fix));
  }
  if (!sameSubnet) hops.push(aclHop(index, "return-nacl-out", dst.subnet, true, back(src.range)));
  hops.push(returnRoute(dst.subnet, src.range, sameVpc2, connection, between, srcVpc));
  if (!sameSubnet) hops.push(aclHop(index, "return-nacl-in", src.subnet, false, back(dst.range)));
  const blockedBy = hops.find((h) => h.decision === "block");
  for (const h of hops) if (h.decision === "unknown") reasons.push(h.detail);
  const verdict2 = blockedBy !== void 0 ? "denied" : reasons.length > 0 ? "unknown" : "allowed";
  return { verdict: verdict2, from, to, path: hops, blockedBy, reasons: blockedBy !== void 0 ? [] : reasons };
}
function returnRoute(subnet, range, sameVpc2, connection, between, srcVpc) {
  const table = subnet.routeTable;
  if (table.state !== "known") {
    const why = table.state === "unknown" ? table.reason : `${subnet.label} has no route table`;
    return hop("return-route", thing(subnet), "unknown", `The route table of ${subnet.label} is unknown (${why}).`);
  }
  const t = table.value;
  const found = lookup(t, range);
  if (found.kind === "unknown") {
    return found.route !== void 0 ? routeHop("return-route", found.route, "unknown", `${capital(found.reason)}.`) : hop("return-route", tableThing(t), "unknown", `${capital(found.reason)}.`);
  }
  if (sameVpc2) {
    if (found.kind === "local") return hop("return-route", tableThing(t), "pass", `${t.label} sends the replies to ${range.canonical} to the local route.`);
    if (found.kind === "none") return hop("return-route", tableThing(t), "block", `${t.label} has no route for ${range.canonical}.`);
    return routeHop("return-route", found.route, "block", `${found.route.key} sends the replies to ${range.canonical} out of the VPC instead of to the local route.`, `Remove ${found.route.key}, or narrow it so it does not hold ${range.canonical}.`);
  }
  const want = connection ?? (between.length === 1 ? between[0] : void 0);
  const over = want !== void 0 ? ` over ${want.label}` : "";
  if (found.kind === "none" || found.kind === "local") {
    return hop("return-route", tableThing(t), "block", `${t.label} has no route back${over} for ${range.canonical}, so the replies are dropped.`, want !== void 0 ? `Add a route for ${range.canonical} (or ${srcVpc.label}'s block) over ${want.label} to ${t.label}.` : void 0);
  }
  const route = found.route;
  const target2 = route.target;
  if (target2.kind === "unknown" || target2.kind === "peering" && target2.peering.state === "unknown") {
    const why = target2.kind === "unknown" ? target2.reason : target2.kind === "peering" && target2.peering.state === "unknown" ? target2.peering.reason : "";
    return routeHop("return-route", route, "unknown", `The target of ${route.key} is unknown (${why}), so whether the replies go back${over} cannot be told.`);
  }
  if (target2.kind === "peering" && target2.peering.state === "known") {
    const p = target2.peering.value;
    if (want === void 0) {
      if (otherSide(p, subnet.vpc.state === "known" ? subnet.vpc.value : srcVpc) === srcVpc) {
        return routeHop("return-route", route, "unknown", `${route.key} sends the replies over ${p.label}, but which connection the traffic came in on is unknown.`);
      }
    } else if (p === want) {
      return routeHop("return-route", route, "pass", `${route.key} sends the replies to ${range.canonical} back over ${p.label}.`);
    }
    return routeHop("return-route", route, "block", `${route.key} sends the replies to ${range.canonical} over ${p.label}, not back${over}, so they are dropped.`, want !== void 0 ? `Send ${range.canonical} over ${want.label} in ${t.label}.` : void 0);
  }
  const id = "id" in target2 && target2.id.state === "known" ? ` ${target2.id.value}` : "";
  const what = id === "" ? `a ${target2.kind.replace(/-/g, " ")}` : `${target2.kind.replace(/-/g, " ")}${id}`;
  return routeHop("return-route", route, "block", `${route.key} sends the replies to ${range.canonical} to ${what}, not back${over}, so they are dropped.`, want !== void 0 ? `Add a route for ${range.canonical} over ${want.label} to ${t.label}.` : void 0);
}
function capital(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}
function flowPorts(flow) {
  if (flow.protocol === "all") return { lo: 0, hi: 65535 };
  if (flow.protocol === "icmp") return flow.port === void 0 ? { lo: 0, hi: 255 } : { lo: flow.port, hi: flow.port };
  return { lo: flow.port ?? 0, hi: flow.port ?? 65535 };
}
function replyPorts(flow) {
  if (flow.protocol === "all") return { lo: 0, hi: 65535 };
  if (flow.protocol === "icmp") return flow.port === void 0 || flow.port === 8 ? { lo: 0, hi: 0 } : { lo: 0, hi: 255 };
  const e = flow.ephemeral ?? DEFAULT_EPHEMERAL;
  return { lo: e.from, hi: e.to };
}
function placements(end) {
  const v4 = (subnet, group) => {
    const c = subnet.cidr;
    if (c.state === "known") return { subnet, range: c.value, group };
    return `the CIDR block of ${subnet.label} is ${c.state === "unknown" ? c.reason : "not set"}`;
  };
  const all = (subnets, group) => {
    const list2 = [];
    for (const s of subnets) {
      const p = v4(s, group);
      if (typeof p === "string") return { list: [], why: p };
      list2.push(p);
    }
    return { list: list2 };
  };
  switch (end.kind) {
    case "address":
      return { list: [{ subnet: end.subnet, range: end.cidr, group: void 0 }] };
    case "subnet":
      return all([end.subnet], void 0);
    case "vpc":
      if (end.vpc.subnets.length === 0) return { list: [], why: `no subnet of ${end.vpc.label} is in the linted code` };
      return all(end.vpc.subnets, void 0);
    case "security-group": {
      if (end.subnet !== void 0) return all([end.subnet], end.group);
      const vpc = end.group.vpc;
      if (vpc.state !== "known") return { list: [], why: `the VPC of ${end.group.label} is ${vpc.state === "unknown" ? vpc.reason : "not set"}, so the subnets of its instances cannot be told` };
      if (vpc.value.subnets.length === 0) return { list: [], why: `no subnet of ${vpc.value.label}, the VPC of ${end.group.label}, is in the linted code` };
      return all(vpc.value.subnets, end.group);
    }
  }
}
function flowProblem(flow) {
  const isPort = (n, max) => n !== void 0 && Number.isInteger(n) && n >= 0 && n <= max;
  if (flow.protocol === "tcp" || flow.protocol === "udp") {
    if (flow.port === void 0) return `a ${flow.protocol.toUpperCase()} flow needs a port`;
    if (!isPort(flow.port, 65535)) return `port ${flow.port} is not between 0 and 65535`;
  }
  if (flow.protocol === "icmp" && flow.port !== void 0 && !isPort(flow.port, 255)) return `ICMP type ${flow.port} is not between 0 and 255`;
  const e = flow.ephemeral;
  if (e !== void 0 && !(isPort(e.from, 65535) && isPort(e.to, 65535) && e.from <= e.to)) return `the ephemeral port range ${e.from}-${e.to} is not a range of ports`;
  return void 0;
}
function endLabel(end) {
  switch (end.kind) {
    case "address":
      return end.cidr.canonical;
    case "subnet":
      return end.subnet.label;
    case "vpc":
      return end.vpc.label;
    case "security-group":
      return end.subnet === void 0 ? end.group.label : `${end.group.label} in ${end.subnet.label}`;
  }
}
function reach(model, from, to, flow) {
  const index = indexOf(model);
  const notes = [];
  if (from.kind !== "security-group") notes.push(`${endLabel(from)} names no security group, so no egress rule is checked.`);
  if (to.kind !== "security-group") notes.push(`${endLabel(to)} names no security group, so no ingress rule is checked.`);
  for (const end of [from, to]) {
    if (end.kind === "security-group" && end.subnet === void 0) {
      const vpc = end.group.vpc.state === "known" ? end.group.vpc.value.label : "its VPC";
      notes.push(`Which subnet the instances of ${end.group.label} are in is not in the code, so every subnet of ${vpc} is checked.`);
    }
  }
  const bad = flowProblem(flow);
  if (bad !== void 0) return { verdict: "unknown", path: [], blockedBy: void 0, reasons: [bad], notes, pairs: [] };
  const a = placements(from);
  const b = placements(to);
  const why = a.why ?? b.why;
  if (why !== void 0) return { verdict: "unknown", path: [], blockedBy: void 0, reasons: [why], notes, pairs: [] };
  const pairs = [];
  for (const s of a.list) {
    for (const d of b.list) {
      if (s.range.family !== d.range.family) {
        pairs.push({ verdict: "unknown", from: { subnet: s.subnet.label, range: s.range.canonical }, to: { subnet: d.subnet.label, range: d.range.canonical }, path: [], blockedBy: void 0, reasons: ["the two ends are in different address families"] });
        continue;
      }
      pairs.push(pathBetween(index, s, d, flow));
    }
  }
  const first = pairs[0];
  const verdicts = new Set(pairs.map((p) => p.verdict));
  if (verdicts.size === 1) {
    return { verdict: first.verdict, path: first.path, blockedBy: first.blockedBy, reasons: first.reasons, notes, pairs: pairs.length > 1 ? pairs : [] };
  }
  const allowed = pairs.find((p) => p.verdict === "allowed");
  const denied = pairs.find((p) => p.verdict === "denied");
  const unknownPair = pairs.find((p) => p.verdict === "unknown");
  const shown = denied ?? unknownPair ?? first;
  const reasons = [];
  if (allowed !== void 0 && denied !== void 0) {
    reasons.push(
      `${flowText(flow)} is allowed from ${allowed.from.subnet} to ${allowed.to.subnet} but denied from ${denied.from.subnet} to ${denied.to.subnet}: name the subnets`
    );
  }
  if (unknownPair !== void 0) for (const r of unknownPair.reasons) reasons.push(r);
  return { verdict: "unknown", path: shown.path, blockedBy: void 0, reasons, notes, pairs };
}

// src/engine/intents.ts
var NETWORK_INTENT = "NET501";
var FORWARD = /* @__PURE__ */ new Set(["sg-egress", "nacl-out", "route", "peering", "nacl-in", "sg-ingress"]);
function vpcOf2(end) {
  switch (end.kind) {
    case "vpc":
      return end.vpc;
    case "security-group":
      return end.group.vpc.state === "known" ? end.group.vpc.value : void 0;
    default:
      return end.subnet.vpc.state === "known" ? end.subnet.vpc.value : void 0;
  }
}
function intentFlowText(i) {
  if (i.protocol === "all") return "all traffic";
  if (i.protocol === "icmp") return i.port === void 0 ? "ICMP" : `ICMP type ${i.port}`;
  return `${i.protocol.toUpperCase()} ${i.port ?? ""}`.trim();
}
function checkIntents(model, intents2) {
  const checks = [];
  const errors = [];
  intents2.forEach((intent, i) => {
    const ends = [];
    for (const side of ["from", "to"]) {
      const resolved2 = resolveEndpoint(model, intent[side]);
      if (resolved2.ok) {
        ends.push(resolved2.spec);
        continue;
      }
      const loc = side === "from" ? intent.fromLocation : intent.toLocation;
      errors.push({
        file: loc.file,
        line: loc.line,
        column: loc.column,
        message: `intents[${i}].${side}: ${resolved2.error}`,
        hint: "name a subnet, security group or VPC by address, logical ID, ID or Name tag, or an IP address or CIDR block inside one subnet"
      });
    }
    const [from, to] = ends;
    if (from === void 0 || to === void 0) return;
    const r = reach(model, from, to, { protocol: intent.protocol, ...intent.port === void 0 ? {} : { port: intent.port } });
    const expected = intent.expect === "allow" ? "allowed" : "denied";
    const status = r.verdict === "unknown" ? "unknown" : r.verdict === expected ? "holds" : "broken";
    let brokenAt;
    if (status === "broken") {
      brokenAt = intent.expect === "allow" ? r.blockedBy : r.path.filter((h) => FORWARD.has(h.hop) && h.decision === "pass").at(-1);
    }
    const subjects = /* @__PURE__ */ new Map();
    for (const h of r.path) {
      const s = hopSubject(h);
      if (s !== void 0) subjects.set(h, s);
    }
    const fromVpc = vpcOf2(from);
    const toVpc = vpcOf2(to);
    const result = {
      name: intent.name,
      from: intent.from,
      to: intent.to,
      protocol: intent.protocol,
      ...intent.port === void 0 ? {} : { port: intent.port },
      flow: intentFlowText(intent),
      expect: intent.expect,
      verdict: r.verdict,
      status,
      path: r.path,
      ...brokenAt === void 0 ? {} : { brokenAt },
      reasons: r.reasons,
      ...fromVpc === void 0 ? {} : { fromVpc: fromVpc.key },
      ...toVpc === void 0 ? {} : { toVpc: toVpc.key },
      location: intent.location
    };
    checks.push({ result, intent, subjects });
  });
  return { checks, errors };
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var BASELINE_HINT = "write it with vpclint --write-baseline FILE";
var MAX_MESSAGE = 200;
function shortMessage(message) {
  const oneLine = message.replace(/\s+/g, " ").trim();
  const end = oneLine.search(/\.\s/);
  const sentence = end === -1 ? oneLine : oneLine.slice(0, end + 1);
  return sentence.length <= MAX_MESSAGE ? sentence : `${sentence.slice(0, MAX_MESSAGE - 1)}…`;
}
function compareEntries2(a, b) {
  const cmp4 = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return cmp4(a.id, b.id) || cmp4(a.resource, b.resource) || cmp4(a.fingerprint, b.fingerprint);
}
function toBaselineEntries(findings) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (byFingerprint.has(f.fingerprint)) continue;
    byFingerprint.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      id: f.ruleId,
      rule: f.ruleName,
      resource: f.resource,
      // The input linted: a plan finding located in its `.tf` sources keeps the plan, the file a
      // later run lints, by which it tells the entries it no longer finds (fixed).
      file: f.planLocation?.file ?? f.location.file,
      message: shortMessage(f.message)
    });
  }
  return [...byFingerprint.values()].sort(compareEntries2);
}
function renderBaseline(findings) {
  const entries2 = toBaselineEntries(findings).map((e) => ({
    fingerprint: e.fingerprint,
    id: e.id,
    rule: e.rule,
    resource: e.resource,
    ...e.file === void 0 ? {} : { file: e.file },
    message: e.message
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries2 }, null, 2)}
`;
}
function isRecord5(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function baselineFromJson(json, file) {
  const hint = BASELINE_HINT;
  const fail2 = (why) => {
    throw new InputError(`this is not a vpclint baseline: ${why}`, { file, hint });
  };
  if (!isRecord5(json)) return fail2("it is not a JSON object");
  if (!Object.hasOwn(json, "version")) return fail2('it has no "version"');
  if (json.version !== BASELINE_VERSION) {
    return fail2(`its version is ${JSON.stringify(json.version)}; this vpclint reads version ${BASELINE_VERSION}`);
  }
  const list2 = json.findings;
  if (!Array.isArray(list2)) return fail2('"findings" is not a list');
  const entries2 = /* @__PURE__ */ new Map();
  list2.forEach((item, i) => {
    if (!isRecord5(item)) return fail2(`findings[${i}] is not an object`);
    const str2 = (key, required) => {
      const v = Object.hasOwn(item, key) ? item[key] : void 0;
      if (v === void 0 && !required) return void 0;
      if (typeof v !== "string" || v === "") return fail2(`findings[${i}].${key} is not a non-empty string`);
      return v;
    };
    const fingerprint2 = str2("fingerprint", true);
    const file2 = str2("file", false);
    const entry = {
      fingerprint: fingerprint2,
      id: str2("id", true),
      rule: str2("rule", false) ?? "",
      resource: str2("resource", false) ?? "",
      ...file2 === void 0 ? {} : { file: file2 },
      message: typeof item.message === "string" ? item.message : ""
    };
    if (!entries2.has(fingerprint2)) entries2.set(fingerprint2, entry);
  });
  return { file, entries: entries2 };
}
function applyBaseline(findings, baseline, options) {
  const active = [];
  const suppressed = [];
  const matched = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (!baseline.entries.has(f.fingerprint)) {
      active.push(f);
      continue;
    }
    matched.add(f.fingerprint);
    suppressed.push({ ...f, suppression: { kind: "external", via: "baseline", reason: `accepted in the baseline ${baseline.file}` } });
  }
  const fixed = [...baseline.entries.values()].filter((e) => !matched.has(e.fingerprint) && options.ranRules.has(e.id) && (e.file === void 0 || options.files.has(e.file))).sort(compareEntries2);
  return { findings: active, suppressed, comparison: { file: baseline.file, fixed } };
}

// src/engine/suppress.ts
var UNUSED_SUPPRESSION = "NET002";
var EXPIRED_SUPPRESSION = "NET003";
var INVALID_SUPPRESSION = "NET004";
var DIAGNOSTIC_RULES = /* @__PURE__ */ new Set([UNUSED_SUPPRESSION, EXPIRED_SUPPRESSION, INVALID_SUPPRESSION]);
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(text4) {
  const m = DATE.exec(text4);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date2 = new Date(Date.UTC(y, mo - 1, d));
  return date2.getUTCFullYear() === y && date2.getUTCMonth() === mo - 1 && date2.getUTCDate() === d;
}
function isExpired(expires, today) {
  return expires !== void 0 && today > expires;
}
function utcToday(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var VIA_TEXT = {
  comment: "vpclint:ignore comment",
  metadata: "Metadata ignore entry",
  config: "ignore entry"
};
function addressPattern(glob) {
  return new RegExp(`^${glob.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}
function applySuppressions(findings, unresolved2, options) {
  const byIdOrName = /* @__PURE__ */ new Map();
  for (const r of options.catalogue) {
    byIdOrName.set(r.id.toUpperCase(), r);
    byIdOrName.set(r.name, r);
  }
  const resolve = (name) => byIdOrName.get(name) ?? byIdOrName.get(name.toUpperCase());
  const runRule = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    const override2 = severityOverride(rule, options.severityOverrides);
    if (override2 !== "off") runRule.set(rule.id, { rule, override: override2 });
  }
  const diagnostics = [];
  const diagnose = (ruleId, messageId, subject, location, data) => {
    const run = runRule.get(ruleId);
    if (run === void 0) return;
    diagnostics.push(toFinding(run.rule, { messageId, subject: { resource: subject }, data }, run.override, location));
  };
  const checked = /* @__PURE__ */ new Map();
  const onResource = /* @__PURE__ */ new Map();
  const check = (r, d, via) => {
    const key = `${d.location.file}:${d.location.line}:${d.location.column ?? 0}:${via}`;
    const seen2 = checked.get(key);
    if (seen2 !== void 0) return seen2;
    const base = { key, via, resource: r, location: d.location, reason: d.reason?.trim() ?? "", label: r.address };
    const data = { via: VIA_TEXT[via], resource: r.address };
    const invalid = (messageId, extra) => diagnose(INVALID_SUPPRESSION, messageId, r, d.location, { ...data, ...extra });
    let ruleIds = [];
    if (d.problem !== void 0) {
      invalid("malformed", { problem: d.problem });
    } else {
      const known3 = [];
      let unknownRules = 0;
      for (const name of d.rules) {
        const rule = resolve(name);
        if (rule === void 0) {
          unknownRules += 1;
          invalid("unknownRule", { rule: name });
        } else if (!known3.includes(rule.id)) {
          known3.push(rule.id);
        }
      }
      const rules2 = known3.length > 0 ? known3.join(", ") : d.rules.join(", ");
      const goodDate = d.expires === void 0 || isDate(d.expires);
      if (base.reason === "") invalid("missingReason", { rule: rules2 });
      if (!goodDate) invalid("badExpiry", { rule: rules2, expires: d.expires ?? "" });
      if (unknownRules === 0 && base.reason !== "" && goodDate) ruleIds = known3;
    }
    const result = { ...base, ruleIds, ...d.expires === void 0 ? {} : { expires: d.expires } };
    checked.set(key, result);
    return result;
  };
  const resources = options.resources;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (r.suppressions === void 0 && r.suppressionComments === void 0) continue;
    const list2 = [];
    for (const d of r.suppressions?.() ?? []) list2.push(check(r, d, "metadata"));
    for (const c of r.suppressionComments?.() ?? []) {
      const d = parseDirective(c.text);
      if (d !== void 0) list2.push(check(r, { ...d, location: c.location }, "comment"));
    }
    if (list2.length > 0) onResource.set(r, list2);
  }
  const external = (options.external ?? []).map((e, i) => ({
    key: `config:${i}`,
    via: "config",
    resource: e.subject,
    location: e.location,
    ruleIds: e.rules,
    reason: e.reason,
    ...e.expires === void 0 ? {} : { expires: e.expires },
    pattern: addressPattern(e.resource),
    label: e.resource
  }));
  const used = /* @__PURE__ */ new Set();
  const expiredUse = /* @__PURE__ */ new Set();
  const active = [];
  const suppressed = [];
  for (const f of findings) {
    const candidates = [...onResource.get(f.subject.resource) ?? [], ...external.filter((e) => e.pattern?.test(f.resource) === true)];
    let by;
    for (const c of candidates) {
      if (!c.ruleIds.includes(f.ruleId)) continue;
      if (isExpired(c.expires, options.today)) {
        expiredUse.add(`${c.key}\0${f.ruleId}`);
        continue;
      }
      used.add(`${c.key}\0${f.ruleId}`);
      by ??= c;
    }
    if (by === void 0) {
      active.push(f);
      continue;
    }
    const suppression = {
      kind: by.via === "config" ? "external" : "inSource",
      via: by.via,
      reason: by.reason,
      ...by.expires === void 0 ? {} : { expires: by.expires },
      location: by.location
    };
    suppressed.push({ ...f, suppression });
  }
  let undecided;
  const seen = /* @__PURE__ */ new Set();
  for (const c of [...checked.values(), ...external]) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    for (const ruleId of c.ruleIds) {
      const key = `${c.key}\0${ruleId}`;
      if (used.has(key)) continue;
      const data = { via: VIA_TEXT[c.via], rule: ruleId, resource: c.label };
      if (expiredUse.has(key)) {
        diagnose(EXPIRED_SUPPRESSION, "expired", c.resource, c.location, { ...data, expires: c.expires ?? "", reason: c.reason });
        continue;
      }
      if (!runRule.has(ruleId) || options.failedRules?.has(ruleId) === true || DIAGNOSTIC_RULES.has(ruleId)) continue;
      const undecidedHere = c.pattern === void 0 ? (undecided ??= new Set(unresolved2.map((u) => `${u.ruleId}\0${u.resource}`))).has(`${ruleId}\0${c.resource.address}`) : unresolved2.some((u) => u.ruleId === ruleId && c.pattern?.test(u.resource) === true);
      if (undecidedHere) continue;
      diagnose(UNUSED_SUPPRESSION, "unused", c.resource, c.location, data);
    }
  }
  const all = [...active, ...dedupe(diagnostics)];
  all.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings: all, suppressed };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => !seen.has(f.fingerprint) && (seen.add(f.fingerprint), true));
}

// src/engine/settle.ts
function settle(run, options) {
  const suppressedRun = applySuppressions(run.findings, run.unresolved, {
    resources: options.resources,
    rules: options.rules,
    catalogue: options.catalogue,
    severityOverrides: options.severityOverrides,
    failedRules: new Set(run.failed),
    external: options.external,
    today: options.today ?? utcToday()
  });
  if (options.baseline === void 0) return suppressedRun;
  const failed = new Set(run.failed);
  const ranRules = new Set(
    options.rules.filter((r) => severityOverride(r, options.severityOverrides) !== "off" && !failed.has(r.id)).map((r) => r.id)
  );
  const based = applyBaseline(suppressedRun.findings, options.baseline, { ranRules, files: new Set(options.files) });
  const suppressed = [...suppressedRun.suppressed, ...based.suppressed].sort(compareFindings);
  return { findings: based.findings, suppressed, baseline: based.comparison };
}

// src/model/builder/adapter.ts
var PHASES = ["vpc", "declare", "link", "claim", "attach"];
function adapterKey(mode, type) {
  return mode === "data" ? `data.${type}` : type;
}

// src/model/builder/claims.ts
function cidrKey(text4) {
  let key = cidrKeys.get(text4);
  if (key === void 0) {
    const parsed = parseCidr(text4);
    key = parsed.ok ? parsed.cidr.canonical : text4;
    if (cidrKeys.size >= CIDR_KEYS_MAX) cidrKeys.clear();
    cidrKeys.set(text4, key);
  }
  return key;
}
var cidrKeys = /* @__PURE__ */ new Map();
var CIDR_KEYS_MAX = 1e5;
function routeKey(kind, value) {
  return kind === "pl" ? `pl:${value}` : `cidr:${cidrKey(value)}`;
}
function rulePorts(protocol, fromPort, toPort) {
  if (protocol === "tcp" || protocol === "udp") return `${protocol}:${fromPort ?? ""}-${toPort ?? ""}`;
  if (protocol === "icmp" || protocol === "icmpv6") return `${protocol}:${fromPort ?? -1}/${toPort ?? -1}`;
  return protocol;
}
function groupId(id) {
  const slash = id.lastIndexOf("/");
  return slash >= 0 ? id.slice(slash + 1) : id;
}
function sourceKey(source) {
  switch (source.kind) {
    case "cidr":
      return `cidr:${cidrKey(source.text)}`;
    case "prefix-list":
      return `pl:${source.id}`;
    case "security-group":
      return `sg:${groupId(source.id)}`;
    case "self":
      return "self";
  }
}
var Claims = class {
  routes = /* @__PURE__ */ new WeakMap();
  /**
   * Claims whose destination is worked out only when the table's claims are first asked for: the
   * resource and the function that reads its destination, side by side (no closure per claim).
   */
  pendingRoutes = /* @__PURE__ */ new WeakMap();
  /**
   * Tables that take route claims (`takeRouteClaims`): those whose refreshed `route` list may be
   * read, the only ones asked `routeClaimed`. A claim on any other table is dropped.
   */
  routeTakers = /* @__PURE__ */ new Set();
  rules = /* @__PURE__ */ new WeakMap();
  claimRoute(table, destination) {
    let set = this.routes.get(table);
    if (set === void 0) this.routes.set(table, set = /* @__PURE__ */ new Set());
    set.add(destination);
  }
  /**
   * `claimRoute` with the destination `read(source)` read only if the table's claims are ever
   * asked for: most tables' lists are never read back from state, and a large plan has tens of
   * thousands of routes.
   */
  claimRouteLater(table, source, read) {
    if (!this.routeTakers.has(table)) return;
    let pending = this.pendingRoutes.get(table);
    if (pending === void 0) this.pendingRoutes.set(table, pending = { reads: [], sources: [] });
    pending.reads.push(read);
    pending.sources.push(source);
  }
  /** Keeps the route claims made on `table` from now on (declared before the claims are made). */
  takeRouteClaims(table) {
    this.routeTakers.add(table);
  }
  /** Whether any table takes route claims (all tables are declared before routes claim). */
  get anyRouteTaker() {
    return this.routeTakers.size > 0;
  }
  /** Whether a standalone route claims `destination` in `table`, which must take route claims. */
  routeClaimed(table, destination) {
    const pending = this.pendingRoutes.get(table);
    if (pending !== void 0) {
      this.pendingRoutes.delete(table);
      for (let i = 0; i < pending.sources.length; i++) {
        const key = pending.reads[i](pending.sources[i]);
        if (key !== void 0) this.claimRoute(table, key);
      }
    }
    return this.routes.get(table)?.has(destination) ?? false;
  }
  claimRule(group, direction, ports, source) {
    let set = this.rules.get(group);
    if (set === void 0) this.rules.set(group, set = /* @__PURE__ */ new Set());
    set.add(`${direction}|${ports}|${source}`);
  }
  ruleClaimed(group, direction, ports, source) {
    return this.rules.get(group)?.has(`${direction}|${ports}|${source}`) ?? false;
  }
  aclEntries = /* @__PURE__ */ new WeakMap();
  /**
   * A standalone `aws_network_acl_rule` claims its (direction, rule number) in its ACL's refreshed
   * `ingress` / `egress` list: AWS allows one entry per number and direction.
   */
  claimAclEntry(acl, egress, ruleNumber) {
    let set = this.aclEntries.get(acl);
    if (set === void 0) this.aclEntries.set(acl, set = /* @__PURE__ */ new Set());
    set.add(`${egress ? "egress" : "ingress"}|${ruleNumber}`);
  }
  aclEntryClaimed(acl, egress, ruleNumber) {
    return this.aclEntries.get(acl)?.has(`${egress ? "egress" : "ingress"}|${ruleNumber}`) ?? false;
  }
};

// src/model/builder/data-sources.ts
var same = (...names2) => new Map(names2.map((n) => [n, n]));
var text3 = (...attr) => ({ kind: "text", attr });
var identity = (family, ...attr) => ({ kind: "identity", attr, family });
var FAMILIES = /* @__PURE__ */ new Map([
  [
    "aws_vpc",
    {
      noun: "VPC",
      types: /* @__PURE__ */ new Set(["aws_vpc", "aws_default_vpc"]),
      idArg: "id",
      attrs: same(
        "id",
        "arn",
        "cidr_block",
        "dhcp_options_id",
        "enable_dns_hostnames",
        "enable_dns_support",
        "instance_tenancy",
        "ipv6_association_id",
        "ipv6_cidr_block",
        "main_route_table_id",
        "owner_id",
        "tags"
      ),
      filters: /* @__PURE__ */ new Map([
        ["vpc-id", identity("aws_vpc", "id")],
        ["cidr", text3("cidr_block")],
        ["cidr-block", text3("cidr_block")],
        ["cidrBlock", text3("cidr_block")],
        ["owner-id", text3("owner_id")]
      ])
    }
  ],
  [
    "aws_subnet",
    {
      noun: "subnet",
      types: /* @__PURE__ */ new Set(["aws_subnet", "aws_default_subnet"]),
      idArg: "id",
      attrs: same(
        "id",
        "arn",
        "assign_ipv6_address_on_creation",
        "availability_zone",
        "availability_zone_id",
        "cidr_block",
        "ipv6_cidr_block",
        "ipv6_cidr_block_association_id",
        "map_public_ip_on_launch",
        "outpost_arn",
        "owner_id",
        "tags",
        "vpc_id"
      ),
      filters: /* @__PURE__ */ new Map([
        ["subnet-id", identity("aws_subnet", "id")],
        ["vpc-id", identity("aws_vpc", "vpc_id")],
        ["cidr", text3("cidr_block")],
        ["cidr-block", text3("cidr_block")],
        ["cidrBlock", text3("cidr_block")],
        ["availability-zone", text3("availability_zone")],
        ["availabilityZone", text3("availability_zone")],
        ["availability-zone-id", text3("availability_zone_id")]
      ])
    }
  ],
  [
    "aws_route_table",
    {
      noun: "route table",
      types: /* @__PURE__ */ new Set(["aws_route_table"]),
      idArg: "route_table_id",
      attrs: /* @__PURE__ */ new Map([
        ["id", "id"],
        ["route_table_id", "id"],
        ["arn", "arn"],
        ["owner_id", "owner_id"],
        ["tags", "tags"],
        ["vpc_id", "vpc_id"]
      ]),
      filters: /* @__PURE__ */ new Map([
        ["route-table-id", identity("aws_route_table", "id")],
        ["vpc-id", identity("aws_vpc", "vpc_id")]
      ])
    }
  ]
]);
var ARGUMENTS = /* @__PURE__ */ new Map([
  ["aws_vpc", /* @__PURE__ */ new Map([["cidr_block", text3("cidr_block")]])],
  [
    "aws_subnet",
    /* @__PURE__ */ new Map([
      ["vpc_id", identity("aws_vpc", "vpc_id")],
      ["cidr_block", text3("cidr_block")],
      ["availability_zone", text3("availability_zone")],
      ["availability_zone_id", text3("availability_zone_id")]
    ])
  ],
  ["aws_route_table", /* @__PURE__ */ new Map([["vpc_id", identity("aws_vpc", "vpc_id")]])]
]);
var UNMATCHED_ARGUMENTS = /* @__PURE__ */ new Map([
  ["aws_vpc", ["default", "dhcp_options_id", "state"]],
  ["aws_subnet", ["default_for_az", "ipv6_cidr_block", "state"]],
  ["aws_route_table", ["gateway_id"]]
]);
var MAX_DEPTH8 = 6;
var ABSENT8 = Object.freeze({ state: "absent" });
var IN_PROGRESS3 = Object.freeze({ kind: "unknown", reason: "the lookup refers to itself" });
var DataSources = class {
  #resources;
  #indexOf;
  #memo = /* @__PURE__ */ new Map();
  /** Input indexes of managed resources by type, made on first use. */
  #byType;
  #bySubnet;
  #byTag = /* @__PURE__ */ new Map();
  constructor(resources, indexOf2) {
    this.#resources = resources;
    this.#indexOf = indexOf2;
  }
  /** What the data source at input index `index` stands for. */
  standIn(index) {
    const hit = this.#memo.get(index);
    if (hit !== void 0) return hit;
    const r = this.#resources[index];
    if (r === void 0 || r.mode !== "data") return { kind: "none" };
    this.#memo.set(index, IN_PROGRESS3);
    let result;
    try {
      result = this.#decide(r);
    } catch (error) {
      result = { kind: "unknown", reason: `vpclint could not decide ${r.address} (${error instanceof Error ? error.message : String(error)})` };
    }
    this.#memo.set(index, result);
    return result;
  }
  /**
   * The value of `path` of the resource `r` when a data source decides it: `r`'s own unset
   * attribute when `r` is such a data source, or the attribute of a data source that `v` is a
   * plain reference to (its first reference: parsers list the nearest source first, and give
   * values computed from a reference none). Undefined when nothing here decides it.
   */
  resolve(r, path14, v, depth = 0) {
    if (v.state !== "unknown" || depth > MAX_DEPTH8) return void 0;
    const top = path14[0];
    if (r.mode === "data" && typeof top === "string" && r.configures?.(top) === false) {
      const index2 = this.#indexOf(r.file, r.address);
      if (index2 !== void 0 && this.#resources[index2] === r) return this.#attribute(index2, path14, v, depth);
    }
    const ref = v.refs[0];
    if (ref === void 0) return void 0;
    const index = this.#indexOf(ref.file ?? r.file, ref.address);
    const target2 = index === void 0 ? void 0 : this.#resources[index];
    if (index === void 0 || target2 === void 0 || target2.mode !== "data") return void 0;
    const attr = ref.attribute.length === 0 ? ["id"] : ref.attribute;
    const first = attr[0];
    if (typeof first === "string" && target2.configures?.(first) === true) return void 0;
    return this.#attribute(index, attr, v, depth);
  }
  /** `path` of the data source at `index`, as what it stands for decides it. */
  #attribute(index, path14, v, depth) {
    const s = this.standIn(index);
    const top = path14[0];
    if (typeof top !== "string") return void 0;
    switch (s.kind) {
      case "none":
        return void 0;
      case "unknown":
        return { state: "unknown", reason: s.reason, refs: v.refs };
      case "provider": {
        const value = s.values.get(top);
        if (value === void 0 || path14.length > 1) return void 0;
        return value.state === "unknown" ? { ...value, refs: v.refs } : value;
      }
      case "resource": {
        const data = this.#resources[index];
        const mapped = FAMILIES.get(data.type)?.attrs.get(top);
        const target2 = this.#resources[s.index];
        if (mapped === void 0) return void 0;
        const targetPath = [mapped, ...path14.slice(1)];
        const tv = target2.get(targetPath);
        const deeper = this.resolve(target2, targetPath, tv, depth + 1);
        const result = deeper ?? tv;
        if (result.state !== "unknown") return result;
        return { state: "unknown", reason: `${target2.address}.${pathText3(targetPath)} is ${unknownPhrase(result.reason)}`, refs: [...v.refs, ...result.refs] };
      }
    }
  }
  #decide(r) {
    if (r.type === "aws_caller_identity") return this.#callerIdentity(r);
    if (r.type === "aws_region") return this.#region(r);
    const family = FAMILIES.get(r.type);
    if (family === void 0) return { kind: "none" };
    const id = r.configures?.(family.idArg) === false ? ABSENT8 : r.get([family.idArg]);
    if (id.state === "known") return { kind: "none" };
    if (id.state === "unknown") return this.#byIdentity(r, family, id);
    if (r.type === "aws_route_table" && r.configures?.("subnet_id") !== false && r.get(["subnet_id"]).state !== "absent") {
      return this.#tableOfSubnet(r);
    }
    return this.#byArguments(r, family);
  }
  /** A data source whose ID argument is a reference: the resource that ID belongs to. */
  #byIdentity(r, family, id) {
    const who = this.#identity(r, [family.idArg], r.type, 0);
    if (who.kind === "index") return { kind: "resource", index: who.index };
    const why = who.kind === "unknown" ? who.reason : unknownPhrase(id.reason);
    return { kind: "unknown", reason: `${r.address} is looked up by ${family.idArg}, which is ${why}` };
  }
  /**
   * Where the ID at `path` of `r` comes from: a resource of `family` in scope (following
   * references through other attributes and data sources of the family), or a known ID.
   */
  #identity(r, path14, family, depth) {
    const v = r.get(path14);
    if (v.state === "absent") return { kind: "absent" };
    if (v.state === "known") return typeof v.value === "string" && v.value !== "" ? { kind: "id", id: v.value } : { kind: "absent" };
    const types = FAMILIES.get(family)?.types;
    for (const ref of v.refs) {
      const index = this.#indexOf(ref.file ?? r.file, ref.address);
      const t = index === void 0 ? void 0 : this.#resources[index];
      if (index === void 0 || t === void 0) continue;
      const attr = ref.attribute.length === 0 ? ["id"] : ref.attribute;
      const onlyId = attr.length === 1 && attr[0] === "id";
      if (onlyId && t.mode === "managed" && types?.has(t.type) === true) return { kind: "index", index };
      if (onlyId && t.mode === "data" && t.type === family) {
        const s = this.standIn(index);
        if (s.kind === "resource") return { kind: "index", index: s.index };
        if (s.kind === "unknown") return { kind: "unknown", reason: `unknown (${s.reason})` };
        continue;
      }
      if (depth < MAX_DEPTH8) {
        const deeper = this.#identity(t, attr, family, depth + 1);
        if (deeper.kind === "index" || deeper.kind === "id") return deeper;
      }
    }
    return { kind: "unknown", reason: unknownPhrase(v.reason) };
  }
  /** `data "aws_route_table"` by `subnet_id`: the table of the association that names the subnet. */
  #tableOfSubnet(r) {
    const subnet = this.#identity(r, ["subnet_id"], "aws_subnet", 0);
    if (subnet.kind === "unknown" || subnet.kind === "absent") {
      return { kind: "unknown", reason: `${r.address} is looked up by subnet_id, which is ${subnet.kind === "unknown" ? subnet.reason : "not set"}` };
    }
    const shown = subnet.kind === "id" ? subnet.id : this.#resources[subnet.index].address;
    const tables = [];
    for (const a of this.#associationsOf(subnet)) {
      const assoc = this.#resources[a];
      const table = this.#identity(assoc, ["route_table_id"], "aws_route_table", 0);
      if (table.kind !== "index") {
        return { kind: "unknown", reason: `${r.address} is looked up by subnet_id ${shown}, whose route table association ${assoc.address} names a route table that is not in the linted files` };
      }
      if (!tables.includes(table.index)) tables.push(table.index);
    }
    if (tables.length === 1) return { kind: "resource", index: tables[0] };
    return {
      kind: "unknown",
      reason: `${r.address} is looked up by subnet_id ${shown}, which no route table association in the linted files names`
    };
  }
  /** The route table associations whose subnet is `subnet`, indexed once. */
  #associationsOf(subnet) {
    if (this.#bySubnet === void 0) {
      this.#bySubnet = /* @__PURE__ */ new Map();
      for (const a of this.#ofType("aws_route_table_association")) {
        const key2 = identityKey(this.#identity(this.#resources[a], ["subnet_id"], "aws_subnet", 0));
        if (key2 === void 0) continue;
        let list2 = this.#bySubnet.get(key2);
        if (list2 === void 0) this.#bySubnet.set(key2, list2 = []);
        list2.push(a);
      }
    }
    const key = identityKey(subnet);
    return key === void 0 ? [] : this.#bySubnet.get(key) ?? [];
  }
  /**
   * The candidates of `type` whose tag `key` may be one of `values` (literal values only): those
   * whose tag is one of them, and those whose tag is unknown. Indexed once per type and key, so
   * that thousands of lookups by tag stay linear.
   */
  #taggedCandidates(type, key, values) {
    const id = `${type}\0${key}`;
    let index = this.#byTag.get(id);
    if (index === void 0) {
      index = { byValue: /* @__PURE__ */ new Map(), unknown: [] };
      for (const i of this.#ofType(type)) {
        const v = this.#resources[i].get(["tags", key]);
        if (v.state === "unknown") index.unknown.push(i);
        else if (v.state === "known" && typeof v.value === "string") {
          let list2 = index.byValue.get(v.value);
          if (list2 === void 0) index.byValue.set(v.value, list2 = []);
          list2.push(i);
        }
      }
      this.#byTag.set(id, index);
    }
    const out = new Set(index.unknown);
    for (const value of values) for (const i of index.byValue.get(value) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
  /** A lookup by arguments (`tags`, `filter`, `vpc_id`, `cidr_block`...): the one resource in scope that matches. */
  #byArguments(r, family) {
    const unmatched = (UNMATCHED_ARGUMENTS.get(r.type) ?? []).filter((a) => r.configures?.(a) === true);
    if (unmatched.length > 0) {
      return { kind: "unknown", reason: `${r.address} is looked up by ${unmatched.join(", ")}, which vpclint does not match against the linted files` };
    }
    const tests = [];
    let byTag;
    for (const [arg, criterion] of ARGUMENTS.get(r.type) ?? []) {
      if (r.configures?.(arg) !== true) continue;
      const t = this.#criterion(r, [arg], criterion, arg);
      if ("reason" in t) return { kind: "unknown", reason: t.reason };
      tests.push(t);
    }
    if (r.configures?.("tags") === true) {
      const tags = r.get(["tags"]);
      if (tags.state === "unknown") return { kind: "unknown", reason: `${r.address} is looked up by tags that are ${unknownPhrase(tags.reason)}` };
      if (tags.state === "known" && isRecord6(tags.value)) {
        const wanted = Object.entries(tags.value);
        for (const [k, value] of wanted) {
          if (typeof value !== "string") return { kind: "unknown", reason: `${r.address} is looked up by tag ${k}, whose value is not a string` };
        }
        if (wanted.length > 0) {
          const [k, value] = wanted[0];
          if (!isPattern(value)) byTag ??= { key: k, values: [value] };
          tests.push({
            what: `tags (${wanted.map(([k2, value2]) => `${k2} = ${String(value2)}`).join(", ")})`,
            test: (c) => allOf(wanted.map(([k2, value2]) => tagIs(c, k2, [value2])))
          });
        }
      }
    }
    if (r.configures?.("filter") === true) {
      const filters = r.get(["filter"]);
      if (filters.state === "unknown") return { kind: "unknown", reason: `${r.address} is looked up by filters that are ${unknownPhrase(filters.reason)}` };
      const list2 = filters.state === "known" && Array.isArray(filters.value) ? filters.value : [];
      for (let i = 0; i < list2.length; i++) {
        const name = r.get(["filter", i, "name"]);
        if (name.state === "unknown") return { kind: "unknown", reason: `${r.address} is looked up by a filter whose name is ${unknownPhrase(name.reason)}` };
        if (name.state !== "known" || typeof name.value !== "string") continue;
        const filterName = name.value;
        const valuesPath = ["filter", i, "values"];
        const values = r.get(valuesPath);
        if (filterName.startsWith("tag:")) {
          const key = filterName.slice(4);
          const texts = this.#texts(r, valuesPath);
          if ("reason" in texts) return { kind: "unknown", reason: `${r.address} is looked up by filter ${filterName}, whose values are ${texts.reason}` };
          if (!texts.values.some(isPattern)) byTag ??= { key, values: texts.values };
          tests.push({ what: `filter ${filterName} = ${texts.values.join(", ")}`, test: (c) => tagIs(c, key, texts.values) });
          continue;
        }
        const criterion = family.filters.get(filterName);
        if (criterion === void 0) {
          return { kind: "unknown", reason: `${r.address} is looked up by filter ${filterName}, which vpclint does not match against the linted files` };
        }
        const n = values.state === "known" && Array.isArray(values.value) ? values.value.length : 0;
        const alternatives = [];
        for (let j = 0; j < n; j++) {
          const t = this.#criterion(r, [...valuesPath, j], criterion, `filter ${filterName}`);
          if ("reason" in t) return { kind: "unknown", reason: t.reason };
          alternatives.push(t.test);
        }
        if (values.state === "unknown") return { kind: "unknown", reason: `${r.address} is looked up by filter ${filterName}, whose values are ${unknownPhrase(values.reason)}` };
        tests.push({ what: `filter ${filterName}`, test: (c) => anyOf(alternatives.map((f) => f(c))) });
      }
    }
    const what = tests.length === 0 ? "" : tests.map((t) => t.what).join(" and ");
    if (tests.length === 0) {
      return { kind: "unknown", reason: `${r.address} is looked up by no argument vpclint can match, so any ${family.noun} could be the one` };
    }
    const sure = [];
    const unsure = [];
    const provider = r.provider?.();
    for (const type of family.types) {
      for (const i of byTag === void 0 ? this.#ofType(type) : this.#taggedCandidates(type, byTag.key, byTag.values)) {
        const c = this.#resources[i];
        const place = samePlace(provider, c.provider?.());
        if (place === false) continue;
        const match = allOf(tests.map((t) => t.test(c)));
        if (match === false) continue;
        if (match === true && place === true) sure.push(i);
        else unsure.push(i);
      }
    }
    if (sure.length === 1 && unsure.length === 0) return { kind: "resource", index: sure[0] };
    const names2 = (list2) => list2.map((i) => this.#resources[i].address).join(", ");
    if (sure.length + unsure.length === 0) {
      return { kind: "unknown", reason: `${r.address} is looked up by ${what}, and no ${family.noun} in the linted files matches` };
    }
    if (sure.length > 1) {
      return {
        kind: "unknown",
        reason: `${r.address} is looked up by ${what}, and several ${family.noun}s in the linted files match (${names2(sure)}); AWS fails a lookup with more than one result`
      };
    }
    return {
      kind: "unknown",
      reason: `${r.address} is looked up by ${what}; vpclint cannot tell whether ${names2([...sure, ...unsure])} match (a value, region or account is unknown)`
    };
  }
  /** A test of one lookup argument (or filter value) at `path` against candidates. */
  #criterion(r, path14, criterion, what) {
    if (criterion.kind === "identity") {
      const wanted2 = this.#identity(r, path14, criterion.family, 0);
      if (wanted2.kind === "unknown") return { reason: `${r.address} is looked up by ${what}, which is ${wanted2.reason}` };
      if (wanted2.kind === "absent") return { what, test: () => true };
      const shown = wanted2.kind === "id" ? wanted2.id : this.#resources[wanted2.index].address;
      return {
        what: `${what} ${shown}`,
        test: (c) => {
          const own3 = this.#identity(c, criterion.attr, criterion.family, 0);
          if (own3.kind === "absent") return false;
          if (sameIdentity(own3, wanted2)) return true;
          return own3.kind === "unknown" || own3.kind !== wanted2.kind ? void 0 : false;
        }
      };
    }
    const v = r.get(path14);
    if (v.state === "unknown") return { reason: `${r.address} is looked up by ${what}, which is ${unknownPhrase(v.reason)}` };
    if (v.state !== "known" || typeof v.value !== "string") return { what, test: () => true };
    const wanted = v.value;
    return {
      what: `${what} ${wanted}`,
      test: (c) => {
        const own3 = c.get(criterion.attr);
        if (own3.state === "unknown") return void 0;
        return own3.state === "known" && typeof own3.value === "string" && matches(wanted, own3.value);
      }
    };
  }
  /** Known strings of a list (filter values), or why they are not known. */
  #texts(r, path14) {
    const v = r.get(path14);
    if (v.state === "unknown") return { reason: unknownPhrase(v.reason) };
    if (v.state !== "known" || !Array.isArray(v.value)) return { values: [] };
    const out = [];
    for (let j = 0; j < v.value.length; j++) {
      const e = r.get([...path14, j]);
      if (e.state === "unknown") return { reason: unknownPhrase(e.reason) };
      if (e.state === "known" && typeof e.value === "string") out.push(e.value);
    }
    return { values: out };
  }
  #ofType(type) {
    if (this.#byType === void 0) {
      this.#byType = /* @__PURE__ */ new Map();
      for (let i = 0; i < this.#resources.length; i++) {
        const r = this.#resources[i];
        if (r.mode !== "managed") continue;
        let list2 = this.#byType.get(r.type);
        if (list2 === void 0) this.#byType.set(r.type, list2 = []);
        list2.push(i);
      }
    }
    return this.#byType.get(type) ?? [];
  }
  #callerIdentity(r) {
    const account = this.#fromProvider(r, "accountId", "account");
    return { kind: "provider", values: /* @__PURE__ */ new Map([["account_id", account], ["id", account]]) };
  }
  #region(r) {
    if (["name", "region", "id", "endpoint"].some((a) => r.configures?.(a) !== false)) return { kind: "none" };
    const region = this.#fromProvider(r, "region", "region");
    return { kind: "provider", values: /* @__PURE__ */ new Map([["name", region], ["id", region], ["region", region]]) };
  }
  /** The provider configuration's region or account for a data source that reports it. */
  #fromProvider(r, field, what) {
    const p = r.provider?.();
    if (p === void 0) {
      return { state: "unknown", reason: `${r.address} reports the ${what} of its provider configuration, which vpclint cannot see`, refs: [] };
    }
    const v = p[field];
    if (v.state === "known" && typeof v.value === "string" && v.value !== "") return { state: "known", value: v.value };
    if (v.state === "unknown") {
      return { state: "unknown", reason: `${r.address} reports the ${what} of provider configuration ${p.name}, which is ${unknownPhrase(v.reason)}`, refs: [] };
    }
    const source = what === "region" ? "the environment (AWS_REGION or the profile)" : "the credentials";
    return {
      state: "unknown",
      reason: `${r.address} reports the ${what} of provider configuration ${p.name}, which does not set it (it comes from ${source})`,
      refs: []
    };
  }
};
function identityKey(a) {
  if (a.kind === "index") return `i:${a.index}`;
  if (a.kind === "id") return `id:${a.id}`;
  return void 0;
}
function sameIdentity(a, b) {
  if (a.kind === "index" && b.kind === "index") return a.index === b.index;
  if (a.kind === "id" && b.kind === "id") return a.id === b.id;
  return false;
}
function samePlace(a, b) {
  if (a === void 0 || b === void 0) return void 0;
  if (a.name === b.name) return true;
  const region = sameValue2(a.region, b.region, false);
  const account = sameValue2(a.accountId, b.accountId, true);
  if (region === false || account === false) return false;
  return region === true && account === true ? true : void 0;
}
function sameValue2(a, b, bothUnsetIsSame) {
  if (a.state === "known" && b.state === "known") return a.value === b.value;
  if (a.state === "absent" && b.state === "absent" && bothUnsetIsSame) return true;
  return void 0;
}
function tagIs(c, key, values) {
  const v = c.get(["tags", key]);
  if (v.state === "unknown") return void 0;
  if (v.state !== "known" || typeof v.value !== "string") return false;
  const own3 = v.value;
  return values.some((w) => matches(w, own3));
}
function allOf(results) {
  if (results.includes(false)) return false;
  return results.includes(void 0) ? void 0 : true;
}
function anyOf(results) {
  if (results.includes(true)) return true;
  return results.includes(void 0) ? void 0 : false;
}
var globs = /* @__PURE__ */ new Map();
function isPattern(value) {
  return value.includes("*") || value.includes("?");
}
function matches(pattern, text4) {
  if (!isPattern(pattern)) return pattern === text4;
  let re = globs.get(pattern);
  if (re === void 0) {
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
    if (globs.size < 1e3) globs.set(pattern, re);
  }
  return re.test(text4);
}
function isRecord6(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/model/builder/ordered.ts
var Ordered = class {
  items = [];
  orders = [];
  push(order, item) {
    this.items.push(item);
    this.orders.push(order);
  }
  get size() {
    return this.items.length;
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

// src/model/builder/resources.ts
var ResourceIndex2 = class {
  /** Input index of the resource being processed: where what it creates goes in the lists. */
  at = 0;
  resources;
  /** Keys that are not the plain address (the address occurs in several files, or twice in one). */
  renamed = /* @__PURE__ */ new Map();
  /** Input indexes by file, then by address: references resolve within the referencing file. */
  files = /* @__PURE__ */ new Map();
  constructor(resources) {
    this.resources = resources;
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
      const fileOf2 = /* @__PURE__ */ new Map();
      const shared = /* @__PURE__ */ new Set();
      for (const r of resources) {
        const seen2 = fileOf2.get(r.address);
        if (seen2 === void 0) fileOf2.set(r.address, r.file);
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
  describe(r, path14) {
    return path14.length === 0 ? this.key(r) : `${pathText3(path14)} of ${this.key(r)}`;
  }
  /** A readable Unknown for an unknown attribute value. */
  unknownValue(r, path14, reason) {
    return unknownAt(`${this.describe(r, path14)} is ${unknownPhrase(reason)}`, { resource: r, path: path14, reason });
  }
  /** The input resource at `index`. */
  resourceAt(index) {
    return this.resources[index];
  }
  /** Input index of a resource: the one being processed, as a rule. */
  indexOf(r) {
    if (this.resources[this.at] === r) return this.at;
    const index = this.files.get(r.file)?.get(r.address);
    return index !== void 0 && this.resources[index] === r ? index : this.resources.indexOf(r);
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
};

// src/model/builder/values.ts
var ALL_PORTS = Object.freeze({ fromPort: Object.freeze(known(0)), toPort: Object.freeze(known(65535)) });
var TRUE3 = Object.freeze(known(true));
var FALSE3 = Object.freeze(known(false));
var knownBool = (b) => b ? TRUE3 : FALSE3;
var smallInts = /* @__PURE__ */ new Map();
var knownInt = (n) => {
  let t = smallInts.get(n);
  if (t === void 0) {
    t = Object.freeze(known(n));
    if (smallInts.size < 4096) smallInts.set(n, t);
  }
  return t;
};
var ReadLiteral = class {
  constructor(resource, path14, text4, result) {
    this.text = text4;
    this.result = result;
    this.#resource = resource;
    this.#path = path14;
  }
  text;
  result;
  #resource;
  #path;
  get subject() {
    return { resource: this.#resource, path: this.#path };
  }
};
function show(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 48 ? `${value.slice(0, 48)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}
function isSet2(v) {
  return v.state === "unknown" || v.state === "known" && v.value !== "";
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var topLevelPaths = /* @__PURE__ */ new Map();
function at3(base, name) {
  if (base.length > 0) return base.concat(name);
  let path14 = topLevelPaths.get(name);
  if (path14 === void 0) topLevelPaths.set(name, path14 = Object.freeze([name]));
  return path14;
}
var ValueReaders = class extends ResourceIndex2 {
  /** Parse results by literal text: plans repeat the same blocks many times. */
  parsedCidrs = /* @__PURE__ */ new Map();
  /** Every CIDR literal read, valid or not (NET001). */
  literals = new Ordered();
  /** What data sources stand for: resources in scope, provider settings (data-sources.ts). */
  dataSources;
  constructor(resources) {
    super(resources);
    this.dataSources = new DataSources(resources, (file, address) => this.files.get(file)?.get(address));
  }
  // ---- readers
  /**
   * Is this an attribute the code leaves to the provider: unknown, and not set by the
   * configuration of a managed resource (a data source's attributes all come from AWS)?
   */
  isComputed(r, v) {
    return v.state === "unknown" && v.computed === true && r.mode === "managed";
  }
  /**
   * An attribute's value, with what data sources decide filled in: a data source's own attribute,
   * or a plain reference to one (`data.aws_vpc.peer.cidr_block` of a data source that is
   * `aws_vpc.peer`). See data-sources.ts.
   */
  value(r, path14) {
    return this.resolved(r, path14, r.get(path14));
  }
  /** Like `value`, for a value already read. */
  resolved(r, path14, v) {
    return v.state === "unknown" ? this.dataSources.resolve(r, path14, v) ?? v : v;
  }
  /** The value as the code sets it: a computed attribute reads as not set. */
  configured(r, v) {
    return this.isComputed(r, v) ? ABSENT : v;
  }
  /** A string attribute (numbers are accepted as their text; empty strings are not set). */
  str(r, path14) {
    return this.strFrom(r, path14, r.get(path14));
  }
  strFrom(r, path14, raw) {
    const v = this.resolved(r, path14, raw);
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    if (typeof v.value === "string") return v.value === "" ? ABSENT : known(v.value);
    if (typeof v.value === "number" && Number.isFinite(v.value)) return known(String(v.value));
    return unknown(`${this.describe(r, path14)} is not a string: ${show(v.value)}`);
  }
  /** A boolean attribute (`"true"`/`"false"` accepted); `fallback` (AWS's default) when the code does not set it. */
  bool(r, path14, fallback) {
    const v = this.resolved(r, path14, fallback === void 0 ? r.get(path14) : this.configured(r, r.get(path14)));
    if (v.state === "absent") return fallback === void 0 ? ABSENT : knownBool(fallback);
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    if (typeof v.value === "boolean") return knownBool(v.value);
    if (v.value === "true" || v.value === "false") return knownBool(v.value === "true");
    return unknown(`${this.describe(r, path14)} is not a boolean: ${show(v.value)}`);
  }
  /** A port number (numeric strings accepted). */
  port(r, path14) {
    const v = this.value(r, path14);
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    const n = typeof v.value === "string" && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : v.value;
    if (typeof n === "number" && Number.isInteger(n)) return knownInt(n);
    return unknown(`${this.describe(r, path14)} is not a port number: ${show(v.value)}`);
  }
  /**
   * The port range of a security group rule or a network ACL entry, read from `from` and `to`:
   * every port when the protocol is `all`, since AWS ignores the ports then.
   */
  ports(r, protocol, from, to) {
    if (protocol.state === "known" && protocol.value === "all") return ALL_PORTS;
    return { fromPort: this.port(r, from), toPort: this.port(r, to) };
  }
  /** An IP protocol, normalized: `all` for -1/"all", names for 6/17/1/58, other numbers as text. */
  protocol(r, path14) {
    const v = this.value(r, path14);
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    if (typeof v.value !== "string" && !(typeof v.value === "number" && Number.isFinite(v.value))) {
      return unknown(`${this.describe(r, path14)} is not a protocol: ${show(v.value)}`);
    }
    const text4 = String(v.value).trim().toLowerCase();
    if (text4 === "") return ABSENT;
    return PROTOCOLS.get(text4) ?? known(/^\d+$/.test(text4) ? String(Number(text4)) : text4);
  }
  /**
   * A list attribute's length, or why it cannot be read as a list. A computed list (inline
   * `route`, `ingress` the code does not write) is not set.
   */
  list(r, path14) {
    const v = this.resolved(r, path14, this.configured(r, r.get(path14)));
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    if (Array.isArray(v.value)) return { state: "known", length: v.value.length };
    return unknown(`${this.describe(r, path14)} is not a list: ${show(v.value)}`);
  }
  /**
   * A CIDR attribute of the expected family. Every literal read is recorded in `cidrLiterals`; a
   * malformed one (or a non-string, or the wrong family) becomes an invalid Unknown quoting it.
   * `emptyIsAbsent`: an empty string means "not set" (scalar fields), else it is malformed (list
   * elements). A computed top-level attribute is not set (AWS assigns no CIDR the code does not
   * ask for; the adapters handle IPAM and Amazon-provided blocks before reading the literal).
   * Nested attributes are not judged so: readers cannot always see nested configuration.
   */
  cidr(r, path14, family, emptyIsAbsent = true) {
    return this.cidrFrom(r, path14, r.get(path14), family, emptyIsAbsent);
  }
  cidrFrom(r, path14, raw, family, emptyIsAbsent = true) {
    if (raw.state === "absent" || path14.length === 1 && this.isComputed(r, raw)) return ABSENT;
    const v = this.resolved(r, path14, raw);
    const literal4 = v === raw;
    if (v.state === "absent") return ABSENT;
    if (v.state === "unknown") return this.unknownValue(r, path14, v.reason);
    if (v.value === "" && emptyIsAbsent) return ABSENT;
    const text4 = typeof v.value === "string" ? v.value : show(v.value);
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
    if (literal4) this.literals.push(this.at, new ReadLiteral(r, path14, text4, result));
    if (result.ok && parsed.tri !== void 0) return parsed.tri;
    const error = result.ok ? "" : result.error;
    return unknown(`${this.describe(r, path14)} is not a valid CIDR block: ${show(v.value)} (${error})`, true);
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
  ].map(([text4, name]) => [text4, Object.freeze(known(name))])
);

// src/model/builder/terraform-references.ts
var MAIN_TABLE_ATTRIBUTES = ["main_route_table_id", "default_route_table_id"];
var TERRAFORM_TRAITS = {
  linkScope: { "terraform-plan": "the plan" },
  vpcMainTableAttributes: MAIN_TABLE_ATTRIBUTES,
  vpcDefaultSgAttributes: ["default_security_group_id"]
};
function linkVpcByMainTableId(ctx, r, path14) {
  const v = r.get(path14);
  if (v.state === "absent") return ABSENT;
  if (v.state === "known") {
    if (typeof v.value !== "string") return unknown(`${ctx.describe(r, path14)} is not an ID: ${show(v.value)}`);
    if (v.value === "") return ABSENT;
    const vpc = ctx.vpcWithMainTableId(v.value);
    if (vpc !== void 0) return vpc;
    const table = ctx.tableById(v.value)?.value;
    if (table !== void 0 && table.vpc.state === "known") return table.vpc;
    return unknown(`${ctx.describe(r, path14)} is ${v.value}, which is not the main route table of a VPC in the linted files`);
  }
  for (const ref of v.refs) {
    const vpc = ctx.vpcReferencedBy(r, ref);
    const only = ref.attribute.length === 1 ? ref.attribute[0] : void 0;
    if (vpc !== void 0 && typeof only === "string" && MAIN_TABLE_ATTRIBUTES.includes(only)) return vpc;
  }
  return ctx.unlinked(r, path14, v.reason);
}

// src/model/builder/formats.ts
var FORMAT_TRAITS = merge2([TERRAFORM_TRAITS]);
function merge2(all) {
  return {
    linkScope: Object.assign({}, ...all.map((t) => t.linkScope)),
    vpcMainTableAttributes: new Set(all.flatMap((t) => t.vpcMainTableAttributes)),
    vpcDefaultSgAttributes: new Set(all.flatMap((t) => t.vpcDefaultSgAttributes))
  };
}

// src/model/builder/registry.ts
var NOUN = {
  vpc: "VPC",
  subnet: "subnet",
  table: "route table",
  peering: "peering connection",
  sg: "security group",
  nacl: "network ACL"
};
function withItem(list2, item) {
  if (list2.length === 0) return [item];
  list2.push(item);
  return list2;
}
var NO_ITEMS = Object.freeze([]);
var NO_OPTIONS = Object.freeze({ allowRemoteVpcDnsResolution: ABSENT });
var EntityRegistry = class extends ValueReaders {
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
    sg: /* @__PURE__ */ new Map(),
    nacl: /* @__PURE__ */ new Map()
  };
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
  acls = new Ordered();
  aclEntries = new Ordered();
  /** External stubs made by `externalVpc` / `externalTable`, by key. */
  externals = /* @__PURE__ */ new Map();
  constructor(resources) {
    super(resources);
    this.kindAt = new Array(resources.length);
    this.selfAt = new Array(resources.length);
  }
  // ---- entities
  /** Records that the resource being processed stands for `self`. */
  register(kind, self) {
    this.kindAt[this.at] = kind;
    this.selfAt[this.at] = self;
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
      routes: NO_ITEMS,
      subnets: NO_ITEMS
    };
    if (fields.resource !== void 0) implicit.resource = fields.resource;
    const node = {
      key: fields.key,
      label: fields.label,
      id: fields.id,
      external: fields.external,
      // A copy of the exact size: the adapters collect the blocks in a list made empty and pushed
      // to, which has room for 16 (see withItem); most VPCs have one or two, kept for the run.
      cidrBlocks: fields.cidrBlocks.slice(),
      enableDnsSupport: fields.enableDnsSupport,
      enableDnsHostnames: fields.enableDnsHostnames,
      region: fields.region,
      accountId: fields.accountId,
      subnets: NO_ITEMS,
      routeTables: NO_ITEMS,
      mainRouteTable: implicit,
      peerings: NO_ITEMS,
      securityGroups: NO_ITEMS
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
  /** Makes the resource being processed (a data source) stand for an entity already in the model. */
  alias(kind, self) {
    this.register(kind, self);
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
    if (route.routeTable.state === "known") {
      const table = route.routeTable.value;
      table.routes = withItem(table.routes, route);
    }
  }
  addRule(rule) {
    this.rules.push(this.at, rule);
    if (rule.group.state === "known") rule.group.value.rules.push(rule);
  }
  addNetworkAcl(node) {
    const self = known(node);
    this.register("nacl", self);
    this.indexId("nacl", node.id, self);
    this.acls.push(this.at, node);
    return self;
  }
  addNetworkAclEntry(entry) {
    this.aclEntries.push(this.at, entry);
    if (entry.acl.state === "known") entry.acl.value.entries.push(entry);
  }
  /** An explicit association of a subnet with a network ACL (first wins). */
  associateNetworkAcl(subnet, acl) {
    if (subnet.networkAcl !== void 0) return;
    subnet.networkAcl = acl;
    if (acl.state === "known") acl.value.subnets.push(subnet);
  }
  /**
   * A VPC outside the linted files that is known by something other than a real ID: a
   * CloudFormation parameter without a value (`PeerVpcId`). One stub per key, made on first use,
   * like the stubs for unmatched `vpc-…` IDs; `why` says what is unknown about it.
   */
  externalVpc(key, label, why) {
    const seen = this.externals.get(`vpc ${key}`);
    if (seen !== void 0) return seen;
    const vpc = this.addVpc({
      key,
      label,
      id: unknown(why),
      external: true,
      cidrBlocks: [],
      blocksIncomplete: why,
      enableDnsSupport: unknown(why),
      enableDnsHostnames: unknown(why),
      region: unknown(why),
      accountId: unknown(why)
    });
    this.setImplicitRoutesIncomplete(vpc, `the routes of ${label}'s main route table are not in the linted files`);
    const self = this.stateOf(vpc).self;
    this.externals.set(`vpc ${key}`, self);
    return self;
  }
  /**
   * A route table outside the linted files, named by a real ID (`rtb-…`) or by a CloudFormation
   * parameter: routes a template adds to an existing (peer) table attach to it. One stub per key;
   * its VPC is unknown until an adapter links it (`attachTable`), and its other routes are not in
   * the linted files. Not added for Terraform, whose unmatched table IDs stay unknown.
   */
  externalTable(key, label, id) {
    const seen = this.externals.get(`table ${key}`);
    if (seen !== void 0) return seen;
    const why = `${label} is not defined in the linted files`;
    const node = {
      key,
      label,
      id,
      vpc: unknown(why),
      isMain: false,
      implicit: false,
      routes: [],
      routesIncomplete: `the other routes of ${label} are not in the linted files`,
      subnets: []
    };
    const self = known(node);
    this.indexId("table", id, self);
    this.tables.push(this.at, node);
    this.externals.set(`table ${key}`, self);
    return self;
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
  /** Links a peering connection to its two VPCs, listed once at each end (a VPC peered with itself, once). */
  attachPeering(peering, requester, accepter) {
    peering.requester = requester;
    peering.accepter = accepter;
    const a = requester.state === "known" ? requester.value : void 0;
    const b = accepter.state === "known" ? accepter.value : void 0;
    if (a !== void 0) a.peerings = withItem(a.peerings, peering);
    if (b !== void 0 && b !== a) b.peerings = withItem(b.peerings, peering);
  }
  /** Links a table to its VPC (first link wins). */
  attachTable(table, vpc) {
    table.vpc = vpc;
    if (vpc.state === "known") vpc.value.routeTables = withItem(vpc.value.routeTables, table);
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
  /** The VPC an input resource stands for, if any. */
  vpcAt(index) {
    return this.kindAt[index] === "vpc" ? this.stateOf(this.selfAt[index].value) : void 0;
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
        vpc.routeTables = [state.implicit].concat(vpc.routeTables);
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
      if (subnet.routeTable.state === "known") {
        const table = subnet.routeTable.value;
        table.subnets = withItem(table.subnets, subnet);
      }
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
      cidrLiterals: this.literals.sorted(n),
      // Only models with network ACLs (CloudFormation, Terraform) add the lists.
      ...this.acls.size > 0 || this.aclEntries.size > 0 ? { networkAcls: this.acls.sorted(n), networkAclEntries: this.aclEntries.sorted(n) } : {}
    };
  }
};

// src/model/builder/references.ts
var ID_PATH = Object.freeze(["id"]);
var MAX_LINK_DEPTH = 4;
var References = class extends EntityRegistry {
  // ---- links
  /**
   * Resolves an attribute that names another resource: a known ID is looked up among the known
   * IDs of every entity (an unmatched `vpc-…` becomes an external VPC stub); an unknown value
   * follows its references within the same file; absent stays absent.
   */
  link(kind, r, path14) {
    return this.linkValue(kind, r, path14, r.get(path14), 0);
  }
  /** Like `link`, for a value already read. */
  linkValue(kind, r, path14, v, depth) {
    if (v.state === "absent") return ABSENT;
    if (v.state === "known") return this.linkId(kind, r, path14, v.value);
    const decided2 = this.resolved(r, path14, v);
    if (decided2.state === "known") return this.linkId(kind, r, path14, decided2.value);
    let failure;
    for (const ref of v.refs) {
      const result = this.followRef(kind, r, ref, depth);
      if (result === void 0) continue;
      if (result.state === "known") return result;
      if (result.state === "unknown") failure ??= result;
    }
    return failure ?? this.unlinked(r, path14, decided2.state === "unknown" ? decided2.reason : v.reason);
  }
  /** "vpc_id of aws_subnet.a is known after apply and not linked to a resource in the plan". */
  unlinked(r, path14, reason) {
    const scope = FORMAT_TRAITS.linkScope[r.format] ?? "the linted files";
    return unknownAt(`${this.describe(r, path14)} is ${unknownPhrase(reason)} and not linked to a resource in ${scope}`, {
      resource: r,
      path: path14,
      reason
    });
  }
  linkId(kind, r, path14, value) {
    if (typeof value !== "string") return unknown(`${this.describe(r, path14)} is not an ID: ${show(value)}`);
    if (value === "") return ABSENT;
    const hit = this.byId[kind].get(value);
    if (hit !== void 0) return hit;
    if (kind === "table") {
      const state = this.vpcByMainTableId.get(value);
      if (state !== void 0) return this.originalMainTable(state);
    }
    if (kind === "vpc" && value.startsWith("vpc-")) return this.stubVpc(value);
    return unknownAt(`${this.describe(r, path14)} is ${value}, which matches no ${NOUN[kind]} in the linted files`, {
      resource: r,
      path: path14,
      reason: `${value}, which matches no ${NOUN[kind]} in the linted files`
    });
  }
  /** Follows one reference: undefined when its target is not in the same file. */
  followRef(kind, from, ref, depth) {
    const index = this.indexIn(ref.file ?? from.file, ref.address);
    if (index === void 0) return void 0;
    const attr = ref.attribute.length === 0 ? ID_PATH : ref.attribute;
    const only = attr.length === 1 ? attr[0] : void 0;
    if (only === "id" && this.kindAt[index] === kind) return this.selfAt[index];
    if (kind === "table" && typeof only === "string" && FORMAT_TRAITS.vpcMainTableAttributes.has(only)) {
      const state = this.vpcAt(index);
      if (state !== void 0) return this.originalMainTable(state);
    }
    if (kind === "sg" && typeof only === "string" && FORMAT_TRAITS.vpcDefaultSgAttributes.has(only)) {
      const sg = this.vpcAt(index)?.defaultSg;
      if (sg !== void 0) return sg;
    }
    if (depth >= MAX_LINK_DEPTH) return void 0;
    const target2 = this.resources[index];
    return this.linkValue(kind, target2, attr, target2.get(attr), depth + 1);
  }
  // ---- for adapters that resolve links of their own format (terraform-references.ts)
  /** The VPC whose original main route table has this known ID, if one is declared. */
  vpcWithMainTableId(id) {
    return this.vpcByMainTableId.get(id)?.self;
  }
  /** The route table with this known ID, if one is declared. */
  tableById(id) {
    return this.byId.table.get(id);
  }
  /** The VPC that the resource `ref` of `from` names stands for (a VPC, or a data source for one), if any. */
  vpcReferencedBy(from, ref) {
    const index = this.indexIn(ref.file ?? from.file, ref.address);
    return index === void 0 ? void 0 : this.vpcAt(index)?.self;
  }
};

// src/model/builder/context.ts
var BuildContext = class extends References {
  /** Entries of refreshed route and rule lists that standalone resources manage. */
  claims = new Claims();
  /**
   * The target of routes over a known connection, one object per connection (targets are never
   * written to): a mesh has tens of thousands of routes over its connections, and the model keeps
   * every route (mesh-200: 39,800 routes, 1.6 MB of targets).
   */
  peeringTargets = /* @__PURE__ */ new Map();
  /** `{ kind: 'peering', peering }`, shared by the routes over the same known connection. */
  peeringTarget(peering) {
    if (peering.state !== "known") return { kind: "peering", peering };
    let target2 = this.peeringTargets.get(peering.value);
    if (target2 === void 0) this.peeringTargets.set(peering.value, target2 = { kind: "peering", peering });
    return target2;
  }
};

// src/model/builder/route-targets.ts
var ROUTE_TARGETS = [
  { kind: "peering", terraform: "vpc_peering_connection_id", cloudformation: "VpcPeeringConnectionId", idPrefixes: ["pcx-"] },
  { kind: "gateway", terraform: "gateway_id", cloudformation: "GatewayId", idPrefixes: ["igw-", "vgw-"] },
  { kind: "nat-gateway", terraform: "nat_gateway_id", cloudformation: "NatGatewayId", idPrefixes: ["nat-"] },
  { kind: "transit-gateway", terraform: "transit_gateway_id", cloudformation: "TransitGatewayId", idPrefixes: ["tgw-"] },
  { kind: "network-interface", terraform: "network_interface_id", cloudformation: "NetworkInterfaceId", idPrefixes: ["eni-"] },
  { kind: "vpc-endpoint", terraform: "vpc_endpoint_id", cloudformation: "VpcEndpointId", idPrefixes: ["vpce-"] },
  { kind: "egress-only-gateway", terraform: "egress_only_gateway_id", cloudformation: "EgressOnlyInternetGatewayId", idPrefixes: ["eigw-"] },
  { kind: "carrier-gateway", terraform: "carrier_gateway_id", cloudformation: "CarrierGatewayId", idPrefixes: ["cagw-"] },
  { kind: "local-gateway", terraform: "local_gateway_id", cloudformation: "LocalGatewayId", idPrefixes: ["lgw-"] },
  { kind: "core-network", terraform: "core_network_arn", cloudformation: "CoreNetworkArn", idPrefixes: ["arn:"] },
  { kind: "network-interface", terraform: "instance_id", cloudformation: "InstanceId", idPrefixes: ["i-"] }
];
var TERRAFORM_ROUTE_TARGETS = ROUTE_TARGETS.map((t) => [t.terraform, t.kind]);
var CLOUDFORMATION_ROUTE_TARGETS = ROUTE_TARGETS.map((t) => [t.cloudformation, t.kind]);
var ROUTE_TARGET_PREFIXES = (() => {
  const byKind = /* @__PURE__ */ new Map();
  for (const t of ROUTE_TARGETS) {
    let list2 = byKind.get(t.kind);
    if (list2 === void 0) byKind.set(t.kind, list2 = []);
    list2.push(...t.idPrefixes);
  }
  return [...byKind].flatMap(([kind, prefixes]) => prefixes.map((p) => [p, kind]));
})();

// src/model/builder/cloudformation.ts
var PARAMETER_TYPE2 = "AWS::CloudFormation::Parameter";
var DEPLOY_TIME2 = "not known before deployment";
var states = /* @__PURE__ */ new WeakMap();
function stateOf(ctx) {
  let s = states.get(ctx);
  if (s === void 0) states.set(ctx, s = { parameters: /* @__PURE__ */ new Map(), stubTables: /* @__PURE__ */ new WeakSet() });
  return s;
}
function deployedId(ctx, r) {
  return unknown(`the ID of ${ctx.key(r)} is ${DEPLOY_TIME2}`);
}
function nameTag2(r) {
  const tags = r.get(["Tags"]);
  if (tags.state !== "known" || !Array.isArray(tags.value)) return void 0;
  for (let i = 0; i < tags.value.length; i++) {
    const key = r.get(["Tags", i, "Key"]);
    if (key.state !== "known" || key.value !== "Name") continue;
    const value = r.get(["Tags", i, "Value"]);
    if (value.state === "known" && typeof value.value === "string" && value.value !== "") return value.value;
  }
  return void 0;
}
function stackSetting(ctx, r, which) {
  const settings = r.provider?.();
  const v = settings?.[which];
  if (v?.state === "known" && typeof v.value === "string" && v.value !== "") return known(v.value);
  const pseudo = which === "region" ? "AWS::Region" : "AWS::AccountId";
  return unknown(`the ${which === "region" ? "region" : "account"} of ${ctx.key(r)} is the stack's, ${DEPLOY_TIME2} (give it with --parameter ${pseudo}=…)`);
}
function registerParameter(r, ctx) {
  stateOf(ctx).parameters.set(`${r.file}\0${r.address}`, r);
}
function parameterOf(ctx, r, path14) {
  const v = r.get(path14);
  if (v.state !== "unknown") return void 0;
  const params = stateOf(ctx).parameters;
  for (const ref of v.refs) {
    if (ref.attribute.length !== 0) continue;
    const p = params.get(`${ref.file ?? r.file}\0${ref.address}`);
    if (p !== void 0) return p;
  }
  return void 0;
}
function linkVpc(ctx, r, path14) {
  const vpc = ctx.link("vpc", r, path14);
  if (vpc.state !== "unknown" || vpc.invalid === true) return vpc;
  const param = parameterOf(ctx, r, path14);
  if (param === void 0) return vpc;
  const key = ctx.key(param);
  return ctx.externalVpc(key, key, `${key} is a template parameter without a value: the VPC is not defined in the linted files`);
}
function linkTable(ctx, r, path14) {
  const table = ctx.link("table", r, path14);
  if (table.state !== "unknown" || table.invalid === true) return table;
  let stub;
  const raw = r.get(path14);
  if (raw.state === "known" && typeof raw.value === "string" && raw.value.startsWith("rtb-")) {
    stub = ctx.externalTable(raw.value, raw.value, known(raw.value));
  } else {
    const param = parameterOf(ctx, r, path14);
    if (param !== void 0) {
      const key = ctx.key(param);
      stub = ctx.externalTable(key, key, unknown(`${key} is a template parameter without a value`));
    }
  }
  if (stub === void 0) return table;
  stateOf(ctx).stubTables.add(stub.value);
  return stub;
}
function placeStubTable(ctx, table, vpc) {
  if (table.state !== "known" || vpc?.state !== "known") return;
  const node = table.value;
  if (!stateOf(ctx).stubTables.has(node) || node.vpc.state === "known") return;
  ctx.attachTable(node, vpc);
}
function externalSide(peering) {
  if (peering.state !== "known") return void 0;
  const { requester, accepter } = peering.value;
  if (requester.state !== "known" || accepter.state !== "known") return void 0;
  if (requester.value.external === accepter.value.external) return void 0;
  return requester.value.external ? requester : accepter;
}
function declareVpc(r, ctx) {
  const key = ctx.key(r);
  const blocks2 = [];
  let incomplete;
  const path14 = at3([], "CidrBlock");
  let primary = ctx.cidr(r, path14, 4);
  if (primary.state === "absent" && isSet2(r.get(["Ipv4IpamPoolId"]))) {
    primary = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
  }
  if (primary.state === "absent") incomplete = `${key} has no CidrBlock`;
  else blocks2.push({ kind: "ipv4-primary", cidr: primary, subject: { resource: r, path: path14 } });
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    external: false,
    cidrBlocks: blocks2,
    enableDnsSupport: ctx.bool(r, ["EnableDnsSupport"], true),
    enableDnsHostnames: ctx.bool(r, ["EnableDnsHostnames"], false),
    region: stackSetting(ctx, r, "region"),
    accountId: stackSetting(ctx, r, "accountId")
  });
  const name = nameTag2(r);
  if (name !== void 0) vpc.name = name;
  if (incomplete !== void 0) vpc.blocksIncomplete = incomplete;
}
function linkCidrBlock(r, ctx) {
  const vpc = linkVpc(ctx, r, ["VpcId"]);
  const key = ctx.key(r);
  let block;
  if (isSet2(r.get(["CidrBlock"])) || isSet2(r.get(["Ipv4IpamPoolId"]))) {
    const path14 = at3([], "CidrBlock");
    let cidr = ctx.cidr(r, path14, 4);
    if (cidr.state === "absent") cidr = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
    block = { kind: "ipv4-secondary", cidr, subject: { resource: r, path: path14 } };
  } else {
    const path14 = at3([], "Ipv6CidrBlock");
    let cidr = ctx.cidr(r, path14, 6);
    const amazon = ctx.bool(r, ["AmazonProvidedIpv6CidrBlock"]);
    const amazonProvided = cidr.state === "absent" && amazon.state === "known" && amazon.value;
    if (amazonProvided) cidr = unknown(`the Amazon-provided IPv6 block of ${key} is allocated at deploy time`);
    else if (cidr.state === "absent" && (isSet2(r.get(["Ipv6IpamPoolId"])) || isSet2(r.get(["Ipv6Pool"])))) {
      cidr = unknown(`Ipv6CidrBlock of ${key} is allocated from a pool at deploy time`);
    } else if (cidr.state === "absent") {
      cidr = unknown(`${key} has no CidrBlock and no Ipv6CidrBlock`);
    }
    block = amazonProvided ? { kind: "ipv6", cidr, subject: { resource: r, path: path14 }, amazonProvided: true } : { kind: "ipv6", cidr, subject: { resource: r, path: path14 } };
  }
  if (vpc.state === "known") vpc.value.cidrBlocks.push(block);
}
function declareSubnet(r, ctx) {
  const key = ctx.key(r);
  let cidr = ctx.cidr(r, ["CidrBlock"], 4);
  if (cidr.state === "absent" && isSet2(r.get(["Ipv4IpamPoolId"]))) {
    cidr = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
  }
  ctx.addSubnet({
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    vpc: ABSENT,
    cidr,
    ipv6Cidr: ctx.cidr(r, ["Ipv6CidrBlock"], 6),
    routeTable: ABSENT,
    explicitAssociation: false
  });
}
function linkSubnet(r, ctx) {
  const subnet = ctx.nodeOf("subnet", r);
  subnet.vpc = linkVpc(ctx, r, ["VpcId"]);
  if (subnet.vpc.state === "known") subnet.vpc.value.subnets = withItem(subnet.vpc.value.subnets, subnet);
}
function declareRouteTable(r, ctx) {
  const key = ctx.key(r);
  ctx.addTable({ key, label: key, resource: r, id: deployedId(ctx, r), vpc: ABSENT, isMain: false, implicit: false, routes: [], subnets: [] });
}
function linkRouteTable(r, ctx) {
  ctx.attachTable(ctx.nodeOf("table", r), linkVpc(ctx, r, ["VpcId"]));
}
function attachAssociation(r, ctx) {
  const subnet = ctx.link("subnet", r, ["SubnetId"]);
  const table = linkTable(ctx, r, ["RouteTableId"]);
  if (subnet.state !== "known") return;
  placeStubTable(ctx, table, subnet.value.vpc);
  ctx.associate(subnet.value, table);
}
var DESTINATIONS = ["DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"];
var TARGETS = CLOUDFORMATION_ROUTE_TARGETS;
var TARGET_NAMES = TARGETS.map(([name]) => name);
function firstSet(r, names2) {
  for (let i = 0; i < names2.length; i++) if (isSet2(r.get(at3([], names2[i])))) return i;
  return -1;
}
function readTarget(ctx, r) {
  const i = firstSet(r, TARGET_NAMES);
  if (i === -1) return { kind: "unknown", reason: `${ctx.key(r)} has no target` };
  const [name, kind] = TARGETS[i];
  const path14 = at3([], name);
  if (kind === "peering") return ctx.peeringTarget(ctx.link("peering", r, path14));
  const id = ctx.str(r, path14);
  if (kind === "gateway" && id.state === "known" && id.value === "local") return { kind: "local", id };
  return { kind, id };
}
function attachRoute(r, ctx) {
  const table = linkTable(ctx, r, ["RouteTableId"]);
  const which = Math.max(firstSet(r, DESTINATIONS), 0);
  const destinationPath = at3([], DESTINATIONS[which]);
  let destination = ABSENT;
  let destinationPrefixListId = ABSENT;
  if (which === 2) destinationPrefixListId = ctx.str(r, destinationPath);
  else destination = ctx.cidr(r, destinationPath, which === 0 ? 4 : 6);
  const target2 = readTarget(ctx, r);
  if (target2.kind === "peering") placeStubTable(ctx, table, externalSide(target2.peering));
  const route = {
    key: ctx.key(r),
    subject: { resource: r },
    routeTable: table,
    inline: false,
    destination,
    destinationPath,
    destinationPrefixListId,
    target: target2
  };
  ctx.addRoute(route);
}
function accepted(ctx, r, owner) {
  if (owner.state === "absent" || isSet2(r.get(["PeerRoleArn"]))) return known(true);
  const account = stackSetting(ctx, r, "accountId");
  if (owner.state === "known" && account.state === "known") return known(owner.value === account.value);
  return unknown(`whether ${ctx.key(r)} is accepted depends on whether PeerOwnerId is the stack's own account`);
}
function declarePeering(r, ctx) {
  const key = ctx.key(r);
  const peerOwnerId = ctx.str(r, ["PeerOwnerId"]);
  ctx.addPeering({
    key,
    label: key,
    resource: r,
    optionsResources: NO_ITEMS,
    id: deployedId(ctx, r),
    requester: ABSENT,
    accepter: ABSENT,
    peerOwnerId,
    peerRegion: ctx.str(r, ["PeerRegion"]),
    autoAccept: accepted(ctx, r, peerOwnerId),
    // CloudFormation has no peering options resource: DNS resolution over the peering is not set.
    requesterOptions: NO_OPTIONS,
    accepterOptions: NO_OPTIONS
  });
}
function linkPeering(r, ctx) {
  const peering = ctx.nodeOf("peering", r);
  ctx.attachPeering(peering, linkVpc(ctx, r, ["VpcId"]), linkVpc(ctx, r, ["PeerVpcId"]));
}
function declareSecurityGroup(r, ctx) {
  const key = ctx.key(r);
  const node = {
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    vpc: ABSENT,
    name: ctx.str(r, ["GroupName"]),
    isDefault: false,
    rules: []
  };
  ctx.addSecurityGroup(node);
}
function linkSecurityGroup(r, ctx) {
  const sg = ctx.nodeOf("sg", r);
  sg.vpc = linkVpc(ctx, r, ["VpcId"]);
  if (sg.vpc.state === "known") sg.vpc.value.securityGroups = withItem(sg.vpc.value.securityGroups, sg);
}
var INGRESS = { direction: "ingress", prefixList: "SourcePrefixListId", groups: ["SourceSecurityGroupId", "SourceSecurityGroupName"] };
var EGRESS = { direction: "egress", prefixList: "DestinationPrefixListId", groups: ["DestinationSecurityGroupId"] };
var CIDR_PEERS = [
  ["CidrIp", 4],
  ["CidrIpv6", 6]
];
function readPeers(ctx, r, base, f) {
  const peers = [];
  for (const [name, family] of CIDR_PEERS) {
    const path14 = at3(base, name);
    const cidr = ctx.cidr(r, path14, family);
    if (cidr.state !== "absent") peers.push({ kind: "cidr", cidr, path: path14 });
  }
  const prefixPath = at3(base, f.prefixList);
  const prefix = ctx.str(r, prefixPath);
  if (prefix.state !== "absent") peers.push({ kind: "prefix-list", id: prefix, path: prefixPath });
  for (const name of f.groups) {
    const path14 = at3(base, name);
    const group = ctx.link("sg", r, path14);
    if (group.state === "absent") continue;
    const raw = ctx.str(r, path14);
    const id = raw.state === "known" ? raw : group.state === "known" ? group.value.id : group;
    peers.push({ kind: "security-group", group, id, path: path14 });
  }
  return peers;
}
function readRule(ctx, r, base, f, group, key, inline) {
  const protocol = ctx.protocol(r, at3(base, "IpProtocol"));
  const { fromPort, toPort } = ctx.ports(r, protocol, at3(base, "FromPort"), at3(base, "ToPort"));
  return {
    key,
    inline,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    group,
    direction: f.direction,
    protocol,
    fromPort,
    toPort,
    peers: readPeers(ctx, r, base, f)
  };
}
var INLINE_LISTS = [
  ["SecurityGroupIngress", INGRESS],
  ["SecurityGroupEgress", EGRESS]
];
function attachInlineRules(r, ctx) {
  const self = ctx.selfOf("sg", r);
  const group = self.value;
  for (const [name, fields] of INLINE_LISTS) {
    const list2 = ctx.list(r, [name]);
    if (list2.state === "absent") continue;
    if (list2.state === "unknown") {
      ctx.addRule({
        key: `${group.key}.${name}`,
        inline: true,
        subject: { resource: r, path: [name] },
        group: self,
        direction: fields.direction,
        protocol: list2,
        fromPort: list2,
        toPort: list2,
        peers: [{ kind: "cidr", cidr: list2, path: [name] }]
      });
      continue;
    }
    for (let i = 0; i < list2.length; i++) {
      const element = r.get([name, i]);
      if (element.state === "absent" || element.state === "known" && !isObject2(element.value)) continue;
      ctx.addRule(readRule(ctx, r, [name, i], fields, self, `${group.key}.${name}[${i}]`, true));
    }
  }
}
function ruleResource(fields) {
  return {
    attach(r, ctx) {
      let group = ctx.link("sg", r, ["GroupId"]);
      if (group.state === "absent" && fields.direction === "ingress") group = ctx.link("sg", r, ["GroupName"]);
      ctx.addRule(readRule(ctx, r, [], fields, group, ctx.key(r), false));
    }
  };
}
function declareNetworkAcl(r, ctx) {
  const key = ctx.key(r);
  const node = { key, label: key, resource: r, id: deployedId(ctx, r), vpc: ABSENT, entries: [], subnets: [] };
  ctx.addNetworkAcl(node);
}
function linkNetworkAcl(r, ctx) {
  ctx.nodeOf("nacl", r).vpc = linkVpc(ctx, r, ["VpcId"]);
}
function attachNetworkAclEntry(r, ctx) {
  const protocol = ctx.protocol(r, ["Protocol"]);
  const icmp = protocol.state === "known" && (protocol.value === "icmp" || protocol.value === "icmpv6");
  const v6 = isSet2(r.get(["Ipv6CidrBlock"])) && !isSet2(r.get(["CidrBlock"]));
  const cidrPath = at3([], v6 ? "Ipv6CidrBlock" : "CidrBlock");
  const action = ctx.str(r, ["RuleAction"]);
  const entry = {
    key: ctx.key(r),
    subject: { resource: r },
    acl: ctx.link("nacl", r, ["NetworkAclId"]),
    egress: ctx.bool(r, ["Egress"], false),
    ruleNumber: ctx.port(r, ["RuleNumber"]),
    action: action.state === "known" ? known(action.value.toLowerCase()) : action,
    protocol,
    cidr: ctx.cidr(r, cidrPath, v6 ? 6 : 4),
    cidrPath,
    ...icmp ? ctx.ports(r, protocol, ["Icmp", "Type"], ["Icmp", "Code"]) : ctx.ports(r, protocol, ["PortRange", "From"], ["PortRange", "To"])
  };
  ctx.addNetworkAclEntry(entry);
}
function attachNetworkAclAssociation(r, ctx) {
  const subnet = ctx.link("subnet", r, ["SubnetId"]);
  if (subnet.state === "known") ctx.associateNetworkAcl(subnet.value, ctx.link("nacl", r, ["NetworkAclId"]));
}
var CLOUDFORMATION_ADAPTERS = /* @__PURE__ */ new Map([
  [`data.${PARAMETER_TYPE2}`, { vpc: registerParameter }],
  ["AWS::EC2::VPC", { vpc: declareVpc }],
  ["AWS::EC2::VPCCidrBlock", { link: linkCidrBlock }],
  ["AWS::EC2::Subnet", { declare: declareSubnet, link: linkSubnet }],
  ["AWS::EC2::RouteTable", { declare: declareRouteTable, link: linkRouteTable }],
  ["AWS::EC2::Route", { attach: attachRoute }],
  ["AWS::EC2::SubnetRouteTableAssociation", { attach: attachAssociation }],
  ["AWS::EC2::VPCPeeringConnection", { declare: declarePeering, link: linkPeering }],
  ["AWS::EC2::SecurityGroup", { declare: declareSecurityGroup, link: linkSecurityGroup, attach: attachInlineRules }],
  ["AWS::EC2::SecurityGroupIngress", ruleResource(INGRESS)],
  ["AWS::EC2::SecurityGroupEgress", ruleResource(EGRESS)],
  ["AWS::EC2::NetworkAcl", { declare: declareNetworkAcl, link: linkNetworkAcl }],
  ["AWS::EC2::NetworkAclEntry", { attach: attachNetworkAclEntry }],
  ["AWS::EC2::SubnetNetworkAclAssociation", { attach: attachNetworkAclAssociation }]
]);

// src/model/builder/inventory.ts
var TARGET_PREFIXES = ROUTE_TARGET_PREFIXES;
function notGiven(r, what) {
  return unknown(`the ${what} of ${r.address} is not given in its inventory entry in ${r.file}`);
}
function given(v, r, what) {
  return v.state === "absent" ? notGiven(r, what) : v;
}
function declareVpc2(r, ctx) {
  const id = ctx.str(r, ["id"]);
  const existing = id.state === "known" ? ctx.vpcById(id.value) : void 0;
  if (existing !== void 0) {
    ctx.aliasVpc(existing);
    return;
  }
  const blocks2 = [];
  const list2 = ctx.list(r, ["cidrs"]);
  let primary = true;
  for (let i = 0; list2.state === "known" && i < list2.length; i++) {
    const path14 = ["cidrs", i];
    const v = r.get(path14);
    const family = v.state === "known" && typeof v.value === "string" && v.value.includes(":") ? 6 : 4;
    const cidr = ctx.cidr(r, path14, family, false);
    blocks2.push({ kind: family === 6 ? "ipv6" : primary ? "ipv4-primary" : "ipv4-secondary", cidr, subject: { resource: r, path: path14 } });
    if (family === 4) primary = false;
  }
  const key = ctx.key(r);
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id,
    external: false,
    cidrBlocks: blocks2,
    enableDnsSupport: given(ctx.bool(r, ["dnsSupport"]), r, "DNS support setting"),
    enableDnsHostnames: given(ctx.bool(r, ["dnsHostnames"]), r, "DNS hostnames setting"),
    region: given(ctx.str(r, ["region"]), r, "region"),
    accountId: given(ctx.str(r, ["account"]), r, "account")
  });
  const name = ctx.str(r, ["name"]);
  if (name.state === "known") vpc.name = name.value;
  let hasMain = false;
  const tables = ctx.list(r, ["routeTables"]);
  for (let i = 0; tables.state === "known" && i < tables.length; i++) {
    const main2 = r.get(["routeTables", i, "main"]);
    if (main2.state === "known" && main2.value === true) hasMain = true;
  }
  if (!hasMain) {
    ctx.setImplicitRoutesIncomplete(vpc, `the main route table of ${key} is not in its inventory entry in ${r.file} (mark it main: true)`);
  }
}
function declareTable(r, ctx) {
  const key = ctx.key(r);
  const node = { key, label: key, resource: r, id: ctx.str(r, ["id"]), vpc: ABSENT, isMain: false, implicit: false, routes: [], subnets: [] };
  ctx.addTable(node);
}
function linkTable2(r, ctx) {
  const self = ctx.selfOf("table", r);
  const vpc = ctx.link("vpc", r, ["vpc"]);
  ctx.attachTable(self.value, vpc);
  const main2 = r.get(["main"]);
  if (vpc.state === "known" && main2.state === "known" && main2.value === true) ctx.setDefaultTable(vpc.value, self);
}
function target(r, ctx, path14) {
  const id = ctx.str(r, path14);
  if (id.state !== "known") return { kind: "unknown", reason: `${ctx.describe(r, path14)} is not given` };
  if (id.value === "local") return { kind: "local", id };
  const kind = TARGET_PREFIXES.find(([prefix]) => id.value.startsWith(prefix))?.[1];
  if (kind === void 0) return { kind: "unknown", reason: `${ctx.describe(r, path14)} is ${id.value}, which is no route target vpclint knows` };
  if (kind === "peering") return { kind, peering: ctx.link("peering", r, path14) };
  return { kind, id };
}
function attachRoutes(r, ctx) {
  const self = ctx.selfOf("table", r);
  const list2 = ctx.list(r, ["routes"]);
  for (let i = 0; list2.state === "known" && i < list2.length; i++) {
    const destinationPath = ["routes", i, "destination"];
    const v = r.get(destinationPath);
    const text4 = v.state === "known" && typeof v.value === "string" ? v.value : "";
    const prefixList = text4.startsWith("pl-");
    const route = {
      key: `${ctx.key(r)}.routes[${i}]`,
      subject: { resource: r, path: ["routes", i] },
      routeTable: self,
      inline: false,
      destination: prefixList ? ABSENT : ctx.cidr(r, destinationPath, text4.includes(":") ? 6 : 4, false),
      destinationPath,
      destinationPrefixListId: prefixList ? known(text4) : ABSENT,
      target: target(r, ctx, ["routes", i, "target"])
    };
    ctx.addRoute(route);
  }
}
var INVENTORY_ADAPTERS = /* @__PURE__ */ new Map([
  [INVENTORY_VPC, { vpc: declareVpc2 }],
  [INVENTORY_ROUTE_TABLE, { declare: declareTable, link: linkTable2, attach: attachRoutes }]
]);

// src/model/builder/terraform.ts
var PATH = topPaths([
  "accept_status",
  "accepter",
  "arn",
  "assign_generated_ipv6_cidr_block",
  "auto_accept",
  "cidr_block",
  "cidr_block_associations",
  "default_network_acl_id",
  "default_route_table_id",
  "egress",
  "enable_dns_hostnames",
  "enable_dns_support",
  "from_port",
  "id",
  "ipv4_ipam_pool_id",
  "ipv6_cidr_block",
  "ipv6_ipam_pool_id",
  "ipv6_pool",
  "main_route_table_id",
  "name",
  "network_acl_id",
  "peer_owner_id",
  "peer_region",
  "peer_vpc_id",
  "region",
  "requester",
  "route",
  "route_table_id",
  "rule_number",
  "security_group_id",
  "subnet_id",
  "subnet_ids",
  "to_port",
  "type",
  "vpc_id",
  "vpc_peering_connection_id"
]);
function topPaths(names2) {
  return Object.fromEntries(names2.map((name) => [name, at3([], name)]));
}
function idText(ctx, r, path14, what) {
  const id = ctx.str(r, path14);
  return id.state === "known" ? `${what} ${id.value}` : `an ${what}`;
}
function primaryBlock2(ctx, r) {
  const path14 = PATH.cidr_block;
  const v = ctx.value(r, path14);
  if (v.state === "known" && v.value !== "") return ctx.cidrFrom(r, path14, v, 4);
  if (r.mode === "managed" && isSet2(ctx.configured(r, r.get(PATH.ipv4_ipam_pool_id)))) {
    return unknown(`cidr_block of ${ctx.key(r)} is allocated from ${idText(ctx, r, PATH.ipv4_ipam_pool_id, "IPAM pool")} at apply time`);
  }
  if (v.state === "unknown") return ctx.unknownValue(r, path14, v.reason);
  return void 0;
}
function ipv6Block(ctx, r) {
  const path14 = PATH.ipv6_cidr_block;
  const v = ctx.value(r, path14);
  const assign = ctx.bool(r, PATH.assign_generated_ipv6_cidr_block);
  const amazonProvided = assign.state === "known" && assign.value;
  if (v.state === "known" && v.value !== "") return { cidr: ctx.cidrFrom(r, path14, v, 6), amazonProvided };
  if (amazonProvided) {
    return { cidr: unknown(`the Amazon-provided IPv6 block of ${ctx.key(r)} is allocated at apply time`), amazonProvided };
  }
  if (r.mode === "managed" && isSet2(ctx.configured(r, r.get(PATH.ipv6_ipam_pool_id)))) {
    const pool = idText(ctx, r, PATH.ipv6_ipam_pool_id, "IPAM pool");
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (r.mode === "managed" && isSet2(ctx.configured(r, r.get(PATH.ipv6_pool)))) {
    const pool = idText(ctx, r, PATH.ipv6_pool, "IPv6 address pool");
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (v.state === "unknown" && !ctx.isComputed(r, v) && (assign.state === "unknown" || v.refs.length > 0)) {
    return { cidr: ctx.unknownValue(r, path14, v.reason), amazonProvided };
  }
  return void 0;
}
var NAME_TAG_PATHS = Object.freeze([Object.freeze(["tags", "Name"]), Object.freeze(["tags_all", "Name"])]);
function nameTag3(r) {
  for (let i = 0; i < NAME_TAG_PATHS.length; i++) {
    const v = r.get(NAME_TAG_PATHS[i]);
    if (v.state === "known" && typeof v.value === "string" && v.value !== "") return v.value;
  }
  return void 0;
}
function orUnknown(ctx, r, path14, v) {
  return v.state === "absent" ? unknown(`${ctx.describe(r, path14)} is not in the plan`) : v;
}
function arnOf(r) {
  const v = r.get(PATH.arn);
  if (v.state !== "known" || typeof v.value !== "string") return void 0;
  const parts = v.value.split(":");
  return parts.length >= 6 && parts[0] === "arn" ? parts : void 0;
}
function arnField(arn, index) {
  const field = arn?.[index];
  return field !== void 0 && field !== "" ? field : void 0;
}
function providerOf(r) {
  return r.provider?.();
}
var ProviderNotSeen = class {
  state = "unknown";
  #what;
  #key;
  #format;
  constructor(what, key, format2) {
    this.#what = what;
    this.#key = key;
    this.#format = format2;
  }
  get reason() {
    const scope = this.#format === "terraform-plan" ? "the plan does not say which one it is" : "vpclint cannot see it";
    return `the ${this.#what} of ${this.#key} comes from its provider configuration, and ${scope}`;
  }
};
function fromProvider(ctx, r, what) {
  const key = ctx.key(r);
  const p = providerOf(r);
  if (p === void 0) return new ProviderNotSeen(what, key, r.format);
  const v = what === "region" ? p.region : p.accountId;
  if (v.state === "known" && typeof v.value === "string" && v.value !== "") return known(v.value);
  if (v.state === "unknown") return unknown(`the ${what} of ${key} is unknown: ${v.reason}`);
  const source = what === "region" ? "the environment (AWS_REGION or the profile)" : "its credentials";
  return unknown(`the ${what} of ${key} comes from provider configuration ${p.name}, which does not set it (it comes from ${source})`);
}
function regionOf3(ctx, r, arn = arnOf(r)) {
  let raw = ctx.configured(r, r.get(PATH.region));
  if (raw.state === "unknown" && r.mode === "data" && r.configures?.("region") === false) raw = ABSENT;
  const own3 = ctx.strFrom(r, PATH.region, raw);
  if (own3.state !== "absent") return own3;
  const region = arnField(arn, 3);
  return region !== void 0 ? known(region) : fromProvider(ctx, r, "region");
}
function regionFields(ctx, r) {
  const arn = arnOf(r);
  const region = regionOf3(ctx, r, arn);
  const own3 = r.get(PATH.region);
  const fromProvider2 = (own3.state === "absent" || ctx.isComputed(r, own3)) && arnField(arn, 3) === void 0;
  const p = fromProvider2 ? providerOf(r) : void 0;
  return p === void 0 ? { region } : { region, regionSource: `${r.file}\0${p.name}` };
}
function accountOf3(ctx, r, owner, arn) {
  if (owner !== void 0) {
    const own3 = ctx.str(r, [owner]);
    if (own3.state === "known") return own3;
  }
  const account = arnField(arn, 4);
  return account !== void 0 ? known(account) : fromProvider(ctx, r, "account");
}
function declareVpc3(r, ctx, external) {
  const key = ctx.key(r);
  const blocks2 = [];
  let incomplete;
  const primary = primaryBlock2(ctx, r);
  if (primary !== void 0) {
    blocks2.push({ kind: "ipv4-primary", cidr: primary, subject: { resource: r, path: PATH.cidr_block } });
    if (external && primary.state === "unknown") incomplete = primary.reason;
  } else {
    incomplete = `${key} has no cidr_block`;
  }
  const v6 = ipv6Block(ctx, r);
  if (v6 !== void 0) {
    const block = { kind: "ipv6", cidr: v6.cidr, subject: { resource: r, path: PATH.ipv6_cidr_block } };
    blocks2.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  } else if (external) {
    const raw = ctx.value(r, PATH.ipv6_cidr_block);
    if (raw.state === "unknown") incomplete ??= ctx.unknownValue(r, PATH.ipv6_cidr_block, raw.reason).reason;
  }
  if (external) incomplete = secondaryBlocksOfDataSource(ctx, r, blocks2) ?? incomplete;
  const dnsSupport = ctx.bool(r, PATH.enable_dns_support, external ? void 0 : true);
  const dnsHostnames = ctx.bool(r, PATH.enable_dns_hostnames, external ? void 0 : false);
  const arn = arnOf(r);
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    external,
    cidrBlocks: blocks2,
    enableDnsSupport: orUnknown(ctx, r, PATH.enable_dns_support, dnsSupport),
    enableDnsHostnames: orUnknown(ctx, r, PATH.enable_dns_hostnames, dnsHostnames),
    region: regionOf3(ctx, r, arn),
    accountId: accountOf3(ctx, r, "owner_id", arn)
  });
  const name = nameTag3(r);
  if (name !== void 0) vpc.name = name;
  if (incomplete !== void 0) vpc.blocksIncomplete = incomplete;
  const mainId = ctx.str(r, PATH.main_route_table_id);
  if (mainId.state === "known") ctx.setImplicitMainTableId(vpc, mainId.value);
  const defaultId = ctx.str(r, PATH.default_route_table_id);
  if (defaultId.state === "known") ctx.setImplicitMainTableId(vpc, defaultId.value);
  if (external) ctx.setImplicitRoutesIncomplete(vpc, `the routes of ${key}'s main route table are not in the linted files`);
  return vpc;
}
function secondaryBlocksOfDataSource(ctx, r, blocks2) {
  const list2 = ctx.list(r, PATH.cidr_block_associations);
  if (list2.state === "unknown") return list2.reason;
  if (list2.state !== "known") return void 0;
  const primary = r.get(PATH.cidr_block);
  const primaryText = primary.state === "known" ? primary.value : void 0;
  let incomplete;
  for (let i = 0; i < list2.length; i++) {
    const state = r.get(["cidr_block_associations", i, "state"]);
    if (state.state === "known" && typeof state.value === "string" && !/^associat(ed|ing)$/.test(state.value)) continue;
    const path14 = ["cidr_block_associations", i, "cidr_block"];
    const v = r.get(path14);
    if (v.state === "unknown") {
      incomplete ??= ctx.unknownValue(r, path14, v.reason).reason;
      continue;
    }
    if (v.state === "absent" || v.value === "" || v.value === primaryText) continue;
    blocks2.push({ kind: "ipv4-secondary", cidr: ctx.cidrFrom(r, path14, v, 4), subject: { resource: r, path: path14 } });
  }
  return incomplete;
}
function ipv4Association(r, ctx) {
  const vpc = ctx.link("vpc", r, PATH.vpc_id);
  const cidr = primaryBlock2(ctx, r) ?? unknown(`${ctx.key(r)} has no cidr_block`);
  if (vpc.state === "known") {
    vpc.value.cidrBlocks.push({ kind: "ipv4-secondary", cidr, subject: { resource: r, path: PATH.cidr_block } });
  }
}
function ipv6Association(r, ctx) {
  const vpc = ctx.link("vpc", r, PATH.vpc_id);
  const raw = r.get(PATH.ipv6_cidr_block);
  const v6 = ipv6Block(ctx, r) ?? (raw.state === "unknown" ? { cidr: ctx.unknownValue(r, PATH.ipv6_cidr_block, raw.reason), amazonProvided: false } : { cidr: unknown(`${ctx.key(r)} has no ipv6_cidr_block`), amazonProvided: false });
  if (vpc.state === "known") {
    const block = { kind: "ipv6", cidr: v6.cidr, subject: { resource: r, path: PATH.ipv6_cidr_block } };
    vpc.value.cidrBlocks.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  }
}
function declareSubnet2(r, ctx) {
  const key = ctx.key(r);
  ctx.addSubnet({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    vpc: ABSENT,
    cidr: ctx.cidr(r, PATH.cidr_block, 4),
    ipv6Cidr: ctx.cidr(r, PATH.ipv6_cidr_block, 6),
    routeTable: ABSENT,
    explicitAssociation: false
  });
}
function linkSubnet2(r, ctx) {
  const subnet = ctx.nodeOf("subnet", r);
  subnet.vpc = ctx.link("vpc", r, PATH.vpc_id);
  if (subnet.vpc.state === "known") subnet.vpc.value.subnets = withItem(subnet.vpc.value.subnets, subnet);
}
function writesList(ctx, r, attr) {
  const configured = r.configures?.(attr);
  if (configured !== void 0) return known(configured);
  const v = ctx.configured(r, r.get([attr]));
  if (v.state === "absent") return known(false);
  if (r.format !== "terraform-plan" || r.action === "create" || r.action === "replace") return known(true);
  return unknown(
    `the plan has no configuration for ${ctx.key(r)}, so whether its ${attr} list is written in the code or only read back from state cannot be told`
  );
}
function newTable(r, ctx, id, isMain) {
  const key = ctx.key(r);
  return {
    key,
    label: key,
    resource: r,
    id,
    vpc: ABSENT,
    isMain,
    implicit: false,
    routes: NO_ITEMS,
    subnets: NO_ITEMS,
    writesInlineRoutes: writesList(ctx, r, "route")
  };
}
function declareRouteTable2(r, ctx) {
  const table = newTable(r, ctx, ctx.str(r, PATH.id), false);
  ctx.addTable(table);
  takeRouteClaims(r, ctx, table);
}
function linkRouteTable2(r, ctx) {
  ctx.attachTable(ctx.nodeOf("table", r), ctx.link("vpc", r, PATH.vpc_id));
}
function declareDefaultRouteTable(r, ctx) {
  const id = ctx.str(r, PATH.id);
  const original = ctx.str(r, PATH.default_route_table_id);
  const table = newTable(r, ctx, id.state === "known" || original.state !== "known" ? id : original, true);
  ctx.addTable(table, original);
  takeRouteClaims(r, ctx, table);
}
function takeRouteClaims(r, ctx, table) {
  if (!readFromState(r, "route")) return;
  const v = r.get(PATH.route);
  if (v.state === "absent" || v.state === "known" && Array.isArray(v.value) && v.value.length === 0) return;
  ctx.claims.takeRouteClaims(table);
}
function linkDefaultRouteTable(r, ctx) {
  const self = ctx.selfOf("table", r);
  const table = self.value;
  let vpc = linkVpcByMainTableId(ctx, r, PATH.default_route_table_id);
  if (vpc.state !== "known") {
    const own3 = ctx.link("vpc", r, PATH.vpc_id);
    if (own3.state === "known" || vpc.state === "absent") vpc = own3;
  }
  ctx.attachTable(table, vpc);
  if (vpc.state === "known") ctx.setDefaultTable(vpc.value, self);
}
function readFromState(r, attr) {
  if (r.format !== "terraform-plan" || r.action === "create" || r.action === "replace") return false;
  return r.configures?.(attr) !== true;
}
function knownRouteKey(r, base, names2) {
  for (let i = 0; i < 3; i++) {
    const v = r.get(names2.path(base, i));
    if (v.state === "known" && typeof v.value === "string" && v.value !== "") return routeKey(i === 2 ? "pl" : "cidr", v.value);
  }
  return void 0;
}
function attachInlineRoutes(r, ctx) {
  const self = ctx.selfOf("table", r);
  const table = self.value;
  const list2 = ctx.list(r, PATH.route);
  if (list2.state === "unknown") {
    table.routesIncomplete = list2.reason;
    return;
  }
  if (list2.state !== "known") return;
  const fromState = readFromState(r, "route");
  for (let i = 0; i < list2.length; i++) {
    const base = ["route", i];
    const element = r.get(base);
    if (element.state === "absent" || element.state === "known" && !isObject2(element.value)) continue;
    if (fromState) {
      const key = knownRouteKey(r, base, INLINE_DESTINATIONS);
      if (key !== void 0 && ctx.claims.routeClaimed(table, key)) continue;
    }
    ctx.addRoute(readRoute(ctx, r, base, INLINE_DESTINATIONS, self, `${table.key}.route[${i}]`, true));
  }
}
function attachRoute2(r, ctx) {
  const table = ctx.link("table", r, PATH.route_table_id);
  ctx.addRoute(readRoute(ctx, r, [], ROUTE_DESTINATIONS, table, ctx.key(r), false));
}
function claimRoute(r, ctx) {
  if (!ctx.claims.anyRouteTaker && ctx.resourceAt(ctx.at) === r) return;
  const table = ctx.link("table", r, PATH.route_table_id);
  if (table.state !== "known") return;
  ctx.claims.claimRouteLater(table.value, r, standaloneRouteKey);
}
function standaloneRouteKey(r) {
  return knownRouteKey(r, [], ROUTE_DESTINATIONS);
}
function attachAssociation2(r, ctx) {
  const subnet = ctx.link("subnet", r, PATH.subnet_id);
  if (subnet.state === "known") ctx.associate(subnet.value, ctx.link("table", r, PATH.route_table_id));
}
function attachMainAssociation(r, ctx) {
  const table = ctx.link("table", r, PATH.route_table_id);
  let vpc = ctx.link("vpc", r, PATH.vpc_id);
  if (vpc.state !== "known" && table.state === "known" && table.value.vpc.state === "known") vpc = table.value.vpc;
  if (table.state === "known") table.value.isMain = true;
  if (vpc.state === "known") ctx.setMainAssociation(vpc.value, table);
}
var Names = class {
  constructor(names2) {
    this.names = names2;
    this.#top = names2.map((name) => at3([], name));
  }
  names;
  #top;
  /** `at(base, names[i])`, without looking a top-level path up. */
  path(base, i) {
    return base.length === 0 ? this.#top[i] : at3(base, this.names[i]);
  }
};
var INLINE_DESTINATIONS = new Names(["cidr_block", "ipv6_cidr_block", "destination_prefix_list_id"]);
var ROUTE_DESTINATIONS = new Names(["destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id"]);
var TARGETS2 = TERRAFORM_ROUTE_TARGETS;
var TARGET_NAMES2 = new Names(TARGETS2.map(([name]) => name));
function pickSet(ctx, r, base, attributes) {
  const names2 = attributes.names;
  let unknowns;
  let referenced;
  let computed;
  for (let i = 0; i < names2.length; i++) {
    const v = r.get(attributes.path(base, i));
    if (v.state === "known" && v.value !== "") return i;
    if (v.state !== "unknown") continue;
    if (ctx.isComputed(r, v)) (computed ??= []).push(i);
    else {
      (unknowns ??= []).push(i);
      if (v.refs.length > 0) (referenced ??= []).push(i);
    }
  }
  const candidates = referenced ?? unknowns ?? computed;
  if (candidates === void 0) return -1;
  if (candidates.length === 1) return candidates[0];
  return candidates.map((i) => names2[i]);
}
function firstSet2(r, base, attributes) {
  const v = r.get(attributes.path(base, 0));
  return v.state === "known" && v.value !== "" ? v : void 0;
}
function readRoute(ctx, r, base, fields, routeTable2, key, inline) {
  const first = firstSet2(r, base, fields);
  const picked = first !== void 0 ? 0 : pickSet(ctx, r, base, fields);
  const which = typeof picked === "number" ? Math.max(picked, 0) : fields.names.indexOf(picked[0]);
  const destinationPath = fields.path(base, which);
  let destination = ABSENT;
  let destinationPrefixListId = ABSENT;
  if (which === 2) destinationPrefixListId = ctx.str(r, destinationPath);
  else if (picked !== -1) destination = ctx.cidrFrom(r, destinationPath, first ?? r.get(destinationPath), which === 0 ? 4 : 6);
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    routeTable: routeTable2,
    inline,
    destination,
    destinationPath,
    destinationPrefixListId,
    target: readTarget2(ctx, r, base)
  };
}
function readTarget2(ctx, r, base) {
  const first = firstSet2(r, base, TARGET_NAMES2);
  const picked = first !== void 0 ? 0 : pickSet(ctx, r, base, TARGET_NAMES2);
  if (picked === -1) return { kind: "unknown", reason: `${ctx.describe(r, base)} has no target` };
  if (typeof picked !== "number") {
    return {
      kind: "unknown",
      reason: `the target of ${ctx.describe(r, base)} is known after apply (${picked.join(", ")} are unknown)`
    };
  }
  const kind = TARGETS2[picked][1];
  const path14 = TARGET_NAMES2.path(base, picked);
  const value = first ?? r.get(path14);
  if (kind === "peering") return ctx.peeringTarget(ctx.linkValue("peering", r, path14, value, 0));
  const id = ctx.strFrom(r, path14, value);
  if (kind === "gateway" && id.state === "known" && id.value === "local") return { kind: "local", id };
  return { kind, id };
}
function peeringOptions(ctx, r, block) {
  return optionsOf(ctx, r, block, ctx.configured(r, r.get([block])));
}
function optionsOf(ctx, r, block, v) {
  const field = "allow_remote_vpc_dns_resolution";
  let value;
  if (v.state === "absent") value = ABSENT;
  else if (v.state === "unknown") value = ctx.unknownValue(r, [block], v.reason);
  else if (Array.isArray(v.value)) value = v.value.length === 0 ? ABSENT : ctx.bool(r, [block, 0, field]);
  else if (isObject2(v.value)) value = ctx.bool(r, [block, field]);
  else value = unknown(`${ctx.describe(r, [block])} is not a block: ${show(v.value)}`);
  return value === ABSENT ? NO_OPTIONS : { allowRemoteVpcDnsResolution: value };
}
function override(current, next) {
  if (next.state === "known") return next;
  return next.state === "unknown" && current.state === "absent" ? next : current;
}
function applyOptions(ctx, r, peering) {
  const requester = peeringOptions(ctx, r, "requester");
  const accepter = peeringOptions(ctx, r, "accepter");
  peering.requesterOptions = {
    allowRemoteVpcDnsResolution: override(peering.requesterOptions.allowRemoteVpcDnsResolution, requester.allowRemoteVpcDnsResolution)
  };
  peering.accepterOptions = {
    allowRemoteVpcDnsResolution: override(peering.accepterOptions.allowRemoteVpcDnsResolution, accepter.allowRemoteVpcDnsResolution)
  };
}
var NOTHING_REQUESTED = Object.freeze({
  requester: NO_OPTIONS,
  accepter: NO_OPTIONS,
  paths: Object.freeze([])
});
function writesBlock(r, block, raw) {
  if (r.configures?.(block) === false) return false;
  return raw.state === "unknown" || raw.state === "known" && (Array.isArray(raw.value) && raw.value.length > 0 || isObject2(raw.value));
}
function requestedOptions(requester, accepter) {
  if (requester === void 0 && accepter === void 0) return NOTHING_REQUESTED;
  const paths = [];
  if (requester !== void 0) paths.push(["requester"]);
  if (accepter !== void 0) paths.push(["accepter"]);
  return {
    requester: requester ?? NO_OPTIONS,
    accepter: accepter ?? NO_OPTIONS,
    paths
  };
}
var ACCEPT_STATUSES = new Map(
  ["active", "pending-acceptance", "provisioning", "initiating-request", "deleted", "deleting", "expired", "failed", "rejected"].map(
    (status) => [status, Object.freeze(known(status))]
  )
);
function acceptStatus(ctx, r) {
  const status = ctx.str(r, PATH.accept_status);
  return status.state === "known" ? ACCEPT_STATUSES.get(status.value) ?? status : status;
}
function declarePeering2(r, ctx) {
  const key = ctx.key(r);
  const requesterRaw = ctx.configured(r, r.get(PATH.requester));
  const accepterRaw = ctx.configured(r, r.get(PATH.accepter));
  const requesterOptions = optionsOf(ctx, r, "requester", requesterRaw);
  const accepterOptions = optionsOf(ctx, r, "accepter", accepterRaw);
  const arn = arnOf(r);
  ctx.addPeering({
    key,
    label: key,
    resource: r,
    optionsResources: NO_ITEMS,
    id: ctx.str(r, PATH.id),
    requester: ABSENT,
    accepter: ABSENT,
    // Not set by the code: the requester's own account and region.
    peerOwnerId: ctx.strFrom(r, PATH.peer_owner_id, ctx.configured(r, r.get(PATH.peer_owner_id))),
    peerRegion: ctx.strFrom(r, PATH.peer_region, ctx.configured(r, r.get(PATH.peer_region))),
    autoAccept: ctx.bool(r, PATH.auto_accept, false),
    requesterOptions,
    accepterOptions,
    region: regionOf3(ctx, r, arn),
    accountId: accountOf3(ctx, r, void 0, arn),
    acceptStatus: acceptStatus(ctx, r),
    requestedOptions: requestedOptions(
      writesBlock(r, "requester", requesterRaw) ? requesterOptions : void 0,
      writesBlock(r, "accepter", accepterRaw) ? accepterOptions : void 0
    )
  });
}
function linkPeeringSides(r, ctx, peering) {
  ctx.attachPeering(peering, ctx.link("vpc", r, PATH.vpc_id), ctx.link("vpc", r, PATH.peer_vpc_id));
}
function linkPeering2(r, ctx) {
  linkPeeringSides(r, ctx, ctx.nodeOf("peering", r));
}
function linkAccepter(r, ctx) {
  const pcxPath = PATH.vpc_peering_connection_id;
  const pcxId = ctx.str(r, pcxPath);
  const ownId = ctx.str(r, PATH.id);
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
    optionsResources: NO_ITEMS,
    id: pcxId.state === "known" || ownId.state !== "known" ? pcxId : ownId,
    requester: ABSENT,
    accepter: ABSENT,
    peerOwnerId: ctx.str(r, PATH.peer_owner_id),
    peerRegion: ctx.str(r, PATH.peer_region),
    // The requester's auto_accept is not in scope; the accepter's own flag means something else.
    autoAccept: ABSENT,
    requesterOptions: peeringOptions(ctx, r, "requester"),
    accepterOptions: peeringOptions(ctx, r, "accepter"),
    acceptStatus: acceptStatus(ctx, r)
  };
  ctx.aliasPeering(ctx.addPeering(peering), pcxId, ownId);
  linkPeeringSides(r, ctx, peering);
}
function attachPeeringOptions(r, ctx) {
  const peering = ctx.link("peering", r, PATH.vpc_peering_connection_id);
  if (peering.state !== "known") return;
  peering.value.optionsResources = withItem(peering.value.optionsResources, r);
  applyOptions(ctx, r, peering.value);
}
function declareSecurityGroup2(r, ctx, isDefault) {
  const key = ctx.key(r);
  ctx.addSecurityGroup({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    vpc: ABSENT,
    name: ctx.str(r, PATH.name),
    isDefault,
    rules: [],
    writesInlineRules: { ingress: writesList(ctx, r, "ingress"), egress: writesList(ctx, r, "egress") },
    ...regionFields(ctx, r)
  });
}
function linkSecurityGroup2(r, ctx) {
  const self = ctx.selfOf("sg", r);
  const sg = self.value;
  sg.vpc = ctx.link("vpc", r, PATH.vpc_id);
  if (sg.vpc.state === "known") {
    sg.vpc.value.securityGroups = withItem(sg.vpc.value.securityGroups, sg);
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
function forEachValue(ctx, r, path14, isList, each, whole) {
  if (!isList) {
    if (isSet2(ctx.configured(r, r.get(path14)))) each(path14);
    return;
  }
  const list2 = ctx.list(r, path14);
  if (list2.state === "unknown") whole(list2.reason);
  else if (list2.state === "known") for (let j = 0; j < list2.length; j++) each(path14.concat(j));
}
function readPeers2(ctx, r, base, f) {
  const peers = [];
  for (const [attr, family] of [
    [f.ipv4, 4],
    [f.ipv6, 6]
  ]) {
    const path14 = at3(base, attr);
    forEachValue(
      ctx,
      r,
      path14,
      f.lists,
      (p) => {
        const cidr = ctx.cidr(r, p, family, !f.lists);
        if (cidr.state !== "absent") peers.push({ kind: "cidr", cidr, path: p });
      },
      (reason) => peers.push({ kind: "cidr", cidr: unknown(reason), path: path14 })
    );
  }
  const prefixPath = at3(base, f.prefixLists);
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
  const groupPath = at3(base, f.groups);
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
    (reason) => {
      const v = r.get(groupPath);
      const linked = v.state === "unknown" ? v.refs.map((ref) => ctx.linkValue("sg", r, groupPath, { ...v, refs: [ref] }, 0)) : [];
      const groups2 = /* @__PURE__ */ new Map();
      for (const l of linked) if (l.state === "known") groups2.set(l.value, l);
      if (linked.length > 0 && groups2.size > 0 && linked.every((l) => l.state === "known")) {
        for (const [g, self] of groups2) peers.push({ kind: "security-group", group: self, id: g.id, path: groupPath });
      } else peers.push({ kind: "security-group", group: unknown(reason), id: unknown(reason), path: groupPath });
    }
  );
  if (f.self !== void 0) {
    const selfPath = at3(base, f.self);
    const self = ctx.bool(r, selfPath);
    if (self.state === "known" && self.value) peers.push({ kind: "self", path: selfPath });
  }
  return peers;
}
function readRule2(ctx, r, base, f, direction, group, key, inline) {
  const protocol = ctx.protocol(r, at3(base, f.protocol));
  return {
    key,
    inline,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    group,
    direction,
    protocol,
    ...ctx.ports(r, protocol, at3(base, "from_port"), at3(base, "to_port")),
    peers: readPeers2(ctx, r, base, f)
  };
}
function attachInlineRules2(r, ctx) {
  const self = ctx.selfOf("sg", r);
  const group = self.value;
  for (const direction of ["ingress", "egress"]) {
    const list2 = ctx.list(r, [direction]);
    if (list2.state !== "known") continue;
    const fromState = readFromState(r, direction);
    for (let i = 0; i < list2.length; i++) {
      const element = r.get([direction, i]);
      if (element.state === "absent" || element.state === "known" && !isObject2(element.value)) continue;
      const key = `${group.key}.${direction}[${i}]`;
      const rule = readRule2(ctx, r, [direction, i], INLINE_RULE, direction, self, key, true);
      const kept = fromState ? unclaimed(ctx, group, rule) : rule;
      if (kept !== void 0) ctx.addRule(kept);
    }
  }
}
function unclaimed(ctx, group, rule) {
  const p = rule.protocol;
  if (p.state !== "known") return rule;
  const from = rule.fromPort.state === "known" ? rule.fromPort.value : void 0;
  const to = rule.toPort.state === "known" ? rule.toPort.value : void 0;
  const ports = rulePorts(p.value, from, to);
  const peers = rule.peers.filter((peer) => {
    const source = peerSource(peer);
    return source === void 0 || !ctx.claims.ruleClaimed(group, rule.direction, ports, sourceKey(source));
  });
  if (peers.length === rule.peers.length) return rule;
  return peers.length === 0 ? void 0 : { ...rule, peers };
}
function peerSource(peer) {
  switch (peer.kind) {
    case "cidr":
      return peer.cidr.state === "known" ? { kind: "cidr", text: peer.cidr.value.canonical } : void 0;
    case "prefix-list":
      return peer.id.state === "known" ? { kind: "prefix-list", id: peer.id.value } : void 0;
    case "security-group":
      return peer.id.state === "known" ? { kind: "security-group", id: peer.id.value } : void 0;
    case "self":
      return { kind: "self" };
  }
}
function knownStrings(r, path14, isList) {
  const v = r.get(path14);
  if (v.state !== "known") return [];
  const values = isList ? Array.isArray(v.value) ? v.value : [] : [v.value];
  return values.filter((x) => typeof x === "string" && x !== "");
}
function claimRule(r, ctx, f, direction) {
  const group = ctx.link("sg", r, PATH.security_group_id);
  if (group.state !== "known") return;
  const protocol = ctx.protocol(r, [f.protocol]);
  if (protocol.state !== "known") return;
  const from = ctx.port(r, PATH.from_port);
  const to = ctx.port(r, PATH.to_port);
  const ports = rulePorts(protocol.value, from.state === "known" ? from.value : void 0, to.state === "known" ? to.value : void 0);
  const sources = [];
  for (const text4 of knownStrings(r, [f.ipv4], f.lists)) sources.push({ kind: "cidr", text: text4 });
  for (const text4 of knownStrings(r, [f.ipv6], f.lists)) sources.push({ kind: "cidr", text: text4 });
  for (const id of knownStrings(r, [f.prefixLists], f.lists)) sources.push({ kind: "prefix-list", id });
  const own3 = group.value.id;
  for (const id of knownStrings(r, [f.groups], f.groupsList)) {
    sources.push({ kind: "security-group", id });
    if (own3.state === "known" && own3.value === id) sources.push({ kind: "self" });
  }
  if (f.self !== void 0) {
    const self = ctx.bool(r, [f.self]);
    if (self.state === "known" && self.value) sources.push({ kind: "self" });
  }
  for (const s of sources) ctx.claims.claimRule(group.value, direction, ports, sourceKey(s));
}
function ruleResourceType(r) {
  const type = r.get(PATH.type);
  return type.state === "known" && (type.value === "ingress" || type.value === "egress") ? type.value : void 0;
}
function attachRuleResource(r, ctx) {
  const type = ruleResourceType(r);
  if (type === void 0) return;
  const group = ctx.link("sg", r, PATH.security_group_id);
  ctx.addRule(readRule2(ctx, r, [], RULE_RESOURCE, type, group, ctx.key(r), false));
}
function claimRuleResource(r, ctx) {
  const type = ruleResourceType(r);
  if (type !== void 0) claimRule(r, ctx, RULE_RESOURCE, type);
}
function vpcRuleResource(direction) {
  return {
    claim: (r, ctx) => claimRule(r, ctx, VPC_RULE_RESOURCE, direction),
    attach(r, ctx) {
      const group = ctx.link("sg", r, PATH.security_group_id);
      ctx.addRule(readRule2(ctx, r, [], VPC_RULE_RESOURCE, direction, group, ctx.key(r), false));
    }
  };
}
function declareNetworkAcl2(r, ctx, isDefault) {
  const key = ctx.key(r);
  const node = { key, label: key, resource: r, id: ctx.str(r, PATH.id), vpc: ABSENT, entries: [], subnets: [] };
  if (isDefault) node.isDefault = true;
  ctx.addNetworkAcl(node);
}
function linkNetworkAcl2(r, ctx) {
  ctx.nodeOf("nacl", r).vpc = ctx.link("vpc", r, PATH.vpc_id);
}
function linkDefaultNetworkAcl(r, ctx) {
  const node = ctx.nodeOf("nacl", r);
  let vpc = ctx.link("vpc", r, PATH.vpc_id);
  if (vpc.state !== "known") {
    const v = r.get(PATH.default_network_acl_id);
    if (v.state === "unknown") {
      const refs = v.refs.filter((ref) => ref.attribute.length === 1 && ref.attribute[0] === "default_network_acl_id");
      if (refs.length > 0) {
        const viaVpc = ctx.linkValue("vpc", r, ["default_network_acl_id"], { ...v, refs: refs.map((ref) => ({ ...ref, attribute: ["id"] })) }, 0);
        if (viaVpc.state === "known" || vpc.state === "absent") vpc = viaVpc;
      }
    }
  }
  node.vpc = vpc;
}
var INLINE_ENTRY = { ruleNumber: "rule_no", action: "action" };
var ENTRY_RESOURCE = { ruleNumber: "rule_number", action: "rule_action" };
function readAclEntry(ctx, r, base, f, acl, egress, key) {
  const protocol = ctx.protocol(r, at3(base, "protocol"));
  const icmp = protocol.state === "known" && (protocol.value === "icmp" || protocol.value === "icmpv6");
  const v6 = isSet2(r.get(at3(base, "ipv6_cidr_block"))) && !isSet2(r.get(at3(base, "cidr_block")));
  const cidrPath = at3(base, v6 ? "ipv6_cidr_block" : "cidr_block");
  const action = ctx.str(r, at3(base, f.action));
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    acl,
    egress,
    ruleNumber: ctx.port(r, at3(base, f.ruleNumber)),
    action: action.state === "known" ? known(action.value.toLowerCase()) : action,
    protocol,
    cidr: ctx.cidr(r, cidrPath, v6 ? 6 : 4),
    cidrPath,
    // AWS ignores ports for "all"; for ICMP the type and code (-1: any) are what match.
    ...icmp ? ctx.ports(r, protocol, at3(base, "icmp_type"), at3(base, "icmp_code")) : ctx.ports(r, protocol, at3(base, "from_port"), at3(base, "to_port"))
  };
}
var ACL_EGRESS = Object.freeze(known(true));
var ACL_INGRESS = Object.freeze(known(false));
function attachNetworkAcl(r, ctx) {
  const self = ctx.selfOf("nacl", r);
  const acl = self.value;
  for (const direction of ["ingress", "egress"]) {
    const list2 = ctx.list(r, [direction]);
    if (list2.state === "unknown") {
      acl.entriesIncomplete ??= list2.reason;
      continue;
    }
    if (list2.state !== "known") continue;
    const egress = direction === "egress";
    const fromState = readFromState(r, direction);
    for (let i = 0; i < list2.length; i++) {
      const element = r.get([direction, i]);
      if (element.state === "absent" || element.state === "known" && !isObject2(element.value)) continue;
      const entry = readAclEntry(ctx, r, [direction, i], INLINE_ENTRY, self, egress ? ACL_EGRESS : ACL_INGRESS, `${acl.key}.${direction}[${i}]`);
      if (fromState && entry.ruleNumber.state === "known" && ctx.claims.aclEntryClaimed(acl, egress, entry.ruleNumber.value)) continue;
      ctx.addNetworkAclEntry(entry);
    }
  }
  const subnets = ctx.list(r, PATH.subnet_ids);
  if (subnets.state === "unknown") {
    const v = r.get(PATH.subnet_ids);
    const linked = v.state === "unknown" ? v.refs.map((ref) => ctx.linkValue("subnet", r, PATH.subnet_ids, { ...v, refs: [ref] }, 0)) : [];
    if (linked.length > 0 && linked.every((l) => l.state === "known")) {
      for (const l of linked) if (l.state === "known") ctx.associateNetworkAcl(l.value, self);
    } else acl.subnetsIncomplete = subnets.reason;
  } else if (subnets.state === "known") {
    for (let i = 0; i < subnets.length; i++) {
      const subnet = ctx.link("subnet", r, ["subnet_ids", i]);
      if (subnet.state === "known") ctx.associateNetworkAcl(subnet.value, self);
      else if (subnet.state === "unknown") acl.subnetsIncomplete ??= subnet.reason;
    }
  }
}
function aclEntryDirection(ctx, r) {
  return ctx.bool(r, PATH.egress, false);
}
function claimAclEntry(r, ctx) {
  const acl = ctx.link("nacl", r, PATH.network_acl_id);
  const egress = aclEntryDirection(ctx, r);
  const number = ctx.port(r, PATH.rule_number);
  if (acl.state === "known" && egress.state === "known" && number.state === "known") ctx.claims.claimAclEntry(acl.value, egress.value, number.value);
}
function attachAclEntry(r, ctx) {
  const acl = ctx.link("nacl", r, PATH.network_acl_id);
  ctx.addNetworkAclEntry(readAclEntry(ctx, r, [], ENTRY_RESOURCE, acl, aclEntryDirection(ctx, r), ctx.key(r)));
}
function attachAclAssociation(r, ctx) {
  const subnet = ctx.link("subnet", r, PATH.subnet_id);
  if (subnet.state === "known") ctx.associateNetworkAcl(subnet.value, ctx.link("nacl", r, PATH.network_acl_id));
}
var managedVpc = { vpc: (r, ctx) => void declareVpc3(r, ctx, false) };
var routeTable = { declare: declareRouteTable2, link: linkRouteTable2, attach: attachInlineRoutes };
var securityGroup = (isDefault) => ({
  declare: (r, ctx) => declareSecurityGroup2(r, ctx, isDefault),
  link: linkSecurityGroup2,
  attach: attachInlineRules2
});
var TERRAFORM_ADAPTERS = /* @__PURE__ */ new Map([
  ["aws_vpc", managedVpc],
  ["aws_default_vpc", managedVpc],
  ["aws_vpc_ipv4_cidr_block_association", { link: ipv4Association }],
  ["aws_vpc_ipv6_cidr_block_association", { link: ipv6Association }],
  ["aws_subnet", { declare: declareSubnet2, link: linkSubnet2 }],
  ["aws_route_table", routeTable],
  ["aws_default_route_table", { declare: declareDefaultRouteTable, link: linkDefaultRouteTable, attach: attachInlineRoutes }],
  ["aws_route", { claim: claimRoute, attach: attachRoute2 }],
  ["aws_route_table_association", { attach: attachAssociation2 }],
  ["aws_main_route_table_association", { attach: attachMainAssociation }],
  ["aws_vpc_peering_connection", { declare: declarePeering2, link: linkPeering2 }],
  ["aws_vpc_peering_connection_accepter", { link: linkAccepter }],
  ["aws_vpc_peering_connection_options", { attach: attachPeeringOptions }],
  ["aws_security_group", securityGroup(false)],
  ["aws_default_security_group", securityGroup(true)],
  ["aws_security_group_rule", { claim: claimRuleResource, attach: attachRuleResource }],
  ["aws_vpc_security_group_ingress_rule", vpcRuleResource("ingress")],
  ["aws_vpc_security_group_egress_rule", vpcRuleResource("egress")],
  ["aws_network_acl", { declare: (r, ctx) => declareNetworkAcl2(r, ctx, false), link: linkNetworkAcl2, attach: attachNetworkAcl }],
  ["aws_default_network_acl", { declare: (r, ctx) => declareNetworkAcl2(r, ctx, true), link: linkDefaultNetworkAcl, attach: attachNetworkAcl }],
  ["aws_network_acl_rule", { claim: claimAclEntry, attach: attachAclEntry }],
  ["aws_network_acl_association", { attach: attachAclAssociation }]
]);

// src/model/builder/data-source-adapters.ts
function aliasToResource(r, ctx, kind) {
  const s = ctx.dataSources.standIn(ctx.at);
  if (s.kind !== "resource") return false;
  const target2 = ctx.resourceAt(s.index);
  const self = target2 === void 0 ? void 0 : ctx.selfOf(kind, target2);
  if (self === void 0) return false;
  ctx.alias(kind, self);
  return true;
}
function declareDataVpc(r, ctx) {
  if (aliasToResource(r, ctx, "vpc")) return;
  const id = ctx.str(r, ["id"]);
  const existing = id.state === "known" ? ctx.vpcById(id.value) : void 0;
  if (existing !== void 0) ctx.aliasVpc(existing);
  else declareVpc3(r, ctx, true);
}
var DATA_SOURCE_ADAPTERS = /* @__PURE__ */ new Map([
  ["data.aws_vpc", { declare: declareDataVpc }],
  ["data.aws_subnet", { link: (r, ctx) => void aliasToResource(r, ctx, "subnet") }],
  ["data.aws_route_table", { link: (r, ctx) => void aliasToResource(r, ctx, "table") }]
]);

// src/model/build.ts
var ADAPTERS = new Map([
  ...TERRAFORM_ADAPTERS,
  ...DATA_SOURCE_ADAPTERS,
  ...CLOUDFORMATION_ADAPTERS,
  ...INVENTORY_ADAPTERS
]);
function buildModel(resources, options = {}) {
  const ctx = new BuildContext(resources);
  const adapters = resources.map((r) => ADAPTERS.get(adapterKey(r.mode, r.type)));
  for (const phase of PHASES) {
    if (phase === "attach") {
      for (const r of options.removed ?? []) ADAPTERS.get(adapterKey(r.mode, r.type))?.claim?.(r, ctx);
    }
    for (let i = 0; i < resources.length; i++) {
      const step = adapters[i]?.[phase];
      if (step === void 0) continue;
      ctx.at = i;
      step(resources[i], ctx);
    }
  }
  return ctx.finish();
}

// src/model/topology.ts
var RANK = { error: 3, warning: 2, note: 1 };
function knownVpc(v) {
  return v.state === "known" ? v.value : void 0;
}
function note(f, hit) {
  f.ruleIds.add(hit.ruleId);
  if (f.worst === void 0 || RANK[hit.severity] > RANK[f.worst]) f.worst = hit.severity;
}
function toTopologyVpc(vpc, f) {
  const cidrs = [];
  let incomplete = vpc.blocksIncomplete !== void 0;
  for (const block of vpc.cidrBlocks) {
    const c = block.cidr;
    if (c.state === "known") cidrs.push(c.value.canonical);
    else if (c.state === "unknown") incomplete = true;
  }
  const out = { key: vpc.key, label: vpc.label, cidrs, cidrsIncomplete: incomplete, external: vpc.external };
  const facts = { ruleIds: [...f?.ruleIds ?? []].sort(), worst: f?.worst, overlaps: f?.overlaps ?? false };
  return vpc.name === void 0 || vpc.name === "" ? { ...out, ...facts } : { ...out, name: vpc.name, ...facts };
}
function resourceOwners(model, named) {
  const owner = /* @__PURE__ */ new Map();
  if (named.size === 0) return owner;
  const own3 = (r, vpc) => {
    if (r !== void 0 && vpc !== void 0 && named.has(r) && !owner.has(r)) owner.set(r, vpc);
  };
  for (const vpc of model.vpcs) {
    own3(vpc.resource, vpc);
    for (const b of vpc.cidrBlocks) own3(b.subject.resource, vpc);
    for (const s of vpc.subnets) own3(s.resource, vpc);
    for (const t of vpc.routeTables) own3(t.resource, vpc);
    own3(vpc.mainRouteTable.resource, vpc);
    for (const g of vpc.securityGroups) own3(g.resource, vpc);
  }
  const tableVpc = (t) => t.state === "known" ? knownVpc(t.value.vpc) : void 0;
  for (const r of model.routes) own3(r.subject.resource, tableVpc(r.routeTable));
  for (const r of model.securityGroupRules) own3(r.subject.resource, r.group.state === "known" ? knownVpc(r.group.value.vpc) : void 0);
  for (const a of model.networkAcls ?? []) own3(a.resource, knownVpc(a.vpc));
  for (const e of model.networkAclEntries ?? []) own3(e.subject.resource, e.acl.state === "known" ? knownVpc(e.acl.value.vpc) : void 0);
  return owner;
}
function summarizeTopology(model, hits, marks) {
  const named = /* @__PURE__ */ new Set();
  for (const hit of hits) {
    named.add(hit.subject.resource);
    for (const s of hit.relatedSubjects) named.add(s.resource);
  }
  const byResource = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  const mark = (r, p) => {
    if (named.has(r)) byResource.set(r, p);
  };
  if (named.size > 0) {
    for (const p of model.peerings) {
      mark(p.resource, p);
      if (p.accepterResource !== void 0) mark(p.accepterResource, p);
      for (const r of p.optionsResources) mark(r, p);
    }
  }
  const owners = resourceOwners(model, named);
  const vpcFacts = /* @__PURE__ */ new Map();
  const factsOf = (vpc) => {
    let f = vpcFacts.get(vpc);
    if (f === void 0) vpcFacts.set(vpc, f = { ruleIds: /* @__PURE__ */ new Set(), worst: void 0, overlaps: false });
    return f;
  };
  const byLabel = /* @__PURE__ */ new Map();
  for (const vpc of model.vpcs) byLabel.set(vpc.label, [...byLabel.get(vpc.label) ?? [], vpc]);
  for (const hit of hits) {
    const touched = /* @__PURE__ */ new Set();
    const inside = /* @__PURE__ */ new Set();
    for (const s of [hit.subject, ...hit.relatedSubjects]) {
      const p = byResource.get(s.resource);
      if (p !== void 0) touched.add(p);
      const vpc = owners.get(s.resource);
      if (vpc !== void 0) inside.add(vpc);
    }
    if (touched.size === 0) for (const vpc of inside) note(factsOf(vpc), hit);
    for (const label of marks?.overlapping(hit) ?? []) {
      for (const vpc of byLabel.get(label) ?? []) factsOf(vpc).overlaps = true;
    }
    for (const p of touched) {
      let f = facts.get(p);
      if (f === void 0) facts.set(p, f = { ruleIds: /* @__PURE__ */ new Set(), worst: void 0, missing: /* @__PURE__ */ new Map() });
      note(f, hit);
      const peerLabel = marks?.missingReturnFrom(hit);
      if (peerLabel === void 0) continue;
      const requester = knownVpc(p.requester);
      const accepter = knownVpc(p.accepter);
      if (requester === void 0 || accepter === void 0) continue;
      const [from, to] = peerLabel === accepter.label ? [accepter, requester] : peerLabel === requester.label ? [requester, accepter] : [];
      if (from === void 0 || to === void 0) continue;
      f.missing.set(`${from.key}\0${to.key}`, { from: from.key, to: to.key });
    }
  }
  const ends = /* @__PURE__ */ new Set();
  const peerings = [];
  for (const p of model.peerings) {
    const requester = knownVpc(p.requester);
    const accepter = knownVpc(p.accepter);
    if (requester !== void 0) ends.add(requester);
    if (accepter !== void 0) ends.add(accepter);
    const f = facts.get(p);
    peerings.push({
      key: p.key,
      label: p.label,
      requester: requester?.key,
      accepter: accepter?.key,
      ruleIds: f === void 0 ? [] : [...f.ruleIds].sort(),
      worst: f?.worst,
      missingRoutes: f === void 0 ? [] : [...f.missing.values()]
    });
  }
  const vpcs = [];
  for (const vpc of model.vpcs) {
    if (ends.delete(vpc)) vpcs.push(toTopologyVpc(vpc, vpcFacts.get(vpc)));
  }
  for (const vpc of ends) vpcs.push(toTopologyVpc(vpc, vpcFacts.get(vpc)));
  return { vpcs, peerings };
}

// src/run.ts
async function lint(sources, options = {}) {
  const cwd = options.cwd;
  const sourceTree = options.sourceTree ?? (cwd === void 0 ? void 0 : diskSourceTree(cwd, decodeText));
  const read = await readInputs(sources, {
    stdinName: STDIN_NAME,
    cwd,
    decode: decodeText,
    parameters: options.parameters,
    terraformVariables: options.terraformVariables,
    sourceTree,
    sourceDir: options.sourceDir,
    inventory: options.config?.inventory
  });
  const resources = read.resources;
  const removed = read.removed;
  const errors = [...read.errors];
  const files = [...read.files];
  const model = buildModel(resources, { removed });
  options.modelBuilt?.(model);
  const rules2 = options.rules ?? rules;
  const severityOverrides = options.severityOverrides ?? options.config?.severities;
  const intents2 = checkIntents(model, options.config?.intents ?? []);
  for (const e of intents2.errors) errors.push(e);
  const ruleOptions = new Map(options.config?.ruleOptions ?? []);
  if (intents2.checks.length > 0) ruleOptions.set(NETWORK_INTENT, { intents: intents2.checks });
  const result = runRules(model, rules2, { severityOverrides, ruleOptions, textOf: read.textOf });
  const settled = settle(result, {
    resources,
    rules: rules2,
    catalogue: options.rules === void 0 ? rules : [...rules, ...options.rules],
    severityOverrides,
    external: options.config?.ignores,
    baseline: options.baseline,
    today: options.today,
    files
  });
  return {
    findings: settled.findings,
    unresolved: result.unresolved,
    errors: [...errors, ...result.errors],
    files,
    ...options.topology === false ? {} : { topology: summarizeTopology(model, settled.findings, TOPOLOGY_MARKS) },
    ...intents2.checks.length === 0 ? {} : { intents: intents2.checks.map((c) => c.result) },
    suppressed: settled.suppressed,
    ...settled.baseline === void 0 ? {} : { baseline: settled.baseline }
  };
}
function decodeText(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return bytes.toString("utf8", 3);
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.toString("utf16le", 2);
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 === "le") return bytes.toString("utf16le");
  if (utf16 === "be") return new TextDecoder("utf-16be").decode(bytes);
  return (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
var UTF16_SAMPLE = 512;
function utf16WithoutBom(bytes) {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4 || bytes[0] !== 0 && bytes[1] !== 0) return void 0;
  let le = 0;
  let be = 0;
  const ascii = (b) => b >= 32 && b < 127 || b === 9 || b === 10 || b === 13;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0 && b === 0) return void 0;
    if (b === 0 && ascii(a)) le++;
    else if (a === 0 && ascii(b)) be++;
  }
  const units = n / 2;
  if (le >= units / 2 && be === 0) return "le";
  if (be >= units / 2 && le === 0) return "be";
  return void 0;
}
async function lintPaths(paths, options) {
  const config = options.config;
  const filter = config === void 0 ? void 0 : { base: config.dir, include: config.include, exclude: config.exclude };
  const { files, errors: discoveryErrors, directories, stdin } = await discover(paths, options.cwd, filter);
  const sources = [];
  const named = /* @__PURE__ */ new Set();
  const errors = [...discoveryErrors];
  for (const found of files) {
    try {
      const text4 = decodeText(readRegularFile(found.path));
      sources.push(found.named === true ? { file: found.file, text: text4, byContent: true } : { file: found.file, text: text4 });
      if (found.named === true) named.add(found.file);
    } catch (error) {
      errors.push(fsToolError(found.file, error));
    }
  }
  if (stdin) {
    try {
      if (options.readStdin === void 0) throw new Error("standard input is not available");
      const input = await options.readStdin();
      sources.push({ file: STDIN_NAME, text: typeof input === "string" ? input : decodeText(input), byContent: true });
      named.add(STDIN_NAME);
    } catch (error) {
      errors.push(fsToolError(STDIN_NAME, error, "cannot read standard input: "));
    }
  }
  const result = await lint(sources, options);
  errors.push(...namedPathErrors(sources, named, directories, result, options.cwd, errors));
  return { ...result, errors: [...errors, ...result.errors] };
}
function namedPathErrors(sources, named, directories, result, cwd, earlier) {
  const read = new Set(result.files);
  const erred = new Set([...earlier, ...result.errors].map((e) => e.file).filter((f) => f !== void 0));
  const out = [];
  for (const s of sources) {
    if (!named.has(s.file) || read.has(s.file) || erred.has(s.file) || isTerraformFile(s.file)) continue;
    out.push(notAnInput(s.file, s.text));
  }
  const onDisk = (files) => [...files].filter((f) => f !== STDIN_NAME).map((f) => import_node_path8.default.resolve(cwd, f));
  const readPaths = onDisk(read);
  const erredPaths = onDisk(erred);
  for (const dir of directories) {
    const inside = (f) => isInside(dir.path, f);
    if (!readPaths.some(inside) && !erredPaths.some(inside)) out.push(noInputIn(dir));
  }
  return out;
}

// src/config/settings.ts
var import_node_path10 = __toESM(require("node:path"), 1);

// src/config/baseline-file.ts
function parseBaseline(text4, file) {
  let json;
  try {
    json = parseJson(text4, file);
  } catch (error) {
    const e = error;
    throw new InputError(e.message, { file, line: e.line, column: e.column, hint: BASELINE_HINT, cause: error });
  }
  return baselineFromJson(json, file);
}

// src/config/load.ts
var import_node_fs3 = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path9 = __toESM(require("node:path"), 1);

// src/config/document.ts
function formatKey(path14) {
  let out = "";
  for (const part of path14) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(top level)" : out;
}
var ConfigDocument = class _ConfigDocument {
  /** The file as shown to the user. */
  file;
  /** The document as plain data (`__proto__` keys are own properties); null for an empty file. */
  value;
  doc;
  lines;
  constructor(file, doc, lines, value) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
    this.value = value;
  }
  /**
   * Parses a configuration file's text; throws a located ConfigError for a syntax error. The
   * `yaml` package must be loaded (`loadYaml()`; `parseConfig` does it).
   */
  static parse(text4, file) {
    const { LineCounter, parseDocument } = yamlLib();
    const body2 = text4.startsWith("\uFEFF") ? text4.slice(1) : text4;
    if (/\.json$/i.test(file)) {
      try {
        parseJson(body2, file);
      } catch (error) {
        const e = error;
        throw new ConfigError(e.message, { file, line: e.line, column: e.column, cause: error });
      }
    }
    const lines = new LineCounter();
    const doc = parseDocument(body2, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first !== void 0) {
      const at4 = lines.linePos(first.pos[0]);
      const message = (first.message.split("\n")[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, "");
      throw new ConfigError(`invalid YAML: ${message}`, { file, line: at4.line, column: at4.col, cause: first });
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      throw new ConfigError(`cannot read the configuration: ${error instanceof Error ? error.message : String(error)}`, { file, cause: error });
    }
    return new _ConfigDocument(file, doc, lines, value ?? null);
  }
  /** The node at `path` and, for a mapping entry, its key node. */
  nodeAt(path14) {
    const { isMap, isScalar, isSeq } = yamlLib();
    let node = this.doc.contents;
    let key;
    for (const part of path14) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        if (pair === void 0) return { node: void 0, key: void 0 };
        key = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof part === "number") {
        key = void 0;
        node = node.items[part];
      } else {
        return { node: void 0, key: void 0 };
      }
    }
    return { node: node ?? void 0, key };
  }
  at(offset) {
    if (offset === void 0) return { file: this.file, line: 1 };
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col };
  }
  /** Where the value at `path` is written: its key (mapping entries) or itself (list items). */
  locate(path14) {
    for (let n = path14.length; n >= 0; n--) {
      const { node, key } = this.nodeAt(path14.slice(0, n));
      const range = key?.range ?? node?.range;
      if (range !== void 0 && range !== null) return this.at(range[0]);
    }
    return { file: this.file, line: 1 };
  }
  /** Where the value itself at `path` is written (not its key). */
  locateValue(path14) {
    const { node } = this.nodeAt(path14);
    return node?.range ? this.at(node.range[0]) : this.locate(path14);
  }
  /** Where the key `name` of the mapping at `path` is written. */
  locateKey(path14, name) {
    return this.locate([...path14, name]);
  }
};

// src/config/schema.ts
var SEVERITY_VALUES = ["error", "warning", "note", "off"];
var SCHEMA_ID = `${REPO_URL}/blob/v${TOOL_VERSION}/schema/vpclint.schema.json`;
var severity = {
  description: "error, warning or note: the severity of every finding of the rule; off: do not run it.",
  enum: [...SEVERITY_VALUES]
};
function ruleEntry(rule) {
  const options = rule.options?.schema ?? {
    description: "This rule has no options.",
    type: "object",
    additionalProperties: false,
    properties: {}
  };
  return {
    description: `${rule.id} ${rule.name}: ${rule.summary} A severity, off, or { severity, options }.`,
    if: { type: "string" },
    then: severity,
    else: {
      type: "object",
      additionalProperties: false,
      properties: { severity, options }
    }
  };
}
var date = {
  description: "The last day the suppression holds, YYYY-MM-DD (UTC); after it, the finding is reported again.",
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$"
};
var targetPattern = `^(local|(${TARGET_PREFIXES.map(([p]) => p.replace(/-$/, "")).filter((p) => p !== "arn:").join("|")})-[0-9A-Za-z]+|arn:\\S+)$`;
var inventory = {
  description: "VPCs and route tables that live outside the linted files (another team or account), so a peering with them can be checked.",
  type: "object",
  additionalProperties: false,
  properties: {
    vpcs: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "cidrs"],
        properties: {
          id: { description: "The VPC ID, vpc-...", type: "string", pattern: "^vpc-[0-9A-Za-z]+$" },
          name: { description: "A name for people (its Name tag).", type: "string" },
          cidrs: {
            description: "Every CIDR block of the VPC: the primary IPv4 block first, then secondary IPv4 and IPv6 blocks.",
            type: "array",
            minItems: 1,
            items: { type: "string" }
          },
          region: { description: "The region, such as eu-west-1.", type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
          account: { description: "The 12-digit account ID, quoted.", type: "string", pattern: "^\\d{12}$" },
          dnsSupport: { description: "Whether DNS resolution is on in the VPC.", type: "boolean" },
          dnsHostnames: { description: "Whether DNS hostnames are on in the VPC.", type: "boolean" },
          routeTables: {
            description: "Route tables of the VPC with their routes: the main one (main: true) and those of the subnets that use a peering.",
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id"],
              properties: {
                id: { description: "The route table ID, rtb-...", type: "string", pattern: "^rtb-[0-9A-Za-z]+$" },
                main: { description: "This is the VPC's main route table.", type: "boolean" },
                routes: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["destination", "target"],
                    properties: {
                      destination: { description: "A CIDR block, or a prefix list ID (pl-...).", type: "string", minLength: 1 },
                      target: {
                        description: "An ID: pcx- (peering), igw-, vgw-, nat-, tgw-, eni-, i-, vpce-, eigw-, cagw-, lgw-, a core network ARN, or local.",
                        type: "string",
                        pattern: targetPattern
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
};
var intents = {
  description: "Flows the network must allow or deny, checked on every run (rule NET501 network-intent): a broken one is a finding at the hop that breaks it.",
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["name", "from", "to", "expect"],
    properties: {
      name: { description: "A name for the intent, unique in this file.", type: "string", pattern: "\\S" },
      from: {
        description: "Where the traffic starts: a subnet, security group or VPC (by address, logical ID, ID or Name tag), or an IP address or CIDR block inside one subnet.",
        type: "string",
        pattern: "\\S"
      },
      to: { description: "Where the traffic goes, named like from.", type: "string", pattern: "\\S" },
      protocol: { description: "tcp (the default), udp, icmp or all.", enum: ["tcp", "udp", "icmp", "all"] },
      port: { description: "The destination port (tcp, udp: required) or the ICMP type (icmp: optional).", type: "integer", minimum: 0, maximum: 65535 },
      expect: { description: "allow: the flow and its replies must get through; deny: they must not.", enum: ["allow", "deny"] }
    }
  }
};
function configSchema(rules2) {
  const definitions = {};
  const ruleProperties = {};
  for (const rule of rules2) {
    definitions[rule.id] = ruleEntry(rule);
    ruleProperties[rule.id] = { $ref: `#/definitions/${rule.id}` };
    ruleProperties[rule.name] = { $ref: `#/definitions/${rule.id}` };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "vpclint configuration (.vpclint.yml, .vpclint.yaml or .vpclint.json)",
    definitions,
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { description: "The schema of this file, for editors.", type: "string" },
      rules: {
        description: "Per rule, by ID (NET401) or name (open-ingress): a severity, off, or { severity, options }.",
        type: "object",
        additionalProperties: false,
        properties: ruleProperties
      },
      include: {
        description: "Globs, relative to this file: only files found in directories that match one are linted. Files named on the command line are always linted.",
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      exclude: {
        description: "Globs, relative to this file: files found in directories that match one are not linted (a pattern without / matches at any depth).",
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      ignore: {
        description: "Findings accepted without a comment in the source (plan JSON has none): by rule and resource address.",
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rule", "resource", "reason"],
          properties: {
            rule: {
              description: "A rule ID or name, or a list of them.",
              type: ["string", "array"],
              minItems: 1,
              items: { type: "string", minLength: 1 }
            },
            resource: { description: "The resource address as findings name it; * matches any characters.", type: "string", minLength: 1 },
            reason: { description: "Why the finding is acceptable (required).", type: "string", pattern: "\\S" },
            expires: date
          }
        }
      },
      inventory,
      intents
    }
  };
}

// src/config/precompiled-validator.ts
function precompiled() {
  return Promise.resolve().then(() => __toESM(require("./cli-config-validator.js"), 1)).then((m) => ({ schemaText: m.schemaText, validate: m.validate }));
}

// src/config/validator.ts
var AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, logger: false };
async function schemaValidator(schema) {
  const built = await precompiled();
  if (built !== void 0 && built.schemaText === JSON.stringify(schema)) return built.validate;
  const { Ajv } = cjsExports(await Promise.resolve().then(() => __toESM(require("./cli-ajv.js"), 1)), "Ajv", "the ajv package");
  return new Ajv(AJV_OPTIONS).compile(schema);
}

// src/config/load.ts
var CONFIG_NAMES = [".vpclint.yml", ".vpclint.yaml", ".vpclint.json"];
function findConfigFile(cwd, home = import_node_os.default.homedir()) {
  for (const dir of configDirectories(import_node_path9.default.resolve(cwd), home)) {
    const found = CONFIG_NAMES.filter((name) => isFile(import_node_path9.default.join(dir, name)));
    if (found.length > 1) {
      throw new ConfigError(`two configuration files in one directory: ${found.join(" and ")}`, {
        file: displayPath(import_node_path9.default.join(dir, found[0]), cwd),
        hint: "keep one of them"
      });
    }
    if (found.length === 1) return import_node_path9.default.join(dir, found[0]);
  }
  return void 0;
}
function configDirectories(start, home) {
  const homes = /* @__PURE__ */ new Set();
  if (home !== "") {
    homes.add(import_node_path9.default.resolve(home));
    try {
      homes.add((0, import_node_fs3.realpathSync)(home));
    } catch {
    }
  }
  const dirs = [];
  for (let dir = start; ; ) {
    dirs.push(dir);
    if (homes.has(dir) || (0, import_node_fs3.existsSync)(import_node_path9.default.join(dir, ".git"))) return dirs;
    const parent = import_node_path9.default.dirname(dir);
    if (parent === dir) return [start];
    dir = parent;
  }
}
function isFile(file) {
  try {
    return (0, import_node_fs3.statSync)(file).isFile();
  } catch {
    return false;
  }
}
async function loadConfig(options) {
  const absolute = options.file !== void 0 ? import_node_path9.default.resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (absolute === void 0) return void 0;
  const file = displayPath(absolute, options.cwd);
  let text4;
  try {
    text4 = readRegularFile(absolute).toString("utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the configuration file: ${describeFsError(error)}`, { file, cause: error });
  }
  return parseConfig(text4, file, import_node_path9.default.dirname(absolute), options.rules);
}
async function parseConfig(text4, file, dir, rules2) {
  await loadYaml();
  const doc = ConfigDocument.parse(text4, file);
  const value = doc.value ?? {};
  await validate(doc, value, configSchema(rules2), "the configuration");
  const byName = /* @__PURE__ */ new Map();
  for (const r of rules2) {
    byName.set(r.id, r);
    byName.set(r.name, r);
  }
  const config = value;
  const severities = /* @__PURE__ */ new Map();
  const ruleOptions = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(config.rules ?? {})) {
    const rule = byName.get(key);
    const other = seen.get(rule.id);
    if (other !== void 0) {
      throw new ConfigError(`rules.${key}: ${rule.id} ${rule.name} is configured twice (also as ${other})`, {
        ...where(doc, ["rules", key]),
        hint: "keep one entry per rule"
      });
    }
    seen.set(rule.id, key);
    const severity2 = typeof entry === "string" ? entry : entry.severity;
    if (severity2 !== void 0) severities.set(rule.id, severity2);
    if (typeof entry === "object" && entry.options !== void 0 && rule.options !== void 0) {
      ruleOptions.set(rule.id, { ...rule.options.defaults, ...entry.options });
    }
  }
  const ignores = [];
  (config.ignore ?? []).forEach((entry, i) => {
    const names2 = typeof entry.rule === "string" ? [entry.rule] : entry.rule;
    const ids = [];
    names2.forEach((name, j) => {
      const rule = byName.get(name) ?? byName.get(name.toUpperCase());
      const at4 = typeof entry.rule === "string" ? ["ignore", i, "rule"] : ["ignore", i, "rule", j];
      if (rule === void 0) {
        throw new ConfigError(`${formatKey(at4)}: unknown rule "${name}"`, { ...where(doc, at4, true), hint: "name a rule by ID (NET401) or name (open-ingress)" });
      }
      if (!ids.includes(rule.id)) ids.push(rule.id);
    });
    if (entry.expires !== void 0 && !isDate(entry.expires)) {
      const at4 = ["ignore", i, "expires"];
      throw new ConfigError(`${formatKey(at4)}: ${entry.expires} is not a date`, { ...where(doc, at4, true), hint: "write the last day it holds as YYYY-MM-DD" });
    }
    const location = doc.locateValue(["ignore", i]);
    ignores.push({
      rules: ids,
      resource: entry.resource,
      reason: entry.reason.trim(),
      ...entry.expires === void 0 ? {} : { expires: entry.expires },
      location,
      subject: new ConfigResource(doc, `ignore[${i}]`, "vpclint:ignore", ["ignore", i], entry)
    });
  });
  checkInventoryIds(doc, config.inventory);
  const intents2 = readIntents(doc, config.intents ?? []);
  return {
    file,
    dir,
    severities,
    ruleOptions,
    include: config.include ?? [],
    exclude: config.exclude ?? [],
    ignores,
    inventory: inventoryResources(doc, config.inventory),
    intents: intents2,
    written: {
      ...config.ignore === void 0 ? {} : { ignore: config.ignore },
      ...config.inventory === void 0 ? {} : { inventory: config.inventory },
      ...config.intents === void 0 ? {} : { intents: config.intents }
    }
  };
}
function where(doc, at4, value = false) {
  const loc = value ? doc.locateValue(at4) : doc.locate(at4);
  return loc.column === void 0 ? { file: loc.file, line: loc.line } : { file: loc.file, line: loc.line, column: loc.column };
}
function readIntents(doc, entries2) {
  const names2 = /* @__PURE__ */ new Map();
  return entries2.map((entry, i) => {
    const name = entry.name.trim();
    const first = names2.get(name);
    if (first !== void 0) {
      const at4 = ["intents", i, "name"];
      throw new ConfigError(`${formatKey(at4)}: the intent "${name}" is named twice (first at ${first})`, { ...where(doc, at4, true), hint: "give each intent its own name" });
    }
    names2.set(name, formatKey(["intents", i, "name"]));
    const protocol = entry.protocol ?? "tcp";
    if ((protocol === "tcp" || protocol === "udp") && entry.port === void 0) {
      throw new ConfigError(`${formatKey(["intents", i])}: "port" is missing: a ${protocol.toUpperCase()} intent names its destination port`, {
        ...where(doc, ["intents", i], true),
        hint: protocol === "tcp" && entry.protocol === void 0 ? "the protocol is tcp unless the intent says otherwise; set port, or protocol: all" : "set port"
      });
    }
    if (protocol === "icmp" && entry.port !== void 0 && entry.port > 255) {
      const at4 = ["intents", i, "port"];
      throw new ConfigError(`${formatKey(at4)}: ICMP type ${entry.port} is not between 0 and 255`, { ...where(doc, at4, true) });
    }
    if (protocol === "all" && entry.port !== void 0) {
      const at4 = ["intents", i, "port"];
      throw new ConfigError(`${formatKey(at4)}: protocol all covers every port, so port says nothing`, { ...where(doc, at4, true), hint: "remove port, or name the protocol" });
    }
    return {
      name,
      from: entry.from.trim(),
      to: entry.to.trim(),
      protocol,
      ...entry.port === void 0 ? {} : { port: entry.port },
      expect: entry.expect,
      location: doc.locateValue(["intents", i]),
      fromLocation: doc.locateValue(["intents", i, "from"]),
      toLocation: doc.locateValue(["intents", i, "to"]),
      subject: new ConfigResource(doc, `intents[${i}]`, "vpclint:intent", ["intents", i], entry)
    };
  });
}
function checkInventoryIds(doc, inventory2) {
  const vpcs = inventory2?.vpcs ?? [];
  const seen = /* @__PURE__ */ new Map();
  const once = (id, at4) => {
    const first = seen.get(id);
    if (first !== void 0) {
      throw new ConfigError(`${formatKey(at4)}: ${id} is listed twice in the inventory (first at ${first})`, { ...where(doc, at4, true) });
    }
    seen.set(id, formatKey(at4));
  };
  vpcs.forEach((vpc, i) => {
    once(vpc.id, ["inventory", "vpcs", i, "id"]);
    (vpc.routeTables ?? []).forEach((t, j) => once(t.id, ["inventory", "vpcs", i, "routeTables", j, "id"]));
  });
}
var TYPE_WORDS = {
  integer: "a whole number",
  number: "a number",
  string: "a string",
  array: "a list",
  object: "a mapping",
  boolean: "true or false",
  null: "empty"
};
function decodePath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt2(value, at4) {
  let v = value;
  for (const part of at4) {
    if (Array.isArray(v) && typeof part === "number") v = v[part];
    else if (typeof v === "object" && v !== null && Object.hasOwn(v, String(part))) v = v[String(part)];
    else return void 0;
  }
  return v;
}
function describe4(value, e) {
  const at4 = decodePath(e.instancePath);
  const key = formatKey(at4);
  const params = e.params;
  const schema = e.parentSchema ?? {};
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const inner = [...at4, name];
      if (at4.length === 1 && at4[0] === "rules") {
        return { message: `rules.${name}: unknown rule "${name}"`, hint: "name a rule by ID (NET401) or name (open-ingress)", at: inner, key: true };
      }
      const allowed = Object.keys(schema.properties ?? {});
      const list2 = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, ...` : allowed.join(", ");
      return {
        message: `${formatKey(inner)}: unknown key "${name}"`,
        hint: allowed.length === 0 ? "nothing may be set here" : `allowed here: ${list2}`,
        at: inner,
        key: true
      };
    }
    case "required":
      return { message: `${key}: "${String(params.missingProperty)}" is missing`, at: at4, key: false };
    case "type": {
      const types = String(params.type).split(",");
      const actual = valueAt2(value, at4);
      const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
      if (at4.length === 2 && at4[0] === "rules") {
        return { message: `${key}: must be a severity (error, warning, note, off) or a mapping with severity and options`, at: at4, key: false };
      }
      const quote2 = types.includes("string") && typeof actual === "number" ? `; quote it ("${String(actual)}"), or YAML reads it as a number` : "";
      return { message: `${key}: must be ${expected}${quote2}`, at: at4, key: false };
    }
    case "enum":
      return { message: `${key}: must be one of ${params.allowedValues.map(String).join(", ")}, not ${JSON.stringify(valueAt2(value, at4))}`, at: at4, key: false };
    case "pattern":
      if (params.pattern === "\\S") return { message: `${key}: must not be empty`, at: at4, key: false };
      return { message: `${key}: ${JSON.stringify(valueAt2(value, at4))} is not ${schema.description ? lowerFirst(schema.description) : `of the form ${String(params.pattern)}`}`, at: at4, key: false };
    case "minimum":
    case "maximum":
      return { message: `${key}: must be ${e.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`, at: at4, key: false };
    case "minItems":
      return { message: `${key}: must not be an empty list`, at: at4, key: false };
    case "minLength":
      return { message: `${key}: must not be empty`, at: at4, key: false };
    case "uniqueItems":
      return { message: `${key}: lists the same value twice (items ${Math.min(Number(params.i), Number(params.j))} and ${Math.max(Number(params.i), Number(params.j))})`, at: at4, key: false };
    default:
      return { message: `${key}: ${e.message ?? "is not valid"}`, at: at4, key: false };
  }
}
function lowerFirst(s) {
  const text4 = s.replace(/\.$/, "");
  return `${text4.charAt(0).toLowerCase()}${text4.slice(1)}`;
}
async function validate(doc, value, schema, what) {
  const check = await schemaValidator(schema);
  if (check(value)) return;
  const errors = (check.errors ?? []).filter((e) => e.keyword !== "if");
  const described2 = errors.map((e) => describe4(value, e));
  const located = described2.map((d) => ({ ...d, loc: d.key ? doc.locate(d.at) : doc.locateValue(d.at) }));
  located.sort((a, b) => a.loc.line - b.loc.line || (a.loc.column ?? 0) - (b.loc.column ?? 0) || b.at.length - a.at.length);
  const first = located[0];
  if (first === void 0) throw new ConfigError(`${what} is not valid`, { file: doc.file });
  const others = new Set(located.slice(1).map((d) => d.message));
  others.delete(first.message);
  const more = others.size === 0 ? void 0 : `${others.size} more ${others.size === 1 ? "problem" : "problems"} in this file after this one`;
  const hint = [first.hint, more].filter((x) => x !== void 0).join("; ");
  throw new ConfigError(first.message, { file: first.loc.file, line: first.loc.line, column: first.loc.column, ...hint === "" ? {} : { hint } });
}

// src/config/settings.ts
var TODAY_VARIABLE = "VPCLINT_TODAY";
async function loadRunSettings(options) {
  const today = options.env[TODAY_VARIABLE];
  if (today !== void 0 && today !== "" && !isDate(today)) {
    throw new UsageError(`${TODAY_VARIABLE} must be a date (YYYY-MM-DD), not "${today}"`);
  }
  const catalogue = [.../* @__PURE__ */ new Set([...rules, ...options.rules])];
  const config = await loadConfig({ cwd: options.cwd, file: options.config, rules: catalogue });
  let baseline;
  if (options.baseline !== void 0) {
    const absolute = import_node_path10.default.resolve(options.cwd, options.baseline);
    const file = displayPath(absolute, options.cwd);
    let text4;
    try {
      text4 = readRegularFile(absolute).toString("utf8");
    } catch (error) {
      throw new InputError(`cannot read the baseline: ${describeFsError(error)}`, {
        file,
        hint: "write one with vpclint --write-baseline FILE",
        cause: error
      });
    }
    baseline = parseBaseline(text4.startsWith("\uFEFF") ? text4.slice(1) : text4, file);
  }
  return {
    ...config === void 0 ? {} : { config },
    ...baseline === void 0 ? {} : { baseline },
    ...today === void 0 || today === "" ? {} : { today }
  };
}

// src/cli/suggest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(input, candidates) {
  const wanted = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/cli/rule-docs.ts
function findRule(name, rules2, flag) {
  const wanted = name.trim();
  const rule = rules2.find((r) => r.id === wanted.toUpperCase() || r.name === wanted.toLowerCase());
  if (rule !== void 0) return rule;
  const guess = closest(wanted, rules2.flatMap((r) => [r.id, r.name]));
  const match = guess === void 0 ? void 0 : rules2.find((r) => r.id === guess || r.name === guess);
  throw new UsageError(`${flag}: unknown rule "${wanted}"`, {
    hint: match === void 0 ? "vpclint --list-rules lists the rules" : `did you mean ${match.id} (${match.name})?`
  });
}
function listRulesText(rules2) {
  const header = { id: "ID", name: "NAME", defaultSeverity: "DEFAULT", summary: "SUMMARY" };
  const rows = [header, ...rules2];
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const nameWidth = Math.max(...rows.map((r) => r.name.length));
  const severityWidth = Math.max(...rows.map((r) => r.defaultSeverity.length));
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.defaultSeverity.padEnd(severityWidth)}  ${r.summary}`);
  return `${lines.join("\n")}
`;
}
function listRulesJson(rules2) {
  const list2 = rules2.map((r) => ({ id: r.id, name: r.name, defaultSeverity: r.defaultSeverity, summary: r.summary, docsUrl: ruleDocsUrl(r) }));
  return `${JSON.stringify(list2, null, 2)}
`;
}
var WIDTH = 100;
function wrap(text4, indent2, hang = indent2) {
  const lines = [];
  let line = "";
  for (const word2 of text4.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? indent2 : hang;
    if (line !== "" && prefix.length + line.length + 1 + word2.length > WIDTH) {
      lines.push(prefix + line);
      line = word2;
    } else {
      line = line === "" ? word2 : `${line} ${word2}`;
    }
  }
  if (line !== "") lines.push((lines.length === 0 ? indent2 : hang) + line);
  return lines.join("\n");
}
function showDefault(value) {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]` : JSON.stringify(value);
}
function explainRule(rule) {
  const out = [`${rule.id} ${rule.name} (default severity: ${rule.defaultSeverity})`, "", wrap(rule.summary, ""), ""];
  out.push("Why it matters", wrap(rule.rationale, "  "), "");
  out.push("How to fix", wrap(rule.remediation, "  "), "");
  out.push("Messages");
  for (const [id, template] of Object.entries(rule.messages)) {
    out.push(wrap(`${id}: ${template}`, "  ", "    "));
  }
  const options = rule.options?.schema?.properties;
  if (options !== void 0 && Object.keys(options).length > 0) {
    out.push("", `Options (in the configuration file: rules: { ${rule.name}: { options: { ... } } })`);
    for (const [name, spec] of Object.entries(options)) {
      out.push(wrap(`${name} (default ${showDefault(spec.default)}): ${spec.description ?? ""}`, "  ", "    "));
    }
  }
  const references = rule.references ?? [];
  if (references.length > 0) {
    out.push("", "References");
    for (const ref of references) out.push(wrap(`${ref.title}: ${ref.url}`, "  ", "    "));
  }
  out.push("", `Documentation: ${ruleDocsUrl(rule)}`);
  return `${out.join("\n")}
`;
}

// src/cli/rule-selection.ts
var SUPPRESSION_RULES = [UNUSED_SUPPRESSION, EXPIRED_SUPPRESSION, INVALID_SUPPRESSION];
function hasRuleFlags(flags) {
  return flags.rule.length > 0 || flags.only.length > 0 || flags.skip.length > 0;
}
function ruleList(values, rules2, flag) {
  const out = [];
  for (const value of values) {
    const names2 = value.split(",").map((n) => n.trim());
    if (names2.some((n) => n === "")) throw new UsageError(`${flag} needs rule IDs or names separated by commas, not "${value}"`, { hint: `for example ${flag} NET101,open-ingress` });
    for (const name of names2) {
      const rule = findRule(name, rules2, flag);
      if (!out.includes(rule)) out.push(rule);
    }
  }
  return out;
}
function selectRules(flags, rules2, configured) {
  const severities = new Map(configured ?? []);
  const setBy = /* @__PURE__ */ new Map();
  const only = ruleList(flags.only, rules2, "--only");
  const skip = ruleList(flags.skip, rules2, "--skip");
  const both = only.find((r) => skip.includes(r));
  if (both !== void 0) throw new UsageError(`${both.id} ${both.name} is in both --only and --skip`);
  if (only.length > 0) {
    for (const rule of rules2) {
      if (only.includes(rule)) {
        if (severities.get(rule.id) === "off") severities.delete(rule.id);
        setBy.set(rule.id, "--only");
      } else if (!SUPPRESSION_RULES.includes(rule.id)) {
        severities.set(rule.id, "off");
        setBy.set(rule.id, "--only");
      }
    }
  }
  for (const rule of skip) {
    severities.set(rule.id, "off");
    setBy.set(rule.id, "--skip");
  }
  for (const value of flags.rule) {
    const eq = value.lastIndexOf("=");
    const level = eq === -1 ? "" : value.slice(eq + 1).trim().toLowerCase();
    if (eq === -1 || ![...SEVERITIES, "off"].includes(level)) {
      throw new UsageError(`--rule needs ID=SEVERITY with a severity of error, warning, note or off, not "${value}"`, { hint: "for example --rule NET401=off or --rule open-ingress=warning" });
    }
    const rule = findRule(value.slice(0, eq), rules2, "--rule");
    if (skip.includes(rule) && level !== "off") throw new UsageError(`--rule ${value}: ${rule.id} ${rule.name} is also in --skip`);
    severities.set(rule.id, level);
    setBy.set(rule.id, "--rule");
  }
  return { severities, setBy };
}

// src/cli/config-commands.ts
var import_node_fs4 = require("node:fs");
var import_node_path11 = __toESM(require("node:path"), 1);
function effectiveRules(rules2, config, selection) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const configured = config?.severities.get(rule.id);
    const severity2 = selection.severities.get(rule.id) ?? rule.defaultSeverity;
    const setBy = selection.setBy.get(rule.id) ?? (configured !== void 0 && config !== void 0 ? config.file : "default");
    const options = config?.ruleOptions.get(rule.id) ?? rule.options?.defaults;
    out.set(rule.name, { id: rule.id, severity: severity2, setBy, ...options === void 0 ? {} : { options } });
  }
  return out;
}
function printConfig(rules2, config, selection, format2) {
  const effective = effectiveRules(rules2, config, selection);
  const rest = {
    include: config?.include ?? [],
    exclude: config?.exclude ?? [],
    ...config?.written.ignore === void 0 ? {} : { ignore: config.written.ignore },
    ...config?.written.inventory === void 0 ? {} : { inventory: config.written.inventory },
    ...config?.written.intents === void 0 ? {} : { intents: config.written.intents }
  };
  if (format2 === "json") {
    const data = { configFile: config?.file ?? null, rules: Object.fromEntries(effective), ...rest };
    return `${JSON.stringify(data, null, 2)}
`;
  }
  const ruleValues = Object.fromEntries(
    [...effective].map(([name, r]) => [name, r.options === void 0 ? r.severity : { severity: r.severity, options: r.options }])
  );
  const { Document, isScalar, visit } = yamlLib();
  const doc = new Document({ rules: ruleValues, ...rest });
  const from = config === void 0 ? "no configuration file; defaults" : `from ${config.file}`;
  const lines = [` The configuration in effect (vpclint ${TOOL_VERSION}): ${from}`];
  if (selection.setBy.size > 0) lines.push(" with --rule, --only and --skip of the command line over it");
  lines.push(" After each rule: its ID and where its severity comes from.");
  doc.commentBefore = lines.join("\n");
  const ruleMap = doc.get("rules", true);
  for (const pair of ruleMap.items) {
    const r = effective.get(String(pair.key.value));
    const note2 = ` ${r.id}, ${r.setBy}`;
    if (isScalar(pair.value)) pair.value.comment = note2;
    else pair.key.comment = note2;
  }
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    }
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
function flowValue(value) {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]` : JSON.stringify(value);
}
function initConfigText(rules2) {
  const lines = [
    `# vpclint configuration, written by vpclint --init (${TOOL_VERSION}).`,
    "# Reference: https://github.com/vpclint/vpclint#configuration; vpclint --print-config shows the",
    "# configuration in effect, vpclint --explain RULE what a rule checks.",
    "",
    "# Every rule, by name, at its default severity: set error, warning or note (every finding of the",
    "# rule gets it), or off (the rule does not run). A rule may also take { severity, options }.",
    "# Delete a line to follow the default of later versions.",
    "rules:"
  ];
  for (const rule of rules2) {
    lines.push(`  # ${rule.id}: ${rule.summary}`);
    lines.push(`  ${rule.name}: ${rule.defaultSeverity}`);
    const options = rule.options?.schema?.properties;
    if (options === void 0 || Object.keys(options).length === 0) continue;
    lines.push(`  # With options (vpclint --explain ${rule.name} describes them), instead:`);
    lines.push(`  # ${rule.name}:`);
    lines.push(`  #   severity: ${rule.defaultSeverity}`);
    lines.push("  #   options:");
    for (const [name, spec] of Object.entries(options)) lines.push(`  #     ${name}: ${flowValue(spec.default)}`);
  }
  lines.push(
    "",
    "# Globs relative to this file, applied to the files vpclint finds in directories (a file named",
    "# on the command line is always read). A pattern without / matches at any depth.",
    "# include: [infra]",
    '# exclude: [legacy, "*.plan.json"]',
    "",
    "# Suppressions for inputs without comments (plan JSON): rule (ID or name, or a list), resource",
    "# (the address findings name; * matches any characters), reason (required), expires (optional,",
    "# the last day, YYYY-MM-DD).",
    "# ignore:",
    "#   - rule: NET401",
    "#     resource: module.edge.aws_security_group_rule.public_https",
    "#     reason: public ALB, reviewed by security",
    "#     expires: 2027-03-31",
    "",
    "# VPCs and route tables outside the linted files (another team or account), so peerings with",
    "# them can be checked.",
    "# inventory:",
    "#   vpcs:",
    "#     - id: vpc-0shared1234",
    "#       name: shared-services",
    "#       cidrs: [10.50.0.0/16]",
    "#       region: eu-west-1",
    '#       account: "111122223333"',
    "#       routeTables:",
    "#         - id: rtb-0shared1234",
    "#           main: true",
    "#           routes:",
    "#             - destination: 10.0.0.0/16",
    "#               target: pcx-0abc12345",
    "",
    "# Flows the network must allow or deny, checked on every run (NET501 network-intent): from and",
    "# to name a subnet, security group or VPC (address, logical ID, ID or Name tag) or an IP address",
    "# in one subnet; protocol tcp (default), udp, icmp or all; port for tcp and udp.",
    "# intents:",
    "#   - name: app reaches the database",
    "#     from: aws_subnet.app",
    "#     to: aws_security_group.db",
    "#     port: 5432",
    "#     expect: allow",
    "#   - name: dev does not reach prod",
    "#     from: dev-vpc",
    "#     to: prod-vpc",
    "#     protocol: all",
    "#     expect: deny"
  );
  return `${lines.join("\n")}
`;
}
function writeInitConfig(cwd, rules2) {
  const existing = CONFIG_NAMES.find((name) => (0, import_node_fs4.existsSync)(import_node_path11.default.join(cwd, name)));
  if (existing !== void 0) {
    throw new UsageError("a configuration file is here already; --init does not overwrite it", {
      file: existing,
      hint: "vpclint --print-config shows the configuration in effect"
    });
  }
  const file = CONFIG_NAMES[0];
  try {
    (0, import_node_fs4.writeFileSync)(import_node_path11.default.join(cwd, file), initConfigText(rules2), { flag: "wx" });
  } catch (error) {
    throw new UsageError(`cannot write the configuration file: ${describeFsError(error)}`, { file, cause: error });
  }
  return file;
}

// src/cli/parse-args-problem.ts
var import_node_util = require("node:util");
function parseArgsProblem(error, optionNames) {
  const code2 = error?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(?:-[^-' ], )?(-[^' ]+)/.exec(message)?.[1];
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const guess = option.startsWith("--") ? closest(option, optionNames.map((name) => `--${name}`)) : void 0;
    return guess === void 0 ? { kind: "unknown", option } : { kind: "unknown", option, guess };
  }
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /does not take/.test(message) ? { kind: "takesNoValue", option } : { kind: "needsValue", option };
  }
  return { kind: "other", message };
}
function parseCommandArgs(argv, options, toError) {
  const config = {
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options
  };
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch (error) {
    throw toError(parseArgsProblem(error, Object.keys(options)));
  }
}

// src/cli/input-options.ts
var import_node_fs5 = require("node:fs");
var import_node_path12 = __toESM(require("node:path"), 1);
function sourceDirectory(dir, cwd) {
  const absolute = import_node_path12.default.resolve(cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = (0, import_node_fs5.statSync)(absolute).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new UsageError(`--source-dir ${dir}: no such directory`, { hint: "name the directory of the Terraform root module the plan was made from" });
  const relative = import_node_path12.default.relative(cwd, absolute).split(import_node_path12.default.sep).join("/");
  return relative === "" ? "." : relative;
}
function terraformVariables(tokens) {
  const out = [];
  for (const t of tokens ?? []) {
    if (t.kind !== "option" || t.value === void 0) continue;
    if (t.name === "var-file") out.push({ kind: "file", file: t.value });
    if (t.name !== "var") continue;
    const eq = t.value.indexOf("=");
    const name = eq === -1 ? "" : t.value.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new UsageError(`--var needs NAME=VALUE with a variable name, not "${t.value}"`, { hint: "for example --var vpc_cidr=10.0.0.0/16" });
    }
    out.push({ kind: "var", name, value: t.value.slice(eq + 1) });
  }
  return out;
}

// src/report/reach.ts
var plain2 = (s) => s;
var sgr2 = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var VERDICT_STYLE = { allowed: [32, 39], denied: [31, 39], unknown: [33, 39] };
var DECISION_STYLE = { pass: "allowed", block: "denied", unknown: "unknown" };
var MARK = { pass: "✓", block: "✗", unknown: "?" };
var HOP_WIDTH = 15;
function where2(location) {
  return location === void 0 ? "" : `${location.file}:${location.line}`;
}
function endText(end) {
  const label = end.subnet === void 0 ? end.label : `${end.label} in ${end.subnet}`;
  return end.text === end.label ? escapeText(label) : `${escapeText(end.text)} (${escapeText(label)})`;
}
function shownPair(result) {
  return result.pairs.find((p) => p.path === result.path);
}
function renderReachText(report, color) {
  const { result } = report;
  const paint = (verdict2) => color ? sgr2(...VERDICT_STYLE[verdict2]) : plain2;
  const bold = color ? sgr2(1, 22) : plain2;
  const out = [`${bold(paint(result.verdict)(result.verdict))}: ${flowText(report.flow)} from ${endText(report.from)} to ${endText(report.to)}`];
  if (result.path.length > 0) out.push("");
  for (const hop2 of result.path) {
    const mark = paint(DECISION_STYLE[hop2.decision])(MARK[hop2.decision]);
    const at4 = where2(hop2.location);
    out.push(`  ${mark} ${hop2.hop.padEnd(HOP_WIDTH)}  ${escapeText(hop2.resource)}${at4 === "" ? "" : `  ${escapeText(at4)}`}`);
    out.push(`      ${escapeText(hop2.detail)}`);
    if (hop2 === result.blockedBy && hop2.fix !== void 0) out.push(`      ${bold("fix:")} ${escapeText(hop2.fix)}`);
  }
  const tail = [];
  const blocked = result.blockedBy;
  if (blocked !== void 0) {
    const at4 = where2(blocked.location);
    tail.push(`Blocked at ${blocked.hop} by ${escapeText(blocked.resource)}${at4 === "" ? "" : ` (${escapeText(at4)})`}.`);
  }
  if (result.verdict === "unknown") {
    const undecided = result.path.filter((h) => h.decision === "unknown");
    if (undecided.length > 0) tail.push(`Undecided at ${undecided.map((h) => h.hop).join(", ")}: the hops marked ? cannot be decided from the code.`);
    const details = new Set(undecided.map((h) => h.detail));
    const other = result.reasons.filter((r) => !details.has(r));
    if (other.length > 0) tail.push("Unknown because:", ...other.map((r) => `  - ${escapeText(r)}`));
  }
  const pair = shownPair(result);
  if (result.pairs.length > 1) {
    const same2 = result.pairs.every((p) => p.verdict === result.verdict);
    if (pair !== void 0) {
      tail.push(
        `The hops are from ${escapeText(pair.from.subnet)} (${escapeText(pair.from.range)}) to ${escapeText(pair.to.subnet)} (${escapeText(pair.to.range)}), one of ${result.pairs.length} subnet pairs${same2 ? `, all ${result.verdict}.` : `, which disagree:`}`
      );
    }
    if (!same2) for (const p of result.pairs) tail.push(`  ${paint(p.verdict)(p.verdict.padEnd(7))}  ${escapeText(p.from.subnet)} -> ${escapeText(p.to.subnet)}`);
  }
  for (const note2 of result.notes) tail.push(`Note: ${escapeText(note2)}`);
  if (tail.length > 0) out.push("", ...tail);
  return neutralizeCommands(`${out.join("\n")}
`);
}
function toJsonHop(hop2) {
  const l = hop2.location;
  const location = l === void 0 ? null : l.column === void 0 ? { file: l.file, line: l.line } : { file: l.file, line: l.line, column: l.column };
  return { hop: hop2.hop, resource: hop2.resource, location, decision: hop2.decision, detail: hop2.detail, ...hop2.fix === void 0 ? {} : { fix: hop2.fix } };
}
function renderReachJson(report) {
  const { result } = report;
  const end = (e) => ({ text: e.text, kind: e.kind, resource: e.label, ...e.subnet === void 0 ? {} : { subnet: e.subnet } });
  const flow = report.flow.protocol === "all" || report.flow.port === void 0 ? { protocol: report.flow.protocol } : { protocol: report.flow.protocol, port: report.flow.port };
  const json = {
    verdict: result.verdict,
    from: end(report.from),
    to: end(report.to),
    flow,
    path: result.path.map(toJsonHop),
    blockedBy: result.blockedBy === void 0 ? null : toJsonHop(result.blockedBy),
    reasons: result.reasons,
    notes: result.notes,
    pairs: result.pairs.map((p) => ({ from: p.from, to: p.to, verdict: p.verdict }))
  };
  return `${escapeJsonOutput(JSON.stringify(json, null, 2))}
`;
}

// src/cli/reach.ts
var REACH_HELP = `Usage: vpclint reach FROM TO [--port N] [--protocol tcp|udp|icmp|all] [options] [paths..]

Can traffic go from FROM to TO, and its replies come back? vpclint follows the flow hop by hop
through what the inputs define: the source security group's egress, the source subnet's network
ACL, its route table (the local route, or a peering connection and whether it is accepted), the
destination subnet's network ACL and security group, and the replies back through the network
ACLs (to the ephemeral ports 1024-65535) and the destination's route table.

FROM and TO are each a subnet, security group or VPC, named by its Terraform address, its
CloudFormation logical ID, its real ID or its Name tag, or an IP address or CIDR block inside one
subnet. A VPC stands for every subnet in it, and so does a security group for its VPC, unless
written GROUP@SUBNET (the group's instances in that subnet). The paths are read as vpclint reads
them for linting (default: .).

Flow:
  --protocol P           tcp (default), udp, icmp or all
  --port N               the destination port (required for tcp and udp); for icmp, the type
                         (8: echo request; default: every type)

Output:
  --format text|json     text (default) or json: { verdict, from, to, flow, path, blockedBy,
                         reasons, notes, pairs }
  --color, --no-color    colour the text output or not

Inputs (as for linting): --config FILE, --parameters FILE, --parameter NAME=VALUE,
--var-file FILE, --var NAME=VALUE, --source-dir DIR; --debug, -h/--help.

Exit codes:
  0  allowed: every hop passes, both ways
  1  denied: a hop blocks the flow (the first one is shown with what would fix it)
  2  unknown (a deciding value is unknown until apply), or a usage error, an unknown or
     ambiguous endpoint, or unreadable or malformed input
`;
var OPTIONS = {
  port: { type: "string" },
  protocol: { type: "string" },
  format: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  config: { type: "string" },
  parameters: { type: "string", multiple: true },
  parameter: { type: "string", multiple: true },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  "source-dir": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var PROTOCOLS2 = ["tcp", "udp", "icmp", "all"];
function usage(message, hint = "run vpclint reach --help for the usage") {
  return new UsageError(`reach: ${message}`, { hint });
}
function toUsageError(problem) {
  switch (problem.kind) {
    case "unknown":
      return usage(`unknown option ${problem.option}`, problem.guess === void 0 ? "run vpclint reach --help for the options" : `did you mean ${problem.guess}?`);
    case "takesNoValue":
      return usage(`option ${problem.option} does not take a value`);
    case "needsValue":
      return usage(`option ${problem.option} needs a value`);
    case "other":
      return usage(problem.message);
  }
}
function wholeNumber3(text4) {
  return /^\d{1,6}$/.test(text4.trim()) ? Number(text4.trim()) : void 0;
}
function parseFlow(protocolText, portText) {
  const protocol = (protocolText ?? "tcp").trim().toLowerCase();
  if (!PROTOCOLS2.includes(protocol)) throw usage(`--protocol must be tcp, udp, icmp or all, not "${protocolText}"`);
  const p = protocol;
  if (portText === void 0) {
    if (p === "tcp" || p === "udp") throw usage(`a ${p.toUpperCase()} flow needs --port`, "for example --port 443");
    return { protocol: p };
  }
  if (p === "all") throw usage("--port does not apply to --protocol all, which asks for every protocol and port");
  const port = wholeNumber3(portText);
  if (port === void 0) throw usage(`--port must be a number, not "${portText}"`);
  const flow = { protocol: p, port };
  const problem = flowProblem(flow);
  if (problem !== void 0) throw usage(`--port: ${problem}`);
  return flow;
}
function parseReachArgs(argv) {
  const parsed = parseCommandArgs(argv, OPTIONS, toUsageError);
  const { values, positionals } = parsed;
  if (values.help === true) return "help";
  const [from, to, ...paths] = positionals;
  if (from === void 0 || to === void 0) throw usage(from === void 0 ? "FROM and TO are missing" : "TO is missing", "for example: vpclint reach app-subnet 10.0.16.5 --port 443");
  const flow = parseFlow(values.protocol, values.port);
  const format2 = values.format ?? "text";
  if (format2 !== "text" && format2 !== "json") throw usage(`--format must be text or json, not "${format2}"`);
  if (values.config === "") throw usage("--config needs a file name");
  if (values["source-dir"] === "") throw usage("--source-dir needs a directory");
  const colorFlag = parsed.tokens.filter((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color")).at(-1);
  return {
    from,
    to,
    paths: paths.length > 0 ? paths : ["."],
    flow,
    format: format2,
    ...colorFlag?.kind === "option" ? { color: colorFlag.name === "color" } : {},
    ...values.config === void 0 ? {} : { config: values.config },
    parameters: { files: values.parameters ?? [], flags: values.parameter ?? [] },
    terraformVariables: terraformVariables(parsed.tokens),
    ...values["source-dir"] === void 0 ? {} : { sourceDir: values["source-dir"] }
  };
}
function describeEnd(text4, spec) {
  switch (spec.kind) {
    case "address":
      return { text: text4, kind: spec.kind, label: spec.cidr.canonical, subnet: spec.subnet.label };
    case "subnet":
      return { text: text4, kind: spec.kind, label: spec.subnet.label };
    case "vpc":
      return { text: text4, kind: spec.kind, label: spec.vpc.label };
    case "security-group":
      return { text: text4, kind: spec.kind, label: spec.group.label, ...spec.subnet === void 0 ? {} : { subnet: spec.subnet.label } };
  }
}
function resolveEnd(model, text4) {
  const whole = resolveEndpoint(model, text4);
  const at4 = text4.lastIndexOf("@");
  if (whole.ok || at4 <= 0 || at4 === text4.length - 1) return whole;
  const group = resolveEndpoint(model, text4.slice(0, at4));
  const subnet = resolveEndpoint(model, text4.slice(at4 + 1));
  if (!group.ok) return group;
  if (!subnet.ok) return subnet;
  if (group.spec.kind !== "security-group") return { ok: false, error: `${text4.slice(0, at4).trim()}, before the @, is not a security group` };
  if (subnet.spec.kind !== "subnet") return { ok: false, error: `${text4.slice(at4 + 1).trim()}, after the @, is not a subnet` };
  const { group: g } = group.spec;
  const { subnet: sub } = subnet.spec;
  if (g.vpc.state === "known" && sub.vpc.state === "known" && g.vpc.value !== sub.vpc.value) {
    return { ok: false, error: `${sub.label} is not in ${g.vpc.value.label}, the VPC of ${g.label}, so no instance of the group can be in it` };
  }
  return { ok: true, spec: { kind: "security-group", group: g, subnet: sub } };
}
async function runReach(argv, io) {
  const options = parseReachArgs(argv);
  if (options === "help") {
    io.stdout(REACH_HELP);
    return 0;
  }
  const settings = await loadRunSettings({ cwd: io.cwd, env: io.env, config: options.config, rules: [] });
  const parameters = loadParameters(options.parameters.files, options.parameters.flags, io.cwd);
  let model;
  const linted = await lintPaths(options.paths, {
    cwd: io.cwd,
    rules: [],
    topology: false,
    parameters,
    terraformVariables: options.terraformVariables,
    ...options.sourceDir === void 0 ? {} : { sourceDir: sourceDirectory(options.sourceDir, io.cwd) },
    ...io.stdin === void 0 ? {} : { readStdin: io.stdin },
    ...settings.config === void 0 ? {} : { config: settings.config },
    modelBuilt: (m) => {
      model = m;
    }
  });
  if (linted.errors.length > 0 || model === void 0) {
    for (const error of linted.errors) io.printError(error);
    io.printError({ message: "reach: no answer, the inputs could not all be read (see above)" });
    return 2;
  }
  const ends = [];
  const specs = [];
  for (const [name, text4] of [["FROM", options.from], ["TO", options.to]]) {
    const resolved2 = resolveEnd(model, text4);
    if (!resolved2.ok) throw usage(`${name}: ${resolved2.error}`, "name a subnet, security group or VPC by address, logical ID, ID or Name tag, or an IP address inside a subnet");
    specs.push(resolved2.spec);
    ends.push(describeEnd(text4, resolved2.spec));
  }
  const result = reach(model, specs[0], specs[1], options.flow);
  const report = { from: ends[0], to: ends[1], flow: options.flow, result };
  io.stdout(options.format === "json" ? renderReachJson(report) : renderReachText(report, options.color ?? io.color));
  return result.verdict === "allowed" ? 0 : result.verdict === "denied" ? 1 : 2;
}

// src/cli.ts
var HELP = `Usage: vpclint [options] [paths..]
       vpclint reach FROM TO [--port N] [--protocol tcp|udp|icmp|all] [options] [paths..]

Lint AWS network designs in three kinds of input: Terraform plan JSON (terraform show -json
plan.out > plan.json), Terraform sources (.tf, .tofu) and CloudFormation templates (JSON or YAML).

Paths are files or directories (default: .); - reads a plan JSON or a template from standard
input. Directories are searched recursively, skipping node_modules, .terraform and .git, and
files there that are not inputs are skipped. A file named here that vpclint does not read, or a
path with nothing to read, is an error (exit 2). Registry, git, HTTP and S3 modules are read
where terraform init installed them (.terraform/modules); one that is not installed is an error.

vpclint reach answers whether traffic can go from FROM to TO (a subnet, security group or VPC,
or an IP address) and its replies come back, hop by hop through security groups, network ACLs,
route tables and peering connections (exit 0 allowed, 1 denied, 2 unknown); see
vpclint reach --help.

Output:
  --format NAME[=FILE]   output format: text (default), json, sarif, markdown (a pull-request
                         comment) or github (workflow annotations); with =FILE the output is
                         written to FILE instead of stdout; repeat to write several outputs
  -o, --output FILE      write the output that would go to stdout to FILE instead
  -q, --quiet            report errors only: warnings and notes are neither printed nor counted
                         for the exit code; checks that could not be decided are counted in the
                         summary but not listed (--format json lists them)
  --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: error (default),
                         warning or note; none: never (errors of input or usage still exit 2)
  --color, --no-color    colour the text output or not, whatever NO_COLOR, FORCE_COLOR
                         and the terminal say
  --fix-hints            print each finding's suggested fix under it in the text output
                         (json, sarif and markdown always carry the fixes)

Rules (by ID or name; these win over the configuration file):
  --rule ID=SEVERITY     set a rule to error, warning, note or off; repeatable
  --only ID[,ID..]       run only these rules (and NET002-NET004, which report on the
                         suppressions of the rules that run; --skip turns them off)
  --skip ID[,ID..]       do not run these rules
  --list-rules           list every rule with its default severity (--format json: as JSON)
  --explain RULE         print what a rule checks, why it matters and how to fix it

Inputs and configuration:
  --parameters FILE      CloudFormation parameter values: a JSON file as the AWS CLI takes
                         ([{"ParameterKey": …, "ParameterValue": …}]) or {"Name": "value"};
                         repeatable
  --parameter NAME=VALUE one CloudFormation parameter, or a pseudo parameter such as
                         AWS::Region; repeatable, wins over --parameters
  --var-file FILE        Terraform root variable values for .tf modules (.tfvars or
                         .tfvars.json); repeatable
  --var NAME=VALUE       one Terraform root variable; repeatable; --var-file and --var apply
                         in the order given, after terraform.tfvars and *.auto.tfvars
  --source-dir DIR       the Terraform root module linted plans were made from: findings
                         point at its .tf lines (default: the plan's directory, else the
                         repository root, when its .tf files declare the plan's configuration)
  --config FILE          configuration file (default: the first .vpclint.yml, .vpclint.yaml
                         or .vpclint.json in this directory or a parent, up to the
                         repository root or the home directory)
  --print-config         print the configuration in effect, the rule flags included, and the
                         file it comes from (YAML; --format json: JSON)
  --init                 write a commented .vpclint.yml here (not over an existing one)
  --baseline FILE        report only findings that are not in this baseline, and list the
                         ones in it that are no longer found as fixed
  --write-baseline FILE  record the current findings in FILE as the baseline, then exit 0
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
  const format2 = eq === -1 ? value : value.slice(0, eq);
  const file = eq === -1 ? void 0 : value.slice(eq + 1);
  if (!reporters.has(format2)) {
    if (PLANNED_FORMATS.includes(format2)) throw new UsageError(`--format ${format2} is not available yet`);
    throw new UsageError(`unknown format "${format2}"`, { hint: `choose one of: ${FORMAT_NAMES.join(", ")}` });
  }
  if (file === "") throw new UsageError(`--format ${format2}= needs a file name after the =`);
  return file === void 0 ? { format: format2 } : { format: format2, file };
}
function toUsageError2(problem) {
  switch (problem.kind) {
    case "unknown":
      return new UsageError(`unknown option ${problem.option}`, { hint: problem.guess === void 0 ? "run vpclint --help for the options" : `did you mean ${problem.guess}?` });
    case "takesNoValue":
      return new UsageError(`option ${problem.option} does not take a value`);
    case "needsValue":
      return new UsageError(`option ${problem.option} needs a value`, { hint: "run vpclint --help for the options" });
    case "other":
      return new UsageError(problem.message);
  }
}
var OPTIONS2 = {
  format: { type: "string", multiple: true },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "fix-hints": { type: "boolean" },
  rule: { type: "string", multiple: true },
  only: { type: "string", multiple: true },
  skip: { type: "string", multiple: true },
  config: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  parameters: { type: "string", multiple: true },
  parameter: { type: "string", multiple: true },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  "source-dir": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "list-rules": { type: "boolean" },
  explain: { type: "string" },
  "print-config": { type: "boolean" },
  init: { type: "boolean" },
  debug: { type: "boolean" },
  version: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var NO_RULE_FLAGS = { rule: [], only: [], skip: [] };
function parseCommandLine(argv) {
  const parsed = parseCommandArgs(argv, OPTIONS2, toUsageError2);
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const debug = values.debug === true;
  const quiet = values.quiet === true;
  if (help || version) return { paths: [], outputs: [], failOn: "error", debug, help, version, ruleFlags: NO_RULE_FLAGS, quiet };
  for (const name of ["config", "baseline", "write-baseline", "output"]) {
    if (values[name] === "") throw new UsageError(`--${name} needs a file name`);
  }
  if (values["source-dir"] === "") throw new UsageError("--source-dir needs a directory");
  if (values.explain !== void 0 && values.explain.trim() === "") throw new UsageError("--explain needs a rule ID or name", { hint: "for example --explain NET201" });
  const failOnValue = values["fail-on"] ?? "error";
  if (failOnValue !== "none" && !SEVERITIES.includes(failOnValue)) {
    throw new UsageError(`--fail-on must be error, warning, note or none, not "${failOnValue}"`);
  }
  const outputs = (values.format ?? ["text"]).map(parseFormat);
  if (values.output !== void 0) {
    const index = outputs.findIndex((o) => o.file === void 0);
    if (index === -1) throw new UsageError(`-o ${values.output}: every --format writes to a file already`);
    if (outputs.filter((o) => o.file === void 0).length === 1) outputs[index] = { format: outputs[index].format, file: values.output };
  }
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
  const command2 = values["list-rules"] === true ? { kind: "list-rules" } : values.explain !== void 0 ? { kind: "explain", rule: values.explain } : values["print-config"] === true ? { kind: "print-config" } : values.init === true ? { kind: "init" } : void 0;
  const colorFlag = parsed.tokens.filter((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color")).at(-1);
  return {
    paths: positionals.length > 0 ? positionals : ["."],
    outputs,
    failOn: failOnValue,
    debug,
    help,
    version,
    ...command2 === void 0 ? {} : { command: command2 },
    ruleFlags: { rule: values.rule ?? [], only: values.only ?? [], skip: values.skip ?? [] },
    quiet,
    ...values["fix-hints"] === true ? { fixHints: true } : {},
    ...colorFlag?.kind === "option" ? { color: colorFlag.name === "color" } : {},
    parameters: { files: values.parameters ?? [], flags: values.parameter ?? [] },
    terraformVariables: terraformVariables(parsed.tokens),
    ...values.config === void 0 ? {} : { config: values.config },
    ...values.baseline === void 0 ? {} : { baseline: values.baseline },
    ...values["source-dir"] === void 0 ? {} : { sourceDir: values["source-dir"] },
    ...values["write-baseline"] === void 0 ? {} : { writeBaseline: values["write-baseline"] }
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
    const text4 = current instanceof Error ? current.stack ?? `${current.name}: ${current.message}` : String(current);
    out.push(depth === 0 ? text4 : `caused by: ${text4}`);
    current = current instanceof Error ? current.cause : void 0;
  }
  return out.join("\n");
}
function indent(text4) {
  return text4.split("\n").map((l) => `    ${l}`).join("\n");
}
function errorText(e, prefix) {
  const message = escapeText(e.message);
  const head = e.file === void 0 ? `${prefix}${message}` : formatErrorLocation({ file: escapeText(e.file), line: e.line, column: e.column, message });
  return `${head}
${e.hint === void 0 ? "" : `  ${escapeText(e.hint)}
`}`;
}
function printError(io, error, debug) {
  let text4 = errorText(error, "vpclint: ");
  if (debug && error.cause !== void 0) text4 += `${indent(stacks(error.cause))}
`;
  io.stderr(text4);
}
function runSettings(cli, io, rules2) {
  return loadRunSettings({ cwd: io.cwd, env: io.env, config: cli.config, baseline: cli.baseline, rules: rules2 });
}
function writeBaselineFile(file, result, io, debug, isInput) {
  if (result.errors.length > 0) {
    printError(io, { file, message: "the baseline is not written: the results are incomplete (see the errors above)" }, debug);
    return 2;
  }
  const accepted2 = (result.suppressed ?? []).filter((f) => f.suppression?.via === "baseline");
  const findings = [...result.findings, ...accepted2];
  const target2 = import_node_path13.default.resolve(io.cwd, file);
  if (isInput(target2)) {
    printError(io, { file, message: "cannot write the baseline: it is one of the inputs of this run, which it would overwrite" }, debug);
    return 2;
  }
  try {
    writeOutputFile(target2, renderBaseline(findings));
  } catch (error) {
    printError(io, { file, message: `cannot write the baseline: ${whyNotWritten(error, io.cwd)}`, cause: error }, debug);
    return 2;
  }
  io.stderr(`vpclint: wrote the baseline ${escapeText(file)} (${findings.length} ${findings.length === 1 ? "finding" : "findings"})
`);
  return 0;
}
function whyNotWritten(error, cwd) {
  if (error instanceof CannotCreateDirectoryError) {
    const relative = import_node_path13.default.relative(cwd, error.directory);
    const shown = relative === "" || relative === ".." || relative.startsWith(`..${import_node_path13.default.sep}`) || import_node_path13.default.isAbsolute(relative) ? error.directory : relative.split(import_node_path13.default.sep).join("/");
    return `cannot create the directory ${shown}: ${describeFsError(error.cause)}`;
  }
  const errno = error?.code;
  return errno === "EEXIST" || errno === "ENOTDIR" ? "a parent of it is a file, not a directory" : describeFsError(error);
}
function identity2(file) {
  try {
    const stats = (0, import_node_fs6.statSync)(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return void 0;
  }
}
function inputsOf(cli, settings, result, cwd) {
  let known3;
  return (target2) => {
    const id = identity2(target2);
    if (id === void 0) return false;
    if (known3 === void 0) {
      const files = [
        ...cli.paths.filter((p) => p !== STDIN_PATH),
        ...result.files.filter((f) => f !== STDIN_NAME),
        ...cli.parameters?.files ?? [],
        ...(cli.terraformVariables ?? []).flatMap((v) => v.kind === "file" ? [v.file] : []),
        ...cli.config === void 0 ? [] : [cli.config],
        ...cli.baseline === void 0 ? [] : [cli.baseline]
      ].map((f) => import_node_path13.default.resolve(cwd, f));
      if (settings.config !== void 0) files.push(import_node_path13.default.resolve(cwd, settings.config.file));
      known3 = new Set(files.flatMap((f) => identity2(f) ?? []));
    }
    return known3.has(id);
  };
}
function exitCode(result, failOn) {
  if (result.errors.length > 0) return 2;
  if (failOn === "none") return 0;
  const threshold = severityRank(failOn);
  return result.findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}
function errorsOnly(result) {
  return {
    ...result,
    findings: result.findings.filter((f) => f.severity === "error"),
    ...result.suppressed === void 0 ? {} : { suppressed: result.suppressed.filter((f) => f.severity === "error") }
  };
}
function infoFormat(cli, command2) {
  const [output, ...more] = cli.outputs;
  if (output === void 0 || more.length > 0 || output.file !== void 0 || output.format !== "text" && output.format !== "json") {
    throw new UsageError(`${command2} prints text or json to stdout`, { hint: `run ${command2} alone, or with --format json` });
  }
  return output.format;
}
async function main(argv, processIo, options = {}) {
  return (await runCommand(argv, processIo, options)).code;
}
async function runCommand(argv, processIo, options = {}) {
  const done = (code2) => ({ code: code2, outputs: [] });
  const io = { ...processIo, stderr: (text4) => processIo.stderr(escapeLines(text4)) };
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "reach") {
      const color = useColor(io);
      return done(await runReach(argv.slice(1), { ...io, color, printError: (error) => printError(io, error, debug) }));
    }
    const cli = parseCommandLine(argv);
    if (cli.help) {
      io.stdout(HELP);
      return done(0);
    }
    if (cli.version) {
      io.stdout(`${TOOL_VERSION}
`);
      return done(0);
    }
    const rules2 = options.rules ?? rules;
    const catalogue = [.../* @__PURE__ */ new Set([...rules, ...rules2])];
    if (cli.command?.kind === "list-rules") {
      io.stdout(infoFormat(cli, "--list-rules") === "json" ? listRulesJson(rules2) : listRulesText(rules2));
      return done(0);
    }
    if (cli.command?.kind === "explain") {
      io.stdout(explainRule(findRule(cli.command.rule, catalogue, "--explain")));
      return done(0);
    }
    if (cli.command?.kind === "init") {
      const file = writeInitConfig(io.cwd, catalogue);
      io.stderr(`vpclint: wrote ${file}: every rule at its default severity; edit it, or check it with vpclint --print-config
`);
      return done(0);
    }
    const settings = await runSettings(cli, io, rules2);
    const selection = selectRules(cli.ruleFlags, catalogue, settings.config?.severities);
    if (cli.command?.kind === "print-config") {
      await loadYaml();
      io.stdout(printConfig(catalogue, settings.config, selection, infoFormat(cli, "--print-config") === "json" ? "json" : "yaml"));
      return done(0);
    }
    const parameters = loadParameters(cli.parameters?.files ?? [], cli.parameters?.flags ?? [], io.cwd);
    const linted = await lintPaths(cli.paths, {
      cwd: io.cwd,
      rules: rules2,
      parameters,
      terraformVariables: cli.terraformVariables,
      ...cli.sourceDir === void 0 ? {} : { sourceDir: sourceDirectory(cli.sourceDir, io.cwd) },
      ...io.stdin === void 0 ? {} : { readStdin: io.stdin },
      ...settings,
      ...hasRuleFlags(cli.ruleFlags) ? { severityOverrides: selection.severities } : {},
      // The topology is for the markdown diagram only.
      topology: cli.outputs.some((o) => o.format === "markdown") || (options.render ?? []).includes("markdown")
    });
    for (const error of linted.errors) printError(io, error, cli.debug);
    const result = cli.quiet ? errorsOnly(linted) : linted;
    let code2 = exitCode(result, cli.failOn);
    const isInput = inputsOf(cli, settings, result, io.cwd);
    if (cli.writeBaseline !== void 0) {
      const baseline = cli.baseline === void 0 ? void 0 : identity2(import_node_path13.default.resolve(io.cwd, cli.baseline));
      const overwrites = (target2) => isInput(target2) && (baseline === void 0 || identity2(target2) !== baseline);
      code2 = writeBaselineFile(cli.writeBaseline, linted, io, cli.debug, overwrites);
    }
    const outputs = [];
    const render2 = (format2, color) => {
      const reporter = reporters.get(format2);
      if (reporter === void 0) throw new Error(`no reporter for ${format2}`);
      const ctx = {
        toolVersion: TOOL_VERSION,
        cwd: io.cwd,
        rules: rules2,
        color,
        ...cli.quiet ? { quiet: true } : {},
        ...cli.fixHints === true ? { fixHints: true } : {}
      };
      return reporter(result, ctx);
    };
    for (const output of cli.outputs) {
      const text4 = render2(output.format, output.file === void 0 && (cli.color ?? useColor(io)));
      const warning = output.format === "sarif" ? omissionWarning(text4) : void 0;
      if (warning !== void 0) io.stderr(`${warning}
`);
      const rendered = { format: output.format, text: text4, ...warning === void 0 ? {} : { warning } };
      if (output.file === void 0) {
        io.stdout(text4);
        outputs.push({ ...rendered, to: "stdout" });
        continue;
      }
      const target2 = import_node_path13.default.resolve(io.cwd, output.file);
      if (isInput(target2)) {
        printError(io, { file: output.file, message: `cannot write the ${output.format} output: it is one of the inputs of this run, which it would overwrite` }, cli.debug);
        code2 = 2;
        outputs.push({ ...rendered, to: "file", file: output.file, written: false });
        continue;
      }
      try {
        writeOutputFile(target2, text4);
        outputs.push({ ...rendered, to: "file", file: output.file, written: true });
      } catch (error) {
        printError(io, { file: output.file, message: `cannot write the ${output.format} output: ${whyNotWritten(error, io.cwd)}`, cause: error }, cli.debug);
        code2 = 2;
        outputs.push({ ...rendered, to: "file", file: output.file, written: false });
      }
    }
    for (const format2 of options.render ?? []) outputs.push({ format: format2, to: "caller", text: render2(format2, false) });
    return { code: code2, result, outputs };
  } catch (error) {
    if (error instanceof VpclintError) {
      const prefix = error.code === "usage" ? "vpclint: " : "";
      io.stderr(`${errorText(error, prefix)}${debug ? `${indent(stacks(error))}
` : ""}`);
      return done(2);
    }
    io.stderr(`internal error in vpclint ${TOOL_VERSION}; rerun with --debug for details
`);
    if (debug) io.stderr(`${stacks(error)}
`);
    return done(2);
  }
}
async function runCli() {
  const stdout = guardedStream(process.stdout, "standard output");
  const stderr = guardedStream(process.stderr, "standard error");
  process.exitCode = await main(process.argv.slice(2), {
    stdout: stdout.write,
    stderr: stderr.write,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdin: readProcessStdin
  });
  const settle2 = () => {
    const failed = stdout.failure() ?? stderr.failure();
    if (failed === void 0 || process.exitCode === 2) return;
    if (stderr.failure() === void 0) process.stderr.write(`vpclint: ${failed}
`);
    process.exitCode = 2;
  };
  settle2();
  process.once("exit", settle2);
  exitOnceWritten([process.stdout, process.stderr], () => process.exit());
}
function exitOnceWritten(streams, exit) {
  let waiting = streams.length;
  let failed = false;
  const written = (error) => {
    if (error) failed = true;
    if (--waiting === 0 && !failed) exit();
  };
  for (const stream of streams) {
    try {
      stream.write("", written);
    } catch (error) {
      written(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
function guardedStream(stream, name) {
  let failed;
  let closed = false;
  const fail2 = (error) => {
    if (error?.code === "EPIPE") closed = true;
    else failed ??= `cannot write to ${name}: ${describeFsError(error)}`;
  };
  stream.on("error", fail2);
  return {
    write: (text4) => {
      if (closed || failed !== void 0) return;
      try {
        stream.write(text4);
      } catch (error) {
        fail2(error);
      }
    },
    failure: () => failed
  };
}
async function readProcessStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
function isEntryPoint() {
  const entry = process.argv[1];
  if (entry === void 0) return false;
  try {
    return __vpclintUrl === (0, import_node_url2.pathToFileURL)((0, import_node_fs6.realpathSync)(entry)).href;
  } catch {
    return false;
  }
}
if (typeof VPCLINT_EMBEDDED === "undefined" && isEntryPoint()) void runCli();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HELP,
  exitOnceWritten,
  guardedStream,
  main,
  runCli,
  runCommand,
  useColor
});
