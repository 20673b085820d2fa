import { owners, type Funnel } from '../../schemas/funnel';
import { toBase64Url } from '../base64url';

/**
 * The share code: `<version>.<base64url(JSON)>`, with the funnel packed into arrays so a
 * six-stage funnel fits in a short link. Version 1 packs:
 * [volume, dealValue, currency, budget|null, target, mode 0|1, presetId|null,
 *  [[name, owner 0|1|2, rate, days|null, ref|null], …]].
 * Version 2 adds the after-sale settings as a ninth item: [on 0|1, churn, expansion, monthly].
 * Version 3 adds the gross margin to them: [on 0|1, churn, expansion, monthly, grossMargin].
 * Version 4 adds goal mode's team inputs as a tenth item: [quota, ramp, attainment, meetings], or null
 * while the reader keeps the starting values.
 * Version 1 codes still open, with the after-sale section off; version 2 codes with the default margin.
 * Stage ids are not shared; they are renumbered s1…sN on the way in.
 */
export const CODE_VERSION = 4;

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
    [f.after.on ? 1 : 0, f.after.churn, f.after.expansion, f.after.monthly, f.after.grossMargin],
    f.team && [f.team.quota, f.team.ramp, f.team.attainment, f.team.meetings],
  ];
  return `${CODE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(packed)))}`;
}
