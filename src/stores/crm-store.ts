/*
 * What the CRM reader keeps in this browser: the column choices per header shape (so the next
 * export of the same kind is read the same way) and, only when the reader asks, the summary.
 * Rows are never stored. "Use these numbers" adds the measured funnel to the builder's scenarios.
 */
import { persistedStore } from './persisted';
import { CRM_MAPPING_KEY, CRM_SUMMARY_KEY } from '../schemas/storage-keys';
import type { VersionedCodec } from '../lib/versioned';
import {
  keptSummarySchema,
  mappingsStateSchema,
  type KeptSummary,
  type MappingsState,
  type Summary,
} from '../schemas/crm';
import type { Funnel } from '../schemas/funnel';
import type { Mapping } from '../lib/crm/fields';
import { saveScenario } from './funnel-store';

const mappingsCodec: VersionedCodec<MappingsState> = {
  key: CRM_MAPPING_KEY,
  version: 1,
  schema: mappingsStateSchema,
  initial: () => ({ byShape: [] }),
};
const summaryCodec: VersionedCodec<KeptSummary> = {
  key: CRM_SUMMARY_KEY,
  version: 1,
  schema: keptSummarySchema,
  initial: () => ({ summary: null, keptAt: null }),
};

const mappings = persistedStore(mappingsCodec, 'column choices for CRM files');
export const $crmMappings = mappings.$value;
const kept = persistedStore(summaryCodec, 'kept CRM summary');
export const $keptSummary = kept.$value;

/** The mapping the reader last chose for files of this header shape, if any. */
export function rememberedMapping(shape: string): Mapping | null {
  return $crmMappings.get().byShape.find((m) => m.shape === shape)?.mapping ?? null;
}

/** Remembers a mapping for the shape, newest last, keeping the 20 most recent. */
export function rememberMapping(shape: string, mapping: Mapping): void {
  const rest = $crmMappings.get().byShape.filter((m) => m.shape !== shape);
  $crmMappings.set({ byShape: [...rest, { shape, mapping }].slice(-20) });
}

export function keepSummary(summary: Summary, today: string): void {
  $keptSummary.set({ summary, keptAt: today });
}

export function forgetSummary(): void {
  $keptSummary.set({ summary: null, keptAt: null });
}

/**
 * Saves the measured funnel as a scenario, through the builder's own saveScenario. Returns false
 * when the reader's list is full, for the page to say so before it opens the funnel unsaved.
 */
export function saveMeasuredScenario(name: string, funnel: Funnel): boolean {
  return saveScenario(name, undefined, funnel).ok;
}
