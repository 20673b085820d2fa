import * as z from 'zod/mini';
import { funnelSchema, owners, type Funnel } from '../../schemas/funnel';
import { defaultAfter } from './after';
import { fromBase64Url, toBase64Url } from '../base64url';

/**
 * The share code: `<version>.<base64url(JSON)>`, with the funnel packed into arrays so a
 * six-stage funnel fits in a short link. Version 1 packs:
 * [volume, dealValue, currency, budget|null, target, mode 0|1, presetId|null,
 *  [[name, owner 0|1|2, rate, days|null, ref|null], …]].
 * Version 2 adds the after-sale settings as a ninth item: [on 0|1, churn, expansion, monthly].
 * Version 1 codes still open, with the after-sale section off.
 * Stage ids are not shared; they are renumbered s1…sN on the way in.
 */
export const CODE_VERSION = 2;
const OLDEST_VERSION = 1;
/** Longer codes are refused before any decoding work. */
export const CODE_MAX_LENGTH = 4000;

const packedStage = z.tuple([
  z.string(),
  z.union([z.literal(0), z.literal(1), z.literal(2)]),
  z.number(),
  z.nullable(z.number()),
  z.nullable(z.string()),
]);
const packedSchema = z.tuple([
  z.number(),
  z.number(),
  z.string(),
  z.nullable(z.number()),
  z.number(),
  z.union([z.literal(0), z.literal(1)]),
  z.nullable(z.string()),
  z.array(packedStage),
]);
const packedAfter = z.tuple([z.union([z.literal(0), z.literal(1)]), z.number(), z.number(), z.number()]);

/** The UTF-8 text a base64url code holds; null when the code or its UTF-8 is damaged. */
function textFromBase64Url(code: string): string | null {
  const bytes = fromBase64Url(code);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Packs a funnel into a share code. */
export function encodeFunnel(f: Funnel): string {
  const packed = [
    f.volume,
    f.dealValue,
    f.currency,
    f.budget,
    f.target,
    f.mode === 'goal' ? 1 : 0,
    f.presetId,
    f.stages.map((s) => [s.name, owners.indexOf(s.owner), s.rate, s.days, s.ref]),
    [f.after.on ? 1 : 0, f.after.churn, f.after.expansion, f.after.monthly],
  ];
  return `${CODE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(packed)))}`;
}

export type DecodedFunnel = { ok: true; funnel: Funnel } | { ok: false; reason: string };

/**
 * Unpacks a share code through the funnel schema. Never throws: a damaged, edited, old or
 * newer code gets a reason a reader can understand.
 */
export function decodeFunnel(code: string): DecodedFunnel {
  if (typeof code !== 'string' || code.length === 0) return { ok: false, reason: 'the link holds no funnel' };
  if (code.length > CODE_MAX_LENGTH) return { ok: false, reason: 'the funnel code in the link is too long' };
  const m = /^(\d{1,4})\.(.*)$/s.exec(code);
  if (!m) return { ok: false, reason: 'the funnel code in the link has no version' };
  const version = Number(m[1]);
  if (version > CODE_VERSION) return { ok: false, reason: 'the link was made by a newer version of this site' };
  if (version < OLDEST_VERSION)
    return { ok: false, reason: 'the link was made by an older version of this site that is no longer supported' };
  const json = textFromBase64Url(m[2]!);
  if (json === null) return { ok: false, reason: 'the funnel code in the link is damaged' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the funnel code in the link is damaged' };
  }
  const rest = Array.isArray(raw) && version >= 2 ? raw.slice(8) : [];
  const packed = packedSchema.safeParse(Array.isArray(raw) && version >= 2 ? raw.slice(0, 8) : raw);
  const packedA = version >= 2 ? packedAfter.safeParse(rest[0]) : null;
  if (!packed.success || (packedA && (!packedA.success || rest.length !== 1)))
    return { ok: false, reason: 'the funnel code in the link has the wrong shape' };
  const [volume, dealValue, currency, budget, target, mode, presetId, stages] = packed.data;
  const a = packedA?.success ? packedA.data : null;
  const after = a ? { on: a[0] === 1, churn: a[1], expansion: a[2], monthly: a[3] } : defaultAfter(dealValue);
  const candidate = {
    volume,
    dealValue,
    currency,
    budget,
    target,
    mode: mode === 1 ? 'goal' : 'forward',
    presetId,
    stages: stages.map(([name, owner, rate, days, ref], i) => ({
      id: `s${i + 1}`,
      name,
      owner: owners[owner],
      rate,
      days,
      ref,
    })),
    after,
  };
  const result = funnelSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: `the funnel in the link is not valid (${describePath(issue?.path ?? [])}${issue ? `: ${issue.message}` : ''})`,
    };
  }
  return { ok: true, funnel: result.data };
}

function describePath(path: PropertyKey[]): string {
  if (path[0] === 'stages' && typeof path[1] === 'number')
    return `stage ${path[1] + 1}${path[2] ? ` ${String(path[2])}` : ''}`;
  return path.length ? path.map(String).join(' ') : 'funnel';
}
