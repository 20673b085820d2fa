import { roles, sharedResultSchema, type SharedResult } from '../../schemas/assessment';
import { fromBase64Url, toBase64Url } from '../base64url';
import { codeFromUrl } from '../url-code';

/**
 * Result codes: compact, URL-safe text that holds one respondent's result.
 *
 * Bytes, then base64url without padding:
 *   [format][questionnaire version][role][nonce hi][nonce lo][day hi][day lo][label length][label UTF-8…]
 *   [answer count][answers, 3 bits each: 0 = don't know, 1–5]…[CRC-32, 4 bytes]
 * The day counts from 2020-01-01 (UTC). CRC-32 catches every change of one character, since
 * one base64 character is at most 6 changed bits and CRC-32 detects all bursts under 33 bits.
 */
export const CODE_FORMAT = 1;
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
const MAX_LABEL_BYTES = 160;

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE 802.3), as used by zip and PNG. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Days since 2020-01-01 for a YYYY-MM-DD date. */
const dayNumber = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH) / DAY);
const dateOfDay = (day: number) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

/** The first and last day a code can hold (2020-01-01 to 2199-06-06). */
export const CODE_DATE_RANGE = [dateOfDay(0), dateOfDay(0xffff)] as const;

/**
 * A day a code can hold: a date before 2020 (or after 2199, from a wrong device clock) is
 * moved to the nearest end of the range, so a result can always be shared.
 */
export const codeDate = (date: string) => dateOfDay(Math.max(0, Math.min(0xffff, dayNumber(date))));

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
    const v = a ?? 0;
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

export type CodeProblem = 'empty' | 'characters' | 'checksum' | 'newer-format' | 'malformed';

export type DecodeCodeResult = { ok: true; value: SharedResult } | { ok: false; problem: CodeProblem; message: string };

const fail = (problem: CodeProblem, message: string): DecodeCodeResult => ({ ok: false, problem, message });

/** Decodes and validates a code. Never throws: every failure says what is wrong in plain words. */
export function decodeResultCode(code: string): DecodeCodeResult {
  const text = code.trim();
  if (!text) return fail('empty', 'There is no code here.');
  if (!/^[A-Za-z0-9_-]+$/.test(text))
    return fail('characters', 'This has characters a result code never contains. Copy the code or link again.');
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 14)
    return fail('checksum', 'This code is incomplete or has a wrong character. Copy the whole code or link again.');
  const body = bytes.subarray(0, bytes.length - 4);
  const stored =
    ((bytes[bytes.length - 4]! << 24) |
      (bytes[bytes.length - 3]! << 16) |
      (bytes[bytes.length - 2]! << 8) |
      bytes[bytes.length - 1]!) >>>
    0;
  if (crc32(body) !== stored)
    return fail(
      'checksum',
      'This code has a wrong or missing character (its checksum does not match). Copy the whole code or link again.',
    );
  if (body[0] !== CODE_FORMAT)
    return fail('newer-format', 'This code was made by a newer version of this site and cannot be read here.');
  const labelLength = body[7]!;
  const countAt = 8 + labelLength;
  const n = body[countAt];
  if (n === undefined || body.length !== countAt + 1 + Math.ceil((n * 3) / 8))
    return fail('malformed', 'This is not a result code from this site.');
  let team: string;
  try {
    team = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(8, countAt));
  } catch {
    return fail('malformed', 'This is not a result code from this site.');
  }
  const answers: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let b = 0; b < 3; b++)
      v = (v << 1) | ((body[countAt + 1 + ((i * 3 + b) >> 3)]! >> (7 - ((i * 3 + b) & 7))) & 1);
    answers.push(v === 0 ? null : v);
  }
  const parsed = sharedResultSchema.safeParse({
    questionnaireVersion: body[1],
    nonce: (body[3]! << 8) | body[4]!,
    role: roles[body[2]!],
    team,
    date: dateOfDay((body[5]! << 8) | body[6]!),
    answers,
  });
  if (!parsed.success) return fail('malformed', 'This is not a result code from this site.');
  return { ok: true, value: parsed.data };
}

/** Pulls the code out of a pasted line: a bare code, or a link with `#c=…` or `?c=…`. */
export function extractCode(line: string): string {
  const text = line.trim();
  return codeFromUrl(text, 'c') ?? text;
}

/** The share link for a code, relative to the site root. */
export const shareHref = (code: string) => `/assessment/result/#c=${code}`;
