import * as z from 'zod/mini';
import { funnelSchema, owners, type Funnel } from '../../schemas/funnel';
import { DEFAULT_GROSS_MARGIN, defaultAfter } from './after';
import { textFromBase64Url } from '../base64url';
import { CODE_VERSION } from './code-encode';

/*
 * The share code's reader. The writer lives in ./code-encode (re-exported here), so copying a
 * link loads neither this reader, its schemas nor its messages. The format is described there.
 */
export { CODE_VERSION, encodeFunnel } from './code-encode';
const OLDEST_VERSION = 1;
/** Longer codes are refused before any decoding work. */
export const CODE_MAX_LENGTH = 4000;

const bit = z.literal([0, 1]);
/*
 * The packed arrays' items get names (see `named`) and are checked as objects: zod's tuple type
 * would add about 0.5 KB gzip to the zod chunk every island shares, for this one reader.
 */
const STAGE_ITEMS = ['name', 'owner', 'rate', 'days', 'ref'] as const;
const packedStage = z.strictObject({
  name: z.string(),
  owner: z.literal([0, 1, 2]),
  rate: z.number(),
  days: z.nullable(z.number()),
  ref: z.nullable(z.string()),
});
const ITEMS = ['volume', 'dealValue', 'currency', 'budget', 'target', 'mode', 'presetId', 'stages'] as const;
const packedSchema = z.strictObject({
  volume: z.number(),
  dealValue: z.number(),
  currency: z.string(),
  budget: z.nullable(z.number()),
  target: z.number(),
  mode: bit,
  presetId: z.nullable(z.string()),
  stages: z.array(packedStage),
});
const AFTER_ITEMS = ['on', 'churn', 'expansion', 'monthly', 'grossMargin'] as const;
const packedAfter = z.strictObject({
  on: bit,
  churn: z.number(),
  expansion: z.number(),
  monthly: z.number(),
  grossMargin: z.number(),
});
const TEAM_ITEMS = ['quota', 'ramp', 'attainment', 'meetings'] as const;
const packedTeam = z.strictObject({
  quota: z.number(),
  ramp: z.number(),
  attainment: z.number(),
  meetings: z.number(),
});

/** An array's items under the given names; null (which no object schema accepts) when it is not one of that length. */
function named(names: readonly string[], raw: unknown): Record<string, unknown> | null {
  if (!Array.isArray(raw) || raw.length !== names.length) return null;
  return Object.fromEntries(names.map((n, i) => [n, raw[i]]));
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
  // Version 2 codes carry a ninth item, the after-sale settings; version 4 a tenth, the team inputs.
  const names = version >= 4 ? [...ITEMS, 'after', 'team'] : version >= 2 ? [...ITEMS, 'after'] : ITEMS;
  const { after: afterItem, team: teamItem, ...top } = named(names, raw) ?? {};
  const packed = packedSchema.safeParse(
    Array.isArray(top.stages) ? { ...top, stages: top.stages.map((st) => named(STAGE_ITEMS, st)) } : top,
  );
  // Version 2 codes carry no gross margin: they get the default one.
  const afterNamed =
    version >= 3 ? named(AFTER_ITEMS, afterItem) : version === 2 ? named(AFTER_ITEMS.slice(0, 4), afterItem) : null;
  const packedA =
    version >= 2 ? packedAfter.safeParse(afterNamed && { grossMargin: DEFAULT_GROSS_MARGIN, ...afterNamed }) : null;
  const packedT = teamItem == null ? null : packedTeam.safeParse(named(TEAM_ITEMS, teamItem));
  if (!packed.success || (packedA && !packedA.success) || (packedT && !packedT.success))
    return { ok: false, reason: 'the funnel code in the link has the wrong shape' };
  const { volume, dealValue, currency, budget, target, mode, presetId, stages } = packed.data;
  const after = packedA?.success ? { ...packedA.data, on: packedA.data.on === 1 } : defaultAfter(dealValue);
  const candidate = {
    volume,
    dealValue,
    currency,
    budget,
    target,
    mode: mode === 1 ? 'goal' : 'forward',
    presetId,
    stages: stages.map(({ name, owner, rate, days, ref }, i) => ({
      id: `s${i + 1}`,
      name,
      owner: owners[owner],
      rate,
      days,
      ref,
    })),
    after,
    team: packedT?.success ? packedT.data : null,
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
