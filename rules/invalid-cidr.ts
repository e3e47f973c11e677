// NET001 invalid-cidr: a CIDR literal that does not parse, or that has host bits set. A typo in a
// CIDR (`10.0.0/16`, `10.0.0.0/33`) fails the plan or the apply, and a block with host bits set
// (`10.0.1.0/22`) names a different network than its address suggests: depending on the
// attribute and the tool it is rejected at plan or apply time, or quietly masked to the network
// address (10.0.0.0/22), so the range differs from what the author had in mind. The worst case is
// a /0 with host bits (`192.168.1.0/0`), which reads like one private network but is the whole
// internet. Every other rule reads the masked network, so this rule is the one place where the
// literal itself is judged.
// See https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { parseCidr } from '../src/model/cidr.js';
import type { AttrPath, CidrLiteral } from '../src/model/types.js';

/** `route[0].cidr_block`, or a generic phrase when the builder kept no path. */
function attributeText(path: AttrPath | undefined): string {
  if (!path || path.length === 0) return 'a CIDR block';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** The literal for a message: long garbage (a pasted file, a huge string) is cut to one line. */
function literalText(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

export default defineRule({
  id: 'NET001', name: 'invalid-cidr', defaultSeverity: 'error', summary: 'A CIDR literal does not parse, or has host bits set.',
  rationale:
    prose`A malformed CIDR block fails the plan or the apply, often only after other resources have been created.
    A block with host bits set (10.0.1.0/22) is not the network it appears to be: it is rejected, or masked to
    the network address (10.0.0.0/22), a range larger or placed differently than the author intended, so reviews
    that read the literal by eye go wrong. A /0 with host bits (192.168.1.0/0) looks like a
    private network but admits or routes the whole internet.`,
  remediation:
    prose`Write every CIDR block as its network address and prefix length (10.0.0.0/22, 2001:db8::/56): clear the host
    bits, or change the prefix length to the block that was meant. Fix malformed literals to address/prefix form
    with four octets for IPv4 and a prefix length of at most 32 (IPv4) or 128 (IPv6).`,
  references: [
    { title: 'VPC CIDR blocks', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html' },
  ],
  docs: examples({ tf: ['positive-vpc-host-bits.tf', 'negative-canonical.tf'], cfn: ['positive-vpc-host-bits.cfn.yaml', 'negative-cidr-function.cfn.yaml'] }),
  messages: {
    malformed:
      prose`{resource} sets {attribute} to {cidr}, which is not a valid CIDR block: {reason}.
      Write an IPv4 or IPv6 network as address/prefix, e.g. 10.0.0.0/16 or 2001:db8::/56.`,
    wrongFamily:
      prose`{resource} sets {attribute} to {cidr}, an {family} block, where an {expected} block is expected. Move it to
      the attribute for {family} sources or destinations, or write the intended {expected} block.`,
    hostBits:
      prose`{resource} sets {attribute} to {cidr}, which has host bits set; AWS uses {canonical}.
      Write the network address {canonical}, or change the prefix length if a different block was meant.`,
    hostBitsWorld:
      prose`{resource} sets {attribute} to {cidr}, which has host bits set and a /0 prefix: AWS reads it as {canonical},
      the whole {internet}, not the network its address suggests. Write {canonical} if every address is meant;
      otherwise write the intended prefix length.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const literals = model.cidrLiterals;
    for (let i = 0; i < literals.length; i++) {
      const literal = literals[i] as CidrLiteral;
      const { result } = literal;
      // Most literals are valid network addresses: skip them before making anything (the
      // subject too: a literal may make it when asked).
      if (result.ok && !result.cidr.hostBitsSet) continue;
      const subject = literal.subject;
      const where = { resource: subject.resource.address, attribute: attributeText(subject.path) };
      if (!result.ok) {
        // A literal that parses on its own but was refused by the builder is in the wrong family's
        // attribute (an IPv4 block in cidr_ipv6): a different mistake with a different fix.
        const alone = parseCidr(literal.text);
        if (alone.ok) {
          const family = alone.cidr.family === 4 ? 'IPv4' : 'IPv6';
          const expected = alone.cidr.family === 4 ? 'IPv6' : 'IPv4';
          context.report({ messageId: 'wrongFamily', subject, data: { ...where, cidr: literalText(literal.text), family, expected } });
        } else {
          context.report({ messageId: 'malformed', subject, data: { ...where, cidr: literalText(literal.text), reason: result.error } });
        }
        continue;
      }
      const { cidr } = result;
      if (cidr.prefix === 0) {
        context.report({
          messageId: 'hostBitsWorld',
          subject,
          data: {
            ...where,
            cidr: literalText(literal.text),
            canonical: cidr.canonical,
            internet: cidr.family === 4 ? 'IPv4 internet' : 'IPv6 internet',
          },
        });
      } else {
        context.report({ messageId: 'hostBits', subject, data: { ...where, cidr: literalText(literal.text), canonical: cidr.canonical } });
      }
    }
  },
});
