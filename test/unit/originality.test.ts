/**
 * The originality check must catch a real copy: a run planted from a test-only passage is caught
 * through that passage's committed fingerprint, built the same way as the article's. The article
 * itself sits outside the repository, so no test reads it: `npm run fingerprint` keeps its
 * fingerprint current.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisedWords } from '../support/readability';
import { copiedRuns, fingerprintOf, readFingerprint } from '../tools/originality';

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
