import { useEffect, useRef, useState } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import type { TeamInput } from '../../lib/assessment/team';
import { Fragment, type Ref } from 'preact';
import { codesFromTeamHash, shortLabelParts } from '../../lib/assessment/team-link';
import type { ActionPlanState } from '../../schemas/assessment';
import {
  $teamCodes,
  $teamIncoming,
  $teamUndo,
  chooseIncoming,
  dropIncoming,
  forgetTeam,
  receiveTeam,
  setLookedText,
  setTeamText,
  undoTeamChange,
} from '../../stores/assessment-team-store';
import { TeamIncoming, type IncomingChoice } from './TeamIncoming';
import { PLAN_KEY, TEAM_KEY } from '../../schemas/storage-keys';
import { useAtom, useHydratedStore } from '../shared/use-hydrated-store';
import { LazyStorageNotice as StorageNotice } from '../shared/LazyStorageNotice';
import { loader, type Loader } from '../shared/loader';
import { Deferred, PrintButton } from '../shared/deferred';
import { LoadFile } from './LoadFile';
import { Stalled } from '../shared/Stalled';
import { ConfirmDelete } from '../shared/ConfirmDelete';
import './assessment.css';
import { withBase } from '../../lib/base';

/** The code reader: fetched once there are codes to read. */
const readerCode = loader(() => import('../../lib/assessment/team'));
/**
 * The charts, tables and workshop. For a team restored from this browser or opened from a team
 * link they load as the manager scrolls near them (they start below the box), so the first
 * screen only pays for reading the codes; a view the manager builds fetches them at once.
 */
const reportCode = loader(() => import('./TeamReport'));

/** Said when code loaded on first use fails to arrive (a lost connection), instead of nothing happening. */
const NOT_LOADED =
  'The code that reads results could not be loaded. Check your connection and reload the page: the codes you pasted are kept in this browser.';

/** Paste colleagues' codes; see where marketing and sales differ, the team's scores, and run a workshop. */
export default function TeamView({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const hydrated = useReady();
  const saved = useHydratedStore($teamCodes, { text: '' });
  const [built, setBuilt] = useState<TeamInput | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const incoming = useAtom($teamIncoming);
  const undo = useAtom($teamUndo);
  // Codes the manager chose to look at without saving are shown (and edited) in place of the saved ones.
  const looking = incoming?.looking ? incoming : null;
  const text = looking ? looking.text : saved.text;

  /**
   * Reads `from` into a team. `byAction` when the manager asked for it (a button, a file, "Add my
   * latest result"): the report is wanted now, so its code is fetched at once rather than when
   * scrolled to. `focus` takes the reader to its heading, at the top of the screen: after a file, or
   * a team link, whose reader came for the team's results, not for the page's introduction above.
   */
  async function build(from: string, how: string, byAction: boolean, focus = false, leftOut: string | null = null) {
    // The code reader loads on first use: a first visit with nothing pasted does not pay for it.
    let reader: Awaited<ReturnType<typeof readerCode>>;
    try {
      reader = await readerCode();
    } catch {
      setStatus(NOT_LOADED);
      return;
    }
    const input = reader.parseTeamInput(q, from);
    if (byAction && input.respondents.length) void reportCode().catch(() => undefined);
    setBuilt(input.respondents.length || input.messages.length ? input : null);
    const n = input.respondents.length;
    const unused = input.messages.length
      ? ` ${input.messages.length} ${input.messages.length === 1 ? 'line was' : 'lines were'} not used; see the messages under the box.`
      : '';
    const left = leftOut ? ` ${leftOut}` : '';
    setStatus(from.trim() ? `${how} ${n} ${n === 1 ? 'result' : 'results'}.${unused}${left}` : '');
    if (n && focus)
      requestAnimationFrame(() => {
        heading.current?.scrollIntoView({ block: 'start' });
        heading.current?.focus({ preventScroll: true });
      });
  }

  /** Once a link's codes are saved, the address drops them, so a reload restores later edits instead. */
  const dropHash = () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };

  /**
   * A team link or file: saved at once when no other team is, otherwise the manager is asked first.
   * `note` says what happened to the owners and due dates a link carries.
   */
  function receive(from: string, kind: 'link' | 'file', plan: ActionPlanState | null = null, note = '') {
    const r = receiveTeam(from, kind, plan);
    if (r.asked) {
      setBuilt(null);
      setStatus(note);
      return;
    }
    if (kind === 'link') dropHash();
    const extra = [r.message, note].filter(Boolean).join(' ') || null;
    void build(r.text, kind === 'link' ? 'Opened the team link:' : 'Loaded the file:', kind === 'file', true, extra);
  }

  /**
   * Opens the team link in the address, if there is one. Its owners and due dates (`&p=`) are read
   * by code loaded only for such a link; if that code does not arrive, the link stays in the address.
   */
  async function openLink(hash: string) {
    const codes = codesFromTeamHash(hash);
    if (codes === null) return;
    if (!hash.includes('&p=')) return receive(codes, 'link');
    const read = await import('../../lib/assessment/team-plan-code').then(
      (m) => m.planFromLink(hash, q),
      () => null,
    );
    if (read) receive(codes, 'link', read.plan, read.note);
    else setStatus(NOT_LOADED);
  }

  function choose(c: IncomingChoice) {
    const from = $teamIncoming.get()?.from;
    if (c === 'undo') {
      const back = undoTeamChange();
      if (back !== null) void build(back, 'Undone: your saved team is back.', true, false);
      return;
    }
    if (c === 'back') {
      dropHash();
      const back = dropIncoming();
      if (back.trim()) void build(back, 'Back to your saved team:', true);
      else setBuilt(null);
      return;
    }
    const r = chooseIncoming(c);
    if (c !== 'look') dropHash();
    const how =
      c === 'look' ? 'Showing without saving:' : c === 'add' ? 'Added. The saved team now has' : 'Replaced. Read';
    void build(r.text, how, true, from === 'file', r.message);
  }

  useEffect(() => {
    if (codesFromTeamHash(location.hash) !== null) void openLink(location.hash);
    else if ($teamCodes.get().text.trim()) void build($teamCodes.get().text, 'Restored', false);
    // A team link opened while this page is already open changes only the address's # part.
    const read = () => void openLink(location.hash);
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  async function addLatest() {
    // The reader's own history is read only when asked for, so the team page does not load it up front.
    const modules = await Promise.all([
      import('../../stores/assessment-store'),
      import('../../lib/assessment/attempt'),
      import('../../lib/assessment/code'),
    ]).catch(() => null);
    if (!modules) {
      setStatus(NOT_LOADED);
      return;
    }
    const [{ $history }, { attemptCode }, { extractCode }] = modules;
    const latest = $history.get().at(-1);
    const code = latest ? attemptCode(q, latest) : null;
    if (!code) {
      setStatus('There is no result of yours in this browser yet. Take the assessment first, then add it here.');
      return;
    }
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    if (lines.some((l) => extractCode(l) === code)) {
      setStatus('Your latest result is already in the list.');
      return;
    }
    const next = [...lines, code].join('\n');
    const r = looking ? setLookedText(next) : setTeamText(next);
    void build(r.text, 'Added your latest result. Read', true, false, r.message);
  }

  const hasTeam = built !== null && built.respondents.length > 0;
  return (
    <div class="team-app">
      <StorageNotice
        keys={[TEAM_KEY, PLAN_KEY]}
        lost="the pasted results and the action plan"
        hint="Save the team link or a file before you close the tab."
      />
      <TeamIncoming incoming={incoming} savedText={saved.text} undo={undo} onChoose={choose} />
      <form
        class="team-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void build(text, 'Read', true, true);
        }}
        noValidate
        inert={!hydrated}
      >
        <p class="field">
          <label for="team-codes">Result codes or share links, one per line</label>
          <textarea
            id="team-codes"
            rows={7}
            spellcheck={false}
            value={text}
            aria-describedby={built?.messages.length ? 'team-codes-help team-messages' : 'team-codes-help'}
            aria-invalid={built?.messages.length ? true : undefined}
            onInput={(e) => {
              const r = (looking ? setLookedText : setTeamText)(e.currentTarget.value);
              if (r.message) setStatus(r.message);
            }}
          />
          <span id="team-codes-help" class="help">
            Ask each colleague for the share link at the end of their assessment. Codes are read in this browser and
            kept here until you choose “Forget these results”; nothing is sent anywhere.
          </span>
        </p>
        {built && built.messages.length > 0 && (
          <ul id="team-messages" class="line-messages">
            {built.messages.map((m) => (
              <li key={m.line} class={`line-${m.kind}`}>
                <strong>Line {m.line}:</strong> {m.message}
              </li>
            ))}
          </ul>
        )}
        <p class="result-actions">
          <button type="submit" class="btn">
            Build the team view
          </button>
          <button type="button" class="btn btn-secondary" onClick={addLatest}>
            Add my latest result
          </button>
          <LoadFile onLoad={(t) => receive(t, 'file')} onProblem={setStatus} />
          {text.trim() && (
            <ConfirmDelete
              label="Forget these results"
              question="Remove these results and the action plan from this browser?"
              yes="Yes, forget them"
              onConfirm={() => {
                forgetTeam();
                setBuilt(null);
                setStatus('The results and the action plan were removed from this browser.');
                dropHash();
              }}
            />
          )}
        </p>
        <p role="status" class="muted">
          {status}
        </p>
      </form>
      {!hydrated && <Stalled what="The team view" reload={withBase('/assessment/team/')} />}

      {hasTeam && built && (
        <TeamResults q={q} built={built} chapters={chapters} headingRef={heading} report={reportCode} />
      )}
    </div>
  );
}

interface ResultsProps {
  /** The site's questionnaire (the team's own version is `built.q`). */
  q: Questionnaire;
  built: TeamInput;
  chapters: Record<string, string>;
  headingRef: Ref<HTMLHeadingElement>;
  /** The report's code (TeamView holds it, so a view the manager builds can fetch it at once). */
  report: Loader<typeof import('./TeamReport')>;
}

/** A built team view: its heading at once, the report (with its version notices) when it is near. */
function TeamResults({ q, built, chapters, headingRef, report }: ResultsProps) {
  const labels = [...new Set(built.respondents.map((r) => r.team.trim()).filter(Boolean))];
  const short = shortLabelParts(labels);
  return (
    <div class="results">
      <h2 ref={headingRef} tabIndex={-1}>
        Team view
        {labels.length ? (
          <>
            :{' '}
            <span title={labels.join(', ').slice(0, 500)} data-testid="team-labels">
              {short.shown.map((l, i) => (
                <Fragment key={i}>
                  {i > 0 && ', '}
                  <bdi>{l}</bdi>
                </Fragment>
              ))}
              {short.more ? ` and ${short.more} more` : null}
            </span>
          </>
        ) : null}
      </h2>
      <p class="no-print result-actions">
        <PrintButton class="btn btn-secondary" />
      </p>
      <Deferred
        load={report}
        what="The team's charts, tables and workshop"
        kept="the codes you pasted are kept in this browser"
        printHint="Use the “Print or save as PDF” button above to include them."
        class="team-report-space"
        reserve={{}}
      >
        {(m) => (
          <m.TeamReport
            q={built.q}
            siteVersion={q.version}
            otherVersions={built.messages.some((m) => m.kind === 'other-version')}
            respondents={built.respondents}
            labels={labels}
            chapters={chapters}
            codes={built.respondents.map((r) => r.code)}
          />
        )}
      </Deferred>
    </div>
  );
}
