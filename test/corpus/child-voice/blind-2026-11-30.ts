// Blind batch of 2026-11-30: voice-of-the-child sections written before reading child-voice's code
// or the earlier sections (only the case type was read). Silent: sections that convey the child's
// daily lived experience, wishes and feelings — a pre-verbal baby observed, a disabled child who
// communicates without speech, a teenager's own words, reported speech, lists, passive voice.
// Report: token sections — "the child's voice was not heard", "seen and spoken to", only the
// professionals' or parents' views, process words about meetings. Each is over 40 words, so it is
// judged on what it says, not its length (judged like sections.ts: minWords 40). First-run
// (held-out) figures: test/unit/rules/child-voice-corpus.test.ts and test/corpus/README.md.
import type { VoiceCase } from './sections';

export const BLIND_VOICE_CASES: VoiceCase[] = [
  // --- silent: about the child
  {
    child: 'Baby R', expect: 'silent', class: 'infant-observed',
    text: 'Baby R was nine weeks old when he died. The health visitor\'s notes describe a baby who fed hungrily, taking four ounces from a bottle every three hours, and who slept in a travel cot in the living room because the bedroom was damp. At the six-week check he followed faces and smiled at his grandmother. The nursery nurse recorded that he startled at raised voices and went very still when Mr K came into the room. On three visits running he was in the same sleepsuit.',
  },
  {
    child: 'Child D', expect: 'silent', class: 'infant-observed', note: 'a disabled child who does not use speech',
    text: 'Child D is eleven, autistic, and does not use speech. She communicates with Makaton signs, a picture exchange board and by taking an adult\'s hand to lead them to what she wants. Her teachers describe her lining up toy cars when she is anxious and humming when she is content. In the spring her respite carers noticed that she refused food after weekends at her father\'s, began biting her wrist, and signed "home" less often. Nobody used her communication board to ask her about those weekends, and she was never seen alone with an advocate.',
  },
  {
    child: 'Child J', expect: 'silent', class: 'child-words', note: 'a teenager\'s own words, written to the review',
    text: 'Child J, now sixteen, wrote to the review: “I was always the one who got the little ones up and took them to school. Nobody asked me how I was doing. When the police came I just wanted someone to tell me it wasn’t my fault.” He told his youth worker that he slept in his clothes so that he was ready if anything kicked off at night. He wanted to stay at his school and live with his aunt.',
  },
  {
    child: 'Child F', expect: 'silent', class: 'seen-alone', note: 'reported speech, no quotation marks',
    text: 'When the school nurse saw Child F on her own in November, Child F told her that she was scared of her mum\'s boyfriend and that she stayed in her room with the door shut whenever he was in the house. She said she wanted her dad to pick her up more often and that she missed her old friends from the flats. The nurse recorded that she had not eaten since the day before.',
  },
  {
    child: 'Child B', expect: 'silent', class: 'daily-life', note: 'a toddler, observed at nursery',
    text: 'Child B started nursery at two. Staff remember a small, quiet boy who arrived most mornings hungry and ate two bowls of cereal before he would play. His nappy was often soaked through and he had a persistent rash. He loved the sand tray and the picture book about a bear. At home time he clung to his key worker and cried, and on two occasions he flinched when an adult raised an arm to reach a shelf.',
  },
  {
    child: 'Child E', expect: 'silent', class: 'daily-life', note: 'a list',
    text: 'What we know about an ordinary day for Child E, aged eight, comes from her school, her grandmother and her own drawings:\n\n- Mornings: she got herself and her brother dressed and often arrived at school without breakfast.\n- School: she loved reading and was proud of her swimming badges; her teacher noticed she was tired on Mondays.\n- Evenings: she watched her brother while her mother slept, and went to bed when he did.\n- What mattered to her: her dog, Biscuit, and staying over at her gran\'s.',
  },
  {
    child: 'Child H', expect: 'silent', class: 'child-words', note: 'opens by saying the voice is largely absent from records, then gives it',
    text: 'Child H\'s voice is largely absent from agency records, but her school planner gives a picture of her days. She wrote that she hated PE "because of the changing rooms", that she was "always tired", and that her favourite thing was Saturday football with her cousins. She told a lunchtime supervisor that she did not like going home because it was "noisy and scary at night". She was not seen alone by any professional.',
  },
  {
    child: 'Child G', expect: 'silent', class: 'child-words', note: 'passive voice',
    text: 'It was recorded by the youth offending worker that Child G said he felt safer on the streets than at home. He was described by his football coach as funny and loyal, always first to training. He had been sleeping at friends\' houses for weeks at a time and was often hungry. In a return home interview, conducted alone, he said he wanted a place of his own and someone to help him get back into college.',
  },
  {
    child: 'Baby S', expect: 'silent', class: 'infant-observed', note: 'passive observations of a newborn',
    text: 'Baby S was observed by the midwife on day five to be feeding well from the breast and was noted to be settled and alert. By four weeks she had dropped from the 50th to the 9th centile. The health visitor recorded that she was unwashed, that her cry was weak and that she was left in a car seat in the hallway during the visit. Her mother said she slept through the night from the first week.',
  },
  {
    child: 'Child W', expect: 'silent', class: 'seen-alone',
    text: 'Child W was seen on her own by her social worker on four occasions between January and June. Each time she said that she wanted to go home to her mum and that she missed her bedroom and her cat. She described her foster carer\'s house as "too quiet" and said she could not sleep without the landing light on. At school she was doing well in maths and had made one close friend.',
  },
  {
    child: 'Child V', expect: 'silent', class: 'child-words', note: 'the review met the child',
    text: 'We met Child V, who is now twelve, with his foster carer. He told us he remembered being hungry a lot and eating cereal for tea. He remembered hiding under the table when the shouting started and looking after his little sister. He said the best bit of his week was swimming with his carer. He asked us to tell social workers to "knock louder and come back".',
  },
  {
    child: 'Noor', expect: 'silent', class: 'child-words', note: 'a pseudonym chosen by the child, listed in allowNames; an interpreter',
    text: 'Noor chose the name used in this review. She speaks Arabic at home and English at school, and she spoke to the reviewer through an interpreter. She said she liked school because the teachers were kind and there was hot food at lunch. At home she shared a mattress with two younger sisters and helped her mother with the cooking. She said she was frightened when her uncle visited and that she wanted him to stop coming.',
  },
  {
    child: 'Child C', expect: 'silent', class: 'daily-life', note: 'long analytical sentences about the child',
    text: 'For Child C, who was fourteen and the eldest of five, home life was shaped by caring: she collected her siblings from two schools, cooked their tea on most weekdays and stayed up late with her mother when her mother was unwell. Her attendance fell to 62 per cent, and teachers noticed that she slept in lessons and wore the same uniform for several days. She loved art and wanted to be a tattoo artist.',
  },

  {
    child: 'Child Y', expect: 'silent', class: 'child-words', note: 'a blockquote of the child\'s words',
    text: 'Child Y agreed that part of a letter she wrote to her social worker could be included here:\n\n> I don\'t want to be moved again. I like my school and I like Mrs Patel. At Dad\'s there is never food in the house and I have to sleep on the floor with my brothers.\n\nHer foster carer describes a girl who reads late into the night, eats well now and has started horse riding.',
  },
  {
    child: 'Child O', expect: 'silent', class: 'child-words', note: '"they" for the child; text messages',
    text: 'Child O uses they/them pronouns. In messages to a school friend they wrote that home was "like walking on glass" and that they ate at friends\' houses to avoid being there at teatime. They told their tutor they wanted to move in with their older sister. Their tutor saw them on their own every week and noticed they had stopped going to drama club, which they had loved.',
  },
  {
    child: 'Baby T', expect: 'silent', class: 'infant-observed', note: 'pronouns only after the first sentence, present-tense record',
    text: 'Baby T was born at 34 weeks and spent his first fortnight in the neonatal unit. Nurses noted that he was slow to feed and needed a nasogastric tube for six days. Once home he slept in a pram in the kitchen. The health visitor saw him twice: at ten days he was jaundiced and sleepy, and at four weeks he had not regained his birth weight and his cry was described as high-pitched and constant.',
  },
  {
    child: 'Child X', expect: 'silent', class: 'daily-life', note: 'feelings and wishes reported by the review, no quotation',
    text: 'According to Child X, the worst part of the week was Sunday night, when he knew his stepfather would be home. He liked his primary school, where he felt safe and was given breakfast, and he wanted to be a vet. He worried about his mother and tried to keep his little brother quiet. Nobody spoke to him on his own until the police interview in May.',
  },

  // --- report: token
  {
    child: 'Child A', expect: 'report', class: 'stock-phrases', note: 'the voice said not to be heard, nothing of the child',
    text: 'The child\'s voice was not heard. Professionals focused on the adults in the household and the lived experience of the child was not explored by any agency. This is a theme that appears in many reviews nationally, and it is considered further in Finding 2 and in the recommendations that follow.',
  },
  {
    child: 'Child M', expect: 'report', class: 'agency-process', note: 'seen and spoken to, nothing the child said',
    text: 'Child M was seen and spoken to at every statutory visit. Her wishes and feelings were recorded on the case file and the social worker completed direct work with her. The independent reviewing officer ensured that Child M\'s views were reflected at each review, and the plan was updated to take account of them.',
  },
  {
    child: 'Baby L', expect: 'report', class: 'adult-voice', note: 'only professionals\' opinions',
    text: 'The health visitor considered that Baby L was well cared for. The GP had no concerns about Baby L at any appointment. The social worker thought the care was good enough and that the home conditions were adequate. The nursery reported that attendance was satisfactory and that there were no safeguarding concerns.',
  },
  {
    child: 'Child P', expect: 'report', class: 'agency-process', note: 'cue words about a core group',
    text: 'The core group discussed Child P\'s school attendance, diet and sleep at each meeting, and the plan included actions about her bedtime routine. The child protection conference considered her wishes and feelings. The single assessment addressed her education, health and emotional needs and was signed off by the team manager.',
  },
  {
    child: 'Child T', expect: 'report', class: 'adult-voice', note: 'the parents\' words about themselves',
    text: 'Mother told the review that she had struggled after the birth of her youngest and felt judged by professionals. She said: “I did everything I could and I never had any help.” Father said the social workers never listened to him and that he had never been a risk to anyone. Both parents felt the plan was unfair.',
  },
  {
    child: 'Child Q', expect: 'report', class: 'stock-phrases',
    text: 'Throughout the period under review Child Q was at the centre of all agency work and practitioners were consistently child-focused. The voice of Child Q was captured in assessments and informed planning. Her lived experience was considered by the multi-agency group at every stage of the child protection process.',
  },
  {
    child: 'Child R', expect: 'report', class: 'stock-phrases', note: 'no contact and a call for better practice',
    text: 'The review has not been able to speak with Child R. Practitioners did not record his views in any detail. It is important that in future all agencies capture the voice of the child in line with Working Together 2023 and with the partnership\'s practice guidance on direct work.',
  },
  {
    child: 'Child K', expect: 'report', class: 'agency-process', note: 'a teenager whose views were "sought"',
    text: 'Child K was fifteen and well able to express her views. Her views were sought by the school and by the social worker and were recorded in the child and family assessment. They were taken into account when the plan was written and were shared with the conference chair before each review.',
  },
  {
    child: 'Baby N', expect: 'report', class: 'adult-voice', note: 'a baby represented by professionals, no observation',
    text: 'As Baby N was only four months old he was unable to express his wishes and feelings, and his voice was therefore represented by the professionals who worked with the family. All of the professionals considered that his needs were being met and no concerns were raised by any agency.',
  },
  {
    child: 'Child V', expect: 'report', class: 'agency-process',
    text: 'Child V was spoken to by the police at the scene and by the social worker the following day. A voice of the child tool was used during the assessment. The outcome of the direct work was shared at the strategy meeting and informed the decision to proceed to a section 47 enquiry.',
  },
  {
    child: 'Child Z', expect: 'report', class: 'stock-phrases', note: 'refers the reader elsewhere',
    text: 'Child Z\'s lived experience is set out in the chronology at Appendix 2 and the reader is referred there for the detail. In summary, Child Z experienced neglect over a long period and the impact on him was significant. The review has reflected on this throughout the analysis that follows.',
  },
  {
    child: 'Child D', expect: 'report', class: 'adult-voice', note: 'a disabled child spoken for by adults',
    text: 'Because of Child D\'s learning disability it was not possible to obtain her views. Her mother and her special school spoke on her behalf at each meeting and both reported that there were no concerns. Her views were therefore represented through the adults who knew her best, which the review considers was appropriate.',
  },
  {
    child: 'Child U', expect: 'report', class: 'adult-voice', note: 'a first-person quotation attributed to the mother after it',
    text: '“He was a happy little boy who never gave anyone any trouble,” his mother told the review. “I would have known if something was wrong.” The review is grateful to the family for their contribution and for the time they gave to meetings with the lead reviewer during a very difficult period.',
  },
  {
    child: 'Child I', expect: 'report', class: 'adult-voice', note: 'practitioners quoted, not the child',
    text: '“We always saw Child I as a priority,” the team manager said. “Everyone was focused on his needs and we were in the house every week.” The school designated safeguarding lead told the review that staff knew the family well and had no reason to doubt what they were told by the parents.',
  },
  {
    child: 'Child S', expect: 'report', class: 'agency-process', note: 'passive consideration of daily-life topics',
    text: 'Consideration was given to Child S\'s sleep, diet, school attendance and friendships in the single assessment. Her wishes and feelings were explored through an agreed direct work tool and the findings were discussed in supervision. The plan set out how her emotional needs would be met and who would monitor them.',
  },
  {
    child: 'Child N', expect: 'report', class: 'stock-phrases', note: 'hedged statement that the voice was hard to hear',
    text: 'It is difficult to say with confidence what Child N\'s experience of daily life was like, as agency records contain little direct evidence of it. The review considers that his voice, and what life was like for him, could have been more central to practice, and this learning has been shared with all partner agencies.',
  },
];
