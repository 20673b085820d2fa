/*
 * The localStorage keys of every persisted store, in one zod-free module so that islands can
 * name a key (for the storage notice) without loading a schema. Each is namespaced "msg:".
 */

/** The funnel builder's state. */
export const FUNNEL_KEY = 'msg:funnel';
/** The self-assessment in progress. */
export const DRAFT_KEY = 'msg:assessment';
/** Finished self-assessment attempts on this device. */
export const HISTORY_KEY = 'msg:assessment-history';
/** The team view's pasted result codes. */
export const TEAM_KEY = 'msg:assessment-team';
/** Owners and due dates typed in the team workshop's action plan. */
export const PLAN_KEY = 'msg:assessment-plan';
/** Whether the team view's workshop was open, so a reload opens it again. */
export const WORKSHOP_KEY = 'msg:assessment-workshop';
/** The reader's learning progress. */
export const PROGRESS_KEY = 'msg:progress';
/** Where the reader was in the last chapter they opened, written as they scroll. */
export const PLACE_KEY = 'msg:place';
/** Answers given in knowledge checks not yet finished, kept until the check is finished or restarted. */
export const CHECK_DRAFTS_KEY = 'msg:check-drafts';
/** Column mappings the reader chose for CRM exports, by header shape. */
export const CRM_MAPPING_KEY = 'msg:crm-mapping';
/** A CRM summary the reader chose to keep (counts and rates only, never rows). */
export const CRM_SUMMARY_KEY = 'msg:crm-summary';
