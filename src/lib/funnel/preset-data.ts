import type { Preset, PresetEntry } from '../../schemas/funnel-preset';

/**
 * The presets an editor keeps in content/presets/*.json, bundled so islands need no props
 * (the compact embed in a chapter works on its own). They are trusted build input, not
 * reader data: the `presets` content collection validates every file at build time and
 * stops the build on an error (and unit tests check them too), so the browser skips the
 * preset schema and its bytes.
 */
const files = import.meta.glob<Preset>('../../../content/presets/*.json', { eager: true, import: 'default' });

export const presets: PresetEntry[] = Object.entries(files)
  .map(([path, data]) => ({ ...data, id: path.replace(/^.*\//, '').replace(/\.json$/, '') }))
  .sort((a, b) => a.order - b.order);
