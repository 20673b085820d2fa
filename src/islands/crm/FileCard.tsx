import { kindLabels, type Mapping } from '../../lib/crm/fields';
import { problemsCsv } from '../../lib/crm/export';
import { downloadText } from '../shared/download';
import { MappingTable } from './MappingTable';
import type { CrmFile } from './use-crm-files';

/** Problems listed on the page; all of them are in the download. */
const SHOWN = 50;
const fmt = (n: number) => n.toLocaleString('en-GB');

function Problems({ file }: { file: CrmFile }) {
  const r = file.result;
  if (!r || r.read.problemCount === 0) return null;
  const { read, problems } = r;
  return (
    <details class="crm-problems">
      <summary>
        {fmt(read.skipped)} {read.skipped === 1 ? 'row' : 'rows'} left out
        {read.problemCount > read.skipped ? `, ${fmt(read.problemCount - read.skipped)} cells left empty` : ''}: see why
      </summary>
      <ol>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            Line {fmt(p.line)}: <bdi>{p.reason}</bdi> ({p.skipped ? 'row left out' : 'row kept'})
          </li>
        ))}
      </ol>
      {read.problemCount > SHOWN && (
        <p>
          The first {SHOWN} of {fmt(read.problemCount)} are shown
          {read.problemCount > problems.length ? `; the download holds the first ${fmt(problems.length)}` : ''}.
        </p>
      )}
      <button
        type="button"
        class="btn btn-secondary"
        onClick={() =>
          downloadText(problemsCsv(problems), `${file.name.replace(/\.[^.]+$/, '')}-problems.csv`, 'text/csv')
        }
      >
        Download the list (CSV)
      </button>
    </details>
  );
}

interface Props {
  file: CrmFile;
  onRemap: (m: Mapping) => void;
  onCancel: () => void;
  onRemove: () => void;
}

/** One picked file: its state, progress while it is read, what went wrong, and its column choices. */
export function FileCard({ file, onRemap, onCancel, onRemove }: Props) {
  const p = file.progress;
  const r = file.result;
  const headingId = `crm-file-${file.key}`;
  return (
    <section class="crm-file" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{file.name}</bdi>
        {file.mapping && <span class="crm-kind"> · {kindLabels[file.mapping.kind]}</span>}
      </h3>
      {file.status === 'checking' && <p role="status">Looking at the first rows…</p>}
      {file.status === 'reading' && p && (
        <div class="crm-progress">
          <label for={`${headingId}-bar`}>Rows read: {fmt(p.rows)}</label>
          <progress id={`${headingId}-bar`} max={p.total || 1} value={p.bytes} />
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {(file.status === 'failed' || file.status === 'waiting') && (
        <p class="crm-error" role="alert">
          {file.message}
        </p>
      )}
      {file.status === 'cancelled' && (
        <p role="status">Reading was cancelled. Change a column below, or remove the file.</p>
      )}
      {file.status === 'done' && r && (
        <p role="status">
          Read {fmt(r.read.rowsRead)} rows{(file.ms ?? 0) >= 100 ? ` in ${((file.ms ?? 0) / 1000).toFixed(1)} s` : ''};{' '}
          {fmt(r.read.rowsKept)} used.
        </p>
      )}
      <Problems file={file} />
      {file.mapping && (
        <details class="crm-columns" open={file.status === 'waiting'}>
          <summary>Columns: check or correct them</summary>
          <MappingTable file={file} onChange={onRemap} />
        </details>
      )}
      <button type="button" class="btn btn-secondary crm-remove" onClick={onRemove}>
        Remove{' '}
        <span class="sr-only">
          <bdi>{file.name}</bdi>
        </span>
      </button>
    </section>
  );
}
