import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { glossarySchema } from './schemas/glossary';

/** Collections live in the top-level content/ folder so editors never touch src/. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: guideSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

export const collections = { guide, glossary };
