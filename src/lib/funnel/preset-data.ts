import { presets as built } from 'virtual:funnel-presets';
import type { PresetBenchmark } from '../../schemas/funnel-preset';

/**
 * The presets an editor keeps in content/presets/*.json, bundled so islands need no props
 * (the compact embed in a chapter works on its own). The module is made at build time by
 * src/integrations/funnel-presets.ts: validated files, sorted by `order`, numbers and names
 * only. They are trusted build input, not reader data, so the browser skips the preset schema.
 */
export const presets = built as readonly PresetBenchmark[];
