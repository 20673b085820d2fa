/**
 * The originality check must catch a real copy, with or without the source article beside the
 * repository: a run planted from a test-only passage is caught through that passage's committed
 * fingerprint; when the article is present, the committed fingerprint must be current and a run
 * planted from the article itself must be caught too.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisedWords } from '../support/readability';
import { copiedRuns, fingerprintOf, readFingerprint } from '../tools/originality';
import { ABOUT, articlePath, fingerprintPath } from '../tools/fingerprint';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'originality');
const sampleText = readFileSync(path.join(fixtures, 'sample-source.txt'), 'utf8');
const sample = readFingerprint(path.join(fixtures, 'sample-fingerprint.json'));

/** A chapter as an editor writes one, with a placeholder where the copied words go. */
const chapter = (planted: string) => `---
title: A chapter
---
import Term from '../../src/components/mdx/Term.astro';

## Planting a run

Our own words come first. ${planted} And our own words close the paragraph.
`;

describe('originality check against a fingerprint', () => {
  it('has a committed test fingerprint that matches its passage (the hashing is stable)', () => {
    expect(fingerprintOf(sampleText, sample.about).hashes).toEqual(sample.hashes);
  });

  it('catches a planted run of 8 words, whatever its case, punctuation, apostrophes or markup', () => {
    // Eight words of the passage's last sentence, restyled as an editor might paste them.
    const planted = 'Before the SUN comes up — and the <Term id="baker">baker’s</Term>';
    expect(copiedRuns(sample, chapter(planted))).toEqual(['before the sun comes up and the bakers']);
  });

  it('catches every overlapping run of a longer copy', () => {
    const planted = 'the bakery on the corner sells its bread before the sun';
    expect(copiedRuns(sample, chapter(planted))).toHaveLength(normalisedWords(planted).length - 8 + 1);
  });

  it('lets through 7 copied words and a paraphrase', () => {
    expect(copiedRuns(sample, chapter('The bakery on the corner sells its loaves at dawn.'))).toEqual([]);
    expect(copiedRuns(sample, chapter('Before sunrise the corner bakery has already sold its bread.'))).toEqual([]);
  });
});

describe.runIf(existsSync(articlePath))('the source article, when it is beside the repository', () => {
  const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : '';

  it('is fingerprinted by the committed fingerprint (else run npm run fingerprint and commit it)', () => {
    expect(readFingerprint(fingerprintPath)).toEqual(fingerprintOf(article, ABOUT));
  });

  it('is caught when 8 of its words are planted in a chapter', () => {
    const run = normalisedWords(article).slice(40, 48).join(' ');
    expect(copiedRuns(readFingerprint(fingerprintPath), chapter(`${run}.`))).toEqual([run]);
  });
});
