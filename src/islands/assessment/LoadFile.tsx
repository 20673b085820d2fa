import { teamFileProblem } from '../../lib/assessment/team-limits';

/** Reads a saved list of codes (one per line) from a file chosen by the reader, within the team limits. */
export function LoadFile({ onLoad, onProblem }: { onLoad: (text: string) => void; onProblem: (m: string) => void }) {
  async function load(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problem = teamFileProblem(file.size);
    if (problem) onProblem(problem);
    else onLoad(await file.text());
  }
  return (
    <label class="btn btn-secondary file-button">
      Load codes from a file
      <input type="file" accept=".txt,text/plain" class="sr-only" onChange={load} />
    </label>
  );
}
