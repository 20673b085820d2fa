import { describe, it, expect } from 'vitest';
import { closest } from '../../src/schemas/edit-distance';
import { closestField } from '../../src/schemas/common';

describe('closest: the one "did you mean" rule for search words and frontmatter fields', () => {
  it('ignores case and returns the candidate as it is spelt', () => {
    expect(closest('Autor', ['title', 'author', 'year'], 2)).toBe('author');
    expect(closest('mql', ['MQL', 'SQL'], 1)).toBe('MQL');
  });

  it('prefers the nearest candidate, and the earlier one on a tie', () => {
    expect(closest('sal', ['sale', 'sal', 'salt'], 2)).toBe('sal');
    expect(closest('cat', ['bat', 'hat'], 1)).toBe('bat');
  });

  it('offers nothing beyond the allowed number of edits', () => {
    expect(closest('xylophone', ['marketing', 'sales'], 2)).toBeUndefined();
    expect(closest('anything', [], 2)).toBeUndefined();
  });

  it('counts two swapped neighbours as one slip, for field names too', () => {
    expect(closestField('tilte', ['title', 'year'])).toBe('title');
    expect(closestField('chapters', ['term', 'chapter'])).toBe('chapter');
    expect(closestField('pages', ['title', 'author', 'year'])).toBeUndefined();
  });
});
