import { describe, it, expect } from 'vitest';
import { decodeResultCode } from '../../../src/lib/assessment/code';
import { CODE_DATE_RANGE, codeDateNote, encodeResultCode } from '../../../src/lib/assessment/code-encode';
import { attemptCode } from '../../../src/lib/assessment/attempt';
import { parseTeamInput } from '../../../src/lib/assessment/team';
import { codesFromTeamHash, shortLabelParts, shortLabels, teamHash } from '../../../src/lib/assessment/team-link';
import { completionStamp } from '../../../src/stores/assessment-store';
import { attemptSchema } from '../../../src/schemas/assessment';
import { realQuestionnaire } from '../../fixtures/assessment';
import { teamCodes, v1Code } from '../../fixtures/assessment-team';

const q = realQuestionnaire();
const result = { questionnaireVersion: 2, nonce: 1, role: 'sales' as const, team: '', answers: [3, 3, 3] };

describe('a wrong device clock', () => {
  it('still gives a code: dates before 2020 or after 2199 are held at the nearest end', () => {
    for (const [date, held] of [
      ['2019-06-15', CODE_DATE_RANGE[0]],
      ['1970-01-01', CODE_DATE_RANGE[0]],
      ['9999-12-31', CODE_DATE_RANGE[1]],
      ['2026-03-12', '2026-03-12'],
    ] as const) {
      const decoded = decodeResultCode(encodeResultCode({ ...result, date }));
      expect(decoded.ok && decoded.value.date).toBe(held);
    }
    expect(CODE_DATE_RANGE[0]).toBe('2020-01-01');
  });

  it('saves a completion time the history can read back, even from year 275760 or an invalid date', () => {
    for (const d of [new Date('2019-06-15T10:00:00Z'), new Date(8.64e15), new Date(NaN)]) {
      const completedAt = completionStamp(d);
      const attempt = { completedAt, nonce: 1, questionnaireVersion: 2, role: 'sales', team: '', answers: {} };
      expect(attemptSchema.safeParse(attempt).success).toBe(true);
    }
    expect(completionStamp(new Date('2019-06-15T10:00:00Z'))).toBe('2019-06-15T10:00:00.000Z');
  });
});

describe('attempt codes', () => {
  it('use the version the attempt was answered in, never the current one', () => {
    const answers = Object.fromEntries(q.past![0]!.dimensions['handoff']!.map((s) => [s.id, 2] as const));
    const code = attemptCode(q, {
      completedAt: '2025-03-12T09:00:00.000Z',
      nonce: 4,
      questionnaireVersion: 1,
      role: 'marketing',
      team: 'North',
      answers,
    })!;
    const decoded = decodeResultCode(code);
    expect(decoded.ok && decoded.value.questionnaireVersion).toBe(1);
    expect(decoded.ok && decoded.value.answers).toHaveLength(27);
    expect(
      attemptCode(q, {
        completedAt: '2025-03-12T09:00:00.000Z',
        nonce: 4,
        questionnaireVersion: 9,
        role: 'marketing',
        team: '',
        answers: {},
      }),
    ).toBeNull();
  });
});

describe('team links and labels', () => {
  it('hold every code in the hash and read them back one per line', () => {
    const codes = Object.values(teamCodes);
    expect(codesFromTeamHash(teamHash(codes))).toBe(codes.join('\n'));
    expect(codesFromTeamHash('#c=abc')).toBeNull();
    expect(codesFromTeamHash('#t=<script>')).toBeNull();
  });

  it('shorten 2,000 distinct labels to a heading of a few dozen characters', () => {
    const labels = Array.from({ length: 2000 }, (_, i) => `Region number ${i} with a long name`);
    const short = shortLabels(labels);
    expect(short).toBe('Region number 0 with a…, Region number 1 with a…, Region number 2 with a… and 1997 more');
    expect(short.length).toBeLessThan(100);
    expect(shortLabels(['North', '<b>South</b>'])).toBe('North, <b>South</b>');
    // The parts, so a heading can isolate each label on its own.
    expect(shortLabelParts(['North', 'צפון', 'East', 'West'])).toEqual({ shown: ['North', 'צפון', 'East'], more: 1 });
  });

  it('use the version most codes share, and explain each code left out', () => {
    const text = [teamCodes.m1, v1Code, teamCodes.s1].join('\n');
    const { respondents, messages, q: used } = parseTeamInput(q, text);
    expect(used.version).toBe(2);
    expect(respondents).toHaveLength(2);
    expect(messages).toEqual([
      {
        line: 2,
        kind: 'other-version',
        message:
          'Made with questionnaire version 1; this view uses version 2, which most of these codes use. The two versions ask different statements, so it is left out.',
      },
    ]);
    // A team of version 1 codes only is shown in version 1, with its 27 statements.
    const old = parseTeamInput(q, v1Code);
    expect(old.q.version).toBe(1);
    expect(old.respondents).toHaveLength(1);
  });
});

describe('issue 28: a date a code cannot hold is not changed silently', () => {
  it('says which day the code records when the clock is outside 2020-01-01 to 2199-06-06', () => {
    expect(codeDateNote('2026-05-01')).toBeNull();
    expect(codeDateNote('2040-01-01')).toBeNull();
    expect(codeDateNote('1969-12-31')).toBe(
      'This device’s clock dated your result 1969-12-31, but a code holds dates from 2020-01-01 to 2199-06-06, so the code says 2020-01-01. If the date is wrong, check the device’s date and time.',
    );
    expect(codeDateNote('2250-01-01')).toContain('so the code says 2199-06-06');
  });
});
