// Labelled recommendations sections for recommendation-count (see test/corpus/README.md). `text` is
// the body of a Recommendations section (or, with `template: 'rapid-review'`, of an Actions
// section). A `report` case must get a finding of its class; a `silent` case none at all.
export type CountClass = 'too-many' | 'duplicate' | 'training-only';

export interface CountCase {
  text: string;
  expect: 'report' | 'silent';
  class: CountClass;
  note: string;
  template?: 'lcspr' | 'rapid-review';
}

const AGENCIES = ['The ICB', 'CSC', 'The Police', 'The Partnership', 'The Education Safeguarding Team', 'The health visiting service', 'CAMHS', 'The Designated Nurse', 'The housing service', 'The probation service', 'The MASH', 'The school nursing service', 'The Youth Justice Service', 'The ambulance service'];
const CHANGES = [
  'add a household question to its referral form',
  'introduce a supervisory check of every strategy discussion outcome',
  'record the name of every adult in the home at each visit',
  'offer each excluded pupil a meeting with a named nurse',
  'copy discharge letters to the health visitor',
  'flag children of prisoners on its case management system',
  'appoint a named lead for children missing education',
  'see every child on a protection plan alone each month',
  'notify schools of domestic abuse incidents before the next school day',
  'screen all contacts for cumulative harm',
  'give every young carer a named worker',
  'hold a professionals meeting before closing any case after non-engagement',
  'check the address history of new partners at the first visit',
  'set up a pre-birth pathway for parents who were in care',

  // ==== second batch, written blind after the rule ====
  { class: 'duplicate', expect: 'report', text: '1. The Police will ensure that officers attending a domestic abuse incident speak to each child present, recording what the child says, from April 2026.\n2. CAMHS will offer a same-week appointment after any self-harm attendance by June 2026.\n3. Officers attending domestic abuse incidents will talk to every child present and record their words, starting April 2026. Owner: Police.', note: 'speak/talk, record, owner by label' },
  { class: 'training-only', expect: 'report', text: '1. Safeguarding training for GP practice staff will be refreshed by the ICB to include coercive control, within six months.', note: 'passive refresh of training with agent' },
  { class: 'training-only', expect: 'report', text: '1. The Partnership should produce a practice guidance leaflet for practitioners on adolescent neglect by March 2026.', note: 'leaflet' },
  { class: 'training-only', expect: 'silent', text: '1. The ICB will pilot a named GP for safeguarding in four practices by June 2026.', note: 'pilot a role' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will fund two additional IDVA posts by April 2026.', note: 'fund posts' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will deliver multi-agency training on neglect, and from April 2026 the neglect toolkit will be mandatory in every child in need assessment.', note: 'training and a mandatory tool in one sentence' },
  { class: 'duplicate', expect: 'silent', text: '1. CAMHS will offer a same-week appointment after any self-harm attendance by June 2026.\n2. The emergency department will refer every child who attends after self-harm to CAMHS before discharge, from June 2026.', note: 'same topic, different asks and owners' },
];
/** A list of n distinct, well-formed recommendations. */
export function distinct(n: number): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}. ${AGENCIES[i % AGENCIES.length]} will ${CHANGES[i % CHANGES.length]} by ${['March', 'June', 'September', 'December'][i % 4]} 2026, with a dip sample of ${10 + i} cases reported to the Board.`).join('\n');
}

export const COUNT_CASES: CountCase[] = [
  // ---- too many ----------------------------------------------------------------------------------
  { class: 'too-many', expect: 'report', text: distinct(11), note: '11 in an LCSPR' },
  { class: 'too-many', expect: 'report', text: distinct(14), note: '14 in an LCSPR' },
  { class: 'too-many', expect: 'report', template: 'rapid-review', text: distinct(9), note: '9 actions in a rapid review' },
  { class: 'too-many', expect: 'report', text: distinct(12).replace(/^(\d+)\. /gm, '$1.1 ').replace(/\n/g, '\n\n'), note: '12 numbered paragraphs' },
  { class: 'too-many', expect: 'silent', text: distinct(10), note: 'exactly 10' },
  { class: 'too-many', expect: 'silent', text: distinct(6), note: 'six' },
  { class: 'too-many', expect: 'silent', template: 'rapid-review', text: distinct(8), note: 'exactly 8 actions' },
  { class: 'too-many', expect: 'silent', text: `${distinct(4)}\n\n   - the audit will include cases from each locality;\n   - the findings will be shared with the practitioners involved.`, note: 'nested detail bullets are not recommendations' },

  // ---- duplicates ----------------------------------------------------------------------------------
  { class: 'duplicate', expect: 'report', text: '1. CSC will revise its neglect procedure so that cumulative harm is recorded at every review, by March 2026.\n2. The Police will notify schools of domestic abuse incidents before the next school day from January 2026.\n3. CSC will update the neglect guidance so that cumulative harm is recorded at each review, by June 2026.', note: 'revise/update procedure/guidance, same owner' },
  { class: 'duplicate', expect: 'report', text: '1. The ICB will audit 30 health visiting records for evidence that fathers were spoken to, by May 2026.\n2. The Partnership will introduce a pre-birth pathway for parents who were in care by September 2026.\n3. The ICB will dip-sample 30 health visiting records to check that fathers were seen and spoken to, reporting by June 2026.', note: 'audit/dip-sample of the same records' },
  { class: 'duplicate', expect: 'report', text: '1. Children\'s Social Care will make sure every child on a child protection plan is seen alone at each statutory visit, with a quarterly audit.\n2. The MASH will screen all contacts for cumulative harm by April 2026.\n3. Children\'s Social Care will ensure children on protection plans are seen alone at every statutory visit, audited each quarter.', note: 'same ask reworded' },
  { class: 'duplicate', expect: 'report', text: '7.1 The Police will share information about registered sex offenders visiting homes with children with CSC within 24 hours.\n\n7.2 The school nursing service will offer each excluded pupil a meeting by June 2026.\n\n7.3 The Police will send CSC information about registered sex offenders who visit homes where children live within 24 hours.', note: 'share/send, numbered paragraphs' },
  { class: 'duplicate', expect: 'report', text: '1. The Partnership will train 200 practitioners on recognising neglect in adolescents by March 2026, and audit 20 cases afterwards.\n2. The health visiting service will add a household question to the new birth record within two months.\n3. The Partnership will deliver training on recognising adolescent neglect to practitioners by March 2026, with an audit of 20 cases.', note: 'train/deliver training' },
  { class: 'duplicate', expect: 'report', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Record the name of every adult living in the household at each home visit. | Health visiting | March 2026 |\n| 2 | Introduce a supervisory check of strategy discussion outcomes. | CSC | June 2026 |\n| 3 | Record the names of all adults in the household at every home visit. | Health visiting | June 2026 |', note: 'table rows, same owner cell' },
  { class: 'duplicate', expect: 'report', template: 'rapid-review', text: '1. The hospital will refer every non-mobile baby with a mark to the safeguarding team the same day. Owner: Named Nurse. Due: within one month.\n2. The GP practice will add a household field to registration. Owner: Practice Manager. Due: within two months.\n3. The hospital will make a same-day referral to the safeguarding team for any mark on a non-mobile baby. Owner: Named Nurse. Due: within one month.', note: 'rapid-review actions' },
  { class: 'duplicate', expect: 'report', text: '1. The Education Safeguarding Team will see every electively home-educated child within 20 working days of notification, with a termly audit.\n2. CAMHS will copy discharge letters to the health visitor by April 2026.\n3. The Education Safeguarding Team will visit and see each child whose parents elect home education within 20 working days, audited each term.', note: 'EHE visits' },
  { class: 'duplicate', expect: 'silent', text: '1. CSC will revise its neglect procedure so that cumulative harm is recorded at every review, by March 2026.\n2. The ICB will revise its safeguarding supervision policy so that health visitors discuss every family with a child on a plan, by June 2026.', note: 'same verb and noun, different asks and owners' },
  { class: 'duplicate', expect: 'silent', text: '1. The ICB will audit 30 health visiting records for evidence that fathers were spoken to, by May 2026.\n2. The ICB will audit 30 GP records for evidence that bruising in non-mobile babies was referred, by May 2026.', note: 'audit twice, different subjects' },
  { class: 'duplicate', expect: 'silent', text: '1. The Police will notify schools of domestic abuse incidents before the next school day from January 2026.\n2. The Police will notify CSC of every missing episode of a child on a plan within 24 hours.', note: 'notify twice, different content' },
  { class: 'duplicate', expect: 'silent', text: distinct(8), note: 'eight distinct recommendations' },
  { class: 'duplicate', expect: 'silent', text: '1. CSC will introduce a fathers\' contact record by February 2026, audited in 20 cases.\n2. The health visiting service will introduce a household composition question at the new birth visit by February 2026, audited in 20 records.', note: 'parallel structure, different asks' },
  { class: 'duplicate', expect: 'silent', text: '1. The Partnership will train 200 practitioners on recognising neglect in adolescents by March 2026, and audit 20 cases afterwards.\n2. The Partnership will train 150 practitioners on child criminal exploitation by June 2026, and audit 20 cases afterwards.', note: 'training on different topics' },
  { class: 'duplicate', expect: 'silent', text: '1. The MASH will screen all contacts for cumulative harm by April 2026, with a dip sample reported to the Board.\n2. The MASH will record the outcome of every strategy discussion on the child\'s file within one working day, with a dip sample reported to the Board.', note: 'same owner and measure wording, different asks' },

  // ---- training, reminders, briefings, policies only -----------------------------------------------
  { class: 'training-only', expect: 'report', text: '1. The Partnership will deliver training on neglect to all practitioners by March 2026.', note: 'deliver training' },
  { class: 'training-only', expect: 'report', text: '1. Children\'s Social Care will remind staff of the escalation policy within one month.', note: 'remind staff' },
  { class: 'training-only', expect: 'report', text: '1. The ICB will re-circulate the bruising protocol to GP practices by January 2026.', note: 're-circulate the protocol' },
  { class: 'training-only', expect: 'report', text: '1. The Police will brief officers on the signs of child criminal exploitation by April 2026.', note: 'brief officers' },
  { class: 'training-only', expect: 'report', text: '1. The Safeguarding Partnership should develop a new policy on working with hostile parents by June 2026.', note: 'new policy' },
  { class: 'training-only', expect: 'report', text: '1. Staff in all agencies should be reminded of the importance of professional curiosity, by the end of 2025. Owner: Partnership Business Unit.', note: 'passive reminder' },
  { class: 'training-only', expect: 'report', text: '| No. | Recommendation | Owner | Timescale |\n|---|---|---|---|\n| 1 | Provide refresher training for DSLs on elective home education. | Education Safeguarding Team | September 2026 |', note: 'table row, refresher training' },
  { class: 'training-only', expect: 'report', text: '1. The ICB will issue updated guidance to GP practices on recording who lives in the household, within three months.', note: 'issue guidance, no content' },
  { class: 'training-only', expect: 'report', text: '1. Training on coercive control should be commissioned by the Partnership Business Unit by May 2026.', note: 'passive training with agent' },
  { class: 'training-only', expect: 'report', template: 'rapid-review', text: '1. The health visiting service will cascade the ICON coping-with-crying messages to all health visitors. Owner: Head of Health Visiting. Due: within one month.', note: 'cascade messages (rapid review)' },
  { class: 'training-only', expect: 'report', text: '1. CAMHS will run awareness sessions for its clinicians on asking about abuse, by summer 2026.', note: 'awareness sessions' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will deliver training on neglect to 200 practitioners by March 2026 and audit 20 neglect cases six months later to see whether practice changed.', note: 'training + audit of practice' },
  { class: 'training-only', expect: 'silent', text: '1. The Case Review Group will revise the local bruising protocol to state that unexplained marks must be treated as bruises. Owner: Designated Nurse. Due: within three months.', note: 'policy with content' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership Business Unit will produce a seven-minute briefing on this review within three months of publication.', note: 'sharing the review\'s own learning' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will hold a multi-agency learning event for practitioners involved with Baby M within six weeks.', note: 'learning event for those involved' },
  { class: 'training-only', expect: 'silent', text: '1. CSC will revise its CIN procedure by January 2025 so that every non-resident parent is contacted and invited to meetings.', note: 'procedure with so that' },
  { class: 'training-only', expect: 'silent', text: '1. The ICB will add a mandatory household question to the GP registration form by March 2026.', note: 'system change' },
  { class: 'training-only', expect: 'silent', text: '1. The Police will share information about domestic abuse incidents with schools before 9am the next school day from January 2026.', note: 'share information: practice' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will commission a briefing for practitioners on engaging fathers by April 2026, with attendance and impact reported to the Board.', note: 'briefing + impact reported to the Board' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will relaunch its multi-agency neglect assessment tool, including training for DSLs and school nurses, with at least 200 practitioners trained by September 2025.', note: 'tool relaunch with training inside' },
  { class: 'training-only', expect: 'silent', text: '1. Children\'s Social Care will introduce a requirement that managers review every case closed after non-engagement, by March 2026.', note: 'introduce a requirement' },
  { class: 'training-only', expect: 'silent', text: '1. The ICB will train GP receptionists to book a same-day appointment for any baby with a mark, and monitor the bookings monthly.', note: 'training + monitoring' },

  // ==== second batch, written blind after the rule ====
  { class: 'duplicate', expect: 'report', text: '1. The Police will ensure that officers attending a domestic abuse incident speak to each child present, recording what the child says, from April 2026.\n2. CAMHS will offer a same-week appointment after any self-harm attendance by June 2026.\n3. Officers attending domestic abuse incidents will talk to every child present and record their words, starting April 2026. Owner: Police.', note: 'speak/talk, record, owner by label' },
  { class: 'training-only', expect: 'report', text: '1. Safeguarding training for GP practice staff will be refreshed by the ICB to include coercive control, within six months.', note: 'passive refresh of training with agent' },
  { class: 'training-only', expect: 'report', text: '1. The Partnership should produce a practice guidance leaflet for practitioners on adolescent neglect by March 2026.', note: 'leaflet' },
  { class: 'training-only', expect: 'silent', text: '1. The ICB will pilot a named GP for safeguarding in four practices by June 2026.', note: 'pilot a role' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will fund two additional IDVA posts by April 2026.', note: 'fund posts' },
  { class: 'training-only', expect: 'silent', text: '1. The Partnership will deliver multi-agency training on neglect, and from April 2026 the neglect toolkit will be mandatory in every child in need assessment.', note: 'training and a mandatory tool in one sentence' },
  { class: 'duplicate', expect: 'silent', text: '1. CAMHS will offer a same-week appointment after any self-harm attendance by June 2026.\n2. The emergency department will refer every child who attends after self-harm to CAMHS before discharge, from June 2026.', note: 'same topic, different asks and owners' },
];
