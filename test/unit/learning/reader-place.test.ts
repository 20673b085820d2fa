/**
 * The reader's place: the heading they were reading when they left a chapter, "Continue" taking
 * them back to it, and the answers of a check they had not finished.
 */
import { describe, it, expect } from 'vitest';
import { emptyProgress } from '../../../src/lib/learning/progress-codec';
import { nextStep } from '../../../src/lib/learning/continue';
import { headingAt, shortTitle } from '../../../src/lib/learning/place';
import { restoreDraft } from '../../../src/lib/learning/drafts';
import { checkDraftsCodec, placeCodec } from '../../../src/lib/learning/reading-codecs';
import { decodeVersioned } from '../../../src/lib/versioned';
import type { CheckQuestion } from '../../../src/schemas/learning';

const chapters = ['one', 'two', 'three'].map((id, i) => ({ id, order: i + 1 }));
const read = (...ids: string[]) => ({
  ...emptyProgress(),
  chapters: Object.fromEntries(ids.map((id) => [id, {}])),
});

describe('the heading a reader is at', () => {
  const hs = [
    { id: 'a', title: 'A', top: -400 },
    { id: 'b', title: 'B', top: 120 },
    { id: 'c', title: 'C', top: 900 },
  ];
  it('is the last heading above the reading line', () => {
    expect(headingAt(hs, 200)?.id).toBe('b');
    expect(headingAt(hs, 100)?.id).toBe('a');
  });
  it('is none above the first heading', () => {
    expect(headingAt([{ id: 'a', title: 'A', top: 300 }], 200)).toBeNull();
  });
  it('keeps a long heading to one short line', () => {
    expect(shortTitle('  Where   leads\nare lost  ')).toBe('Where leads are lost');
    expect(shortTitle('x'.repeat(100), 20)).toHaveLength(20);
    expect(shortTitle('x'.repeat(100), 20).endsWith('…')).toBe(true);
  });
});

describe('Continue after leaving a chapter part-way', () => {
  const place = { chapter: 'one', heading: 'a-day-in-sales', title: 'A day in sales' };
  it('offers the chapter the reader opened, at its heading, instead of "Start with chapter 1"', () => {
    expect(nextStep(chapters, emptyProgress(), place)).toEqual({
      kind: 'continue',
      chapter: chapters[0],
      at: { heading: 'a-day-in-sales', title: 'A day in sales' },
    });
  });
  it('offers a later chapter opened out of order before the next unread one', () => {
    expect(nextStep(chapters, read('one'), { ...place, chapter: 'three' })).toMatchObject({
      kind: 'continue',
      chapter: { id: 'three' },
    });
  });
  it('moves on once that chapter is read', () => {
    expect(nextStep(chapters, read('one'), place)).toEqual({ kind: 'continue', chapter: chapters[1] });
  });
  it('ignores a place in a chapter the guide no longer has', () => {
    expect(nextStep(chapters, emptyProgress(), { ...place, chapter: 'gone' })).toMatchObject({ kind: 'start' });
  });
});

describe('saved place and drafts are parsed, never trusted', () => {
  const enc = (data: unknown) => JSON.stringify({ v: 1, data });
  it('reads what the chapter script writes', () => {
    const raw = enc({ chapter: 'one', heading: null, title: '' });
    expect(decodeVersioned(placeCodec, raw)).toMatchObject({ status: 'ok', value: { chapter: 'one', heading: null } });
  });
  it('refuses a heading that is not an id (it becomes part of a link)', () => {
    const raw = enc({ chapter: 'one', heading: '"><script>', title: 'x' });
    expect(decodeVersioned(placeCodec, raw)).toMatchObject({ status: 'unreadable', value: null });
  });
  it('refuses a draft with impossible answers', () => {
    expect(decodeVersioned(checkDraftsCodec, enc({ one: { q1: { chosen: [-1], checked: true } } })).status).toBe(
      'unreadable',
    );
  });
});

describe('answers of an unfinished check', () => {
  const opt = (text: string, correct = false) => ({ text, correct, explanation: 'why' });
  const qs = [
    { id: 'q1', kind: 'single', prompt: 'P1', options: [opt('a', true), opt('b')] },
    { id: 'q2', kind: 'multiple', prompt: 'P2', options: [opt('a', true), opt('b', true), opt('c')] },
    { id: 'q3', kind: 'single', prompt: 'P3', options: [opt('a'), opt('b', true)] },
  ] as unknown as CheckQuestion[];

  it('come back as they were left', () => {
    const kept = restoreDraft(qs, { q1: { chosen: [1], checked: true }, q2: { chosen: [0, 2], checked: false } });
    expect(kept).toEqual({ chosen: [[1], [0, 2], []], checked: [true, false, false] });
  });
  it('drop an answer that no longer fits its question', () => {
    const kept = restoreDraft(qs, { q1: { chosen: [0, 1], checked: true }, q3: { chosen: [5], checked: false } });
    expect(kept).toEqual({ chosen: [[], [], []], checked: [false, false, false] });
  });
  it('start afresh when every question was already checked', () => {
    const all = { chosen: [0], checked: true };
    expect(restoreDraft(qs, { q1: all, q2: all, q3: all }).checked).toEqual([false, false, false]);
  });
});
