import { defineRule, type ScanItem } from '../rule';
import { ALWAYS_KNOWN_ACRONYMS, BUILT_IN_EXPANSIONS } from '../data/glossary';

interface AcronymItem extends ScanItem {
  acronym: string;
  /** "use": the acronym in running text; "definition": spelled out here ("Expansion (ACR)" or "ACR (Expansion)"). */
  kind: 'use' | 'definition';
  inHeading: boolean;
  plural: boolean;
}

// Two or more capitals (digits and "&" allowed inside: "A&E", "S47" has one capital and is left
// alone), optionally a plural "s": "RHIs".
const ACRONYM = /(?<![\p{L}\p{N}&])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\p{L}\p{N}&])/gu;
const EXPANSION_BEFORE = /[\p{L}][\p{L}'’-]*[\s,–—-]*\(\s*$/u;
const PLACEHOLDER_WORDS = new Set(['TODO', 'TBC', 'TBD', 'FIXME']);
const ROMAN = /^[IVXLCDM]+$/;

/** Whether the acronym's letters appear, in order, among the words' initials ("Multi-Agency Safeguarding Hub" → MASH). */
function initialsSpell(acronym: string, words: string): boolean {
  const initials = (words.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word[0].toUpperCase()).join('');
  let at = 0;
  for (const letter of acronym.replace(/[^A-Z0-9]/g, '')) {
    at = initials.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

function capitals(token: string): number {
  let count = 0;
  for (const ch of token) if (ch >= 'A' && ch <= 'Z') count++;
  return count;
}

export const undefinedAcronym = defineRule<Record<string, never>, AcronymItem>({
  meta: {
    id: 'undefined-acronym',
    defaultSeverity: 'warning',
    category: 'language',
    fixable: true,
    description: 'Every acronym is spelled out at its first use ("Multi-Agency Safeguarding Hub (MASH)") or listed in the glossary.',
  },
  scanBlock(block, { offsetOf }) {
    const items: AcronymItem[] = [];
    const text = block.text;
    for (const match of text.matchAll(ACRONYM)) {
      const acronym = match[1];
      if (capitals(acronym) < 2 || PLACEHOLDER_WORDS.has(acronym) || /^X+$/.test(acronym) || ROMAN.test(acronym)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const base = { start: offsetOf(block, start), end: offsetOf(block, end - 1) + 1, acronym, inHeading: block.kind === 'heading', plural: match[2] === 's' };
      // "Expansion (ACR)": the acronym in brackets straight after words whose initials spell it.
      const before = text.slice(Math.max(0, start - 120), start);
      const after = text.slice(end, end + 2);
      const inner = /^\s*\(([^)]{3,200})\)/.exec(text.slice(end, end + 210))?.[1];
      if (EXPANSION_BEFORE.test(before) && /^\s*\)/.test(after) && initialsSpell(acronym, before.replace(/\(\s*$/, ''))) items.push({ ...base, kind: 'definition' });
      // "ACR (Expansion in words)".
      else if (inner && /\s/.test(inner.trim()) && initialsSpell(acronym, inner)) items.push({ ...base, kind: 'definition' });
      items.push({ ...base, kind: 'use' });
    }
    return items;
  },
  check({ doc, items, report, shared }) {
    const known = new Set<string>([...ALWAYS_KNOWN_ACRONYMS, ...shared.glossary.keys()]);
    // A glossary section defines everything listed in it, wherever it sits in the report.
    for (const match of doc.sectionsWithRole('glossary')) {
      for (const item of items) if (item.start >= match.heading.start && item.start < match.end) known.add(item.acronym);
    }
    const definedAt = new Map<string, number>();
    for (const item of items) if (item.kind === 'definition' && !definedAt.has(item.acronym)) definedAt.set(item.acronym, item.start);
    const reported = new Set<string>();
    for (const item of items) {
      if (item.kind !== 'use' || item.inHeading || known.has(item.acronym) || reported.has(item.acronym)) continue;
      const definition = definedAt.get(item.acronym);
      if (definition !== undefined && definition <= item.start) continue;
      reported.add(item.acronym);
      const expansion = BUILT_IN_EXPANSIONS[item.acronym];
      const later = definition !== undefined ? ` (it is spelled out later, at line ${doc.positionAt(definition).line})` : '';
      const how = expansion ? `"${expansion} (${item.acronym})"` : `"Expansion (${item.acronym})"`;
      report({
        start: item.start,
        end: item.end,
        message: `Spell out ${item.acronym} at its first use${later}: write ${how}, or list it in the glossary.`,
        fix:
          expansion && !item.plural
            ? { title: `Spell out ${item.acronym} as "${expansion} (${item.acronym})"`, edits: [{ start: item.start, end: item.end, text: `${expansion} (${item.acronym})` }] }
            : undefined,
        data: { acronym: item.acronym },
      });
    }
  },
});
