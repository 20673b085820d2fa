import { describe, it, expect } from 'vitest';
import { addStage, removeStage, moveStage, updateStage, nextStageId } from '../../../src/lib/funnel/edit';
import { workedFunnel as f } from '../../fixtures/funnel';
import type { Funnel } from '../../../src/schemas/funnel';

const names = (x: Funnel) => x.stages.map((s) => s.name);

describe('editing the stages', () => {
  it('adds a stage before the customers, owned like the stage above', () => {
    const r = addStage(f);
    if (!r.ok) throw new Error(r.message);
    expect(names(r.value)).toEqual(['Visitor', 'Lead', 'MQL', 'SQL', 'Opportunity', 'New stage', 'Customer']);
    expect(r.value.stages[5]).toMatchObject({ id: 's7', owner: 'sales', rate: 50, ref: null });
  });

  it('refuses an 11th stage and a funnel of one stage', () => {
    let g: Funnel = f;
    for (let i = 0; i < 4; i++) {
      const r = addStage(g);
      if (!r.ok) throw new Error(r.message);
      g = r.value;
    }
    expect(g.stages).toHaveLength(10);
    expect(addStage(g)).toEqual({ ok: false, message: 'A funnel can have at most 10 stages.' });
    const two = { ...f, stages: f.stages.slice(0, 2) };
    expect(removeStage(two, 's1')).toEqual({ ok: false, message: 'A funnel needs at least 2 stages.' });
  });

  it('removes, moves and renames stages', () => {
    const removed = removeStage(f, 's2');
    expect(removed.ok && names(removed.value)).toEqual(['Visitor', 'MQL', 'SQL', 'Opportunity', 'Customer']);
    expect(names(moveStage(f, 's3', -1)).slice(0, 3)).toEqual(['Visitor', 'MQL', 'Lead']);
    expect(names(moveStage(f, 's3', 1)).slice(2, 4)).toEqual(['SQL', 'MQL']);
    expect(moveStage(f, 's1', -1)).toBe(f);
    expect(moveStage(f, 's6', 1)).toBe(f);
    const renamed = updateStage(f, 's3', { name: 'Marketing qualified lead' });
    expect(renamed.ok && renamed.value.stages[2]!.name).toBe('Marketing qualified lead');
    expect(updateStage(f, 's3', { rate: 101 })).toEqual({ ok: false, message: 'A rate cannot be above 100 %.' });
  });

  it('numbers new stage ids past the highest in use', () => {
    expect(
      nextStageId([
        { ...f.stages[0]!, id: 's9' },
        { ...f.stages[1]!, id: 'custom' },
      ]),
    ).toBe('s10');
  });
});
