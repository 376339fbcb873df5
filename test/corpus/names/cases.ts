// Labelled cases for identifying-detail's judgement of people's names and dates of birth, written
// for this corpus in the voices of different reviewers. `report` cases give the words that must be
// reported (`span`, exactly as written); `silent` cases must get no name or date-of-birth finding.
// A case's text goes under "## Background" of a small draft, unless `document` is set (then it is
// the whole draft, for sections such as References and Glossary).

export interface NameCase {
  text: string;
  expect: 'report' | 'silent';
  class: NameClass;
  /** For `report`: the words a finding must cover. */
  span?: string;
  note?: string;
  document?: boolean;
  allowNames?: string[];
}

export type NameClass =
  | 'hyphenated'
  | 'soft-break'
  | 'diverse'
  | 'common-word-surname'
  | 'title'
  | 'caps'
  | 'appositive-age'
  | 'named-cue'
  | 'bare-first-name'
  | 'date-of-birth'
  | 'pseudonym'
  | 'role'
  | 'organisation'
  | 'breed'
  | 'character'
  | 'cited-author'
  | 'national-case'
  | 'allow-names'
  | 'sections-and-links';

const report = (cls: NameClass, text: string, span: string, note?: string): NameCase => ({ text, expect: 'report', class: cls, span, note });
const silent = (cls: NameClass, text: string, note?: string): NameCase => ({ text, expect: 'silent', class: cls, note });

export const NAME_CASES: NameCase[] = [
  // Hyphenated given names and surnames.
  report('hyphenated', 'Rosie-Mae Calder was four when the family moved into the flat.', 'Rosie-Mae Calder'),
  report('hyphenated', 'The nursery keyworker said that Jean-Luc Ebo was often collected late.', 'Jean-Luc Ebo'),
  report('hyphenated', 'Child J and his half-brother, Lacey-Jo Pritchard’s son, shared a room.', 'Lacey-Jo Pritchard'),
  report('hyphenated', 'When Mary-Kate Dunmore rang the duty team she asked for help with housing.', 'Mary-Kate Dunmore'),
  report('hyphenated', 'Records show that Anna-Louise Fenwick-Hart had moved three times in a year.', 'Anna-Louise Fenwick-Hart'),
  report('hyphenated', 'Tyler-Jay Robson, the eldest, was excluded twice in Year 8.', 'Tyler-Jay Robson'),
  silent('hyphenated', 'Child-to-parent violence was not recognised by the agencies involved.'),
  silent('hyphenated', 'The Multi-Agency Safeguarding Hub screened the referral the same day.'),
  silent('hyphenated', 'A Non-Molestation Order was granted in the Family Court.'),
  silent('hyphenated', 'Half-Sibling 2 was living with Maternal Grandmother at the time.'),

  // A name broken across a soft line break inside a paragraph.
  report('soft-break', 'On the home visit the practitioner met Kerry\nMason and her two younger children.', 'Kerry\nMason'),
  report('soft-break', 'The GP letter was addressed to Mr\nOkafor and was never answered.', 'Mr\nOkafor'),
  report('soft-break', 'It was agreed that Priya\nChaudhry would take the lead for the school.', 'Priya\nChaudhry'),
  report('soft-break', 'Staff recorded that Oluwaseun\nAdeyemi had not been seen for a fortnight.', 'Oluwaseun\nAdeyemi'),
  silent('soft-break', 'The referral went to Children’s\nSocial Care and was screened by the\nMulti-Agency Safeguarding Hub.'),
  silent('soft-break', 'Child J told his teacher that\nMother had gone out and left him with Sibling 1.'),
  silent('soft-break', 'The health visitor saw Baby\nM at home on two occasions.'),

  // Given names across communities in England today.
  report('diverse', 'Gurpreet Sandhu attended the strategy meeting by telephone.', 'Gurpreet Sandhu'),
  report('diverse', 'The school had contact details for Chiamaka Obi but not for the father.', 'Chiamaka Obi'),
  report('diverse', 'Agnieszka Nowak spoke Polish at home and an interpreter was not booked.', 'Agnieszka Nowak'),
  report('diverse', 'Police attended after Kwame Mensah reported a disturbance next door.', 'Kwame Mensah'),
  report('diverse', 'Youssef Haddad had arrived in the UK as an unaccompanied child.', 'Youssef Haddad'),
  report('diverse', 'The paediatric liaison nurse wrote to Xiaoming Chen about the missed appointment.', 'Xiaoming Chen'),
  report('diverse', 'Delroy Campbell had been known to the youth offending service since 2019.', 'Delroy Campbell'),
  report('diverse', 'Saoirse Gallagher was the second of four children.', 'Saoirse Gallagher'),
  report('diverse', 'Contact with Rhodri Pritchard was by text message only.', 'Rhodri Pritchard'),
  report('diverse', 'Eilidh MacLeod moved to the area from Inverness in 2020.', 'Eilidh MacLeod'),
  report('diverse', 'The interpreter helped Abdirahman Warsame to explain what had happened.', 'Abdirahman Warsame'),
  report('diverse', 'Ionuț Popescu worked long shifts at a warehouse and was rarely at home.', 'Ionuț Popescu'),
  report('diverse', 'Zeynep Yilmaz was not offered an appointment in her own language.', 'Zeynep Yilmaz'),
  report('diverse', 'Tendai Moyo had been a carer for his mother since he was eleven.', 'Tendai Moyo'),
  report('diverse', 'Staff said Łukasz Wiśniewski was a caring father.', 'Łukasz Wiśniewski'),
  report('diverse', 'Neither agency knew that Fatmata Kamara had been pregnant.', 'Fatmata Kamara'),
  report('diverse', 'Harjit Gill and Child K were seen together at the surgery.', 'Harjit Gill'),
  report('diverse', 'Shanice Forbes described the flat as cold and damp.', 'Shanice Forbes'),
  silent('diverse', 'The family’s first language was Punjabi and English was spoken at school.'),
  silent('diverse', 'Child K’s heritage is Somali and the family are practising Muslims.'),
  silent('diverse', 'Eid celebrations were an important part of family life.'),
  silent('diverse', 'Mother was born in Romania and moved to England in 2016.'),
  silent('diverse', 'The family moved from Milton Keynes to Sutton Coldfield in 2021.', 'towns shaped like names'),
  report('diverse', 'Marek Kowalczyk moved from Milton Keynes in 2021.', 'Marek Kowalczyk'),

  // Surnames that are also common words, after a given name, in a person context.
  report('common-word-surname', 'Ruth Bell said she had raised concerns with the school twice.', 'Ruth Bell'),
  report('common-word-surname', 'Emma Park, 29, was living with Child J at the time.', 'Emma Park'),
  report('common-word-surname', 'The neighbour, Sarah Lane, told police she heard shouting.', 'Sarah Lane'),
  report('common-word-surname', 'Daniel Street said that he had not seen the children for weeks.', 'Daniel Street'),
  report('common-word-surname', 'Lucy Walker attended every core group meeting.', 'Lucy Walker'),
  report('common-word-surname', 'Tom Baker told the social worker the baby had fallen from the sofa.', 'Tom Baker'),
  report('common-word-surname', 'A relative, Grace Wood, offered to care for the children.', 'Grace Wood'),
  silent('common-word-surname', 'Victoria Park was where Mother took the children most days.'),
  silent('common-word-surname', 'The family were rehoused on the Brook Lane estate.'),
  silent('common-word-surname', 'In May Child S started at a new school.'),
  silent('common-word-surname', 'An Amber Risk rating was applied in June.'),
  silent('common-word-surname', 'Will Social Care be told when a child moves out of area?'),

  // Titles.
  report('title', 'Ms Okonjo told the conference that she felt judged.', 'Ms Okonjo'),
  report('title', 'Dr Patel, the community paediatrician, saw Child J twice.', 'Dr Patel'),
  report('title', 'The letter from Mrs Hargreaves was filed but not read.', 'Mrs Hargreaves'),
  report('title', 'DS Khan led the joint investigation with the social worker.', 'DS Khan'),
  report('title', 'Professor Whitcombe gave an opinion on the injuries.', 'Professor Whitcombe'),
  report('title', 'Mr. Dobson refused to let the health visitor in.', 'Mr. Dobson'),
  report('title', 'Detective Sergeant Ellison interviewed Father under caution.', 'Detective Sergeant Ellison'),
  report('title', 'Child J told the teacher that Uncle Dave had shouted at Mother.', 'Dave', 'a kinship word as a title'),
  report('title', 'Father’s new partner, known to the family as Aunty Bisi, looked after the baby.', 'Bisi'),
  silent('title', 'Maternal Aunt and Uncle B offered to care for the children.'),
  silent('title', 'Mr A and Ms B were both present at the initial child protection conference.'),
  silent('title', 'Mr X told Child J about the knife.'),
  silent('title', 'Mrs C, the maternal grandmother, was not invited to contribute.'),
  silent('title', 'The Detective Sergeant and the social worker visited together.'),

  // Names in capitals.
  report('caps', 'The referral form read: SUBJECT: KERRY MASON, MOTHER.', 'KERRY MASON'),
  report('caps', 'A sticker on the file said JAYDEN OKAFOR in large letters.', 'JAYDEN OKAFOR'),
  report('caps', 'The chronology lists Priya SHARMA as the person who made the referral.', 'Priya SHARMA'),
  report('caps', 'His exercise book was signed MOHAMMED ALI KHAN.', 'MOHAMMED ALI KHAN'),
  silent('caps', 'The MASH and CAMHS did not share the referral.'),
  silent('caps', 'Child J shouted “STOP IT” and ran out of the room.'),
  silent('caps', 'The NHS Trust and the ICB agreed the action plan.'),

  // Appositives and ages.
  report('appositive-age', 'The health visitor, Dana Whitfield, saw the baby at home.', 'Dana Whitfield'),
  report('appositive-age', 'Liam Doyle, 34, had two previous convictions for violence.', 'Liam Doyle'),
  report('appositive-age', 'Mother’s partner, Zoltan Horvath, moved in during the summer.', 'Zoltan Horvath'),
  report('appositive-age', 'The maternal uncle (Ekow Asante) had offered to help.', 'Ekow Asante'),
  report('appositive-age', 'Okonkwo Eze, aged 41, was the children’s stepfather.', 'Okonkwo Eze'),
  report('appositive-age', 'Her partner, Tariq Mahmood, attended only one appointment.', 'Tariq Mahmood'),
  report('appositive-age', 'Ngozi Adeyemi (27) was seen at the antenatal clinic.', 'Ngozi Adeyemi'),
  silent('appositive-age', 'The health visitor, who had known the family for years, was worried.'),
  silent('appositive-age', 'Child J, 14, was living with Father at the time.'),
  silent('appositive-age', 'The lead agency, Thames Valley Police, held the strategy discussion.'),
  silent('appositive-age', 'The school, Brookside, had no record of the call.', 'a school name without a person noun before it'),

  // "Named", "called", "known as".
  report('named-cue', 'She had a new boyfriend called Zane Holloway who was not known to services.', 'Zane Holloway'),
  report('named-cue', 'A man known as Tosin Bakare was staying at the address.', 'Tosin Bakare'),
  report('named-cue', 'Child J spoke of a girl called Maisie at the party.', 'Maisie'),
  report('named-cue', 'The caller said his name was Arturas Petrauskas.', 'Arturas Petrauskas'),
  report('named-cue', 'The lodger, named Kacper Zielinski, paid rent in cash.', 'Kacper Zielinski'),
  silent('named-cue', 'The programme is called Safe Families and runs in three areas.'),
  silent('named-cue', 'The approach known as Signs of Safety was used in the conference.'),
  silent('named-cue', 'A service called Early Help offered a family support worker.'),

  // A later bare first name.
  report('bare-first-name', 'Kerry Mason was Child J’s mother. Kerry said that she felt nobody listened.', 'Kerry', 'the second sentence'),
  report('bare-first-name', 'The school met with Adebayo Ogunleye in March. In April Adebayo did not attend.', 'Adebayo', 'after "In April"'),
  report('bare-first-name', 'Priya Chaudhry was the allocated worker.\n\nThe review heard that Priya had a caseload of 30 children.', 'Priya', 'next paragraph'),
  report('bare-first-name', 'Jayden Marsh-Okafor’s attendance fell. Staff noticed that Jayden was often hungry.', 'Jayden'),
  report('bare-first-name', 'Grace Okonjo, the children’s aunt, offered care. The local authority did not assess Grace.', 'Grace', 'an ambiguous given name mid-sentence'),
  silent('bare-first-name', 'Kerry was the name Child J gave to a toy rabbit.', 'no full name introduced'),
  silent('bare-first-name', 'Will the agencies act on this? Will Smith is not a person in this draft.', 'different full name shares the given name'),

  // Dates of birth.
  report('date-of-birth', 'Child J was born at home on 3 March 2019.', 'born at home on 3 March 2019'),
  report('date-of-birth', 'Child J (DOB 03/03/2019) lived with Mother.', 'DOB 03/03/2019'),
  report('date-of-birth', 'Sibling 1, d.o.b. 12.06.2015, was not seen alone.', 'd.o.b. 12.06.2015'),
  report('date-of-birth', 'Her date of birth is 3 March 2012.', 'date of birth is 3 March 2012'),
  report('date-of-birth', 'Baby M was born prematurely at the Royal Infirmary on 14th February 2022.', 'born prematurely at the Royal Infirmary on 14th February 2022'),
  report('date-of-birth', 'Child P was born in Leeds on 2.7.18 and moved south soon after.', 'born in Leeds on 2.7.18'),
  report('date-of-birth', 'D.O.B.: 2016-11-30', 'D.O.B.: 2016-11-30'),
  report('date-of-birth', 'Born on the 9th of October 2014, Child R was the youngest.', 'Born on the 9th of October 2014'),
  silent('date-of-birth', 'Child J was born in March 2019.'),
  silent('date-of-birth', 'Sibling 2 was born prematurely and spent six weeks in the neonatal unit.'),
  silent('date-of-birth', 'Mother was born in Romania. On 3 March 2019 the family moved to Westmere.'),
  silent('date-of-birth', 'The review was commissioned on 3 March 2023 and completed in October.'),
  silent('date-of-birth', 'Child J, aged 4, was seen at the walk-in centre.'),

  // Tables and lists, as chronologies and contributor lists are written.
  report('diverse', '| Date | Who | What |\n|---|---|---|\n| 03/2021 | Siobhan Kelly | rang the duty team |', 'Siobhan Kelly', 'a chronology table'),
  report('title', '- Mrs Adeyemi (maternal grandmother) — interviewed\n- Child J — seen alone', 'Mrs Adeyemi', 'a contributor list'),
  silent('role', '| Agency | Role | Contributor |\n|---|---|---|\n| Health | Health Visitor | HV 1 |\n| Police | Detective Constable | DC 1 |'),
  silent('pseudonym', '- Child J — the subject of this review\n- Mother — took part\n- Father — declined'),

  // Pseudonyms.
  silent('pseudonym', 'Child A told the teacher that Baby M cried all night.'),
  silent('pseudonym', 'Sibling 1 and Sibling 2 were placed with Maternal Aunt.'),
  silent('pseudonym', 'Mother and Father separated in 2020; Mother’s new partner, Adult C, moved in.'),
  silent('pseudonym', 'Mr A attended; Ms B did not.'),
  silent('pseudonym', 'Young Person D was reported missing six times.'),
  silent('pseudonym', 'Parent 1 and Parent 2 were invited to contribute to the review.'),
  report('pseudonym', 'Child A’s mother, Kerry Mason, was invited to contribute.', 'Kerry Mason', 'a real name beside a pseudonym'),
  report('pseudonym', 'Baby M’s father (Callum Reid) did not attend.', 'Callum Reid'),

  // Roles.
  silent('role', 'The health visitor and the social worker made a joint visit.'),
  silent('role', 'The Designated Safeguarding Lead at School 1 made a referral.'),
  silent('role', 'Health Visitor 2 noted the bruising; Social Worker 1 was on leave.'),
  silent('role', 'The Independent Reviewing Officer chaired the meeting.'),
  silent('role', 'The Named Nurse for Safeguarding reviewed the records.'),
  report('role', 'The social worker, Amira Haddad, visited twice.', 'Amira Haddad'),

  // Agencies, organisations, services, and places used as agency names.
  silent('organisation', 'St Luke’s Hospice supported Mother after the baby died.'),
  silent('organisation', 'Bright Futures Nursery reported no concerns.', 'a named nursery is a setting, reported as such, not as a name'),
  silent('organisation', 'Children’s Social Care closed the case in June.'),
  silent('organisation', 'Thames Valley Police shared the domestic abuse notification.'),
  silent('organisation', 'Westmere Council commissioned the review.'),
  silent('organisation', 'Grace Community Church ran a food bank the family used.'),
  silent('organisation', 'Sandwell Children’s Trust and Black Country Healthcare NHS Foundation Trust contributed.'),
  silent('organisation', 'Bradford Teaching Hospitals provided the discharge summary.'),
  silent('organisation', 'Staff from Harbour Housing Association visited the flat.'),
  silent('organisation', 'Lancashire Constabulary and Greater Manchester Police both held records.'),
  silent('organisation', 'The family were supported by Women’s Aid and Barnardo’s.'),
  report('organisation', 'Harbour Housing’s tenancy officer, Imogen Tully, visited the flat.', 'Imogen Tully'),

  // Dog breeds.
  silent('breed', 'The family had a Jack Russell and two cats.'),
  silent('breed', 'A King Charles Spaniel was kept in the kitchen.'),
  silent('breed', 'The dog, a Staffordshire Bull Terrier, was not assessed.'),
  silent('breed', 'Police seized an American Bully XL from the garden.'),
  report('breed', 'Jack Russell, the neighbour, said the dog barked all night.', 'Jack Russell', 'a person with a breed’s name'),

  // Characters and brands children talk about.
  silent('character', 'Child J loved Peppa Pig and watched it every morning.'),
  silent('character', 'He dressed as Spider-Man for the school party.'),
  silent('character', 'Child K played Minecraft and Roblox late into the night.'),
  silent('character', 'She talked about George Pig and Mummy Pig as if they were friends.'),
  silent('character', 'His favourite film was Harry Potter and he read the books twice.'),
  silent('character', 'Child L said she wanted to be like Taylor Swift when she grew up and sang her songs.'),
  silent('character', 'Child J watched Bluey and Paw Patrol on the tablet.'),
  report('character', 'Child J said that Danny Holt took his games console away.', 'Danny Holt', 'a person in a sentence about games'),

  // Cited authors.
  silent('cited-author', 'Brandon et al. (2020) found that neglect is often under-recognised.'),
  silent('cited-author', 'As Munro (2011) argued, compliance is not the same as safety.'),
  silent('cited-author', 'Harry Ferguson (2011) describes the home visit as a journey.'),
  silent('cited-author', 'This echoes earlier work (Sidebotham et al., 2016).'),
  silent('cited-author', 'Peter Sidebotham and colleagues (2016) reviewed serious case reviews.'),
  silent('cited-author', 'As Lord Laming warned, procedures alone do not protect children.'),
  silent('cited-author', 'Eileen Munro wrote that the system had become over-bureaucratised.'),
  report('cited-author', 'Harry Ferguson, the stepfather, refused entry.', 'Harry Ferguson', 'same words, a person in this draft'),

  // Published national case names used as references.
  silent('national-case', 'The national review into the murders of Arthur Labinjo-Hughes and Star Hobson is relevant here.'),
  silent('national-case', 'Child Safeguarding Practice Review Panel (2022) Child Protection in England: the national review into the murders of Arthur Labinjo-Hughes and Star Hobson.'),
  silent('national-case', 'Lessons from the death of Victoria Climbié still shape the front door.'),
  silent('national-case', 'Since the Peter Connelly case, agencies have focused on seeing the child.'),
  silent('national-case', 'The Panel’s review following the death of Finley Boden found similar issues.'),
  silent('national-case', 'The inquiry into the death of Maria Colwell in 1973 was the first of its kind.'),
  report('national-case', 'Star Hobson said that she was hungry and had not eaten.', 'Star Hobson', 'the same name as a person acting in this draft'),
  report('national-case', 'Star Hobson said she was hungry. Like the national review into the murders of Arthur Labinjo-Hughes and Star Hobson, this review found gaps.', 'Star Hobson', 'the person is reported; the cited mention is not (unit test)'),

  // allowNames.
  { text: 'Kai Smith was seen alone by the social worker.', expect: 'silent', class: 'allow-names', allowNames: ['Kai Smith'] },
  { text: 'Amani told the teacher she was frightened. Amani Jones is the name the family chose.', expect: 'silent', class: 'allow-names', allowNames: ['Amani Jones', 'Amani'] },
  { text: 'Kai Smith was seen alone by the social worker.', expect: 'report', class: 'allow-names', span: 'Kai Smith', allowNames: ['Kai'], note: 'the first name alone does not allow a surname beside it' },

  // Glossary, References and link URLs.
  {
    text: '# Review: Child J\n\n## Background\n\nChild J lived with Mother.\n\n## References\n\n- Ferguson, H. (2011) Child Protection Practice.\n- Eileen Munro, The Munro Review of Child Protection, 2011.\n- Harry Ferguson, Protecting Children in Time.\n',
    expect: 'silent',
    class: 'sections-and-links',
    document: true,
  },
  {
    text: '# Review: Child J\n\n## Background\n\nChild J lived with Mother.\n\n## Glossary\n\n- **Star Hobson review**: the national review into the murders of Arthur Labinjo-Hughes and Star Hobson.\n',
    expect: 'silent',
    class: 'sections-and-links',
    document: true,
  },
  silent('sections-and-links', 'See [the national review](https://www.gov.uk/government/publications/Arthur-Labinjo-Hughes-and-Star-Hobson) for context.'),
  silent('sections-and-links', 'The guidance is at <https://www.example.org/Sarah_Smith/Guidance> and was followed.'),
  report('sections-and-links', 'See the note from [Kerry Mason](notes/kerry.md) about the visit.', 'Kerry Mason', 'link text is prose'),
];
