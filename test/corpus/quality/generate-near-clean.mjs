// Builds the two long near-clean drafts (test/corpus/quality/near-clean-*.md) from hand-written,
// fictional, pseudonymised paragraphs and sentence templates. Every paragraph is composed anew:
// sentences are drawn without replacement from pools and their slots (agency, role, month, number)
// filled differently each time, so no paragraph repeats. Deterministic (seeded), so the committed
// drafts can be regenerated: node test/corpus/quality/generate-near-clean.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeDraw(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  /** Draws from a pool without replacement until it is empty, then starts a fresh shuffle. */
  const decks = new Map();
  const deal = (name, pool) => {
    let deck = decks.get(name);
    if (!deck || deck.length === 0) {
      deck = [...pool].sort(() => random() - 0.5);
      decks.set(name, deck);
    }
    return deck.pop();
  };
  return { pick, deal };
}

function fill(template, slots, pick) {
  return template.replace(/\{(\w+)\}/g, (_, key) => (Array.isArray(slots[key]) ? pick(slots[key]) : slots[key] ?? `{${key}}`));
}

// ------------------------------------------------------------------------------------------------
// Shared sentence pools (plain British English; slots in braces)
// ------------------------------------------------------------------------------------------------
// Sentences are composed from parts, so that a long draft reads as varied prose rather than a
// handful of sentences repeated: a time, an actor and an action for events; a claim and a reason,
// or an inference, for analysis.
const TIMES = ['In {month}', 'Two weeks later', 'The following month', 'Early in {month}', 'Later that week', 'A few days later', 'In the weeks that followed', 'Towards the end of {month}'];
const ACTIONS = [
  'visited the family at home and saw {child} playing in the hallway',
  'rang {carer} to arrange a further visit',
  'wrote to the {agency} to share a worry about {child}',
  'saw {child} at the {place} and noted that {child} seemed tired',
  'spoke with {carer} about routines at home',
  'made a referral to the {agency}',
  'attended a meeting at the {place} to review the plan',
  'updated the record and agreed to visit again in a month',
  'asked the {role2} whether anyone else had concerns',
  'offered {carer} a place on a parenting group',
  'checked the records held by the {agency}',
  'sent a short summary of the visit to the {role2}',
  'met {carer} at the {place} to talk about the plan',
  'arranged a joint visit with the {role2}',
  'completed a home visit and recorded what {child} said',
];
const CLAIMS = [
  'The visit was short',
  'The concern was not passed on',
  'The meeting did not hear from the {place}',
  'The plan was not changed',
  'The earlier worries were not mentioned in the referral',
  'Nobody called a meeting when the concerns grew',
  'The {role} did not know about the earlier referral',
  'The case was closed after three months',
  'The decision was made by a single agency',
  'The assessment said little about {child}\'s day',
  'The {agency} treated each contact as a new one',
  'The record did not show who else was involved',
  'Supervision did not return to the case',
  '{carer}\'s own needs were not explored',
  'The letter went unanswered for several weeks',
];
const CONNECTORS = ['because', 'as', 'since', 'largely because', 'partly because'];
const REASONS = [
  'caseloads in the team had risen by a third that year',
  'the procedure did not say who should act on a shared worry',
  'the record system showed only one agency\'s contacts',
  'the {role} was covering two vacancies at the time',
  'the guidance on neglect had not been updated for some years',
  'managers had asked staff to focus on new referrals',
  'nobody had been named as the lead for the family',
  'the threshold document was read as a bar rather than a guide',
  'the family had moved and the records had not yet followed them',
  'practitioners were not sure what they were allowed to share',
  'the meeting was arranged at short notice and by telephone',
  'the service had lost experienced staff over the winter',
  'the referral form asked only for the most recent incident',
  'each agency assumed that another had already acted',
  'the team had no time set aside to look back at older cases',
  'the {agency} was in the middle of a reorganisation',
  'the worry did not fit any one category on the form',
  'the practitioner had known the family for years and trusted them',
];
const INFERENCES = [
  'It is likely that {x}.',
  'This suggests that {x}.',
  'The review considers that {x}.',
  'Practitioners told the review that {x}.',
  'The learning here is that {x}.',
];
const INFERRED = [
  'the same gap would affect other families in the area',
  'the pressure on the service shaped the choices that were made',
  'a shared record would have made the pattern easier to see',
  'good practice in one agency was not enough on its own',
  'practitioners needed more time to think about the whole history',
  'the system rewarded closing cases more than understanding them',
  'clearer guidance on sharing would have helped',
  'the child\'s experience was easy to lose among adult concerns',
  'the family\'s own view of the problem was rarely asked for',
  'no single person could have seen the whole picture',
  'a named lead would have made the next step clearer',
  'meetings focused on tasks rather than on what had changed',
];
const QUOTE = [
  'One practitioner told the review, "We were all waiting for someone else to say it was serious."',
  'A manager said, "The system counts visits, not what we learn from them."',
  'The {role} said, "I knew something was not right, but I could not put my finger on it."',
  'Another practitioner put it simply: "Nobody owned the whole picture."',
  'As one {role2} said to the review, "We saw a tidy house and a polite parent."',
  'A team leader reflected, "We would have asked different questions if we had seen the history."',
  'A practitioner said, "The form asks what happened today, so that is what we write."',
  'One {role} said, "By the time I had read the file, the meeting was over."',
];

function sentenceOf(kind, draw, slots) {
  const part = (name, pool) => fill(draw.deal(name, pool), slots, draw.pick);
  if (kind === 'narrative') return `${part('times', TIMES)}, the ${draw.pick(slots.role)} ${part('actions', ACTIONS)}.`;
  if (kind === 'explain') return `${part('claims', CLAIMS)} ${draw.pick(CONNECTORS)} ${part('reasons', REASONS)}.`;
  if (kind === 'infer') return part('inferences', INFERENCES).replace('{x}', part('inferred', INFERRED));
  return part('quotes', QUOTE);
}

function paragraph(draw, slots, plan) {
  return plan.map((kind) => sentenceOf(kind, draw, slots)).join(' ');
}

const PLANS = [
  ['narrative', 'explain', 'infer', 'narrative', 'explain'],
  ['explain', 'narrative', 'infer', 'quote', 'explain'],
  ['narrative', 'narrative', 'explain', 'infer', 'explain'],
  ['infer', 'explain', 'narrative', 'explain'],
  ['narrative', 'explain', 'quote', 'infer', 'explain', 'narrative'],
  ['explain', 'infer', 'narrative', 'explain', 'infer'],
];

function findingSection(draw, slots, findings, extraParagraphs) {
  const out = [];
  findings.forEach((finding, index) => {
    out.push(`### Finding ${index + 1}: ${finding.title}`, '');
    for (const text of finding.paragraphs) out.push(text, '');
    for (let i = 0; i < extraParagraphs; i++) out.push(paragraph(draw, slots, draw.pick(PLANS)), '');
  });
  return out;
}

function wordCount(text) {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

// ------------------------------------------------------------------------------------------------
// Draft A: Child M, neglect and health visiting
// ------------------------------------------------------------------------------------------------
function draftA() {
  const draw = makeDraw(rng(20240611));
  const slots = {
    child: ['Child M'],
    carer: ['Ms P', 'Child M\'s mother'],
    role: ['health visitor', 'school nurse', 'social worker', 'family support worker', 'class teacher'],
    role2: ['GP', 'nursery manager', 'team manager', 'housing officer', 'designated safeguarding lead'],
    agency: ['health visiting service', 'children\'s social care team', 'school', 'GP practice', 'early help service', 'housing service'],
    place: ['nursery', 'school', 'baby clinic', 'family centre', 'GP surgery'],
    month: ['January 2022', 'March 2022', 'May 2022', 'July 2022', 'September 2022', 'November 2022', 'February 2023', 'April 2023'],
    n: ['two', 'three', 'four', 'five'],
  };
  const findings = [
    {
      title: 'Concerns about neglect were judged one at a time',
      paragraphs: [
        'Between spring 2022 and summer 2023, five different practitioners noticed that Child M was often hungry, tired or dressed for the wrong weather. Each of them acted on what they saw. The nursery gave her breakfast, the health visitor gave advice about routines and the school nurse checked her weight. None of these responses was wrong on its own.',
        'The difficulty is that each concern was judged as if it were the first. The local guidance on neglect asks practitioners to consider the history, but the records each agency used showed only its own contacts. A practitioner who wanted the whole picture had to ask for it, and most did not know there was more to ask about.',
      ],
    },
    {
      title: 'Professional optimism after the move to the new flat',
      paragraphs: [
        'When the family moved to a larger flat in the autumn, practitioners saw real improvement. The home was cleaner, Ms P was more relaxed, and Child M was attending nursery every day. It was reasonable to welcome this, and the records show that practitioners did.',
        'One record from this time reads: "Mum presents as engaging well, home clean, however there may be an element of disguised compliance and she DNA\'d the last baby clinic, so will continue to monitor closely and review at the next visit in four weeks\' time as per the plan agreed with the team manager." The words are the health visitor\'s own, written at speed after a long day, and the review has kept them as they were written.',
        'What the records do not show is any plan to check whether the change would last. Practitioners told the review that after a long period of worry, good news felt like a relief. This is a well-known pattern in work with neglect: improvement is noticed quickly, while slow decline takes longer to see.',
      ],
    },
    {
      title: 'The father was not part of the assessment',
      paragraphs: [
        'Child M\'s father, Mr R, saw her most weekends and sometimes cared for her during the week. He was named in the health visiting records but not in the assessment completed by children\'s social care. Nobody asked him about his own health or about how he looked after Child M.',
        'The assessment template asks about the parent who lives with the child first, and practitioners told the review that it is easy to stop there. Fathers who live elsewhere are often described as "not engaging" when they have never been asked. The review considers that the template and the habits around it, rather than any one practitioner, left Mr R out.',
      ],
    },
    {
      title: 'Information did not follow the family across the county boundary',
      paragraphs: [
        'In early 2023 the family stayed with relatives in the neighbouring county for six weeks. The school recorded Child M as absent and the nursery place lapsed. Health visiting records stayed with the original team, because the move was not expected to be permanent.',
        'There is no agreed process for a temporary move across a boundary. Each agency made a sensible local choice, but together those choices meant that no practitioner saw Child M for six weeks. This is the kind of gap that a partnership, rather than a single agency, is best placed to close.',
      ],
    },
    {
      title: 'Supervision focused on new work',
      paragraphs: [
        'Most practitioners involved with the family had regular supervision. The records of those sessions show that time was spent mainly on new referrals and on cases close to a deadline. Families who had been known for a long time were discussed only when something new happened.',
        'Managers told the review that this was a choice made under pressure, with vacancies in every team. The effect was that a family whose difficulties grew slowly never reached the top of the list. Supervision that sets aside time for long-running cases would make this less likely.',
      ],
    },
    {
      title: 'What Child M showed did not reach the meetings where decisions were made',
      paragraphs: [
        'Child M was three and four years old during the period under review. She could not tell practitioners what her life was like, but she showed them: she ate quickly, hid food in her coat and cried when she was collected late. Nursery staff noticed these things and wrote them down.',
        'Those observations rarely reached the meetings where decisions were made. Reports to meetings described the home and Ms P\'s progress in detail, and Child M in a line or two. The review heard that practitioners find it harder to report what a young child shows than what an adult says, and that reporting templates do not prompt them to.',
      ],
    },
  ];

  const lines = [
    '---',
    'cspr-template: lcspr',
    '---',
    '',
    '# Local Child Safeguarding Practice Review: Child M',
    '',
    '## Executive summary',
    '',
    'This review looks at the help given to Child M and her family over eighteen months, up to the time when she was found to be seriously underweight and was taken into hospital. It was commissioned by the local safeguarding partnership to understand what happened and to improve the system, not to blame any person or agency.',
    '',
    'Practitioners cared about Child M and many of them acted quickly when they saw a problem. The review found that concerns were judged one at a time, that improvements were trusted for too long, and that Child M\'s father and her own experience were not at the centre of decisions. It makes five recommendations to the partnership.',
    '',
    '## Introduction',
    '',
    'Child M was admitted to hospital in the summer of 2023, aged four, weighing far less than expected for her age. Doctors found that she had been without enough food for a long time. The local safeguarding partners decided that the case met the criteria for a local child safeguarding practice review and appointed an independent reviewer.',
    '',
    'The purpose of the review is to learn. It asks how the system worked for Child M, what helped and what got in the way, and what the partnership should change so that other children are noticed sooner.',
    '',
    '## Scope and terms of reference',
    '',
    'The review covers the period from January 2022 to July 2023. The panel agreed these questions:',
    '',
    '1. How well did agencies understand what daily life was like for Child M?',
    '2. How did agencies share and bring together what they knew?',
    '3. How were Child M\'s father and wider family included?',
    '4. What got in the way of practitioners acting on their concerns?',
    '',
    '## Methodology',
    '',
    'The review used a systems approach. Each agency provided a chronology and a short report reflecting on its work. The reviewer read the records, met the review panel five times and held a learning event with practitioners. The reviewer also met members of the family, as set out below. Drafts of the report were shared with the panel and with the family before it was finished.',
    '',
    '## Practitioner involvement',
    '',
    'Twenty-two practitioners and managers from health, education, children\'s social care, housing and the police took part in a learning event in April 2024. They spoke openly about their work with the family and about the pressures on their services. Their reflections appear throughout this report, and the review is grateful for their honesty.',
    '',
    '## Family involvement',
    '',
    'The reviewer wrote to Ms P and to Mr R in February 2024, inviting them to take part in whatever way suited them. Ms P met the reviewer twice at a family centre, with a support worker she trusted. She said that she had felt ashamed to ask for help and that she had not understood how worried practitioners were. She wanted the review to say that she loves her daughter.',
    '',
    'Mr R spoke to the reviewer by telephone in March 2024. He said that he had noticed Child M was thin but had been told by Ms P that she was a fussy eater. He felt that nobody had ever asked him what he saw. Child M\'s maternal grandmother was also invited and declined, saying that it was too painful to talk about.',
    '',
    '## Background',
    '',
  ];
  // A chronology belongs in the background: dated, short paragraphs.
  const background = [
    'Child M was born in October 2018. She lived with her mother, Ms P, in a one-bedroom flat. Her father, Mr R, lived nearby and saw her most weekends.',
    'In January 2022 the health visitor completed a review at two and a half years and noted that Child M\'s weight had dropped from the 25th to the 9th centile. She arranged to weigh her again in a month.',
    'In March 2022 Child M started at a local nursery for fifteen hours a week. Staff noticed that she ate very quickly at lunch and asked for more.',
    'In May 2022 the nursery manager spoke to the health visitor, who visited the home. Ms P said that Child M was a fussy eater at home.',
    'In July 2022 the family were referred to the early help service. A family support worker visited four times over the summer and helped Ms P with a routine for meals.',
    'In September 2022 the family moved to a larger flat. Practitioners noted that the home was clean and well organised.',
    'In November 2022 the early help case was closed, as the goals of the plan had been met.',
    'In February 2023 the family stayed with relatives in the neighbouring county for six weeks. Child M was not brought to nursery during this time.',
    'In April 2023 Child M started at a new nursery attached to the primary school. Staff raised concerns about her weight and her clothing within two weeks.',
    'In May 2023 the school nurse weighed Child M and made a referral to children\'s social care. A social worker began an assessment.',
    'In July 2023 Child M was admitted to hospital after nursery staff found her unwell and very thin.',
  ];
  for (const text of background) lines.push(text, '');
  lines.push('## The lived experience of Child M', '');
  lines.push(
    'Child M is remembered by nursery staff as a quiet, watchful girl who loved the sand tray and singing. She liked to sit close to a favourite member of staff at story time. She rarely asked for anything, but she watched the food trolley closely and ate everything she was given.',
    '',
    'At home, her days followed her mother\'s. When Ms P was well, there were trips to the park and meals at the table. When Ms P was low, Child M spent long days in the flat with the television on. She often went to bed late and was tired at nursery the next morning.',
    '',
    'She was seen alone by nursery staff every day she attended, and by the health visitor twice. No practitioner saw her alone at home. Her own "voice" came through what she did: hiding bread in her coat, crying when she was collected late, and asking a member of staff, "Is there more?" at lunchtime.',
    '',
  );
  lines.push('## Findings and analysis', '');
  lines.push('The review identified six findings. Each describes what happened, why it happened, and what it tells us about the system that other children rely on.', '');
  lines.push(...findingSection(draw, slots, findings, 15));
  lines.push('## Race, culture and identity', '');
  lines.push(
    'Ms P is of white British heritage and Mr R\'s family came to the UK from Jamaica. Child M is of mixed heritage. The review asked whether her identity, or the family\'s experience of racism, shaped the help they received. Mr R told the reviewer that he had felt "looked at" in meetings and did not feel welcome. Practitioners had not discussed Child M\'s heritage with either parent, and the assessment did not mention it. The family spoke English at home and no interpreter was needed. Neither parent has a disability, and Child M\'s development was not delayed apart from her weight.',
    '',
  );
  lines.push('## Good practice', '');
  lines.push(
    'Nursery staff noticed Child M\'s hunger early, gave her breakfast, and wrote clear, dated notes of what they saw. Those notes were the most useful record this review read, because they described a child rather than a household.',
    '',
    'The school nurse acted within a day of weighing Child M in May 2023, and the referral she wrote set out the history as well as the new concern. This helped the social worker to start the assessment quickly.',
    '',
    'The hospital team worked well with the police and children\'s social care on the day Child M was admitted, and kept Ms P informed at every stage.',
    '',
  );
  lines.push('## Learning', '');
  lines.push(
    'Neglect is often seen in small pieces. The system helps practitioners when it brings those pieces together, and leaves them alone when it does not. The main learning from this review is that the partnership needs a way to see the history of a family\'s concerns, and that supervision and assessment should make room for a child\'s experience and for the adults who are not in the room.',
    '',
  );
  lines.push('## Recommendations', '');
  lines.push(
    '1. The Safeguarding Partnership will agree, by March 2025, how agencies share a single chronology for children where neglect is a concern, and will audit twenty cases in September 2025 to check it is used.',
    '2. Children\'s Social Care will add questions about fathers and other carers to the assessment template by January 2025, and report how often they are completed to the partnership board each quarter.',
    '3. The health visiting service and the education partnership will agree a protocol for temporary moves across the county boundary by June 2025, tested in a multi-agency audit by December 2025.',
    '4. Each partner agency will set aside time in supervision for long-running cases, and will report to the partnership board in September 2025 on how this has been done.',
    '5. The Safeguarding Partnership will ask families who have been through child protection processes to review its neglect guidance with practitioners, and publish a revised version by July 2025.',
    '',
  );
  lines.push('## Glossary', '');
  lines.push('| Term | Meaning |', '|---|---|', '| Centile | A way of comparing a child\'s weight or height with other children of the same age |', '| Core group | The practitioners and family members who carry out a child protection plan |', '');
  lines.push('## References', '');
  lines.push('- Child Safeguarding Practice Review Panel (2022) Child Protection in England, London: Department for Education.', '- Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of serious case reviews 2014-2017, London: Department for Education.', '');
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------
// Draft B: Young Person T, criminal exploitation
// ------------------------------------------------------------------------------------------------
function draftB() {
  const draw = makeDraw(rng(77031));
  const slots = {
    child: ['Young Person T', 'T'],
    carer: ['Mrs A', 'T\'s mother', 'his grandmother'],
    role: ['youth worker', 'social worker', 'school nurse', 'youth justice officer', 'tutor'],
    role2: ['head of year', 'police officer', 'team manager', 'exploitation lead', 'GP'],
    agency: ['youth justice service', 'exploitation team', 'school', 'police', 'children\'s social care team', 'pupil referral unit'],
    place: ['school', 'youth centre', 'pupil referral unit', 'police station', 'college'],
    month: ['February 2021', 'April 2021', 'June 2021', 'October 2021', 'December 2021', 'March 2022', 'June 2022', 'August 2022'],
    n: ['three', 'four', 'six', 'seven'],
  };
  const findings = [
    {
      title: 'T was seen as a risk to others before he was seen as a child at risk',
      paragraphs: [
        'From the age of fourteen, T was known to the police and the youth justice service for carrying drugs and, later, a knife. Most records described him as an offender. Few described him as a boy who was being groomed and used by older men, although the signs were there: new clothes, a second phone, long absences and fear of certain streets.',
        'A police log from April 2022 describes him as "a known gang member putting himself at risk through his risky behaviour and his older girlfriend, who is also linked to the nominal". T was fifteen when this was written.',
        'Practitioners told the review that the language of offending came first because that was the door T came through. The national guidance on criminal exploitation is clear that a child found carrying drugs for others is a victim of exploitation. The local systems, however, still recorded such events as offences first, and that shaped every meeting that followed.',
      ],
    },
    {
      title: 'Exclusion removed the one daily safe place',
      paragraphs: [
        'T was permanently excluded from his school in Year 10 after a fight. He moved to a pupil referral unit, where he was timetabled for three hours a day. The afternoons and evenings were unstructured, and it was during those hours that he spent time with the men who exploited him.',
        'The school was managing a rise in serious incidents and felt it had no other option. Alternative provision in the area had a long waiting list. The review does not think that the school acted unreasonably, but it notes that no meeting considered what the exclusion would mean for T\'s safety before it took place.',
      ],
    },
    {
      title: 'Information about the adults around T was held by the police alone',
      paragraphs: [
        'Police intelligence linked T to two adult men known for drug supply. This information was shared in a meeting about T in the spring of 2022, but it did not reach the school, the youth centre or his GP. Those practitioners saw T most often and could have helped if they had known.',
        'There are good reasons for care with police intelligence, and officers followed their own rules. The gap is that the local exploitation protocol did not say what could be shared, with whom, and how. Without that clarity, the safest choice for each officer was to share as little as possible.',
      ],
    },
    {
      title: 'T\'s mother asked for help and was told to wait',
      paragraphs: [
        'Mrs A asked the school for help three times in 2021. She was worried about T\'s temper, his friends and the money he had. Each time she was told about the waiting list for the mental health service and advised to wait for an appointment. The wait was eleven months.',
        'The review heard that long waits are common and that practitioners feel they have little else to offer. A parent who asks for help is often the best source of information about a child\'s world. When that request meets a waiting list, the system loses both the help and the information.',
      ],
    },
    {
      title: 'Many plans, but no single lead',
      paragraphs: [
        'During 2022 T was subject to a youth justice order, a child in need plan and an exploitation safety plan. Each had its own meetings and its own lead. Mrs A told the reviewer that she went to three meetings in one week and heard the same questions each time.',
        'Each plan was set up for good reasons, and each lead did their own part well. But no one person was responsible for the whole. Practitioners told the review that it was often unclear which meeting should decide what, so hard decisions were sometimes put off to the next one.',
      ],
    },
  ];

  const lines = [
    '# Local Child Safeguarding Practice Review: Young Person T',
    '',
    '## Summary',
    '',
    'Young Person T was seriously injured in a stabbing in the summer of 2022, when he was sixteen. This review looks at the help he and his family received over the two years before that night. It was commissioned by the local safeguarding partners to learn how the system can better protect young people who are exploited outside the home.',
    '',
    'Many practitioners cared about T and tried hard to help. The review found that T was seen as an offender before he was seen as a child at risk, that exclusion removed his one safe daily place, that information about the adults around him stayed with the police, and that his mother\'s requests for help met long waits. It makes five recommendations.',
    '',
    '## Reasons for the review',
    '',
    'The local safeguarding partners received a notification after T was taken to hospital with stab wounds. A rapid review found that several agencies had known T well and that there was learning about criminal exploitation. The partners agreed that a local review should take place, led by an independent reviewer.',
    '',
    '## Terms of reference',
    '',
    'The review covers the period from January 2021 to August 2022. It set out to examine:',
    '',
    '- how agencies recognised and responded to the exploitation of T;',
    '- how education decisions took account of T\'s safety;',
    '- how information about adults who posed a risk to T was shared;',
    '- how T\'s mother and grandmother were supported and heard.',
    '',
    '## How the review was done',
    '',
    'The reviewer read chronologies and reflective reports from eight agencies and met the review panel six times. Two learning events were held with practitioners, one for front-line staff and one for managers. The reviewer met T and his family, as described below. The panel checked each draft of this report for accuracy and fairness.',
    '',
    '## Practitioner learning event',
    '',
    'Thirty practitioners from the police, youth justice, education, health and children\'s social care attended the learning events in May 2023. They described a system under strain, with high caseloads and frequent changes of worker. They also described the care they felt for T, and their frustration at not being able to keep him safe.',
    '',
    '## Talking with the family',
    '',
    'T was invited to take part through his youth worker, who he trusts. He chose to meet the reviewer at the youth centre, with the youth worker present. He said that the men "looked after me when nobody else did", and that the police were the first people who "treated me like a kid" after he was hurt. He wants other young people to be asked what is going on, not told off.',
    '',
    'Mrs A, T\'s mother, was invited by letter and by phone, and met the reviewer twice at her home. She said she had asked for help many times and felt that nobody listened until it was too late. T\'s grandmother, who cared for him at weekends, spoke to the reviewer by video call. She described T as kind and funny, and said the family had been frightened of the men for months. T\'s father lives abroad and could not be contacted.',
    '',
    '## Background',
    '',
  ];
  const background = [
    'T was born in 2006 and lived with his mother and younger sister. His grandmother lived nearby and looked after him at weekends.',
    'In February 2021, at fourteen, T was stopped by police with a small amount of cannabis. He was referred to the youth justice service for an out-of-court disposal.',
    'In April 2021 the school recorded that T had a new phone and expensive trainers. His attendance fell to 80 per cent.',
    'In June 2021 Mrs A asked the school for help with T\'s behaviour and was referred to the mental health service, which had a waiting list.',
    'In October 2021 T went missing for two nights and was found in a town thirty miles away. A return home interview was completed.',
    'In December 2021 T was permanently excluded after a fight and moved to the pupil referral unit.',
    'In March 2022 a multi-agency meeting discussed T under the local exploitation protocol and rated the risk as significant.',
    'In June 2022 T was arrested for possession of a knife. He was released under investigation.',
    'In August 2022 T was stabbed near his home and taken to hospital. He survived his injuries.',
  ];
  for (const text of background) lines.push(text, '');
  lines.push('## What life was like for T', '');
  lines.push(
    'T loved football and music. He was a talented drummer and played in a band at the youth centre until he was fifteen. His youth worker described him as "the funniest kid in the room", and his grandmother said he always looked after his little sister.',
    '',
    'After his exclusion, his days became empty. He went to the pupil referral unit for the morning and then had nowhere to be. He told the reviewer that the older men gave him money, food and somewhere to go, and that by the time he was frightened of them, he felt he could not leave.',
    '',
    'T was seen alone by his youth worker every week and by the youth justice officer twice a month. He told the youth worker that he was scared, but asked her not to tell anyone. She shared it with her manager, and it was raised at the next meeting.',
    '',
  );
  lines.push('## Findings', '');
  lines.push('The review makes five findings. Each one sets out what happened, why, and what it says about the system.', '');
  lines.push(...findingSection(draw, slots, findings, 19));
  lines.push('## Identity and culture', '');
  lines.push(
    'T is a young Black British man, and the review considered whether his race and gender affected how he was seen. National research shows that Black boys are more likely to be seen as older than they are and as a threat rather than at risk. Several records described T as "intimidating", a word not used about white boys of the same age in the same records. Mrs A told the reviewer that she felt judged as a single Black mother. The family are practising Christians and their church was a source of support that no agency knew about. The review has made a recommendation about this.',
    '',
  );
  lines.push('## What went well', '');
  lines.push(
    'T\'s youth worker built a trusting relationship with him over two years. She saw him every week, kept going when he missed sessions, and passed on what he told her quickly and carefully. T told the reviewer that she was the adult he trusted most.',
    '',
    'The hospital\'s youth violence service saw T within hours of his admission and stayed in contact after his discharge. This helped T to talk about what had happened and to accept support.',
    '',
    'The police officer who attended after the stabbing recognised T as a victim of exploitation and made a referral the same night.',
    '',
  );
  lines.push('## Recommendations', '');
  lines.push(
    '1. The Safeguarding Partnership will revise the exploitation protocol by April 2025 so that it says what police intelligence may be shared with schools and health services, and will audit its use in October 2025.',
    '2. The Education Partnership will ensure that no child known to the exploitation team is excluded without a multi-agency safety discussion first, reporting figures to the partnership board each term from September 2025.',
    '3. Children\'s Social Care and the Youth Justice Service will agree a single lead practitioner for children on more than one plan by March 2025, and check how often this happens in a six-monthly audit.',
    '4. The Integrated Care Board will report to the partnership by June 2025 on waiting times for children referred with concerns about exploitation, and on the support offered while they wait.',
    '5. Each partner agency will review, with young people and families, how race and gender shape the language used in its records, and report what it has changed by December 2025.',
    '',
  );
  lines.push('## Glossary', '');
  lines.push('| Term | Meaning |', '|---|---|', '| Exploitation protocol | The local agreement on how agencies work together when a child is exploited outside the home |', '| Pupil referral unit | A school for children who cannot attend a mainstream school |', '');
  return lines.join('\n');
}

for (const [name, text] of [
  ['near-clean-child-m.md', draftA()],
  ['near-clean-young-person-t.md', draftB()],
]) {
  writeFileSync(path.join(here, name), text.endsWith('\n') ? text : `${text}\n`);
  console.log(name, wordCount(text), 'words');
}
