// The linter: one instance per resolved configuration. It keeps a cache of parsed chunks and of
// what rules found in them, so linting a draft again after an edit re-parses only what changed.
import { ChunkCache, DraftDocument, type PlacedScan } from './document';
import { sourceOffsetOf, type TextBlock } from './parse/markdown';
import { isSectionEmpty } from './sections/content';
import { findChildName } from './text/pseudonyms';
import { compileHeadingMatcher, type HeadingMatcher } from './sections/heading-match';
import { applyControlComments, readControlComments } from './suppressions';
import { docsUrl, type AnyRule, type ReportInput, type ScanItem, type SharedSettings } from './rule';
import { RULES } from './rules/index';
import { CoverageAnalyzer, type ThemeScanItem } from './coverage/analyzer';
import type { Theme, ThemeCoverage } from './coverage/types';
import { mergeThemes } from './data/themes';
import { DEFAULT_TEMPLATE_ID, PRESET_TEMPLATES } from './templates/presets';
import type { Template } from './templates/schema';
import type { Finding, RuleCategory, Severity, SeveritySetting, Suppression } from './types';
import { readabilityBySection, type SectionReadability } from './quality/readability';

export { findChildName };

export interface RuleSetting {
  severity: SeveritySetting;
  options?: unknown;
}

export interface EngineSettings {
  /** Template used when a draft does not name one in front matter (default `lcspr`). */
  template?: string | Template;
  /** Extra named templates a draft may select with `cspr-template` (presets are always available). */
  templates?: Readonly<Record<string, Template>>;
  rules?: Readonly<Record<string, SeveritySetting | RuleSetting>>;
  allowNames?: readonly string[];
  glossary?: Readonly<Record<string, string>>;
  /** Config `language`: terms for `language-matters` (a string adds or rewords a term, null allows it). */
  language?: Readonly<Record<string, string | null>>;
  themes?: readonly Theme[];
  coveredAt?: number;
  /**
   * false: parse each draft whole instead of in chunks cached per heading. Only for tests, which
   * hold the chunked lint to giving exactly what the whole parse gives; editors and the CLI keep the default.
   */
  chunking?: boolean;
  /**
   * Parsed chunks kept for the next lint beyond the last eight lints' (default 20,000). The command
   * line, which lints each draft once, keeps fewer: a folder of drafts shares little but the odd
   * boilerplate section, which every lint uses again and so keeps.
   */
  maxCachedChunks?: number;
}

export interface SectionStatus {
  id: string;
  title: string;
  required: boolean;
  status: 'present' | 'empty' | 'missing';
  /** 1-based line of the heading when present. */
  line?: number;
  heading?: string;
}

export interface LintResult {
  template: Template;
  findings: Finding[];
  suppressions: Suppression[];
  sections: SectionStatus[];
  coverage: ThemeCoverage[];
  /** Problems with the draft's own settings (e.g. an unknown `cspr-template`), for adapters to show. */
  notices: string[];
  document: DraftDocument;
  /** Ids of the rules that ran (not "off"), so adapters can tell "no findings" from "not judged". */
  activeRuleIds: string[];
  /** Reading figures per section, with the `readability` rule's options; absent when that rule is off. */
  readability?: SectionReadability[];
}

export interface LintRequest {
  /** A template named on the command line; front matter still wins for the draft that names one. */
  templateOverride?: string;
  /**
   * Only the rules of these categories run (the language server's first pass over a long draft it
   * has just opened: structure and publication, then everything); `activeRuleIds` says which ran.
   */
  categories?: readonly RuleCategory[];
}

interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
  /** The config set the severity; otherwise the rule's default for the draft's template applies. */
  configured: boolean;
}

export class Linter {
  private readonly cache = new ChunkCache();
  private readonly activeRules: ActiveRule[] = [];
  private readonly shared: SharedSettings;
  private readonly templates: Record<string, Template>;
  private readonly defaultTemplate: Template;
  private readonly matchers = new Map<Template, HeadingMatcher>();
  private readonly coverage: CoverageAnalyzer;
  private readonly coveredAt: number;
  private readonly chunking: boolean;
  private readonly maxCachedChunks: number;
  /** Counts calls of collectScans, to tell which chunk placements the current one has used. */
  private scanCollections = 0;
  /** The document of the last lint, whose chunks the next lint (usually a keystroke later) starts from. */
  private lastDocument?: DraftDocument;

  constructor(settings: EngineSettings = {}) {
    this.templates = { ...PRESET_TEMPLATES, ...(settings.templates ?? {}) };
    const configured = settings.template ?? DEFAULT_TEMPLATE_ID;
    const template = typeof configured === 'string' ? this.templates[configured] : configured;
    if (!template) throw new Error(`Unknown template "${String(configured)}". Known templates: ${Object.keys(this.templates).join(', ')}`);
    this.defaultTemplate = template;
    this.shared = {
      allowNames: new Set((settings.allowNames ?? []).map((name) => name.trim().toLowerCase())),
      glossary: new Map(Object.entries(settings.glossary ?? {})),
      language: new Map(Object.entries(settings.language ?? {})),
    };
    for (const rule of RULES) {
      const setting = settings.rules?.[rule.meta.id];
      const resolved: RuleSetting = typeof setting === 'string' ? { severity: setting } : setting ?? { severity: rule.meta.defaultSeverity };
      if (resolved.severity === 'off') continue;
      const options = rule.options ? rule.options.parse(resolved.options ?? {}) : {};
      this.activeRules.push({ rule, severity: resolved.severity, options, configured: setting !== undefined });
    }
    this.coverage = new CoverageAnalyzer(mergeThemes(settings.themes));
    this.coveredAt = settings.coveredAt ?? 2;
    this.chunking = settings.chunking ?? true;
    this.maxCachedChunks = settings.maxCachedChunks ?? 20000;
  }

  /** Templates a draft may name in front matter. */
  get templateIds(): string[] {
    return Object.keys(this.templates);
  }

  lint(text: string, request: LintRequest = {}): LintResult {
    const generation = this.cache.beginRun();
    const notices: string[] = [];
    const template = this.chooseTemplate(text, request, notices);
    const doc = new DraftDocument(text, template, this.cache, generation, this.matcherFor(template), this.chunking, this.lastDocument);
    this.lastDocument = doc;
    const frontMatterTemplate = doc.frontMatter?.fields['cspr-template'];
    if (frontMatterTemplate !== undefined && !this.templates[frontMatterTemplate]) {
      notices.push(`Front matter names an unknown template "cspr-template: ${frontMatterTemplate}"; using "${template.id}". Known templates: ${this.templateIds.join(', ')}.`);
    }
    for (const [index, entry] of doc.chunkEntries.entries()) {
      if (entry.parsed.failure === undefined) continue;
      const from = doc.positionAt(doc.chunks[index].start).line;
      const to = doc.positionAt(doc.chunks[index].start + doc.chunks[index].text.length).line;
      notices.push(`Lines ${from}–${to} could not be read as Markdown and were not checked (${entry.parsed.failure}).`);
    }
    const childName = doc.childName();
    const findings: Finding[] = [];
    const ran: ActiveRule[] = [];
    for (const active of this.activeRules) {
      const { rule, options } = active;
      const severity = active.configured ? active.severity : rule.meta.severityByTemplate?.[template.id] ?? active.severity;
      if (severity === 'off' || (request.categories && !request.categories.includes(rule.meta.category))) continue;
      ran.push(active);
      const items = rule.scanBlock ? this.collectScans(doc, rule.meta.id, (block) => rule.scanBlock!(block, { options, shared: this.shared, offsetOf: sourceOffsetOf })) : [];
      const report = (input: ReportInput) => findings.push(this.toFinding(doc, rule, severity, input));
      try {
        rule.check({ doc, options, shared: this.shared, items, report, childName });
      } catch (error) {
        // One faulty heuristic must not take the whole lint down with it.
        notices.push(`Rule ${rule.meta.id} stopped on this draft: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
    const controls = readControlComments(doc);
    const known = new Set(RULES.map((rule) => rule.meta.id));
    for (const control of controls) {
      if (control.kind !== 'enable' && control.reason === undefined) notices.push(`Line ${control.line}: cspr-lint-${control.kind} has no reason; add "-- reason" so it can be checked at sign-off (cspr-lint --list-suppressions).`);
      if (control.ruleIds === 'all') continue;
      for (const id of control.ruleIds) if (!known.has(id)) notices.push(`Line ${control.line}: control comment names unknown rule "${id}".`);
    }
    const { reported, suppressions } = applyControlComments(findings, controls);
    this.cache.evict(8, this.maxCachedChunks);
    const readabilityRule = ran.find((active) => active.rule.meta.id === 'readability');
    // Already computed by the rule for this document: the figures are remembered per document.
    const readability = readabilityRule ? readabilityBySection(doc, readabilityRule.options as { longSentenceWords: number }) : undefined;
    const activeRuleIds = ran.map((active) => active.rule.meta.id);
    // Theme coverage is worked out when first read: an editor publishes the findings first and asks
    // for coverage after (a quarter of a cold lint of a long draft). Read at any time it is the
    // coverage of this result's document: the scans are placed at this document's offsets as they
    // are collected, and summarised in the same call. A getter in the literal is enumerable and
    // keeps its place, so spreading or serialising a result is as before.
    const themeCoverage = () => this.themeCoverage(doc, template);
    let coverage: ThemeCoverage[] | undefined;
    return {
      template,
      findings: reported,
      suppressions,
      sections: sectionChecklist(doc),
      get coverage() {
        return (coverage ??= themeCoverage());
      },
      notices,
      document: doc,
      activeRuleIds,
      ...(readability ? { readability } : {}),
    };
  }

  private themeCoverage(doc: DraftDocument, template: Template): ThemeCoverage[] {
    const themeItems = this.collectScans(doc, 'coverage', (block) => this.coverage.scanBlock(block, sourceOffsetOf)) as ThemeScanItem[];
    return this.coverage.summarize(doc, themeItems, template.expectedThemes, this.coveredAt);
  }

  /** Forgets every cached chunk (e.g. when memory matters more than speed). */
  clearCache(): void {
    this.cache.clear();
    this.lastDocument = undefined;
  }

  private chooseTemplate(text: string, request: LintRequest, notices: string[]): Template {
    const named = readTemplateFromFrontMatter(text);
    if (named && this.templates[named]) return this.templates[named];
    if (request.templateOverride) {
      const override = this.templates[request.templateOverride];
      if (override) return override;
      notices.push(`Unknown template "${request.templateOverride}"; using "${this.defaultTemplate.id}".`);
    }
    return this.defaultTemplate;
  }

  private matcherFor(template: Template): HeadingMatcher {
    let matcher = this.matchers.get(template);
    if (!matcher) {
      matcher = compileHeadingMatcher(template);
      this.matchers.set(template, matcher);
    }
    return matcher;
  }

  private collectScans<Item extends ScanItem>(doc: DraftDocument, key: string, scan: (block: TextBlock) => Item[]): Item[] {
    const collection = ++this.scanCollections;
    const itemsByChunk: ScanItem[][] = new Array(doc.chunkEntries.length);
    let count = 0;
    for (let chunkIndex = 0; chunkIndex < doc.chunkEntries.length; chunkIndex++) {
      const entry = doc.chunkEntries[chunkIndex];
      const base = doc.chunks[chunkIndex].start;
      let placements = entry.scans.get(key);
      let placement: PlacedScan | undefined;
      if (!placements) {
        const items: ScanItem[] = [];
        for (const block of entry.parsed.blocks) for (const item of scan(block)) items.push({ ...item, start: item.start + base, end: item.end + base });
        placement = { base, items, usedBy: collection };
        entry.scans.set(key, [placement]);
      } else {
        placement = placementFor(placements, base, collection);
        if (!placement) {
          // The chunk a second time in this document (a pasted section): a copy of its items of its own.
          const first = placements[0];
          placement = { base, items: first.items.map((item) => ({ ...item, start: item.start - first.base + base, end: item.end - first.base + base })), usedBy: collection };
          placements.push(placement);
        } else if (placement.base !== base) {
          // Moved by an edit before it: its items take the new offsets in place (a plain loop with no
          // copies; this runs for half the draft's items on every keystroke).
          const shift = base - placement.base;
          const items = placement.items;
          for (let index = 0; index < items.length; index++) {
            items[index].start += shift;
            items[index].end += shift;
          }
          placement.base = base;
        }
        placement.usedBy = collection;
      }
      itemsByChunk[chunkIndex] = placement.items;
      count += placement.items.length;
    }
    // Items are shared by every lint that finds the chunk; rules only read them. Copied into an
    // array made at its final length, which took half the time of pushing onto a growing one.
    const out = new Array<Item>(count);
    let at = 0;
    for (const items of itemsByChunk) for (let index = 0; index < items.length; index++) out[at++] = items[index] as Item;
    return out;
  }

  private toFinding(doc: DraftDocument, rule: AnyRule, severity: Severity, input: ReportInput): Finding {
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity: input.maxSeverity && SEVERITY_RANK[input.maxSeverity] < SEVERITY_RANK[severity] ? input.maxSeverity : severity,
      message: input.message,
      range: doc.rangeOf(input.start, input.end),
      docsUrl: docsUrl(rule.meta.id),
    };
    if (input.fix) finding.fix = input.fix;
    if (input.suggestions && input.suggestions.length > 0) finding.suggestions = input.suggestions;
    if (input.data) finding.data = input.data;
    return finding;
  }
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The placement of a chunk's items to use at `base` in this collection: one already there if this
 * collection has not used it, else any it has not used (to be moved), else none.
 */
function placementFor(placements: PlacedScan[], base: number, collection: number): PlacedScan | undefined {
  let unused: PlacedScan | undefined;
  for (const placement of placements) {
    if (placement.usedBy === collection) continue;
    if (placement.base === base) return placement;
    unused ??= placement;
  }
  return unused;
}

/** Reads `cspr-template` without a full parse, so the template is known before the document is built. */
function readTemplateFromFrontMatter(text: string): string | undefined {
  // After a byte order mark and with any line ending, as the parser reads front matter.
  const origin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', origin)) return undefined;
  const closing = /[\r\n]---/g;
  closing.lastIndex = origin + 3;
  const end = closing.exec(text);
  const head = end === null ? '' : text.slice(origin, end.index);
  const match = /^cspr-template[ \t]*:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*$/m.exec(head.replace(/\r\n?/g, '\n'));
  return match?.[1];
}

function sectionChecklist(doc: DraftDocument): SectionStatus[] {
  return doc.template.sections.map((section): SectionStatus => {
    const match = doc.section(section.id);
    if (!match) return { id: section.id, title: section.title, required: section.required, status: 'missing' };
    return {
      id: section.id,
      title: section.title,
      required: section.required,
      status: isSectionEmpty(doc, match) ? 'empty' : 'present',
      line: match.heading.line,
      heading: match.heading.text,
    };
  });
}
