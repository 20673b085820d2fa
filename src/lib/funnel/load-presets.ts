import { presetSchema, type PresetEntry } from '../../schemas/funnel-preset';

/** The preset id is the file name without folder or extension. */
const presetId = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

/**
 * Validates raw preset files (path → parsed JSON) and sorts them by `order`; invalid files
 * are left out. Used where the full schema is affordable: tests and the server.
 */
export function loadPresets(files: Record<string, unknown>): PresetEntry[] {
  return Object.entries(files)
    .flatMap(([path, raw]) => {
      const parsed = presetSchema.safeParse(raw);
      return parsed.success ? [{ ...parsed.data, id: presetId(path) }] : [];
    })
    .sort((a, b) => a.order - b.order);
}
