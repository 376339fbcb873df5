// Cases for the identity-considered rule: passages of a draft's findings. `report` drafts never
// consider the child's and family's race, ethnicity, culture, religion, language or disability (some
// use those words in other senses); `silent` drafts consider them, or say why they were not relevant.
export interface IdentityCase {
  text: string;
  expect: 'report' | 'silent';
  note: string;
}

const report = (text: string, note: string): IdentityCase => ({ text, expect: 'report', note });
const silent = (text: string, note: string): IdentityCase => ({ text, expect: 'silent', note });

export const IDENTITY_CASES: IdentityCase[] = [
  report('The health visitor saw Baby M at home four times. The GP saw the mother twice about her low mood.', 'nothing on identity'),
  report('Mother attended church on Sundays and the children went to a holiday club there.', 'faith mentioned in passing, not considered'),
  report('The learning culture in the team was strong and managers encouraged challenge.', 'organisational culture'),
  report('Child B had a black eye from a football match, which the school recorded.', 'black eye'),
  report('The report is written in plain language so that the family can read it.', 'plain language'),
  report('The identity of the father was not known to the midwife.', 'identity of a person'),
  report('Practitioners acted in good faith throughout the period under review.', 'good faith'),
  report('Speech and language therapy was arranged for the toddler at twenty months.', 'speech and language'),
  report('Background checks were completed on the lodger before he moved in.', 'background checks'),
  report('The family shopped at the Polish shop on the corner and the children played in the park.', 'nationality in passing'),
  report('The reviewer met the mother twice and the father once; both spoke about the help they received.', 'family involvement only'),
  report('The language used in records about the mother was often judgemental.', 'language of records'),
  report('Child K enjoyed French at school and wanted to be a vet.', 'a school subject'),
  report('The social worker had a strong background in child protection work.', 'professional background'),
  report('The interpreter for the police interview arrived late, so the interview was rearranged.', 'an interpreter in passing'),
  report('Agencies worked well together once the strategy meeting had been held.', 'nothing on identity'),
  silent('No assessment considered what it meant for Child A to be one of very few Black children at his school.', 'race considered (absent from assessment)'),
  silent("The family's Muslim faith was central to their lives, and the social worker took time to understand how it shaped their wishes for the children.", 'faith considered'),
  silent('Mother spoke little English, and her nine-year-old son was used to interpret at health appointments.', 'language need'),
  silent("The review considered the family's ethnicity, culture and faith and found no evidence that they affected the decisions practitioners made.", 'considered and found not relevant'),
  silent("Child D's autism was not taken into account when practitioners planned how to talk to him about home.", 'disability considered'),
  silent('The experience of racism the family described on the estate was not recorded in any assessment.', 'racism'),
  silent('Professional interpreters were booked for every meeting, so the father could take part fully.', 'interpreters used'),
  silent("The review asked whether Child T, a Black boy of fourteen, was seen as older than he was; adultification is a risk the Panel has highlighted.", 'adultification'),
  silent('Practitioners did not explore how the family\'s insecure immigration status affected their trust in services.', 'immigration status'),
  silent("Child E's mixed heritage and her wish to know about her father's family were not part of the plan.", 'heritage'),
  silent('The family are White British and no issues of race, culture or language were identified as relevant to the learning in this review.', 'says why not relevant'),
  silent("The reviewer found that the child's learning disability meant he could not easily tell adults what was happening, and no one adapted how they communicated with him.", 'disability and communication'),
  silent('Cultural explanations for the harsh physical punishment were accepted instead of being tested.', 'culture as an unexamined explanation'),
  silent('Workers talked with the family about their Traveller identity and adapted visits to their way of life.', 'identity explored'),
  silent("Religion did not play a part in the family's contact with services, the mother told the review.", 'not relevant, in the family\'s words'),
  silent('The assessment recorded that Child S has an education, health and care plan for her hearing impairment, and considered what support she needed to be seen alone.', 'SEND considered'),
  silent("Practitioners did not consider the impact of discrimination at school on Child D's behaviour.", 'discrimination'),
];
