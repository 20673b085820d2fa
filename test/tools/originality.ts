/**
 * The originality check without the source article: a fingerprint is the set of SHA-256 hashes
 * (truncated) of every normalised 8-word run of a text. Content is checked by hashing its own runs
 * and looking them up, so the repository never holds the article's sentences, yet a copied run
 * of 8 words is still caught. Runs with plain Node (type stripping) for `npm run fingerprint`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { wordRuns } from '../support/readability.ts';

/** Words in a run: the guide's rule is "no run of 8 words copied from the article". */
export const RUN_LENGTH = 8;
/** 64 bits of SHA-256: with a few hundred article runs and ~100 000 content runs, a false match is ~1 in 10¹². */
export const HASH_HEX_DIGITS = 16;

export interface Fingerprint {
  /** What was fingerprinted and how to regenerate it. */
  about: string;
  runLength: number;
  hashHexDigits: number;
  /** Sorted, unique hashes of the normalised runs (see `normalisedWords` in test/support/readability.ts). */
  hashes: string[];
}

export function hashRun(run: string, digits = HASH_HEX_DIGITS): string {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, digits);
}

export function fingerprintOf(text: string, about: string): Fingerprint {
  const hashes = [...new Set([...wordRuns(text, RUN_LENGTH)].map((run) => hashRun(run)))].sort();
  return { about, runLength: RUN_LENGTH, hashHexDigits: HASH_HEX_DIGITS, hashes };
}

export function readFingerprint(file: string): Fingerprint {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Fingerprint;
  if (!Array.isArray(data.hashes) || data.runLength !== RUN_LENGTH || data.hashHexDigits !== HASH_HEX_DIGITS) {
    throw new Error(`${file} is not a fingerprint of ${RUN_LENGTH}-word runs; regenerate it with npm run fingerprint`);
  }
  return data;
}

/** The normalised runs of `text` whose hash is in the fingerprint, in the order they occur in `text`. */
export function copiedRuns(fingerprint: Fingerprint, text: string): string[] {
  const known = new Set(fingerprint.hashes);
  return [...wordRuns(text, fingerprint.runLength)].filter((run) => known.has(hashRun(run, fingerprint.hashHexDigits)));
}
