/**
 * A team link or file opened while a team is saved (issue 28, M2): the manager is asked, and
 * whatever they choose, Undo puts back what was there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';

useTestStorageEngine();
const {
  $teamCodes,
  $teamIncoming,
  $teamUndo,
  receiveTeam,
  chooseIncoming,
  dropIncoming,
  setLookedText,
  undoTeamChange,
  setTeamText,
  setPlanEntry,
  $plan,
} = await import('../../../src/stores/assessment-team-store');
$teamCodes.listen(() => {});
$plan.listen(() => {});

const twelve = Array.from({ length: 12 }, (_, i) => `code${i + 1}`).join('\n');

beforeEach(() => {
  cleanTestStorage();
  $teamCodes.set({ text: twelve });
  $teamIncoming.set(null);
  $teamUndo.set(null);
  $plan.set({});
});

describe('a team link opened while a team is saved', () => {
  it('does not touch the saved team until the manager chooses', () => {
    const r = receiveTeam('linked1', 'link');
    expect(r.asked).toBe(true);
    expect($teamCodes.get().text).toBe(twelve);
    expect($teamIncoming.get()).toEqual({ text: 'linked1', from: 'link', looking: false, plan: null });
  });

  it('adds to the saved team, without repeating codes, and Undo restores the twelve', () => {
    receiveTeam('code3\nlinked1', 'link');
    const shown = chooseIncoming('add');
    expect(shown.text.split('\n')).toHaveLength(13);
    expect($teamCodes.get().text).toBe(`${twelve}\nlinked1`);
    expect(undoTeamChange()).toBe(twelve);
    expect($teamCodes.get().text).toBe(twelve);
    expect($teamUndo.get()).toBeNull();
  });

  it('replaces the saved team, and Undo restores the twelve', () => {
    receiveTeam('linked1', 'file');
    chooseIncoming('replace');
    expect($teamCodes.get().text).toBe('linked1');
    expect($teamUndo.get()).toEqual({ text: twelve, plan: {}, done: 'replace' });
    undoTeamChange();
    expect($teamCodes.get().text).toBe(twelve);
  });

  it('shows the link without saving it; edits stay on screen and going back leaves the saved team as it was', () => {
    receiveTeam('linked1', 'link');
    expect(chooseIncoming('look').text).toBe('linked1');
    setLookedText('linked1\nlinked2');
    expect($teamIncoming.get()).toMatchObject({ text: 'linked1\nlinked2', looking: true });
    expect($teamCodes.get().text).toBe(twelve);
    expect(dropIncoming()).toBe(twelve);
    expect($teamIncoming.get()).toBeNull();
  });

  it('saves at once when nothing is saved, or when the link holds the same codes', () => {
    setTeamText('');
    expect(receiveTeam('linked1', 'link').asked).toBe(false);
    expect($teamCodes.get().text).toBe('linked1');
    expect(receiveTeam('linked1\n', 'link').asked).toBe(false);
    expect($teamIncoming.get()).toBeNull();
  });
});

describe('the owners and due dates a team link carries (issue 27)', () => {
  const ana = { owner: 'Ana', due: '2026-07-01' };
  const ben = { owner: 'Ben', due: '' };

  it('fill in actions the saved plan has none for, and never overwrite what was typed here', () => {
    setTeamText('');
    setPlanEntry('handoff|00000001', { owner: 'Typed here' });
    receiveTeam('linked1', 'link', { 'handoff|00000001': ana, 'handoff|00000002': ben });
    expect($plan.get()).toEqual({ 'handoff|00000001': { owner: 'Typed here', due: '' }, 'handoff|00000002': ben });
  });

  it('replace the saved plan on "Replace", and Undo puts back the team and its plan', () => {
    setPlanEntry('handoff|00000001', { owner: 'Typed here' });
    receiveTeam('linked1', 'link', { 'handoff|00000001': ana });
    expect($plan.get()).toEqual({ 'handoff|00000001': { owner: 'Typed here', due: '' } });
    chooseIncoming('replace');
    expect($plan.get()).toEqual({ 'handoff|00000001': ana });
    undoTeamChange();
    expect($teamCodes.get().text).toBe(twelve);
    expect($plan.get()).toEqual({ 'handoff|00000001': { owner: 'Typed here', due: '' } });
  });

  it('are left out while the manager only looks, and saved with the codes on "Add"', () => {
    setPlanEntry('handoff|00000001', { owner: 'Typed here' });
    receiveTeam('linked1', 'link', { 'handoff|00000002': ben });
    chooseIncoming('look');
    expect($plan.get()).toEqual({ 'handoff|00000001': { owner: 'Typed here', due: '' } });
    chooseIncoming('add');
    expect($plan.get()).toEqual({ 'handoff|00000001': { owner: 'Typed here', due: '' }, 'handoff|00000002': ben });
  });
});
