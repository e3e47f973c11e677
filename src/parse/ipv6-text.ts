/**
 * IPv6 text, shared by the model's CIDR math (src/model/cidr.ts) and the Terraform CIDR functions
 * (src/parse/terraform-hcl/cidr-functions.ts): both print addresses the way RFC 5952 (and Go's
 * `net.IP.String()`) does. It lives in parse/ because parse/ may not import the model.
 */

/** RFC 5952 text of eight 16-bit groups: lower-case hex, no leading zeros, the first longest run (>= 2) of zero groups as `::`. */
export function formatIPv6Groups(groups: readonly number[]): string {
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
  let out = '';
  for (let k = 0; k < 8; k++) {
    if (k === bestStart) {
      out += '::';
      k += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(':')) out += ':';
    out += (groups[k] as number).toString(16);
  }
  return out;
}
