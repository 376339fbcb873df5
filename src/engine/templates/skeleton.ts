// The body a section skeleton inserts (required-section's and empty-section's suggestions, "New
// draft from template", snippets): the template's prompts, every one in brackets so the
// placeholder rule reports it until it is replaced, and no word of it counts as content.
import { personalise } from '../sections/content';
import type { TemplateSection } from './schema';

export function skeletonBody(section: TemplateSection, childName: string): string {
  return personalise(section.skeleton || `[${section.guidance}]`, childName);
}
