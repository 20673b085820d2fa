import { workshopStateSchema, type WorkshopState } from '../schemas/assessment';
import type { VersionedCodec } from '../lib/versioned';
import { WORKSHOP_KEY } from '../schemas/storage-keys';
import { persistedStore } from './persisted';

/*
 * Whether the team view's workshop is open: a manager who reloads mid-workshop finds it open again.
 * Apart from the team store so the team page's first view does not load it; the report does.
 */
const workshopCodec: VersionedCodec<WorkshopState> = {
  key: WORKSHOP_KEY,
  version: 1,
  schema: workshopStateSchema,
  initial: () => ({ open: false }),
};

export const $workshop = persistedStore(workshopCodec, 'workshop').$value;
