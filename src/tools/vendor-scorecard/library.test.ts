import { describe, expect, it } from 'vitest';
import { LIBRARY, libraryGuide } from './library';
import { LIBRARY_NAMES, libraryName } from './library-names';

describe('criteria library', () => {
  it('the client-side names list is the library, id for id and name for name, in order', () => {
    expect(LIBRARY_NAMES.map(([id, name]) => ({ id, name }))).toEqual(LIBRARY.map((c) => ({ id: c.id, name: c.name })));
  });

  it('every criterion has a description and a five-step rubric in the view props', () => {
    const guide = libraryGuide();
    for (const c of LIBRARY) expect(guide.criteria[c.id]!.rubric).toHaveLength(5);
    expect(libraryName('constructor')).toBeUndefined();
    expect(libraryName(null)).toBeUndefined();
  });
});
