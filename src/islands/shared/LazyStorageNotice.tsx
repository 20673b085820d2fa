import { useAtom as useStore } from './use-hydrated-store';
import { $savedDataNotices, $storageProblem } from '../../stores/persisted';
import { loader, useCode } from './loader';
import type { Props } from './StorageNotice';

const messages = loader(() => import('./StorageNotice'));

/**
 * StorageNotice for a widget's first screen: the live region is on the page from the start, and
 * the code of its messages (and of the download button) loads only when there is something to
 * say, which on most visits there is not.
 */
export function LazyStorageNotice(props: Props) {
  const notices = useStore($savedDataNotices);
  const problem = useStore($storageProblem);
  const code = useCode(messages, !!problem || props.keys.some((k) => notices[k]));
  return (
    <div class="storage-notice" role="status">
      {code && code !== 'failed' && <code.StorageMessages {...props} />}
    </div>
  );
}
