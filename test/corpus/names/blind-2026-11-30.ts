// Blind batch of 2026-11-30 for identifying-detail: labelled cases written BEFORE reading the rule's
// code or the other cases of this corpus, in the shapes real CSPR drafts take (chronology lines,
// tables, contributor lists, quoted speech, names from many communities, titles, pseudonyms beside
// real names, dates of birth in many formats, addresses, schools) and the shapes that must stay
// silent (pseudonyms, roles, agencies named after people, legislation and guidance, cited authors,
// national cases, medicines and brands, stories and festivals, words that start a sentence).
//
// Judging (test/unit/rules/identifying-detail-corpus.test.ts, "blind batch"): EVERY identifying-detail
// finding counts here (names, dates of birth, addresses, postcodes, schools, NHS numbers, handles),
// not only names and dates of birth. A `report` case is right when some finding covers `span` or lies
// inside it (so "Okafor" for the span "Ms Okafor" is right, and so is "Ms Okafor (health"); a `silent`
// case is right when identifying-detail reports nothing at all. Labels are a reviewer's judgement of
// what a partnership could not publish; `note` says why where the call is not obvious.
import type { NameCase } from './cases';

export type BlindClass =
  | 'chronology'
  | 'table'
  | 'list'
  | 'quoted-speech'
  | 'apostrophe'
  | 'multi-part'
  | 'diverse'
  | 'title'
  | 'beside-pseudonym'
  | 'sentence-start'
  | 'nickname'
  | 'initials'
  | 'date-of-birth'
  | 'address'
  | 'school'
  | 'other-identifier'
  | 'month-weekday'
  | 'pseudonym'
  | 'role'
  | 'organisation'
  | 'legislation'
  | 'cited-author'
  | 'national-case'
  | 'medicine-brand'
  | 'story-festival'
  | 'allow-names';

export interface BlindCase extends Omit<NameCase, 'class'> {
  class: BlindClass;
}

const report = (cls: BlindClass, text: string, span: string, note?: string): BlindCase => ({ text, expect: 'report', class: cls, span, note });
const silent = (cls: BlindClass, text: string, note?: string): BlindCase => ({ text, expect: 'silent', class: cls, note });

export const BLIND_CASES_2026_11_30: BlindCase[] = [
  // Chronology lines, in the ways reviewers lay them out.
  report('chronology', '14.03.2023 — Ms Okafor (health visitor) visited Mother and Child M at home.', 'Ms Okafor'),
  report('chronology', '02/05/2023: Strategy discussion chaired by DS Wojcik; Child M’s school and health were represented.', 'DS Wojcik'),
  report('chronology', '**19 June 2023** Home visit by social worker Bethany Crowther; Father was not present.', 'Bethany Crowther'),
  report('chronology', '- 3 August 2022: Child M seen at A&E by Dr Olumide Bankole, who noted a bruise to the cheek.', 'Dr Olumide Bankole'),
  silent('chronology', '14.03.2023 — Health Visitor 1 visited Mother and Child M at home; the home was warm and tidy.'),
  silent('chronology', '- 3 August 2022: Child M seen at A&E by the registrar, who noted a bruise to the cheek and referred to Children’s Social Care.'),
  silent('chronology', 'Monday 9 January 2023 – Initial Child Protection Conference; Mother, Father and Maternal Grandmother attended.'),

  // Tables.
  report('table', '| Date | Practitioner | Contact |\n| --- | --- | --- |\n| 11/01/2023 | Karolina Mazur (family support) | Home visit |', 'Karolina Mazur'),
  report('table', '| Name | Relationship | Age |\n| --- | --- | --- |\n| Child M | Subject | 6 |\n| Shannon Doherty | Mother | 27 |', 'Shannon Doherty'),
  report('table', '| Person | Date of birth |\n| --- | --- |\n| Child M | 04/09/2016 |', '04/09/2016', 'a date in a "Date of birth" column'),
  silent('table', '| Date | Agency | Event |\n| --- | --- | --- |\n| 11/01/2023 | Health | Health Visitor 2 home visit |\n| 12/01/2023 | Police | Domestic abuse incident; DASH risk assessment |'),
  silent('table', '| Role | Agency |\n| --- | --- |\n| Designated Safeguarding Lead | School 1 |\n| Named Nurse | Integrated Care Board |'),

  // Bullet lists.
  report('list', 'Those spoken to for this review:\n\n- Mother\n- Father\n- Paternal aunt, Roisin Gallagher\n- Child M’s class teacher', 'Roisin Gallagher'),
  report('list', '- Child M lived with Mother and her partner Tomasz Wróbel from spring 2021.', 'Tomasz Wróbel'),
  silent('list', 'Those spoken to for this review:\n\n- Mother\n- Maternal Grandfather\n- Health Visitor 1\n- Social Worker 2\n- the Designated Safeguarding Lead'),
  silent('list', '- Early Help Assessment\n- Team Around the Family meetings\n- Child in Need Plan\n- Child Protection Plan (Neglect)'),

  // Quoted speech: names said aloud are still published.
  report('quoted-speech', 'Mother told the reviewer: “Ask Darren, he was there every night.”', 'Darren', 'a bare first name of a real person, quoted'),
  report('quoted-speech', 'The health visitor recorded: ‘Mum (Kelly Roper) appeared tired and low in mood.’', 'Kelly Roper'),
  report('quoted-speech', '“I told Sergeant Price about the knife,” Mother said.', 'Sergeant Price'),
  silent('quoted-speech', '“Nobody listened to me,” Mother said. “Not Health, not the school, not anyone.”'),
  silent('quoted-speech', 'Child M told her teacher: “Daddy shouts when he’s had his cans.”'),
  silent('quoted-speech', 'One practitioner said: “We all knew Child M was hungry, but nobody owned it.”'),

  // Apostrophes and Gaelic particles.
  report('apostrophe', 'DC O’Neill’s statement records that the door was opened by Father.', 'DC O’Neill'),
  report('apostrophe', "The referral was made by Ms D'Souza, the school nurse.", "Ms D'Souza"),
  report('apostrophe', 'Niamh Nic Aodha, the children’s maternal aunt, offered to care for them.', 'Niamh Nic Aodha'),
  report('apostrophe', "Caoimhe O'Sullivan-Reid (Mother's friend) gave a statement to police.", "Caoimhe O'Sullivan-Reid"),
  report('apostrophe', 'Siobhán Ní Bhriain attended the conference as the family’s advocate.', 'Siobhán Ní Bhriain'),
  silent('apostrophe', 'Child M’s mother’s account differs from Father’s account of that night.'),
  silent('apostrophe', 'The children’s centre’s records were incomplete, and the GP’s records were not shared.'),
  silent('apostrophe', 'St John Ambulance crews were on duty at the event where Child M was found.'),

  // Multi-part names with particles.
  report('multi-part', 'Pieter van der Berg, Mother’s partner, moved into the flat in May 2022.', 'Pieter van der Berg'),
  report('multi-part', 'Mr Al-Hassan was spoken to by police on 4 June.', 'Mr Al-Hassan'),
  report('multi-part', 'Yusuf bin Rashid, aged 19, was Child M’s cousin.', 'Yusuf bin Rashid'),
  report('multi-part', 'Ana María de la Cruz López, the paternal grandmother, lives in Spain.', 'Ana María de la Cruz López'),
  report('multi-part', 'Mother’s partner, Kofi Mensah-Bonsu, had previous convictions for violence.', 'Kofi Mensah-Bonsu'),
  silent('multi-part', 'The Al-Noor Mosque offered the family food parcels and a place to pray.'),
  silent('multi-part', 'Father lived in Den Haag for two years before moving to the UK.'),

  // Names from many communities, in plain narrative.
  report('diverse', 'Agnieszka Wiśniewska told the midwife she felt isolated.', 'Agnieszka Wiśniewska'),
  report('diverse', 'Abdirahman Warsame collected Child M from school on most days.', 'Abdirahman Warsame'),
  report('diverse', 'The interpreter said that Hodan Farah did not understand the letter.', 'Hodan Farah'),
  report('diverse', 'Gurpreet Kaur, the children’s grandmother, was not invited to the conference.', 'Gurpreet Kaur'),
  report('diverse', 'Harjit Singh Sandhu was arrested on 12 October.', 'Harjit Singh Sandhu'),
  report('diverse', 'Ionuț Popescu, Father’s brother, gave the family a room.', 'Ionuț Popescu'),
  report('diverse', 'Mihaela Dumitrescu attended the maternity unit alone at 38 weeks.', 'Mihaela Dumitrescu'),
  report('diverse', 'Ffion Llewelyn, the children’s childminder, raised the first concern.', 'Ffion Llewelyn'),
  report('diverse', 'Dafydd ap Rhys said he was never told about the plan.', 'Dafydd ap Rhys'),
  report('diverse', 'Li Wei, Mother’s former partner, returned to the household in 2021.', 'Li Wei', 'family name first'),
  report('diverse', 'Zhang Xiuying (maternal grandmother) spoke through an interpreter.', 'Zhang Xiuying', 'family name first'),
  report('diverse', 'Chukwuemeka Obi was the children’s father.', 'Chukwuemeka Obi'),
  report('diverse', 'Folasade Ogunleye rang the police on the night of the incident.', 'Folasade Ogunleye'),
  report('diverse', 'Emre Yılmaz was seen leaving the property by a neighbour.', 'Emre Yılmaz'),
  report('diverse', 'Ayşe Demir, 31, was pregnant with her third child.', 'Ayşe Demir'),
  report('diverse', 'Nguyen Thi Lan worked long shifts at a nail bar.', 'Nguyen Thi Lan', 'family name first'),
  report('diverse', 'Łukasz Zieliński told the GP that he was drinking daily.', 'Łukasz Zieliński'),
  silent('diverse', 'The family are of Somali heritage and speak Somali and English at home.'),
  silent('diverse', 'Mother is a Polish national; the children were born in Wales and speak Welsh at school.'),
  silent('diverse', 'Father is a Punjabi Sikh; the family attend the gurdwara on Sundays.'),
  silent('diverse', 'Child M’s grandparents came to England from Nigeria and Turkey respectively.'),

  // Titles and ranks before a surname.
  report('title', 'PC Hughes attended the address and found the children alone.', 'PC Hughes'),
  report('title', 'Cllr Brennan wrote to Children’s Services on the family’s behalf.', 'Cllr Brennan'),
  report('title', 'Sister Okeke, the ward sister, raised a safeguarding alert.', 'Sister Okeke'),
  report('title', 'Father O’Connor, the parish priest, visited the family weekly.', 'Father O’Connor', '"Father" as a priest’s title, not the pseudonym'),
  report('title', 'The case was passed to Prof. Nwosu for a second opinion.', 'Prof. Nwosu'),
  report('title', 'Mx Ellis from the youth service saw Child M twice.', 'Mx Ellis'),
  report('title', 'PCSO Kaminski knew the family from the estate.', 'PCSO Kaminski'),
  report('title', 'Pastor Adeyemi told the review that the family had stopped attending church.', 'Pastor Adeyemi'),
  silent('title', 'Father told the social worker that he had not been drinking.'),
  silent('title', 'The ward Sister raised a safeguarding alert on the same day.'),
  silent('title', 'The Detective Sergeant reviewed the case the next morning and a strategy discussion followed.'),
  silent('title', 'A councillor wrote to Children’s Services on the family’s behalf.'),

  // A real name beside a pseudonym.
  report('beside-pseudonym', 'Child M and her brother Kacper attended the same nursery.', 'Kacper'),
  report('beside-pseudonym', 'Mother (Joanne Pritchard) told the review she had asked for help.', 'Joanne Pritchard'),
  report('beside-pseudonym', 'Child T’s father, Delroy Campbell, had contact every other weekend.', 'Delroy Campbell'),
  report('beside-pseudonym', 'Baby T (Ellie-Mae) was born at 35 weeks.', 'Ellie-Mae', 'a real given name in brackets after the pseudonym'),
  silent('beside-pseudonym', 'Child T’s father, referred to in this review as Mr T, had contact every other weekend.'),
  silent('beside-pseudonym', 'Baby T and Sibling 1 were both known to the health visiting service.'),
  silent('beside-pseudonym', 'Child M (a pseudonym chosen by her mother) was six when the review began.'),

  // A name at the start of a sentence, and capitalised words that only start one.
  report('sentence-start', 'Bradley Hutchinson started living with the family in 2020.', 'Bradley Hutchinson'),
  report('sentence-start', 'Okonkwo told police he had left the children with a neighbour.', 'Okonkwo', 'a bare surname acting'),
  report('sentence-start', 'Kowalczyk’s van was seen outside the house overnight.', 'Kowalczyk', 'a bare surname, possessive'),
  silent('sentence-start', 'Despite repeated referrals, no assessment was completed.'),
  silent('sentence-start', 'Frank discussions with Mother took place in May.'),
  silent('sentence-start', 'Hope was expressed at the conference that things would improve.'),
  silent('sentence-start', 'Grace periods for rent arrears were agreed with the housing association.'),
  silent('sentence-start', 'Will the partnership be assured that this has changed?'),
  silent('sentence-start', 'Neither parent was asked about the children’s diet.'),
  silent('sentence-start', 'Faith leaders were not consulted during the review.'),

  // Nicknames and names after kinship words.
  report('nickname', 'Mother’s partner, known locally as ‘Deano’, was said to supply drugs.', 'Deano'),
  report('nickname', 'Nana Pat collected the children from school on Fridays.', 'Nana Pat'),
  report('nickname', 'His friends called him Jojo, and he used that name online.', 'Jojo'),
  silent('nickname', 'Child M called her grandmother ‘Nana’ and her grandfather ‘Grandad’.'),
  silent('nickname', 'Mother referred to her partner only as ‘him’ or ‘my fella’.'),

  // Initials.
  report('initials', 'The statement was taken from J. K. Mensah, a neighbour.', 'J. K. Mensah'),
  report('initials', 'Dr S. Rahman reviewed the X-ray.', 'Dr S. Rahman'),
  report('initials', 'A Mrs P. Walsh phoned the duty desk twice.', 'Mrs P. Walsh'),
  silent('initials', 'Child M enjoyed the Harry Potter books by J.K. Rowling.', 'an author of a favourite book'),
  silent('initials', 'Mr D. (Mother’s former partner) was not spoken to for the review.', 'an initial as pseudonym'),

  // Dates of birth in many formats, and dates that are not dates of birth.
  report('date-of-birth', 'Child M (DOB 14/03/2016) was referred by the school.', '14/03/2016'),
  report('date-of-birth', 'Child M was born on 14th March 2016 at the local hospital.', '14th March 2016'),
  report('date-of-birth', 'Baby T, born on March 14, 2021, was discharged home on day three.', 'March 14, 2021'),
  report('date-of-birth', 'Date of birth: 2016-03-14', '2016-03-14'),
  report('date-of-birth', 'Sibling 1 (b. 03/04/2019) lived with Maternal Grandmother.', '03/04/2019'),
  report('date-of-birth', 'Child M (d.o.b. 3.4.19) was not brought to the appointment.', '3.4.19'),
  report('date-of-birth', 'Baby T was born at 02:13 on Tuesday 4 May 2021.', '4 May 2021'),
  report('date-of-birth', 'Child M’s date of birth is the fourth of May 2015.', 'fourth of May 2015'),
  report('date-of-birth', 'Child M turned sixteen on 3 April 2023, the day of the incident.', '3 April 2023', 'a birthday with an age gives the date of birth'),
  report('date-of-birth', 'Baby T — DoB 04 May 21 — was the youngest.', '04 May 21'),
  silent('date-of-birth', 'Child M was born in March 2016, the second of three children.'),
  silent('date-of-birth', 'Baby T was born at 35 weeks’ gestation and spent nine days in the neonatal unit.'),
  silent('date-of-birth', 'Child M was seen on 14/03/2023 by the school nurse.'),
  silent('date-of-birth', 'The referral dated 03.04.2019 was not acted on for six weeks.'),
  silent('date-of-birth', 'Child M was aged 6 years and 4 months at the time of the incident.'),

  // Addresses and postcodes.
  report('address', 'The family moved to 27 Canal Street in January 2022.', '27 Canal Street'),
  report('address', 'Mother and the children were placed at Flat 4, 18 Heol y Felin.', '18 Heol y Felin', 'a Welsh street name'),
  report('address', 'The refuge is near LS9 8AB.', 'LS9 8AB'),
  report('address', 'Father gave his address as 7a Mill Lane, B11 4DJ.', '7a Mill Lane'),
  report('address', 'Police were called to 112 Victoria Road on three occasions.', '112 Victoria Road'),
  silent('address', 'The family lived in a two-bedroom flat on an estate in the north of the borough.'),
  silent('address', 'Paragraph 4.12 sets out the Section 47 enquiry; Recommendation 3 responds to it.'),
  silent('address', 'Mother was rehoused by the council twice in 2022, each time further from her family.'),
  silent('address', 'The M62 closure meant Father arrived two hours late for contact.'),

  // Schools, nurseries and surgeries.
  report('school', 'Child M joined Oakwood Primary School in Year 3.', 'Oakwood Primary School'),
  report('school', 'Sibling 1 attended Little Acorns Nursery three mornings a week.', 'Little Acorns Nursery'),
  report('school', 'Child M moved to Bishop Challoner Catholic College in September.', 'Bishop Challoner Catholic College'),
  report('school', 'The family were registered at Mount Pleasant Surgery.', 'Mount Pleasant Surgery'),
  silent('school', 'Child M’s primary school made two referrals in the autumn term.'),
  silent('school', 'The Virtual School and the Pupil Referral Unit were not invited to the meeting.'),
  silent('school', 'Child M went to Sunday school at the family’s church.'),
  silent('school', 'School 2’s Designated Safeguarding Lead attended every core group.'),

  // NHS numbers and handles.
  report('other-identifier', 'Child M’s NHS number (943 476 5919) was on the referral.', '943 476 5919'),
  report('other-identifier', 'Child M posted videos as @mia.k_2016 on TikTok.', '@mia.k_2016'),
  silent('other-identifier', 'The referral was logged as incident 447 of 14 March and graded 2.'),

  // Months and weekdays; months that are also given names.
  report('month-weekday', 'April Thompson, the neighbour, called the police in June.', 'April Thompson'),
  report('month-weekday', 'June Whitaker rang Children’s Social Care on a Friday afternoon.', 'June Whitaker'),
  silent('month-weekday', 'In May, Mother told the health visitor she was pregnant again.'),
  silent('month-weekday', 'On Christmas Eve the family were evicted, and on Boxing Day they were placed in a hotel.'),
  silent('month-weekday', 'During Ramadan Father worked nights; in August he lost his job.'),
  silent('month-weekday', 'Every Tuesday and Thursday Mother attended the Freedom Programme.'),

  // Pseudonyms in the forms reviews use.
  silent('pseudonym', 'Young Person T and Adult F were known to the youth offending service.'),
  silent('pseudonym', 'Mrs C (Maternal Grandmother) and Mr X (Father’s friend) both gave statements.'),
  silent('pseudonym', 'Child AB and Sibling 2 shared a bedroom with Mother’s partner’s son.'),
  silent('pseudonym', 'Practitioner C and Practitioner D disagreed about the threshold.'),
  silent('pseudonym', 'Child M’s stepfather (Mr B) did not engage with the review.'),
  report('pseudonym', 'Child M’s stepfather (Mr Baker) did not engage with the review.', 'Mr Baker', 'a surname, not a letter'),

  // Roles.
  silent('role', 'The Independent Reviewing Officer and the Team Manager agreed the plan.'),
  silent('role', 'Consultant Paediatrician 1 and Named Nurse 2 gave evidence to the review.'),
  silent('role', 'The Family Support Worker (FSW1) saw Child M weekly.'),
  silent('role', 'The Head Teacher and the Special Educational Needs Co-ordinator met Mother.'),
  report('role', 'The Head Teacher, Mrs Fairbanks, met Mother twice.', 'Mrs Fairbanks'),

  // Organisations and places, including those named after people.
  silent('organisation', 'The Lucy Faithfull Foundation offered Father a place on its programme.'),
  silent('organisation', 'Child M was referred to the Anna Freud Centre for an assessment.'),
  silent('organisation', 'Marie Curie nurses supported Maternal Grandmother in her last weeks.'),
  silent('organisation', 'The family stayed at Ronald McDonald House while Baby T was in Great Ormond Street Hospital.'),
  silent('organisation', 'Barnardo’s, Women’s Aid and Home-Start all offered the family support.'),
  silent('organisation', 'West Yorkshire Police and Cafcass shared information within a day.'),
  silent('organisation', 'Child M was admitted to Alder Hey Children’s Hospital.'),
  silent('organisation', 'Oldham’s Early Help offer was not used, and Rochdale Borough Council held the case.'),

  // Legislation and guidance.
  silent('legislation', 'Working Together to Safeguard Children 2023 sets out what a review should consider.'),
  silent('legislation', 'The enquiry was under section 47 of the Children Act 1989.'),
  silent('legislation', 'Keeping Children Safe in Education (2024) requires schools to record concerns.'),
  silent('legislation', 'A Clare’s Law disclosure was made to Mother in March.'),
  silent('legislation', 'The Domestic Abuse Act 2021 recognises children as victims in their own right.'),
  silent('legislation', 'Staff used the Graded Care Profile 2 and the Signs of Safety framework.'),

  // Cited authors.
  silent('cited-author', 'This echoes the finding that practitioners rarely see the child alone (Brandon et al., 2020).'),
  silent('cited-author', 'As Ferguson (2016) argues, home visits are where child protection happens.'),
  silent('cited-author', 'The work of Turney, Platt, Selwyn and Farmer (2011) on neglect informs this section.'),
  silent('cited-author', 'Professor Munro’s review (2011) warned against a compliance culture.'),
  silent('cited-author', 'Lord Laming’s report (2003) called for better information sharing.'),
  silent('cited-author', 'Featherstone, White and Morris (2014) describe a humane approach to child protection.'),
  report('cited-author', 'Brandon, the neighbour, said she heard shouting that night.', 'Brandon', 'an author’s surname, but here a neighbour'),

  // National cases cited.
  silent('national-case', 'The Panel’s review following the murders of Arthur Labinjo-Hughes and Star Hobson (2022) found similar issues.'),
  silent('national-case', 'Like Daniel Pelka, Child M was described at school as taking food from other children.'),
  silent('national-case', 'The Khyra Ishaq serious case review highlighted the risks of elective home education.'),
  silent('national-case', 'The inquiry into the death of Maria Colwell in 1974 first set out these concerns.'),
  silent('national-case', 'Lessons from the Logan Mwangi review (2022) about a new partner in the home apply here.'),

  // Medicines, drugs and brands.
  silent('medicine-brand', 'Mother was prescribed Sertraline and Father was on Methadone.'),
  silent('medicine-brand', 'Child M was given Calpol and Piriton before bed most nights.'),
  silent('medicine-brand', 'A bottle of Jack Daniel’s and two cans of Stella were found in the kitchen.'),
  silent('medicine-brand', 'Father drove a Ford Fiesta that Mother had bought with a Universal Credit advance.'),
  silent('medicine-brand', 'Child M spent her evenings on TikTok and Snapchat, and the family often ate at McDonald’s.'),
  silent('medicine-brand', 'Child M had been prescribed Ritalin for ADHD and Melatonin for sleep.'),

  // Stories, faith and festivals.
  silent('story-festival', 'Baby T slept in a Moses basket next to Mother’s bed.'),
  silent('story-festival', 'Child M played Mary in the nativity play; Father came to watch.'),
  silent('story-festival', 'Child M loved Paddington and The Gruffalo, and asked for Thomas the Tank Engine at bedtime.'),
  silent('story-festival', 'Father Christmas brought Child M a bike that year.'),
  silent('story-festival', 'At school Child M was reading Romeo and Juliet.'),

  // allowNames.
  { ...silent('allow-names', 'Ruby (a name chosen with her mother for this review) was seven.'), allowNames: ['Ruby'] },
  { ...report('allow-names', 'Ruby Carter was seven when the review began.', 'Ruby Carter', 'only the first name is allowed'), allowNames: ['Ruby'] },
  { ...silent('allow-names', 'Bilal and his sister Ayo were cared for by their grandmother.'), allowNames: ['Bilal', 'Ayo'] },
];
