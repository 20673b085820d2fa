import { useEffect, useState } from 'preact/hooks';
import './crm.css';
import { combine } from '../../lib/crm/combine';
import { CRM_SUMMARY_KEY } from '../../schemas/storage-keys';
import { useReady } from '../shared/use-ready';
import { FileCard } from './FileCard';
import { useCrmFiles } from './use-crm-files';

type ResultsModule = typeof import('./Results');

/** True when a kept summary may be waiting (its schema is checked when the results load). */
function mayHaveKept(): boolean {
  try {
    return localStorage.getItem(CRM_SUMMARY_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Reads CRM exports in this browser: pick or drop CSV files, check the columns, see the funnel,
 * speed to lead, win rates and retention, and send the rates to the funnel builder.
 */
export default function YourNumbers() {
  const ready = useReady();
  const crm = useCrmFiles();
  const [over, setOver] = useState(false);
  // The results (charts, tables, the funnel builder's code) load once there is something to show.
  const [results, setResults] = useState<ResultsModule | null>(null);
  const [wantResults, setWantResults] = useState(false);
  const done = crm.files.flatMap((f) => (f.status === 'done' && f.result ? [{ name: f.name, result: f.result }] : []));
  const summary = combine(done);
  const busy = crm.files.some((f) => f.status === 'reading' || f.status === 'checking');
  useEffect(() => {
    if (mayHaveKept()) setWantResults(true);
  }, []);
  /** Everything reading and showing a file needs loads as the reader reaches for the field. */
  const prepare = () => {
    crm.prepare();
    setWantResults(true);
  };
  useEffect(() => {
    if ((summary || wantResults) && !results) void import('./Results').then(setResults);
  }, [summary !== null, wantResults]);

  return (
    <div class="crm">
      <div
        class={`crm-drop crm-no-print${over ? ' crm-drop-over' : ''}`}
        onPointerEnter={prepare}
        onFocusCapture={prepare}
        onDragEnter={prepare}
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer?.files.length) crm.add(e.dataTransfer.files);
        }}
      >
        <label for="crm-files" class="crm-drop-label">
          Choose CSV files exported from your CRM
        </label>
        <p id="crm-files-hint" class="muted">
          Leads or contacts, deals or opportunities, and (if you have one) customers or subscriptions. You can pick
          several at once or drop them here. They are read in this browser and never uploaded.
        </p>
        <input
          id="crm-files"
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          multiple
          disabled={!ready}
          aria-describedby="crm-files-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            if (input.files?.length) crm.add(input.files);
            input.value = '';
          }}
        />
      </div>
      {crm.files.length > 0 && (
        <section aria-labelledby="crm-files-heading" class="crm-no-print">
          <h2 id="crm-files-heading">Your files</h2>
          {crm.files.map((f) => (
            <FileCard
              key={f.key}
              file={f}
              onRemap={(m) => crm.remap(f.key, m)}
              onCancel={() => crm.cancel(f.key)}
              onRemove={() => crm.remove(f.key)}
            />
          ))}
        </section>
      )}
      {results && (summary ? <results.Results summary={summary} /> : !busy && <results.KeptResults />)}
    </div>
  );
}
