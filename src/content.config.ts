import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { glossarySchema } from './schemas/glossary';
import { presetSchema } from './schemas/funnel-preset';

/** Collections live in the top-level content/ folder so editors never touch src/. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: guideSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

/** Funnel builder benchmarks: one JSON file per preset; the file name is its id. */
const presets = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/presets' }),
  schema: presetSchema,
});

export const collections = { guide, glossary, presets };
