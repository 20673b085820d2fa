import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../schemas/assessment';
import { roles, TEAM_LABEL_MAX } from '../../schemas/assessment';
import { statementCount, type Questionnaire } from '../../lib/assessment/questionnaire';
import { $draft, completeAttempt, goToStep, setAnswer, setRole, setTeam } from '../../stores/assessment-store';
import { AnswerGroup } from './AnswerGroup';
import { roleLabels } from './format';

interface Props {
  q: Questionnaire;
  draft: Draft;
  /** False while the page loads: the server renders the first step inert, so hydrating shifts nothing. */
  ready: boolean;
}

/** Step 0 asks who is answering; steps 1…n are the dimensions, one per step. */
export function Wizard({ q, draft, ready }: Props) {
  const total = q.dimensions.length + 1;
  const step = Math.min(draft.step, total - 1);
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const mounted = useRef(false);

  useLayoutEffect(() => {
    // Move focus to the new step's heading, but never on first load: that would scroll past the intro.
    if (mounted.current) heading.current?.focus();
    mounted.current = true;
    setMissing([]);
  }, [step]);

  const dimension = step > 0 ? q.dimensions[step - 1]! : null;
  let n = 0;
  const firstNumber = statementCount(q, step - 1);

  function next(e: Event) {
    e.preventDefault();
    // Read the store, not the render's props: keys typed faster than a re-render must still count.
    const now = $draft.get();
    const gaps = dimension
      ? dimension.statements.filter((s) => now.answers[s.id] === undefined).map((s) => s.id)
      : now.role
        ? []
        : ['role'];
    setMissing(gaps);
    if (gaps.length) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLInputElement>(`[data-statement="${gaps[0]}"] input`)?.focus(),
      );
      return;
    }
    if (step === total - 1) completeAttempt(q.version);
    else goToStep(step + 1);
  }

  return (
    <form
      ref={form}
      // A step with "Does not apply here" lines every statement's answers up in the same seven columns.
      class={dimension?.statements.some((s) => s.mayNotApply) ? 'wizard step-na' : 'wizard'}
      onSubmit={next}
      noValidate
      inert={!ready}
    >
      <p class="progress-text" id="assessment-progress">
        Step {step + 1} of {total}
      </p>
      <progress max={total} value={step + 1} aria-labelledby="assessment-progress" />
      {dimension ? (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {dimension.name}
          </h2>
          <p>{dimension.description}</p>
          {missing.length > 0 && (
            <p class="form-error" role="alert">
              {missing.length === 1 ? 'One statement has' : `${missing.length} statements have`} no answer yet. If you
              are not sure, choose "Don't know".
              {dimension.statements.some((s) => s.mayNotApply && missing.includes(s.id)) &&
                ' Where a statement does not fit your company, choose "Does not apply here".'}
            </p>
          )}
          {dimension.statements.map((s) => {
            n++;
            return (
              <AnswerGroup
                key={s.id}
                id={s.id}
                number={firstNumber + n}
                text={s.text}
                value={draft.answers[s.id]}
                error={missing.includes(s.id)}
                mayNotApply={s.mayNotApply}
                onChange={(a) => setAnswer(s.id, a)}
              />
            );
          })}
        </>
      ) : (
        <>
          <h2 ref={heading} tabIndex={-1}>
            About you
          </h2>
          <fieldset
            class={missing.includes('role') ? 'statement has-error' : 'statement'}
            data-statement="role"
            aria-describedby={missing.includes('role') ? 'err-role' : undefined}
          >
            <legend>Which team are you on?</legend>
            {missing.includes('role') && (
              <p class="field-error" id="err-role">
                Choose a team, so your answers can be compared with colleagues'.
              </p>
            )}
            <div class="options roles">
              {roles.map((r) => (
                <label key={r} class="option">
                  <input type="radio" name="role" value={r} checked={draft.role === r} onChange={() => setRole(r)} />
                  <span class="option-label">{roleLabels[r]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p class="field">
            <label for="team-label">Team label (optional)</label>
            <input
              id="team-label"
              type="text"
              maxLength={TEAM_LABEL_MAX}
              autoComplete="off"
              value={draft.team}
              aria-describedby="team-label-help"
              onInput={(e) => setTeam(e.currentTarget.value)}
            />
            <span id="team-label-help" class="help">
              For example "EMEA mid-market". It goes into your result code so a colleague can group results. Up to{' '}
              {TEAM_LABEL_MAX} characters; leave it empty to share none.
            </span>
          </p>
        </>
      )}
      <div class="wizard-nav">
        {step > 0 && (
          <button type="button" class="btn btn-secondary" onClick={() => goToStep(step - 1)}>
            Back
          </button>
        )}
        <button type="submit" class="btn">
          {step === total - 1 ? 'See my results' : 'Next'}
        </button>
      </div>
      <p class="muted saved-note">
        Your answers are saved in this browser as you go. Close the tab and come back any time.
      </p>
    </form>
  );
}
