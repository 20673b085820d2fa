import { roles, sharedResultSchema, type SharedResult } from '../../schemas/assessment';
import { toBase64Url } from '../base64url';
import { CODE_FORMAT, DAY, EPOCH, NOT_APPLICABLE, crc32, dateOfDay } from './code-format';
import { withBase } from '../base';

/* Writing result codes; the format is described in code-format.ts. */
const MAX_LABEL_BYTES = 160;

/** Days since 2020-01-01 for a YYYY-MM-DD date. */
const dayNumber = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH) / DAY);

/** The first and last day a code can hold (2020-01-01 to 2199-06-06). */
export const CODE_DATE_RANGE = [dateOfDay(0), dateOfDay(0xffff)] as const;

/**
 * What to tell the reader when a result's date is outside what a code can hold (a device clock set
 * wrong): the code records the nearest day it can, and says so rather than change the date silently.
 */
export function codeDateNote(date: string): string | null {
  const [first, last] = CODE_DATE_RANGE;
  if (date >= first && date <= last) return null;
  const kept = date < first ? first : last;
  return `This device’s clock dated your result ${date}, but a code holds dates from ${first} to ${last}, so the code says ${kept}. If the date is wrong, check the device’s date and time.`;
}

/** Encodes a result. Throws only on values the schema rejects (a programming error, not user input). */
export function encodeResultCode(result: SharedResult): string {
  const r = sharedResultSchema.parse(result);
  // A label of 40 UTF-16 units is at most 120 bytes; cut at a whole character if that ever changes.
  const chars = [...r.team];
  let label = new TextEncoder().encode(r.team);
  while (label.length > MAX_LABEL_BYTES) {
    chars.pop();
    label = new TextEncoder().encode(chars.join(''));
  }
  const day = Math.max(0, Math.min(0xffff, dayNumber(r.date)));
  const n = r.answers.length;
  const packed = new Uint8Array(Math.ceil((n * 3) / 8));
  r.answers.forEach((a, i) => {
    const v = a === 'na' ? NOT_APPLICABLE : (a ?? 0);
    for (let b = 0; b < 3; b++) if (v & (4 >> b)) packed[(i * 3 + b) >> 3]! |= 0x80 >> ((i * 3 + b) & 7);
  });
  const body = new Uint8Array([
    CODE_FORMAT,
    r.questionnaireVersion,
    roles.indexOf(r.role),
    r.nonce >> 8,
    r.nonce & 0xff,
    day >> 8,
    day & 0xff,
    label.length,
    ...label,
    n,
    ...packed,
  ]);
  const crc = crc32(body);
  return toBase64Url(new Uint8Array([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]));
}

/** The share link for a code, as a path on this site (under its base). */
export const shareHref = (code: string) => withBase(`/assessment/result/#c=${code}`);
