// Replacing a detected name everywhere, and recording an agreed pseudonym in the config: the pure
// parts of the identifying-detail quick fixes.
import { describe, expect, it } from 'vitest';
import { nameOccurrences, pseudonymsIn, replaceNameEdits, withAllowedName } from '../../../src/extension/name-replace';

const apply = (text: string, edits: { start: number; end: number; text: string }[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);

describe('replace a name everywhere', () => {
  it('replaces the full name and the later bare first name, and nothing that only contains it', () => {
    const text = 'Kerry Lawson moved in 2021. Kerry said the family felt watched. Kerry-Ann, Kerryn and McKerry are other people; Kerry\'s sister was not.';
    expect(apply(text, replaceNameEdits(text, 'Kerry Lawson', 'Child B'))).toBe(
      "Child B moved in 2021. Child B said the family felt watched. Kerry-Ann, Kerryn and McKerry are other people; Child B's sister was not.",
    );
  });

  it('capitalises a role where it starts a sentence, a heading or a list item, and not elsewhere', () => {
    const text = '## Kerry Lawson\n\n- Kerry Lawson called.\n\nThe nurse saw Kerry Lawson. Kerry Lawson left.\n';
    expect(apply(text, replaceNameEdits(text, 'Kerry Lawson', 'the mother'))).toBe('## The mother\n\n- The mother called.\n\nThe nurse saw the mother. The mother left.\n');
  });

  it('a single-word name is replaced as a whole word only', () => {
    expect(nameOccurrences('Jayden, Jaydens and Jayden.', 'Jayden').length).toBe(2);
  });

  it('finds the pseudonyms a draft already uses, most used first', () => {
    expect(pseudonymsIn('Child B and Sibling 1. Child B again. Baby M.')).toEqual(['Child B', 'Sibling 1', 'Baby M']);
    // The engine's own definition: a pseudonym across a soft line break, and heads beyond the child's.
    expect(pseudonymsIn('Practitioner 3 met Child\nB. Young Person K.')).toEqual(['Practitioner 3', 'Child B', 'Young Person K']);
    expect(pseudonymsIn('Children and Childline. A Child. Childs B.')).toEqual([]);
  });
});

describe('add a name to allowNames', () => {
  it('appends to an existing list, keeping comments and formatting', () => {
    const config = '{\n  // the team config\n  "template": "lcspr",\n  "allowNames": ["Child B"]\n}\n';
    const updated = withAllowedName(config, 'Kerry');
    expect(updated).toContain('// the team config');
    expect(JSON.parse(updated.replace(/\/\/.*$/gm, ''))).toEqual({ template: 'lcspr', allowNames: ['Child B', 'Kerry'] });
  });

  it('adds the key when there is none, and changes nothing when the name is already allowed', () => {
    const config = '{ "template": "lcspr" }\n';
    expect(JSON.parse(withAllowedName(config, 'Kerry'))).toEqual({ template: 'lcspr', allowNames: ['Kerry'] });
    const allowed = '{ "allowNames": ["kerry"] }';
    expect(withAllowedName(allowed, 'Kerry')).toBe(allowed);
  });
});
