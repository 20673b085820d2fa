import type { VersionedCodec } from '../versioned';
import { checkDraftsSchema, placeSchema, type CheckDrafts, type Place } from '../../schemas/reading';
import { CHECK_DRAFTS_KEY, PLACE_KEY } from '../../schemas/storage-keys';
import { PLACE_VERSION } from './place';

/** The reader's place in the last chapter opened; written by scripts/reading-place.ts. */
export const placeCodec: VersionedCodec<Place> = {
  key: PLACE_KEY,
  version: PLACE_VERSION,
  schema: placeSchema,
  initial: () => null,
};

/** Answers of checks not yet finished. */
export const checkDraftsCodec: VersionedCodec<CheckDrafts> = {
  key: CHECK_DRAFTS_KEY,
  version: 1,
  schema: checkDraftsSchema,
  initial: () => ({}),
};
