// Second blind batch of 2026-11-30 for identifying-detail: labelled cases written BEFORE reading the
// rule's code or any case of the other corpora (only the NameCase/BlindCase shape was looked at). It
// aims at what the first blind round left (a bare surname once the draft has introduced the person,
// a real name in brackets after a role label, nicknames and street names) and at shapes nobody had
// tried (social-media handles, e-mail addresses, phone numbers, vehicle registrations, case and
// reference numbers, named nurseries, GP surgeries, churches, mosques and clubs, a named village, a
// parent's named employer, an exact date that gives away a baby's date of birth), written in the
// voices drafts take: health chronology, police summary, the family's words in quotes, Word-paste
// (non-breaking spaces, tab bullets, bold form labels), tables and bullet lists.
//
// What is labelled `report` follows the domain brief (published reports carry no real names of the
// child, family or practitioners, no exact dates of birth, addresses, postcodes, named schools,
// nurseries or GP surgeries, case or NHS numbers, social media handles) and the contract ("text that
// could identify a child or family"): a phone number, e-mail address, vehicle registration, a named
// church or club the child attended, a named village and a parent's named employer identify a family
// as surely as a named school. What stays `silent` follows what the brief allows: ages, month/year,
// seasons, relative timing, generic settings ("the nursery", "School 2"), roles, agencies, the
// partnership and county or region, published national cases used for comparison, cited authors. An
// exact date of an event with the child's age in years stays silent (the contract forbids exact dates
// of birth, not dated chronologies); an exact date with an age in days or weeks, or a birthday, gives
// the date of birth away and is reported.
//
// Judging (test/unit/rules/identifying-detail-corpus.test.ts, "blind batch 2026-11-30-b"): every
// identifying-detail finding counts. A `report` case is right when a finding overlaps the `nth` occurrence (0-based, default 0)
// of `span` in the case text and either covers the span or lies inside it; a `silent` case is right
// when identifying-detail reports nothing at all. `nth` matters for a bare surname: "Mr Okonkwo" is
// reported anyway, the case asks for the later "Okonkwo told police".
import type { NameCase } from './cases';

export type BlindBClass =
  | 'bare-surname'
  | 'bracket-name'
  | 'nickname'
  | 'handle'
  | 'phone'
  | 'vehicle'
  | 'reference-number'
  | 'named-setting'
  | 'village'
  | 'employer'
  | 'date-with-age'
  | 'family-words'
  | 'word-paste'
  | 'table-list'
  | 'pseudonym'
  | 'role'
  | 'organisation'
  | 'national-case'
  | 'cited-author'
  | 'region'
  | 'name-like-word';

export interface BlindBCase extends Omit<NameCase, 'class'> {
  class: BlindBClass;
  /** For `report`: which occurrence of `span` in `text` must be reported (0-based; default 0). */
  nth?: number;
}

const report = (cls: BlindBClass, text: string, span: string, nth?: number, note?: string): BlindBCase => ({ text, expect: 'report', class: cls, span, nth, note });
const silent = (cls: BlindBClass, text: string, note?: string): BlindBCase => ({ text, expect: 'silent', class: cls, note });
const draft = (body: string): string => `# Local Child Safeguarding Practice Review: Child D\n\n${body}\n`;

export const BLIND_CASES_2026_11_30_B: BlindBCase[] = [
  // A bare surname after the draft has introduced the person with a title or full name.
  report('bare-surname', 'Police arrested Mr Okonkwo at the family home. He was interviewed the following day. Okonkwo told officers that Child D had fallen from the sofa.', 'Okonkwo', 1),
  report('bare-surname', 'Mother’s partner, Lee Harrower, moved into the flat in spring 2021. Harrower had previous convictions for violence against a former partner.', 'Harrower', 1),
  { ...report('bare-surname', draft('## Background\n\nThe family were known to police through Ms Nowakowska, Mother’s sister, who called them twice in 2022.\n\n## Findings\n\nNowakowska’s concerns were not passed on to Children’s Social Care.'), 'Nowakowska', 1, 'possessive, in another section'), document: true },
  report('bare-surname', 'DC Aldous spoke to Father at the station. Later that week Aldous completed a risk assessment that was graded medium.', 'Aldous', 1, 'mid-sentence, not only at a sentence start'),
  report('bare-surname', '- 12/04/2022: Dr Sahota reviewed Child F in clinic.\n- 19/04/2022: Sahota referred Child F to the community paediatrician.', 'Sahota', 1, 'chronology bullets'),
  report('bare-surname', '| Date | Event |\n| --- | --- |\n| June 2021 | Mr Brannigan reported Child T missing |\n| July 2021 | Brannigan refused entry to the social worker |', 'Brannigan', 1, 'table cells'),
  report('bare-surname', 'The school’s records show that Kerry-Ann McBride collected Child S most days. McBride was Child S’s maternal aunt.', 'McBride', 1),
  silent('cited-author', 'Munro (2011) argued that child protection systems must learn from practice. Munro also warned against a culture of compliance.'),
  silent('cited-author', 'Brandon et al. (2020) found that neglect was present in most reviews. Brandon and colleagues call this the cumulative harm of neglect.'),
  silent('national-case', 'The murder of Arthur Labinjo-Hughes led to a national review. Labinjo-Hughes had been seen by a social worker two months before he died.', 'a published national case, used for comparison'),
  silent('region', 'The family moved from Lancashire to Cumbria in 2020. Cumbria’s children’s services held the case from then on.'),
  silent('organisation', 'Barnardo’s ran the parenting group. Barnardo’s staff saw Mother weekly until the group closed.'),
  silent('pseudonym', 'Kai (a pseudonym chosen with his mother) was nine. Kai liked football and drawing, and Kai’s teacher said he was kind.'),

  // A real name in brackets (or square brackets) after a role label.
  report('bracket-name', 'Sibling 2 (Oliwia) was not spoken to by the social worker.', 'Oliwia'),
  report('bracket-name', 'Child B (Amelia, aged 4) was taken to the GP with a burn to her hand.', 'Amelia'),
  report('bracket-name', 'Practitioner 3 (Janine) recalled that the flat smelled strongly of cannabis.', 'Janine'),
  report('bracket-name', 'The youngest sibling (Reuben) was staying with Maternal Grandmother that weekend.', 'Reuben'),
  report('bracket-name', 'Mother’s partner (Dean) was not known to the health visitor.', 'Dean'),
  report('bracket-name', 'Maternal Aunt [Shannon] attended the Initial Child Protection Conference.', 'Shannon', 0, 'a redaction left half done'),
  silent('bracket-name', 'Sibling 2 (aged 6) was not spoken to alone by any practitioner.'),
  silent('bracket-name', 'Child B (a pseudonym) was four when the review began.'),
  silent('bracket-name', 'Practitioner 3 (Health Visitor) recalled the visit clearly.'),
  silent('bracket-name', 'Child C (White British, Year 4) attended School 1.'),
  silent('bracket-name', 'Sibling 1 (Child E) was placed with Maternal Grandmother; Father (Adult F) declined to take part in the review.'),
  silent('bracket-name', 'Mother’s statement (May 2021) described the night differently.'),

  // Nicknames and street names.
  report('nickname', 'Child R was known on the estate as ‘Tank’ by the older boys.', 'Tank'),
  report('nickname', 'He went by "Bones" online and in the group chats he was added to.', 'Bones'),
  report('nickname', 'Older boys called him \'Lil Skip\' and gave him a phone to carry.', 'Lil Skip'),
  report('nickname', '“We all call him Scrappy, he’s little but he never backs down,” Maternal Grandmother said.', 'Scrappy'),
  report('nickname', 'Police intelligence linked Child T to an older male known as "Dread", who ran the line.', 'Dread'),
  silent('nickname', 'The partnership uses the approach known as ‘Signs of Safety’ in all assessments.'),
  silent('nickname', 'What Mother called ‘the bad times’ were the weeks when Father was drinking.'),
  silent('nickname', 'The ‘toxic trio’ of domestic abuse, mental ill-health and substance misuse was present throughout.'),
  silent('nickname', 'Within a month Child R called the foster carer ‘Nana’.', 'a kinship word, not a name'),
  silent('nickname', 'Young people on the estate called the police ‘the feds’ and would not speak to them.'),

  // Social-media handles and e-mail addresses.
  report('handle', 'Child K had an Instagram account, @kayla_x, which Mother did not know about.', '@kayla_x'),
  report('handle', 'Messages from the Snapchat account lilmaz.2008 were found on her phone.', 'lilmaz.2008'),
  report('handle', '- TikTok: @jd.official07 (Child J’s own account)\n- Snapchat: none known', '@jd.official07'),
  report('handle', 'The man first contacted her on Discord as DarkKnight_99.', 'DarkKnight_99'),
  report('handle', 'Mother emailed the school from sharon.t1984@hotmail.co.uk to say Child L was ill.', 'sharon.t1984@hotmail.co.uk'),
  silent('handle', 'Child K had an Instagram account that Mother did not know about.'),
  silent('handle', '09/03/2022 home visit @ 10:30; no answer at the door.'),
  silent('handle', 'Copies of this report can be requested from the partnership business unit at safeguarding.partnership@example.gov.uk.', 'an organisation’s mailbox'),

  // Phone numbers.
  report('phone', 'Father texted the social worker from 07700 900123 after the conference.', '07700 900123'),
  report('phone', 'Mother’s new number (07911-123456) was not passed to the health visitor.', '07911-123456'),
  report('phone', '+44 7700 900461 was saved in Child K’s phone as “Uncle”.', '+44 7700 900461'),
  silent('phone', 'Nobody told Child K about Childline (0800 1111).', 'a national helpline'),
  silent('phone', 'Mother rang 999 at 02:14; an ambulance arrived at 02:31.'),
  silent('phone', 'Between 2019 and 2023, 1,247 children were referred to the service.'),

  // Vehicle registrations.
  report('vehicle', 'Police stopped a silver Ford Focus, registration KX19 LMO, with Child T in the back seat.', 'KX19 LMO'),
  report('vehicle', 'The car (reg. YA65TRV) was seen outside the school on three afternoons.', 'YA65TRV'),
  silent('vehicle', 'The family travelled on the M62 and the A580 to reach the hospital; Child T was in Year 6 (KS2).'),
  silent('vehicle', 'Police stopped a silver car with Child T in the back seat.'),

  // Case, crime and other reference numbers.
  report('reference-number', 'The police crime reference (CR/0412876/22) was not shared with Children’s Social Care.', 'CR/0412876/22'),
  report('reference-number', 'Child L’s case was held under LCS ID 1189345 from 2019.', '1189345'),
  report('reference-number', 'The discharge letter gives Mother’s National Insurance number, QQ 12 34 56 C.', 'QQ 12 34 56 C'),
  silent('reference-number', 'Paragraph 5.3.2 of Working Together 2023 sets out the rapid review timescale; Section 47 enquiries began the same day.'),
  silent('reference-number', 'Recommendation 4 (R4) asks the Integrated Care Board to report to the Partnership Board by Q3 2025.'),

  // Named nurseries, GP surgeries, places of worship and clubs.
  report('named-setting', 'Child P attended Little Acorns Day Nursery three days a week.', 'Little Acorns Day Nursery'),
  report('named-setting', 'The family were registered at Beech House Surgery until 2022.', 'Beech House Surgery'),
  report('named-setting', 'Mother and the children attended St Aidan’s Church most Sundays, and the vicar knew them well.', 'St Aidan’s Church'),
  report('named-setting', 'Child T trained twice a week with Ashton Athletic Juniors FC.', 'Ashton Athletic Juniors FC'),
  report('named-setting', 'After school he went to classes at the Al-Noor Mosque.', 'Al-Noor Mosque'),
  report('named-setting', 'In September 2021 Child P moved to Highfield Pre-School.', 'Highfield Pre-School'),
  report('named-setting', 'The youth worker at Northmoor Boxing Club said Child T had calmed down a lot.', 'Northmoor Boxing Club'),
  silent('named-setting', 'Child P attended a private day nursery three days a week.'),
  silent('named-setting', 'The family were registered with the same GP practice throughout; Nursery 1 and School 2 both recorded concerns about Child P’s weight.'),
  silent('named-setting', 'Mother took the children to a local church on Sundays, and the minister knew them well.'),
  silent('named-setting', 'Child T played for a junior football club and went to the mosque’s after-school classes.'),

  // A named village; region and county stay silent.
  report('village', 'The family moved to the village of Lower Brackenthwaite in 2020, where they knew no one.', 'Lower Brackenthwaite'),
  report('village', 'In 2021 Mother rented a cottage in Fellside Green, a village of about 300 people.', 'Fellside Green'),
  silent('region', 'The family moved from Greater Manchester to rural Cumbria in 2020.'),
  silent('region', 'Child T was found in a flat in the West Midlands; police in Kent and North Wales also held information about Father.'),
  silent('region', 'The review was commissioned by the Lancashire Safeguarding Children Partnership.'),

  // A parent's job with a named employer.
  report('employer', 'Father worked nights as a porter at St Mary’s Hospital, Wigan.', 'St Mary’s Hospital'),
  report('employer', 'Mother’s partner drove a delivery van for Hallam’s Bakery on the industrial estate.', 'Hallam’s Bakery'),
  silent('employer', 'Father worked nights as a hospital porter; Mother worked part-time in a supermarket.'),
  silent('organisation', 'The health visitor was employed by Bridgewater Community Healthcare NHS Foundation Trust.'),

  // An exact date that gives a date of birth away; ages and months stay silent.
  report('date-with-age', 'On 14 March 2023 Baby T, then 19 days old, was seen by the GP for a rash.', '14 March 2023'),
  report('date-with-age', 'Baby H was admitted on 02/08/2022 at seven weeks old with a fractured femur.', '02/08/2022'),
  report('date-with-age', 'Child A turned five on 9 June 2021, the day of the first home visit.', '9 June 2021'),
  report('date-with-age', 'Child A celebrated her sixth birthday on 3rd September with a party at home.', '3rd September'),
  silent('date-with-age', 'In March 2023 Baby T, then three weeks old, was seen by the GP for a rash.'),
  silent('date-with-age', 'On 14 March 2023 Child T (aged 7) was seen by the GP for a rash.', 'an event date with an age in years gives no date of birth'),
  silent('date-with-age', 'Child A was five when the family moved in spring 2021; two weeks later the school made a referral.'),

  // The family's words, quoted.
  report('family-words', 'Maternal Grandmother told the reviewer: “Our Jayden was never any trouble until he met those lads.”', 'Jayden'),
  report('family-words', '“Tell Shireen I’m sorry,” Father wrote in his letter to the review.', 'Shireen'),
  report('family-words', 'Mother said, \'Me and Darren were together on and off for ten years.\'', 'Darren'),
  silent('family-words', 'Maternal Grandmother told the reviewer: “Our lad was never any trouble until he met those lads.”'),
  silent('family-words', '“Grace was the word I kept coming back to,” Mother said of her faith.'),
  silent('family-words', 'Father said: “Will anyone actually read this? Will it change anything?”'),

  // Word-paste styles: non-breaking spaces, tab bullets, bold form labels.
  report('word-paste', 'Health visitor\u00a0Bernadette\u00a0Quinlan visited on 4 May.', 'Bernadette\u00a0Quinlan'),
  report('word-paste', '•\tSocial worker: Tomasz Zieliński (until March 2022)\n•\tHealth visitor: Practitioner 4', 'Tomasz Zieliński'),
  report('word-paste', '**Name of child:** Ellie-Mae Robson  \n**Age at time of incident:** 3 years', 'Ellie-Mae Robson'),
  report('word-paste', 'Her older brother, Callum, was 14 and often looked after her.', 'Callum'),
  silent('word-paste', '•\tSocial worker: Practitioner 2 (until March 2022)\n•\tHealth visitor: Practitioner 4'),
  silent('word-paste', '**Name of child:** Child E (pseudonym)  \n**Age at time of incident:** 3 years'),
  silent('word-paste', 'The\u00a0Health\u00a0Visitor visited on 4 May and saw Baby M asleep in a Moses basket.'),

  // Tables and lists.
  report('table-list', '| Role | Name |\n| --- | --- |\n| Social worker | Gemma Thackeray |\n| Health visitor | HV1 |', 'Gemma Thackeray'),
  silent('table-list', '| Role | Agency |\n| --- | --- |\n| Social worker | Children’s Social Care |\n| Health visitor | 0-19 Service |'),

  // Pseudonyms, roles, agencies, national cases.
  silent('pseudonym', 'Throughout this report the young person is called Leo, a name he chose himself. Leo was 12 when he first went missing.'),
  silent('pseudonym', 'Child B’s older sister, referred to here as Sister 1, was 15; Baby M was born at 34 weeks.'),
  silent('pseudonym', 'Young Person Q, known in this report as ‘Q’, spoke to the reviewer twice.'),
  silent('role', 'The Designated Safeguarding Lead spoke to Child P alone, and the Named Nurse for Safeguarding Children and the Independent Reviewing Officer both attended the meeting.'),
  silent('role', 'Detective Sergeant 1 and the Duty Team Manager held the strategy discussion; the Head of Service for Children in Care chaired the panel.'),
  silent('organisation', 'A St John Ambulance crew treated Child T at the match; Mother was later supported by Women’s Aid and Citizens Advice.'),
  silent('organisation', 'The Lucy Faithfull Foundation worked with Father, and the Anna Freud Centre’s guidance was used in supervision.', 'organisations named after people'),
  silent('national-case', 'Like Star Hobson, Child B was seen by several agencies in the months before she died.'),
  silent('national-case', 'The Panel’s national review into the deaths of Arthur and Star found similar patterns of missed signs.', 'bare first names of a published national case'),
  silent('national-case', 'Lessons from the Victoria Climbié inquiry (Laming, 2003) still apply.'),

  // Words that look like names.
  silent('name-like-word', 'Will the partnership publish an action plan? The Board will decide in May 2021.'),
  silent('name-like-word', 'May 2021: the family moved into temporary accommodation.'),
  silent('name-like-word', '- Grace period: 28 days before the case is closed\n- Review date: June 2022'),
  silent('name-like-word', 'Sunny days meant the children played outside. Summer holidays were the hardest time for Child L.'),
  silent('name-like-word', 'Frank conversations about drinking were avoided. Patience and persistence from the school nurse helped.'),
];
