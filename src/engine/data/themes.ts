import * as z from 'zod/mini';
import { builtInThemeSchema, type Theme } from '../coverage/types';
import rawThemes from './themes.json';

/** The national practice themes (domain/themes.json), validated once at load. */
export const BUILT_IN_THEMES: readonly Theme[] = z.array(builtInThemeSchema).parse(rawThemes);

/** Built-in themes with config themes added, or replacing a built-in theme with the same id. */
export function mergeThemes(extra: readonly Theme[] = []): Theme[] {
  const byId = new Map(BUILT_IN_THEMES.map((theme) => [theme.id, theme]));
  for (const theme of extra) byId.set(theme.id, theme);
  return [...byId.values()];
}
