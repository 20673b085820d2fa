import { useAtom as useStore } from './use-hydrated-store';
import {
  $savedDataNotices,
  $storageProblem,
  dismissSavedDataNotice,
  type SavedDataNotice,
} from '../../stores/persisted';
import { downloadText } from './download';
import { useReady } from './use-ready';

export interface Props {
  /** Keys of the persisted stores this widget uses, e.g. ["msg:funnel"]. */
  keys: string[];
  /** What the reader would lose if this browser cannot save, e.g. "your funnel". */
  lost: string;
  /** One more sentence on what to do when saving fails. */
  hint?: string;
}

function download(n: SavedDataNotice) {
  downloadText(n.copy ?? '', `${n.key.replace(/[^a-z0-9-]+/gi, '-')}-unreadable.txt`, 'text/plain');
}

/**
 * Tells the reader, politely, what happened to their saved data: it could not be read (with a
 * button to download the original text), it was upgraded, or this browser cannot save at all.
 * A kept copy stays on offer on every visit until the reader dismisses it.
 * The live region is in the server HTML so a message added on hydration is announced.
 */
export function StorageNotice(props: Props) {
  return (
    <div class="storage-notice" role="status">
      <StorageMessages {...props} />
    </div>
  );
}

/** The messages alone, for a live region that is already on the page (see LazyStorageNotice). */
export function StorageMessages({ keys, lost, hint }: Props) {
  const mounted = useReady();
  const all = useStore($savedDataNotices);
  const problem = useStore($storageProblem);
  const notices = mounted ? keys.map((k) => all[k]).filter((n): n is SavedDataNotice => n !== undefined) : [];
  return (
    <>
      {notices.map((n) => (
        <div class="storage-notice-box" key={n.key}>
          <p>{n.message}</p>
          <div class="storage-notice-actions">
            {n.copy !== null && (
              <button type="button" class="btn btn-secondary" onClick={() => download(n)}>
                Download the unreadable {n.what}
              </button>
            )}
            <button type="button" class="btn btn-secondary" onClick={() => dismissSavedDataNotice(n.key)}>
              {n.copy !== null ? 'Dismiss and delete the copy' : 'Dismiss'}
            </button>
          </div>
        </div>
      ))}
      {mounted && problem && (
        <p class="storage-notice-box">
          {problem === 'full'
            ? 'This browser’s storage is full'
            : 'This browser does not let the page save (private mode or blocked storage)'}
          , so {lost} will be lost when you close the tab.{hint ? ` ${hint}` : ''}
        </p>
      )}
    </>
  );
}
