import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { decodeVersioned, encodeVersioned } from '../../../src/lib/versioned';
import * as P from '../../../src/lib/learning/progress';
import * as S from '../../../src/lib/learning/progress-codec';
import { exportProgressFile, parseProgressFile, MAX_IMPORT_BYTES } from '../../../src/lib/learning/transfer';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/learning/${name}`, import.meta.url), 'utf8');
const today = '2025-03-14';

describe('the saved progress codec', () => {
  it('round-trips everything a reader can save', () => {
    let p = S.emptyProgress();
    p = P.markRead(p, 'marketing-vs-sales', today);
    p = P.recordCheck(p, 'marketing-vs-sales', { correct: 3, total: 4 }, ['cost-of-confusion'], today);
    p = P.recordExercise(p, 'sort', { correct: 15, total: 20 }, today);
    p = P.markToolUsed(p, 'funnel', today);
    p = P.setTaskDone(p, 'meet-your-counterpart', true, today);
    p = P.setName(p, 'Sam');
    expect(decodeVersioned(S.progressCodec, encodeVersioned(S.progressCodec, p))).toEqual({ status: 'ok', value: p });
  });

  it('upgrades version 1 (read list and one score per check) without losing anything', () => {
    const result = decodeVersioned(S.progressCodec, fixture('progress-v1.json'));
    expect(result.status).toBe('ok');
    expect(result).toMatchObject({ migratedFrom: 1 });
    expect(result.value.chapters).toEqual({ 'marketing-vs-sales': {}, 'what-marketing-does': {} });
    expect(result.value.checks['marketing-vs-sales']).toEqual({
      best: { correct: 3, total: 4 },
      last: { correct: 3, total: 4 },
      attempts: 1,
    });
    expect(result.value.review).toEqual({});
  });

  it('falls back to empty progress, saying why, for corrupt data', () => {
    const bad = [
      ['{"v":2,"data":', 'it is not valid JSON'],
      ['{"v":2,"data":{"chapters":{}}}', 'it does not match the expected shape at checks'],
      [
        '{"v":2,"data":' +
          JSON.stringify({
            ...S.emptyProgress(),
            checks: { x: { best: { correct: 5, total: 4 }, last: { correct: 1, total: 4 }, attempts: 1 } },
          }) +
          '}',
        'it does not match the expected shape at checks.x.best',
      ],
      [
        '{"v":2,"data":' + JSON.stringify({ ...S.emptyProgress(), chapters: { 'Bad Id': {} } }) + '}',
        'it does not match the expected shape at chapters.Bad Id',
      ],
      [
        '{"v":2,"data":' + JSON.stringify({ ...S.emptyProgress(), chapters: { a: { readOn: '2025-02-30' } } }) + '}',
        'it does not match the expected shape at chapters.a.readOn',
      ],
      ['{"v":1,"data":null}', 'upgrading it from version 1 failed'],
      ['{"v":3,"data":{}}', 'it was saved by a newer version (3) of this site'],
    ] as const;
    for (const [raw, reason] of bad) {
      expect(decodeVersioned(S.progressCodec, raw)).toEqual({ status: 'unreadable', value: S.emptyProgress(), reason });
    }
  });

  it('rejects a review entry filed under another question', () => {
    const item = { chapter: 'a', question: 'q', step: 0, due: today, missed: today };
    const raw = JSON.stringify({ v: 2, data: { ...S.emptyProgress(), review: { 'a/other': item } } });
    expect(decodeVersioned(S.progressCodec, raw).status).toBe('unreadable');
  });

  it('never throws and always yields valid progress, whatever is stored', () => {
    const good = encodeVersioned(
      S.progressCodec,
      P.recordCheck(P.markRead(S.emptyProgress(), 'a', today), 'a', { correct: 1, total: 4 }, ['q'], today),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.nat(good.length).map((n) => good.slice(0, n)),
          fc.anything().map((x) => JSON.stringify({ v: 2, data: x }) ?? ''),
        ),
        (raw) => {
          const result = decodeVersioned(S.progressCodec, raw);
          expect(S.progressSchema.safeParse(result.value).success).toBe(true);
        },
      ),
    );
  });
});

describe('progress actions', () => {
  it('keeps the first day a chapter was read and can unmark it', () => {
    const p = P.markRead(P.markRead(S.emptyProgress(), 'a', '2025-03-01'), 'a', today);
    expect(p.chapters.a).toEqual({ readOn: '2025-03-01' });
    expect(P.markUnread(p, 'a').chapters).toEqual({});
  });

  it('keeps the best and the last check score, and schedules wrong answers for tomorrow', () => {
    let p = P.recordCheck(S.emptyProgress(), 'a', { correct: 4, total: 4 }, [], '2025-03-01');
    p = P.recordCheck(p, 'a', { correct: 2, total: 4 }, ['q1', 'q2'], today);
    expect(p.checks.a).toEqual({
      best: { correct: 4, total: 4 },
      last: { correct: 2, total: 4 },
      attempts: 2,
      lastOn: today,
    });
    expect(Object.keys(p.review)).toEqual(['a/q1', 'a/q2']);
    expect(p.review['a/q1']!.due).toBe('2025-03-15');
  });

  it('moves a review item on after a right answer and drops it once learned', () => {
    let p = P.recordCheck(S.emptyProgress(), 'a', { correct: 3, total: 4 }, ['q'], '2025-03-01');
    p = P.recordReview(p, 'a/q', true, '2025-03-02');
    expect(p.review['a/q']).toMatchObject({ step: 1, due: '2025-03-05' });
    p = P.recordReview(P.recordReview(p, 'a/q', true, '2025-03-05'), 'a/q', true, '2025-03-12');
    expect(p.review).toEqual({});
    expect(P.recordReview(p, 'missing/q', true, today)).toBe(p);
  });

  it('records tools once, with the first day', () => {
    const p = P.markToolUsed(P.markToolUsed(S.emptyProgress(), 'assessment', '2025-03-01'), 'assessment', today);
    expect(p.tools).toEqual({ assessment: { usedOn: '2025-03-01' } });
  });

  it('keeps reading a CRM export (your own numbers) as a tool used, through an export and a merge', () => {
    const p = P.markToolUsed(S.emptyProgress(), 'numbers', '2025-03-04');
    expect(P.mergeProgress(S.emptyProgress(), p).tools).toEqual({ numbers: { usedOn: '2025-03-04' } });
    const later = P.markToolUsed(S.emptyProgress(), 'numbers', '2025-04-01');
    expect(P.mergeProgress(later, p).tools.numbers).toEqual({ usedOn: '2025-03-04' });
  });

  it('cuts a pasted name to 80 characters', () => {
    expect(P.setName(S.emptyProgress(), 'x'.repeat(200)).name).toHaveLength(80);
  });
});

describe('export and import', () => {
  it('imports a file it exported', () => {
    const p = P.markToolUsed(P.markRead(S.emptyProgress(), 'a', today), 'funnel', today);
    expect(parseProgressFile(exportProgressFile(p, today))).toEqual({ ok: true, value: p, upgraded: false });
  });

  it('reads the sample export file', () => {
    const result = parseProgressFile(fixture('progress-export.json'));
    expect(result.ok && result.value.name).toBe('Sam Example');
  });

  it('explains in plain words why a bad file cannot be imported', () => {
    const messages = [
      parseProgressFile(''),
      parseProgressFile('hello'),
      parseProgressFile('{"v":2,"data":{}}'),
      parseProgressFile(JSON.stringify({ kind: 'marketing-sales-guide/progress', v: 2, data: { chapters: 3 } })),
      parseProgressFile(JSON.stringify({ kind: 'marketing-sales-guide/progress', v: 9, data: {} })),
      parseProgressFile('{}', MAX_IMPORT_BYTES + 1),
    ].map((r) => (r.ok ? 'ok' : r.message));
    expect(messages).toEqual([
      'This file is empty. Nothing was changed.',
      'This file is not a progress export: it is not JSON text. Nothing was changed.',
      'This file is not a progress export from this guide. Choose the file the "Export" button saved. Nothing was changed.',
      'This progress file could not be read: it does not match the expected shape at chapters. Nothing was changed.',
      'This progress file could not be read: it was saved by a newer version (9) of this site. Nothing was changed.',
      'This file is too large (512 KB) to be a progress export, which is a few KB. Nothing was changed.',
    ]);
  });

  it('never throws on any file content', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((x) => JSON.stringify({ kind: 'marketing-sales-guide/progress', v: 2, data: x }) ?? ''),
        ),
        (text) => {
          const r = parseProgressFile(text);
          if (r.ok) expect(S.progressSchema.safeParse(r.value).success).toBe(true);
          else expect(r.message).toMatch(/Nothing was changed\.$/);
        },
      ),
    );
  });

  it('merges a file into what is here so nothing is lost', () => {
    const here = P.recordCheck(
      P.markRead(S.emptyProgress(), 'a', '2025-03-05'),
      'a',
      { correct: 2, total: 4 },
      ['q'],
      '2025-03-13',
    );
    const file = P.setName(
      P.markToolUsed(
        P.recordCheck(
          P.markRead(S.emptyProgress(), 'a', '2025-03-01'),
          'a',
          { correct: 4, total: 4 },
          [],
          '2025-03-02',
        ),
        'funnel',
        '2025-03-02',
      ),
      'Sam',
    );
    const merged = P.mergeProgress(here, file);
    expect(merged.chapters.a).toEqual({ readOn: '2025-03-01' });
    expect(merged.checks.a).toEqual({
      best: { correct: 4, total: 4 },
      last: { correct: 2, total: 4 },
      attempts: 2,
      lastOn: '2025-03-13',
    });
    expect(merged.tools).toEqual({ funnel: { usedOn: '2025-03-02' } });
    expect(Object.keys(merged.review)).toEqual(['a/q']);
    expect(merged.name).toBe('Sam');
    expect(P.mergeProgress(merged, merged)).toMatchObject({ chapters: merged.chapters, review: merged.review });
    expect(P.isEmptyProgress(P.mergeProgress(S.emptyProgress(), S.emptyProgress()))).toBe(true);
  });
});
