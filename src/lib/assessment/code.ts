import { roles, sharedResultSchema, type SharedResult } from '../../schemas/assessment';
import { fromBase64Url } from '../base64url';
import { codeFromUrl } from '../url-code';
import { CODE_FORMAT, NOT_APPLICABLE, crc32, dateOfDay } from './code-format';

/*
 * Reading result codes (the format is described in code-format.ts). The writer lives apart so a
 * reader's own result, which only writes its code, does not load the reader and its messages,
 * and a team page that only reads codes does not load the writer.
 */
export { CODE_FORMAT, crc32 } from './code-format';

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
  const answers: (number | 'na' | null)[] = [];
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let b = 0; b < 3; b++)
      v = (v << 1) | ((body[countAt + 1 + ((i * 3 + b) >> 3)]! >> (7 - ((i * 3 + b) & 7))) & 1);
    answers.push(v === 0 ? null : v === NOT_APPLICABLE ? 'na' : v);
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
