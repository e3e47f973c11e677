/**
 * The provider configurations of a plan (`configuration.provider_config`), read for the region and
 * account each one works in: peering and security group rules across regions and accounts
 * depend on them, and plan JSON states them nowhere else for AWS provider 5 resources.
 * Terraform 1.1+ resolves every resource's `provider_config_key` to the configuration it really
 * uses (`aws.us` for a module given `providers = { aws = aws.us }`, `module.net:aws` for a
 * module's own provider block), so a key is looked up as is. Older plans write keys such as
 * `net:aws` with no entry, which could mean any configuration passed in: those stay unknown.
 * Only literals are read: `region = var.region` is reported as unknown, never evaluated.
 */
import type { AttrValue, ProviderSettings } from '../source.js';
import { isExpression } from './config.js';
import { isRecord, own, type JsonObject } from './guards.js';

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
const EMPTY_ENTRY: JsonObject = Object.freeze({});

/** `arn:aws:iam::123456789012:role/name`: the account of an IAM role. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\//;

export class ProviderConfigs {
  readonly #entries = new Map<string, JsonObject>();
  readonly #settings = new Map<string, ProviderSettings>();

  /** Indexes `configuration.provider_config`; anything that is not an object is left out. */
  constructor(configuration: unknown) {
    const configs = own(configuration, 'provider_config');
    if (!isRecord(configs)) return;
    for (const key of Object.keys(configs)) {
      const entry = configs[key];
      if (isRecord(entry)) this.#entries.set(key, entry);
    }
  }

  /**
   * The settings of the configuration with this key, or undefined when the plan has none. A
   * root module's default configuration (`aws`) with no entry is one with no provider block, so
   * nothing set; a key of another form with no entry (`net:aws` in plans before Terraform 1.1)
   * may stand for any configuration passed into the module, so it stays undefined.
   */
  settings(key: string): ProviderSettings | undefined {
    let s = this.#settings.get(key);
    if (s === undefined) {
      const entry = this.#entries.get(key) ?? (/^[a-z0-9_-]+$/i.test(key) ? EMPTY_ENTRY : undefined);
      if (entry === undefined) return undefined;
      s = readSettings(key, entry);
      this.#settings.set(key, s);
    }
    return s;
  }
}

function readSettings(key: string, entry: JsonObject): ProviderSettings {
  const alias = own(entry, 'alias');
  const expressions = own(entry, 'expressions');
  const settings: ProviderSettings = {
    name: key,
    region: regionOf(key, own(expressions, 'region')),
    accountId: accountOf(key, expressions),
  };
  return typeof alias === 'string' && alias !== '' ? { ...settings, alias } : settings;
}

function unknownValue(reason: string): AttrValue {
  return { state: 'unknown', reason, refs: [] };
}

/** A literal string of an expression; undefined when not a literal, '' when not set. */
function literal(expression: unknown): string | undefined {
  if (!isExpression(expression)) return undefined;
  const c = own(expression, 'constant_value');
  if (c === undefined || c === null) return own(expression, 'references') === undefined ? '' : undefined;
  return typeof c === 'string' ? c : undefined;
}

function referencesText(expression: unknown): string {
  const refs = own(expression, 'references');
  const names = Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : [];
  return names.length > 0 ? `comes from ${names.slice(0, 3).join(', ')}, which vpclint does not evaluate` : 'is not a literal';
}

function regionOf(key: string, expression: unknown): AttrValue {
  if (expression === undefined) return ABSENT;
  const value = literal(expression);
  if (value === '') return ABSENT;
  if (value !== undefined) return { state: 'known', value };
  return unknownValue(`the region of provider configuration ${key} ${referencesText(expression)}`);
}

/**
 * The account: that of the last role in `assume_role` (the provider assumes the roles in order),
 * or of `assume_role_with_web_identity`, or the only entry of `allowed_account_ids`. Absent when
 * none is set: the account then comes from the credentials.
 */
function accountOf(key: string, expressions: unknown): AttrValue {
  for (const block of ['assume_role', 'assume_role_with_web_identity']) {
    const blocks = own(expressions, block);
    if (!Array.isArray(blocks) || blocks.length === 0) continue;
    const last: unknown = blocks[blocks.length - 1];
    const arn = own(last, 'role_arn');
    const text = literal(arn);
    if (text === undefined) return unknownValue(`the account of provider configuration ${key} is that of its ${block} role, whose ARN ${referencesText(arn)}`);
    const account = ROLE_ARN.exec(text)?.[1];
    if (account !== undefined) return { state: 'known', value: account };
    if (text !== '') return unknownValue(`the account of provider configuration ${key} is that of its ${block} role, whose ARN ${JSON.stringify(text)} names no account`);
  }
  const allowed = own(expressions, 'allowed_account_ids');
  if (isExpression(allowed)) {
    const c = own(allowed, 'constant_value');
    if (Array.isArray(c) && c.length === 1 && typeof c[0] === 'string' && /^\d{12}$/.test(c[0])) return { state: 'known', value: c[0] };
  }
  return ABSENT;
}
