/**
 * Provider configurations of `.tf` modules, for the region and account each resource works in
 * (peering and security group rules across regions and accounts depend on them). A resource uses
 * `provider = aws.west`, or the default `aws` configuration; a module uses its own provider
 * blocks, the ones its caller passes in `providers = { aws = aws.west }`, or inherits the
 * caller's default configuration. `region` is evaluated like any expression; the account is that
 * of the last `assume_role` role's ARN, or the only `allowed_account_ids` entry, as the plan
 * reader reads them. Nothing is guessed: an expression that cannot be evaluated stays unknown.
 */
import type { AttrValue, ProviderSettings } from '../source.js';
import { isRecord, own, type JsonObject } from './config.js';
import { evaluateJson, parseCached, type Scope } from './evaluate.js';
import { EvalError, Unknown, resolved, type Value } from './values.js';

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\//;

/** `aws.west` for `${aws.west}`, `aws` for `${aws}`; undefined when the text is not such a reference. */
export function providerReference(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    let e = parseCached(text);
    if (e.k === 'wrap') e = e.e;
    if (e.k === 'var') return e.name;
    if (e.k === 'attr' && e.obj.k === 'var') return `${e.obj.name}.${e.name}`;
    if (e.k === 'lit' && typeof e.v === 'string' && /^[a-z0-9_-]+(\.[a-z0-9_-]+)?$/i.test(e.v)) return e.v;
  } catch {
    return undefined;
  }
  return undefined;
}

/** The provider configuration a resource block uses: its `provider` argument, or the type's provider. */
export function resourceProviderKey(body: JsonObject, type: string): string | undefined {
  const given = own(body, 'provider');
  if (given !== undefined) return providerReference(given);
  return type.split('_')[0];
}

function evaluated(json: unknown, scope: Scope): Value {
  try {
    return resolved(evaluateJson(json, scope));
  } catch (error) {
    if (error instanceof EvalError) return new Unknown(error.message);
    throw error;
  }
}

function regionOf(name: string, body: JsonObject, scope: Scope): AttrValue {
  if (!Object.hasOwn(body, 'region')) return ABSENT;
  const v = evaluated(body.region, scope);
  if (v instanceof Unknown) return { state: 'unknown', reason: `the region of provider configuration ${name} is unknown (${v.reason})`, refs: [] };
  if (v === null || v === '') return ABSENT;
  if (typeof v === 'string') return { state: 'known', value: v };
  return { state: 'unknown', reason: `the region of provider configuration ${name} is not a string`, refs: [] };
}

function accountOf(name: string, body: JsonObject, scope: Scope): AttrValue {
  for (const block of ['assume_role', 'assume_role_with_web_identity']) {
    const blocks = own(body, block);
    if (!Array.isArray(blocks) || blocks.length === 0) continue;
    const last: unknown = blocks[blocks.length - 1];
    if (!isRecord(last) || !Object.hasOwn(last, 'role_arn')) continue;
    const arn = evaluated(last.role_arn, scope);
    if (arn instanceof Unknown) {
      return { state: 'unknown', reason: `the account of provider configuration ${name} is that of its ${block} role, whose ARN is unknown (${arn.reason})`, refs: [] };
    }
    if (typeof arn !== 'string') continue;
    const account = ROLE_ARN.exec(arn)?.[1];
    if (account !== undefined) return { state: 'known', value: account };
    if (arn !== '') return { state: 'unknown', reason: `the account of provider configuration ${name} is that of its ${block} role, whose ARN ${JSON.stringify(arn)} names no account`, refs: [] };
  }
  if (Object.hasOwn(body, 'allowed_account_ids')) {
    const ids = evaluated(body.allowed_account_ids, scope);
    if (Array.isArray(ids) && ids.length === 1 && typeof ids[0] === 'string' && /^\d{12}$/.test(ids[0])) return { state: 'known', value: ids[0] };
  }
  return ABSENT;
}

/** The settings of one provider block, evaluated in the scope of the module that declares it. */
export function providerSettings(name: string, body: JsonObject, scope: Scope): ProviderSettings {
  const alias = own(body, 'alias');
  const settings: ProviderSettings = { name, region: regionOf(name, body, scope), accountId: accountOf(name, body, scope) };
  return typeof alias === 'string' && alias !== '' ? { ...settings, alias } : settings;
}

/** The settings of a module without a block for a default configuration: nothing set. */
export function emptySettings(name: string): ProviderSettings {
  return { name, region: ABSENT, accountId: ABSENT };
}
