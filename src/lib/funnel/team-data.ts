import team from '../../../content/team/team.json';
import type { TeamContent } from '../../schemas/team-content';
import type { TeamInputs } from '../../schemas/funnel-team';

/**
 * The team section's starting values and ranges, which an editor keeps in content/team/team.json.
 * Trusted build input, like the presets: the `team` collection checks the file at build time
 * (src/schemas/team-content.ts), so the browser skips the schema. Only the team section, which
 * loads in goal mode, imports this module.
 */
export const teamContent = team as TeamContent;

/** The inputs a funnel uses while it holds none of its own. */
export const startingTeam: TeamInputs = {
  quota: teamContent.fields.quota.start,
  ramp: teamContent.fields.ramp.start,
  attainment: teamContent.fields.attainment.start,
  meetings: teamContent.fields.meetings.start,
};
