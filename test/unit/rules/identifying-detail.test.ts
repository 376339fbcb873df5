import { describe, expect, it } from 'vitest';
import type { EngineSettings } from '../../../src/engine/index';
import { applyFix, applyFixes } from '../../../src/engine/index';
import { covered, describeBoundedTime, describeDocumentationExamples, findingsOf, lint, sample } from './support';

const RULE_ID = 'identifying-detail';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n${body}\n`;
}

/** The text each finding covers, in order. */
function reported(body: string, settings: EngineSettings = {}): string[] {
  const text = draft(body);
  return covered(text, findings(text, settings));
}

describe('identifying-detail', () => {
  describe('personal names', () => {
    it('reports a given name with a hyphenated surname as an error, saying what to use instead', () => {
      const text = draft('Jayden Marsh-Okafor, as he was known at school, had an EHCP. Child J later moved.');
      const [finding, ...rest] = findings(text);
      expect(rest).toEqual([]);
      expect(finding.severity).toBe('error');
      expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toBe('Jayden Marsh-Okafor');
      expect(finding.message).toContain('pseudonym (e.g. Child J)');
      expect(finding.message).toContain('allowNames');
      expect(finding.data?.kind).toBe('name');
      expect(finding.fix).toBeUndefined();
    });

    it('reports titles with surnames, Irish and Scottish surnames and middle names, whole', () => {
      expect(reported('Mrs Smith said she was worried.')).toEqual(['Mrs Smith']);
      expect(reported('Dr Sarah Patel, the paediatrician, saw him.')).toEqual(['Dr Sarah Patel']);
      expect(reported("Child J's mother, Sarah O'Brien, called the police.")).toEqual(["Sarah O'Brien"]);
      expect(reported('The social worker visited Emma McDonald at home.')).toEqual(['Emma McDonald']);
      expect(reported('Sarah Jane Smith was the neighbour.')).toEqual(['Sarah Jane Smith']);
      expect(reported('Her mother, Ngozi Adeyemi, attended the conference.')).toEqual(['Ngozi Adeyemi']);
    });

    it('finds a name after a capitalised sentence word', () => {
      expect(reported('When Jayden Marsh arrived the police were called.')).toEqual(['Jayden Marsh']);
    });

    it('takes a name that runs into an institution word for the institution, and leaves the possessive out', () => {
      expect(reported('Staff told Emma Watson Police were on their way.')).toEqual([]);
      expect(reported("Kayla Okafor's mother was present.")).toEqual(['Kayla Okafor']);
    });

    it('accepts pseudonyms, relationships, roles, organisations and month names', () => {
      const body = [
        'In May Child S moved school. Baby M was seen by the health visitor.',
        "Sibling 1 and Parent 1 were present; Mother's partner was not. Maternal Grandmother cared for Child A.",
        "School 1's Designated Safeguarding Lead made a referral to the Multi-Agency Safeguarding Hub.",
        'Westmere Council and the Integrated Care Board agreed. Operation Encompass notifications were sent.',
        'Kai was seen alone. Child J told Mr X about the knife. The family moved to Jordan in 2020.',
        'Victoria Park was where the family walked. Lessons from the Victoria Climbié inquiry still apply.',
      ].join('\n\n');
      expect(reported(body)).toEqual([]);
    });

    it('does not read a month or a rating as a given name ("May Child S", "Amber Risk")', () => {
      expect(reported('In May Child S was excluded. An Amber Risk rating was applied in June.')).toEqual([]);
    });

    it('skips Title Case headings', () => {
      const text = '# Local Child Safeguarding Practice Review: Child J\n\n## Sarah Smith Joins The Team\n\nThe team grew.\n';
      expect(findings(text)).toEqual([]);
      expect(reported('Sarah Smith joins the team.')).toEqual(['Sarah Smith']);
    });

    it('skips authors cited in a references section, and published names anywhere', () => {
      const citation = 'Jane Doughty, Protecting Children in Time, 2011.';
      expect(reported(citation)).toEqual(['Jane Doughty']);
      const text = `${draft('Child J lived with Mother.')}\n## References\n\n- ${citation}\n- Eileen Munro, The Munro Review of Child Protection, 2011.\n`;
      expect(findings(text)).toEqual([]);
      expect(reported('The national review into the murders of Arthur Labinjo-Hughes and Star Hobson applies here.')).toEqual([]);
    });

    it('honours allowNames for an agreed pseudonym, case-insensitively', () => {
      expect(reported('Kai Smith was seen alone.')).toEqual(['Kai Smith']);
      expect(reported('Kai Smith was seen alone.', { allowNames: ['kai smith'] })).toEqual([]);
      // Allowing the first name alone does not allow a surname next to it.
      expect(reported('Kai Smith was seen alone.', { allowNames: ['Kai'] })).toEqual(['Kai Smith']);
    });
  });

  describe('dates of birth', () => {
    it('reports the date with its cue, whatever the format', () => {
      expect(reported('Child J (born on 02/11/2007) lives with his mother.')).toEqual(['born on 02/11/2007']);
      expect(reported('Her date of birth is 3 March 2012.')).toEqual(['date of birth is 3 March 2012']);
      expect(reported('DOB: 2012-03-03.')).toEqual(['DOB: 2012-03-03']);
      expect(reported('Born 3 Mar. 2012, she was the eldest.')).toEqual(['Born 3 Mar. 2012']);
      expect(reported('She was born on the 3rd of March.')).toEqual(['born on the 3rd of March']);
    });

    it('tells the author to give an age instead', () => {
      const [finding] = findings(draft('Child J was born on 02/11/2007.'));
      expect(finding.message).toMatch(/age at the time \("aged 16"\)/);
    });

    it('accepts ages and month-year dates', () => {
      expect(reported('He was born in March 2012. In March 2022 Child R, aged 7, moved to a flat. The baby was three months old.')).toEqual([]);
    });
  });

  describe('addresses, postcodes, NHS numbers and handles', () => {
    it('reports a house number and street, a postcode, an NHS number and a handle', () => {
      expect(reported('The family lived at 12 Elm Road until 2021.')).toEqual(['12 Elm Road']);
      expect(reported("The address was Flat 3, 27 St John's Close, WM1 2AB.")).toEqual(["27 St John's Close", 'WM1 2AB']);
      // 943 476 5919 has a valid modulus-11 check digit.
      expect(reported('The records held 943 476 5919 for him.')).toEqual(['943 476 5919']);
      expect(reported('He posted on @jayden_m2007 about it.')).toEqual(['@jayden_m2007']);
    });

    it('reports any ten-digit number introduced as an NHS or case number', () => {
      expect(reported('His NHS number is 1234567890.')).toEqual(['1234567890']);
    });

    it('does not take years, numbered things or courts for addresses, or phone-like numbers for NHS numbers', () => {
      const body = [
        'In 2023 Crown Court proceedings began. Finding 3 Close working was good. Year 10 Drive safety was taught.',
        'The 1234567891 figure came from a spreadsheet. The office line is 0121 496 0000.',
      ].join('\n\n');
      expect(reported(body)).toEqual([]);
    });
  });

  describe('named settings', () => {
    it('reports named schools, nurseries and surgeries without the sentence words before them', () => {
      expect(reported('He attended Brookfield Academy and then St Mary\'s Primary School.')).toEqual(['Brookfield Academy', "St Mary's Primary School"]);
      expect(reported('At Brookfield Academy, staff were worried.')).toEqual(['Brookfield Academy']);
      expect(reported('She was at Brookfield Primary in 2021. He stayed with Elm Tree Surgery.')).toEqual(['Brookfield Primary', 'Elm Tree Surgery']);
      const [finding] = findings(draft('He attended Brookfield Academy.'));
      expect(finding.message).toContain('"the secondary school", "School 1"');
    });

    it('accepts generic settings and organisations with school-like words', () => {
      const body = [
        'He attended the primary school, then School 2 and the PRU. The Catholic Primary School made a referral.',
        'The After School Club staff noticed bruising. She joined the Sixth Form College and a Local Authority Nursery.',
        'NHS Primary Care services were contacted. The Royal College of Paediatrics and Child Health guidance was followed.',
      ].join('\n\n');
      expect(reported(body)).toEqual([]);
    });

    it('allows a setting named in allowNames', () => {
      expect(reported('He attended Brookfield Academy.', { allowNames: ['Brookfield Academy'] })).toEqual([]);
    });
  });

  describe('sample drafts', () => {
    it('reports exactly the three identifying details of lcspr-gaps, in the subsections the sample names', () => {
      const text = sample('lcspr-gaps.md');
      const result = lint(text, { template: 'lcspr' });
      const found = result.findings.filter((finding) => finding.ruleId === RULE_ID);
      const expected: [string, string][] = [
        ['born on 02/11/2007', '5.1'],
        ['Jayden Marsh-Okafor', '5.2'],
        ['Brookfield Academy', '5.3'],
      ];
      expect(covered(text, found)).toEqual(expected.map(([detail]) => detail));
      for (const [index, [detail, subsection]] of expected.entries()) {
        const offset = text.indexOf(detail, text.indexOf('-->'));
        expect(found[index].range.start.offset).toBe(offset);
        expect(found[index].range.end.offset).toBe(offset + detail.length);
        expect(found[index].range.start.line).toBe(text.slice(0, offset).split('\n').length);
        const heading = [...result.document.headings].reverse().find((candidate) => candidate.start < offset);
        expect(heading?.text.startsWith(subsection)).toBe(true);
      }
    });

    it('finds nothing in lcspr-complete, lcspr-messy and the rapid review (pseudonyms, roles, month-year dates)', () => {
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE_ID, findings, '# Local Child Safeguarding Practice Review: Child J');

  describeBoundedTime(RULE_ID, {
    'capitals': 'A'.repeat(100_000),
    'capitalised words': 'Aaaa '.repeat(20_000),
    'given names': 'Sarah '.repeat(16_000),
    'hyphenated capitals': 'Aaaa-'.repeat(20_000),
    'digits': '1'.repeat(100_000),
    'spaced digits': '123 '.repeat(25_000),
    'date separators': '1/'.repeat(50_000),
    'street-like': '12 Elm '.repeat(14_000),
    'saints': 'St Mary '.repeat(12_000),
    'capitalised words before a setting': `${'Aaaa '.repeat(20_000)}School`,
    'hyphenated words before settings': 'Aaaa-Bbbb Academy '.repeat(5_500),
    'titles': 'Mr Aaaa '.repeat(12_000),
    'birth cues': 'born on 1/'.repeat(10_000),
    'handles': 'a@'.repeat(50_000),
    'postcode-like': 'AB1 '.repeat(25_000),
  });
});

describe('identifying-detail suggestions and people', () => {
  const text = draft(
    [
      'Child J lived with Mother and Sibling 1. Mother’s partner, Kerry Mason, moved in during 2021.',
      'Kerry said that she had asked for help. The health visitor saw Child J with Mother twice.',
      'Mr A, the maternal uncle, was not asked. Kerry rang the duty team in June 2023.',
    ].join('\n\n'),
  );
  const found = findings(text);
  const names = found.filter((finding) => finding.data?.kind === 'name');

  it('reports the full name and every later bare first name, with the name as written in data', () => {
    expect(covered(text, names)).toEqual(['Kerry Mason', 'Kerry', 'Kerry']);
    expect(names.map((finding) => finding.data)).toEqual([
      { kind: 'name', name: 'Kerry Mason' },
      { kind: 'name', name: 'Kerry' },
      { kind: 'name', name: 'Kerry' },
    ]);
    expect(names[1].message).toContain('first name of Kerry Mason');
  });

  it('offers the draft’s pseudonyms and common roles, each replacing every occurrence, never a fix', () => {
    const [first] = names;
    expect(first.fix).toBeUndefined();
    const titles = first.suggestions!.map((suggestion) => suggestion.title);
    // An adult (an appositive "Mother's partner") is not offered the child's pseudonyms.
    // Not "Mother": the mention is "Mother’s partner, Kerry Mason".
    expect(titles).toEqual([
      'Replace every occurrence of Kerry Mason with Mr A',
      'Replace every occurrence of Kerry Mason with the father',
      'Replace every occurrence of Kerry Mason with the social worker',
      'Replace every occurrence of Kerry Mason with the health visitor',
    ]);
    const roleFix = first.suggestions!.find((suggestion) => suggestion.title.endsWith('the social worker'))!;
    const output = applyFix(text, roleFix).output;
    expect(output).toContain('Mother’s partner, the social worker, moved in');
    expect(output).toContain('The social worker said that she had asked for help.');
    expect(output).toContain('The social worker rang the duty team');
    expect(findings(output).filter((finding) => finding.data?.kind === 'name')).toEqual([]);
    // Every finding of the person offers the same edits.
    expect(names[2].suggestions).toEqual(first.suggestions);
  });

  it('offers a child’s pseudonym for a child, and not where the child would "not attend"', () => {
    const child = draft('Child J’s brother, Tyler Hughes, 9, lived with Mother. Child J and Sibling 1 shared a room; Sibling 1 and Child J were close.');
    const [finding] = findings(child).filter((candidate) => candidate.data?.kind === 'name');
    // Not Child J, nor "the child": the mention is "Child J’s brother, Tyler Hughes".
    expect(finding.suggestions!.map((suggestion) => suggestion.title)).toEqual(['Replace every occurrence of Tyler Hughes with Sibling 1']);
    const named = draft('Child J and Sibling 1 lived with Mother. Tyler Hughes, 9, was often hungry.');
    const [young] = findings(named).filter((candidate) => candidate.data?.kind === 'name');
    expect(young.suggestions!.map((suggestion) => suggestion.title)).toEqual([
      'Replace every occurrence of Tyler Hughes with Child J',
      'Replace every occurrence of Tyler Hughes with Sibling 1',
      'Replace every occurrence of Tyler Hughes with the child',
    ]);
    const absent = draft('Child J lived with Mother. Tyler Hughes did not attend the appointment.');
    const [other] = findings(absent).filter((candidate) => candidate.data?.kind === 'name');
    expect(other.suggestions!.map((suggestion) => suggestion.title).some((title) => /Child J|the child/.test(title))).toBe(false);
  });

  it('applies once in a batch (--fix-suggestions identifying-detail), however many mentions offer it', () => {
    const outcome = applyFixes(text, found, { suggestionsOf: new Set(['identifying-detail']) });
    expect(outcome.conflict).toBe(false);
    expect(outcome.output).not.toMatch(/Kerry/);
    expect(outcome.output).toContain('Mother’s partner, Mr A, moved in');
  });

  it('leaves a cited case alone even when a person in the draft has the same name', () => {
    const cited = draft('Star Hobson said she was hungry. Like the national review into the murders of Arthur Labinjo-Hughes and Star Hobson, this review found gaps.');
    const found = findings(cited);
    expect(covered(cited, found)).toEqual(['Star Hobson']);
    expect(found[0].range.start.offset).toBe(cited.indexOf('Star Hobson said'));
    expect(found[0].suggestions![0].edits).toHaveLength(1);
  });

  it('replaces a date of birth with the month and year, or an age at the latest date in the draft', () => {
    const born = draft('Child J was born on 3 March 2019. In June 2023 Child J was seen at the hospital.');
    const [finding] = findings(born);
    expect(finding.fix).toBeUndefined();
    expect(finding.suggestions!.map((suggestion) => applyFix(born, suggestion).output.match(/Child J was [^.]+/)![0])).toEqual([
      'Child J was born in March 2019',
      'Child J was aged 4 in June 2023',
    ]);
    const label = draft('Child J (DOB: 03/11/2022) lived with Mother. In June 2023 she was admitted.');
    expect(findings(label)[0].suggestions!.map((suggestion) => applyFix(label, suggestion).output.match(/Child J \([^)]+\)/)![0])).toEqual([
      'Child J (DOB: November 2022)',
      'Child J (aged 7 months in June 2023)',
    ]);
    const home = draft('Child J was born at home on 3 March 2019.');
    expect(findings(home)[0].suggestions!.map((suggestion) => applyFix(home, suggestion).output.match(/born[^.]+/)![0])).toEqual(['born at home in March 2019']);
  });
});

// Shapes found by the blind batch of 2026-11-30 (test/corpus/names/blind-2026-11-30.ts), each both ways.
describe('identifying-detail: sentence structure beyond the lists (blind batch 2026-11-30)', () => {
  it('reads "Father" and "Sister" as titles only before a surname', () => {
    expect(reported('Father O’Connor, the parish priest, visited the family weekly.')).toEqual(['Father O’Connor']);
    expect(reported('Sister Okeke raised a safeguarding alert.')).toEqual(['Sister Okeke']);
    expect(reported('Father told the social worker that he had not been drinking.')).toEqual([]);
    expect(reported('Father Christmas brought Child M a bike; the ward Sister saw it.')).toEqual([]);
    expect(reported('Child R lived, for part of the period, with his Father. Child R said he liked it.')).toEqual([]);
  });

  it('reads initials before a surname, but not an initial that ends a sentence', () => {
    expect(reported('The statement was taken from J. K. Mensah, a neighbour.')).toEqual(['J. K. Mensah']);
    expect(reported('Dr S. Rahman reviewed the X-ray.')).toEqual(['Dr S. Rahman']);
    expect(reported('The social worker spoke to Mr E. Contact moved to a weekend slot.')).toEqual([]);
    expect(reported('The review spoke to Mr A. Kerry said that he had left in May.')).toEqual([]);
    expect(reported('Mr T. Adebayo was the registered tenant.')).toEqual(['Mr T. Adebayo']);
  });

  it('joins lower-case particles and family names written first into one name', () => {
    expect(reported('Pieter van der Berg, Mother’s partner, moved in.')).toEqual(['Pieter van der Berg']);
    expect(reported('Dafydd ap Rhys said he was never told.')).toEqual(['Dafydd ap Rhys']);
    expect(reported('Nguyen Thi Lan worked long shifts at a nail bar.')).toEqual(['Nguyen Thi Lan']);
    expect(reported('Father lived in Den Haag for two years.')).toEqual([]);
  });

  it('reports a given name alone where the sentence makes it a person', () => {
    expect(reported('Child M and her brother Kacper attended the same nursery.')).toEqual(['Kacper']);
    expect(reported('Baby T (Ellie-Mae) was born at 35 weeks.')).toEqual(['Ellie-Mae']);
    expect(reported('Brandon, the neighbour, said she heard shouting.')).toEqual(['Brandon']);
    expect(reported('His friends called him Jojo.')).toEqual(['Jojo']);
    expect(reported('Mother’s partner, known locally as ‘Deano’, was said to supply drugs.')).toEqual(['Deano']);
    expect(reported('Child M called her grandmother ‘Nana’ and her grandfather ‘Grandad’.')).toEqual([]);
    expect(reported('Silent (about the child): nothing was recorded.')).toEqual([]);
  });

  it('leaves bodies, services and products named after people alone', () => {
    expect(reported('St John Ambulance crews were on duty.')).toEqual([]);
    expect(reported('Marie Curie nurses supported Maternal Grandmother.')).toEqual([]);
    expect(reported('A bottle of Jack Daniel’s was found in the kitchen.')).toEqual([]);
    expect(reported('Like Daniel Pelka, Child M was described as taking food.')).toEqual([]);
    expect(reported('Marie Curie, the neighbour, said she heard shouting.')).toEqual(['Marie Curie']);
  });

  it('reads an ambiguous given name opening a sentence as a name when allowNames declares it', () => {
    expect(reported('Ruby Carter was seven when the review began.', { allowNames: ['Ruby'] })).toEqual(['Ruby Carter']);
    expect(reported('Ruby Carter was seven when the review began.')).toEqual([]);
    expect(reported('Ruby said she was scared.', { allowNames: ['Ruby'] })).toEqual([]);
  });

  it('finds dates of birth in more forms, and a date under a date-of-birth column', () => {
    expect(reported('Sibling 1 (b. 03/04/2019) lived with Maternal Grandmother.')).toEqual(['b. 03/04/2019']);
    expect(reported('Baby T was born at 02:13 on Tuesday 4 May 2021.')).toEqual(['born at 02:13 on Tuesday 4 May 2021']);
    expect(reported('Child M’s date of birth is the fourth of May 2015.')).toEqual(['date of birth is the fourth of May 2015']);
    expect(reported('Child M turned sixteen on 3 April 2023.')).toEqual(['turned sixteen on 3 April 2023']);
    expect(reported('Baby T — DoB 04 May 21 — was the youngest.')).toEqual(['DoB 04 May 21']);
    expect(reported('| Person | Date of birth |\n| --- | --- |\n| Child M | 04/09/2016 |')).toEqual(['04/09/2016']);
    expect(reported('| Person | Date seen |\n| --- | --- |\n| Child M | 04/09/2016 |')).toEqual([]);
    expect(reported('Child M turned up on 3 April 2023 without a coat.')).toEqual([]);
    const text = draft('Child M turned sixteen on 3 April 2023.');
    const [finding] = findings(text);
    expect(applyFix(text, finding.suggestions![0]).output).toContain('turned sixteen in April 2023.');
  });

  it('reads Welsh street names and handles with full stops', () => {
    expect(reported('They were placed at Flat 4, 18 Heol y Felin.')).toEqual(['18 Heol y Felin']);
    expect(reported('Child M posted videos as @mia.k_2016 on TikTok.')).toEqual(['@mia.k_2016']);
    expect(reported('Write to safeguarding@example.org.uk for a copy.')).toEqual([]);
  });
});

describe('identifying-detail: names the draft declares as pseudonyms', () => {
  it('never reports a name the draft declares as a pseudonym, anywhere in the draft, as if it were in allowNames', () => {
    const body = [
      'In this review the child is referred to as Kai. His brother Tyler (a pseudonym) was two, and their cousin Jaden (not his real name) stayed at weekends.',
      'Tyler and Kai played with Jaden at the park, and Tyler Brooks, their neighbour, watched.',
    ].join('\n\n');
    expect(reported(body)).toEqual(['Tyler Brooks']);
  });

  it('reports the same names where nothing declares them', () => {
    expect(reported('His brother Tyler was two. Tyler played with the neighbour, Jaden, at the park.')).toEqual(expect.arrayContaining(['Tyler']));
  });
});
