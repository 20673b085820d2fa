import { loadPresets } from './presets';

/**
 * The presets an editor keeps in content/presets/*.json, bundled so islands need no props
 * (the compact embed in a chapter works on its own). The `presets` content collection
 * validates the same files at build time and stops the build on an error.
 */
export const presets = loadPresets(import.meta.glob('../../../content/presets/*.json', { eager: true, import: 'default' }));
