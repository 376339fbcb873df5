// Generates snippets/cspr.code-snippets from the template data, so every section of every template
// has a snippet and snippets never drift from what the linter expects. Run by `npm run build`; a
// unit test checks the committed file is current.
import { PRESET_TEMPLATES, RULE_IDS, type Template, type TemplateSection } from '../engine/index';
import { toSnippetBody } from './snippet-body';

export { toSnippetBody } from './snippet-body';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const SHORT: Record<string, string> = { lcspr: 'lcspr', 'rapid-review': 'rr' };

function sectionBody(section: TemplateSection, counter: { next: number }, childStop?: number): string {
  return `## ${section.title}\n\n${toSnippetBody(section.skeleton || `[${section.guidance}]`, counter, childStop)}\n`;
}

function wholeTemplate(template: Template): Snippet {
  const counter = { next: 2 };
  const sections = template.sections.map((section) => sectionBody(section, counter, 1)).join('\n');
  const body = `---\ncspr-template: ${template.id}\n---\n\n# ${template.label}: \${1:Child A}\n\n${sections}`;
  return { prefix: `cspr-${SHORT[template.id] ?? template.id}`, description: `Whole ${template.label} skeleton, every section in template order`, body: body.split('\n') };
}

export function generateSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const template of Object.values(PRESET_TEMPLATES)) {
    snippets[`${template.label} (whole draft)`] = wholeTemplate(template);
    for (const section of template.sections) {
      snippets[`${template.label}: ${section.title}`] = {
        prefix: `cspr-${SHORT[template.id] ?? template.id}-${section.id}`,
        description: `${section.required ? 'Required' : 'Recommended'} ${template.label} section: ${section.guidance}`,
        body: sectionBody(section, { next: 1 }).split('\n'),
      };
    }
  }
  snippets['SMART recommendation'] = {
    prefix: 'cspr-recommendation',
    description: 'A numbered recommendation with an addressee, an action, a measure and a timescale',
    body: ['${1:1}. The ${2:[agency or partnership]} will ${3:[action]} by ${4:[month year]}, evidenced by ${5:[measure, e.g. an audit of 20 cases]} reported to ${6:[board or group]}.'],
  };
  snippets['Key practice episode'] = {
    prefix: 'cspr-kpe',
    description: 'A key practice episode: what happened, why, and what it tells us about the system',
    body: ['### Key practice episode ${1:1}: ${2:[title]}', '', '**What happened.** ${3:[what happened]}', '', '**Why it happened.** ${4:[why it happened]}', '', '**What it tells us about the system.** ${5:[what it tells us about the system]}', ''],
  };
  snippets['Glossary entry'] = { prefix: 'cspr-glossary-entry', description: 'A glossary table row: acronym and what it stands for', body: ['| ${1:[ACR]} | ${2:[what it stands for]} |'] };
  snippets['Disable a rule for the next line'] = {
    prefix: 'cspr-disable-next-line',
    description: 'Control comment: silence a cspr-lint rule on the next line, with the reason shown at sign-off',
    body: [`<!-- cspr-lint-disable-next-line \${1|${RULE_IDS.join(',')}|} -- \${2:[reason]} -->`],
  };
  snippets['Disable rules from here'] = { prefix: 'cspr-disable', description: 'Control comment: silence cspr-lint rules until cspr-lint-enable', body: ['<!-- cspr-lint-disable ${1:rule-id} -- ${2:[reason]} -->'] };
  snippets['Enable rules again'] = { prefix: 'cspr-enable', description: 'Control comment: turn rules back on after cspr-lint-disable', body: ['<!-- cspr-lint-enable ${1:rule-id} -->'] };
  return snippets;
}
