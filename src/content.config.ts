import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { glossarySchema } from './schemas/glossary';
import { presetSchema } from './schemas/funnel-preset';
import { teamContentSchema } from './schemas/team-content';
import { dimensionSchema, pastVersionSchema, questionnaireMetaSchema } from './schemas/assessment-content';
import { claimSchema } from './schemas/claim';
import { mythSchema } from './schemas/myth';
import { activitySchema, checkSchema, pathSchema } from './schemas/learning';
import { scenarioSchema } from './schemas/scenario';

/** Collections live in the top-level content/ folder so editors never touch src/. */
const inFolder = (folder: string, pattern: string) => glob({ pattern, base: `./content/${folder}` });

const guide = defineCollection({ loader: inFolder('guide', '*.mdx'), schema: guideSchema });

const glossary = defineCollection({ loader: inFolder('glossary', '*.md'), schema: glossarySchema });

/** Funnel builder benchmarks: one JSON file per preset; the file name is its id. */
const presets = defineCollection({ loader: inFolder('presets', '*.json'), schema: presetSchema });

/** The funnel builder's team-size section: starting values and ranges (content/team/team.json, id "team"). */
const team = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/team' }),
  schema: teamContentSchema,
});

/** The self-assessment: one YAML file per dimension; the file name is the dimension's id. */
const assessmentDimensions = defineCollection({
  loader: inFolder('assessment/dimensions', '*.yaml'),
  schema: dimensionSchema,
});

/** The questionnaire's version, fingerprint and level texts (one entry, id "questionnaire"). */
const assessmentQuestionnaire = defineCollection({
  loader: file('./content/assessment/questionnaire.yaml'),
  schema: questionnaireMetaSchema,
});

/** Earlier questionnaire versions' statements, so old result codes still open: content/assessment/versions/v<n>.yaml. */
const assessmentVersions = defineCollection({
  loader: inFolder('assessment/versions', '*.yaml'),
  schema: pastVersionSchema,
});

/** One knowledge check per chapter: content/checks/<chapter-id>.yaml. */
const checks = defineCollection({ loader: inFolder('checks', '*.{yaml,yml,json}'), schema: checkSchema });

/** The activities of the "Marketing, sales or both?" exercise (shown in a mixed order, see lib/learning/order.ts). */
const activities = defineCollection({
  loader: file('./content/activities/marketing-or-sales.yaml'),
  schema: activitySchema,
});

/** Learning paths, one per audience: content/paths/<id>.yaml. */
const paths = defineCollection({ loader: inFolder('paths', '*.{yaml,yml}'), schema: pathSchema });

/** Branching practice scenarios: content/scenarios/<id>.yaml, played at /practice/<id>/. */
const scenarios = defineCollection({ loader: inFolder('scenarios', '*.yaml'), schema: scenarioSchema });

/** Empirical claims the chapters label with <Claim id="…" />: content/claims/<id>.yaml. */
const claims = defineCollection({ loader: inFolder('claims', '*.{yaml,yml}'), schema: claimSchema });

/** Statistics that travel without their meaning, for /evidence/myths/: content/myths/<id>.yaml. */
const myths = defineCollection({ loader: inFolder('myths', '*.{yaml,yml}'), schema: mythSchema });

export const collections = {
  guide,
  glossary,
  presets,
  team,
  assessmentDimensions,
  assessmentQuestionnaire,
  assessmentVersions,
  checks,
  activities,
  paths,
  scenarios,
  claims,
  myths,
};
