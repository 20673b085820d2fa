import { useState } from 'preact/hooks';
import './crm.css';
import { combine } from '../../lib/crm/combine';
import { useReady } from '../shared/use-ready';
import { useAtom } from '../../stores/use-hydrated-store';
import { $keptSummary } from '../../stores/crm-store';
import { FileCard } from './FileCard';
import { Results } from './Results';
import { useCrmFiles } from './use-crm-files';

/**
 * Reads CRM exports in this browser: pick or drop CSV files, check the columns, see the funnel,
 * speed to lead, win rates and retention, and send the rates to the funnel builder.
 */
export default function YourNumbers() {
  const ready = useReady();
  const crm = useCrmFiles();
  const kept = useAtom($keptSummary);
  const [over, setOver] = useState(false);
  const done = crm.files.flatMap((f) => (f.status === 'done' && f.result ? [{ name: f.name, result: f.result }] : []));
  const summary = combine(done);
  const busy = crm.files.some((f) => f.status === 'reading' || f.status === 'checking');

  return (
    <div class="crm">
      <div
        class={`crm-drop crm-no-print${over ? ' crm-drop-over' : ''}`}
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
      {summary ? (
        <Results summary={summary} />
      ) : (
        !busy && ready && kept.summary && <Results summary={kept.summary} kept />
      )}
    </div>
  );
}
