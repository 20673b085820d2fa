import { z } from 'astro/zod';
import { sourceSchema, strictObject } from './common';
import {
  budgetSchema,
  currencySchema,
  daysSchema,
  dealValueSchema,
  LIMITS,
  ownerSchema,
  rateSchema,
  slug,
  stageNameSchema,
  targetSchema,
  volumeSchema,
} from './funnel';

/*
 * Preset files are checked at build time by the `presets` content collection and in unit
 * tests; they never reach the browser through this schema, so it can use the full zod API.
 */

/** A benchmark rate band for one step of a preset, with where it comes from. */
const presetStepSchema = strictObject({
  /** Stable id; the reader's stages keep it as `ref`. */
  id: slug,
  /** Stage name, e.g. "MQL". */
  name: stageNameSchema,
  /** Which team works the stage. */
  owner: ownerSchema,
  /** Illustrative average days in the stage (an editor's assumption, not from the source). */
  days: daysSchema,
  /** Low end of the indicative conversion band to the next stage, in percent. */
  low: rateSchema,
  /** A typical value inside the band, used when the preset is applied. */
  typical: rateSchema,
  /** High end of the band. */
  high: rateSchema,
  /** The published benchmark the band was informed by; left out when no source supports the band. */
  source: sourceSchema.optional(),
  /**
   * What the source reports and how the band relates to it, so readers never mistake it for a
   * quote. Without a source it must begin "Editorial assumption".
   */
  basis: z.string().trim().min(1).max(300),
})
  .refine((s) => s.low <= s.typical && s.typical <= s.high, {
    error: 'low ≤ typical ≤ high must hold',
    path: ['typical'],
  })
  .refine((s) => s.source !== undefined || /^Editorial assumption\b/.test(s.basis), {
    error: 'a band with no source must be labelled: basis must begin "Editorial assumption"',
    path: ['basis'],
  })
  .refine((s) => s.source === undefined || !/^Editorial assumption\b/.test(s.basis), {
    error: 'an editorial assumption cites no source: remove source or rewrite basis',
    path: ['source'],
  });

/** A benchmark funnel in `content/presets/*.json`. The file name is its id. */
export const presetSchema = strictObject({
  /** Name shown in the preset picker, e.g. "B2B SaaS". */
  title: z.string().trim().min(1).max(60),
  /** One sentence on the kind of business it models. */
  summary: z.string().trim().min(1).max(300),
  /** Caveats shown with the benchmarks; must say the figures are indicative ranges. */
  notes: z
    .string()
    .trim()
    .min(1)
    .max(800)
    .refine((n) => /indicative/i.test(n), { error: 'notes must say the figures are indicative' }),
  /** Order in the picker; the first is the default funnel. */
  order: z.number().int().min(1),
  /** Example monthly volume entering the first stage. */
  volume: volumeSchema,
  /** Example average deal value. */
  dealValue: dealValueSchema,
  /** Currency of the example figures. */
  currency: currencySchema,
  /** Example monthly marketing budget. */
  budget: z.nullable(budgetSchema),
  /** Example monthly revenue target for goal mode. */
  target: targetSchema,
  /** Each converting step, in order. */
  steps: z
    .array(presetStepSchema)
    .min(LIMITS.minStages - 1)
    .max(LIMITS.maxStages - 1),
  /** The last stage: the customers. */
  final: strictObject({ id: slug, name: stageNameSchema, owner: ownerSchema }),
});
export type Preset = z.infer<typeof presetSchema>;
export type PresetStep = Preset['steps'][number];
/** A preset with its id (the file name). */
export type PresetEntry = Preset & { id: string };
/**
 * What the browser gets of a preset: the numbers and names the builder computes with. The
 * long texts (summary, notes, each step's source and basis) are shown only by the server-
 * rendered funnel page, so they stay out of the island's bundle.
 */
export type PresetBenchmark = Pick<
  PresetEntry,
  'id' | 'title' | 'order' | 'volume' | 'dealValue' | 'currency' | 'budget' | 'target' | 'final'
> & {
  steps: Pick<PresetStep, 'id' | 'name' | 'owner' | 'days' | 'low' | 'typical' | 'high'>[];
};
