import { useState } from 'preact/hooks';
import { localDay } from '../../lib/learning/dates';
import {
  checkAgainstGuide,
  exportFileName,
  exportProgressFile,
  parseProgressFile,
  MAX_IMPORT_BYTES,
  type GuideFacts,
} from '../../lib/learning/transfer';
import type { Progress } from '../../lib/learning/progress-codec';
import { $progress, importProgress, resetProgress } from '../../stores/progress-store';
import { useReady } from '../shared/use-ready';
import { ConfirmDelete } from '../shared/ConfirmDelete';
import { downloadText } from '../shared/download';

function describe(p: Progress): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    n(Object.keys(p.chapters).length, 'chapter read', 'chapters read'),
    n(Object.keys(p.checks).length, 'check score', 'check scores'),
    n(Object.keys(p.exercises).length, 'exercise', 'exercises'),
    n(Object.keys(p.review).length, 'question to review', 'questions to review'),
  ].join(', ');
}

/**
 * Export to a file, import from one (merged, never lost, and checked against the guide as built:
 * `guide`), and reset after confirmation.
 */
export default function ProgressTransfer({ guide }: { guide: GuideFacts }) {
  const ready = useReady();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportFile = () => {
    const today = localDay(new Date());
    downloadText(exportProgressFile($progress.get(), today), exportFileName(today), 'application/json');
    setMessage({ ok: true, text: `Saved ${exportFileName(today)} to your downloads: ${describe($progress.get())}.` });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const tooBig = parseProgressFile('', file.size);
      if (!tooBig.ok) setMessage({ ok: false, text: tooBig.message });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ ok: false, text: 'This file could not be opened. Nothing was changed.' });
      return;
    }
    const result = parseProgressFile(text, file.size);
    if (!result.ok) {
      setMessage({ ok: false, text: result.message });
      return;
    }
    const checked = checkAgainstGuide(result.value, guide, localDay(new Date()));
    importProgress(checked.value);
    input.value = '';
    const { left, future } = checked;
    setMessage({
      ok: true,
      text: `Imported ${file.name}: ${describe(checked.value)}. It was added to the progress already saved here, so nothing was lost.${result.upgraded ? ' The file came from an older version of this site and was upgraded.' : ''}${left ? ` ${left} ${left === 1 ? 'entry this guide does not have was' : 'entries this guide does not have were'} left out (chapters or questions it no longer has, or scores above a check’s number of questions).` : ''}${future ? ` ${future} ${future === 1 ? 'date after today was' : 'dates after today were'} set to today.` : ''}`,
    });
  };

  const confirmReset = () => {
    resetProgress();
    setMessage({ ok: true, text: 'All progress saved in this browser was deleted.' });
  };

  const bad = message && !message.ok;
  return (
    <div class="pg-transfer">
      <h2 id="move">Move or reset your progress</h2>
      <p>
        Progress is saved only in this browser. To carry it to another device or browser, export it to a file there and
        import the file here. Importing adds to what is saved here; nothing is lost.
      </p>
      <div class="pt-actions">
        <button type="button" class="btn" disabled={!ready} onClick={exportFile}>
          Export progress to a file
        </button>
      </div>
      <p>
        <label for="progress-import">Import progress from a file (.json)</label>
        <br />
        <input
          id="progress-import"
          type="file"
          accept=".json,application/json"
          disabled={!ready}
          aria-describedby="progress-message"
          aria-invalid={bad ? 'true' : undefined}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </p>
      <p id="progress-message" class={`pg-message ${message?.ok ? 'is-ok' : ''}`} role="status">
        {message?.text}
      </p>
      <div class="pt-actions">
        <ConfirmDelete
          label="Reset all progress…"
          question="Delete every chapter read, check score, exercise result and question to review saved in this browser? It cannot be undone: export first if you may want it back."
          yes="Delete all progress"
          no="Keep my progress"
          onConfirm={confirmReset}
          disabled={!ready}
        />
      </div>
    </div>
  );
}
