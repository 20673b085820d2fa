/**
 * The new-hire week forks by role after the shared days: each role's plan is checked on its own,
 * as an editor could break it, and every role gets the manager-checkable tasks the issue asks for.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { pathSchema, type LearningPath } from '../../../src/schemas/learning';
import { allSteps, learningRefErrors, trackSections } from '../../../src/lib/learning/paths';

const newHire = pathSchema.parse(parseYaml(readFileSync('content/paths/new-hire.yaml', 'utf8')));
const manager = pathSchema.parse(parseYaml(readFileSync('content/paths/manager.yaml', 'utf8')));
const tracks = newHire.tracks!;

describe('the new-hire week by role', () => {
  it('offers SDR, AE, marketer and customer success tracks after two shared days', () => {
    expect(tracks.after).toBe(2);
    expect(tracks.choices.map((t) => t.id)).toEqual(['sdr', 'account-executive', 'marketer', 'customer-success']);
  });

  it('gives each role days 3 to 5 of its own, each with a task a manager can check', () => {
    for (const t of tracks.choices) {
      const sections = trackSections(newHire, t);
      expect(sections.slice(0, 2)).toEqual(newHire.sections.slice(0, 2));
      expect(sections.slice(2).map((s) => s.title.slice(0, 5))).toEqual(['Day 3', 'Day 4', 'Day 5']);
      for (const s of t.sections)
        expect(
          s.steps.some((step) => step.kind === 'task'),
          `${t.id}: ${s.title}`,
        ).toBe(true);
    }
  });

  it('teaches the SDR to read a CRM record, write a handoff note and give a reason for rejecting a lead', () => {
    const sdr = tracks.choices.find((t) => t.id === 'sdr')!;
    const lists = sdr.sections.map((s) => s.checklist?.title ?? '');
    expect(lists.some((t) => /reading a lead record/i.test(t))).toBe(true);
    expect(lists.some((t) => /handoff note/i.test(t))).toBe(true);
    expect(lists.some((t) => /reasons for sending a lead back/i.test(t))).toBe(true);
  });

  it('offers a manager the other side in 20 minutes for each role', () => {
    const first = manager.sections[0]!;
    expect(first.title).toMatch(/other side in 20 minutes/);
    const items = first.checklist!.items.join('\n');
    for (const role of ['sales', 'marketing', 'SDRs', 'customer success'])
      expect(items).toContain(`If you lead ${role}:`);
  });
});

describe('role tracks as an editor could break them', () => {
  const base: Pick<LearningPath, 'sections' | 'tracks'> = {
    sections: [
      { title: 'Day 1', ask: [], steps: [{ kind: 'chapter', chapter: 'marketing-vs-sales' }] },
      { title: 'Day 2', ask: [], steps: [{ kind: 'chapter', chapter: 'what-sales-does' }] },
    ],
  };
  const refs = (data: Pick<LearningPath, 'sections' | 'tracks'>) =>
    learningRefErrors({
      chapterIds: new Set(['marketing-vs-sales', 'what-sales-does', 'the-rivalry']),
      checkIds: new Set(),
      paths: [{ id: 'new-hire', data }],
      activities: [],
    });
  const track = (id: string, chapter: string) => ({
    id,
    role: id,
    summary: 'x',
    sections: [{ title: 'Day 2', ask: [], steps: [{ kind: 'chapter' as const, chapter }] }],
  });

  it('names the track when its steps repeat a shared step', () => {
    const data = {
      ...base,
      tracks: { after: 1, choices: [track('sdr', 'marketing-vs-sales'), track('ae', 'the-rivalry')] },
    };
    expect(refs(data)).toEqual([
      'content/paths/new-hire.yaml (track "sdr"): step "chapter-marketing-vs-sales" appears twice',
    ]);
  });

  it('names the track and field when a track points at a missing chapter, or two tracks share an id', () => {
    const data = { ...base, tracks: { after: 1, choices: [track('sdr', 'nope'), track('sdr', 'the-rivalry')] } };
    expect(refs(data)).toEqual([
      'content/paths/new-hire.yaml (track "sdr") → chapter step: no chapter with id "nope" (a chapter id is a file name in content/guide/)',
      'content/paths/new-hire.yaml → tracks: track id "sdr" is used twice',
    ]);
  });

  it('keeps the shared steps in the count of each role plan', () => {
    const data = {
      ...base,
      tracks: { after: 1, choices: [track('sdr', 'the-rivalry'), track('ae', 'what-sales-does')] },
    };
    expect(allSteps({ sections: trackSections(data, data.tracks.choices[0]!) })).toHaveLength(2);
  });
});
