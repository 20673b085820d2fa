import { useEffect, useRef, useState } from 'preact/hooks';
import type { Funnel } from '../../schemas/funnel';
import { daysSchema, LIMITS, ownerLabels, owners, rateSchema, stageNameSchema } from '../../schemas/funnel';
import { addStage, moveStage, nextStageId, removeStage, updateStage } from '../../lib/funnel/edit';
import { editFunnel } from '../../stores/funnel-store';
import { NumberField, SelectField, TextField } from './Fields';
import { Button } from '../shared/Button';

interface Props {
  funnel: Funnel;
  idp: string;
  /** Stage ids whose rate is below the preset's low value. */
  belowLow: Set<string>;
}

/** The ordered list of stages with every edit a reader needs, all by button or field. */
export function StageEditor({ funnel, idp, belowLow }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  // Where focus goes after an edit, applied once the edited funnel has rendered (the store
  // re-renders after a timeout, so the first render after a click may still show the old one).
  const focusNext = useRef<{ id: string; before: Funnel } | null>(null);
  useEffect(() => {
    const pending = focusNext.current;
    if (!pending || pending.before === funnel) return;
    focusNext.current = null;
    document.getElementById(pending.id)?.focus();
  });
  const act = (result: { ok: boolean; message?: string }, ok: string, focus: string) => {
    if (result.ok) {
      setMessage(ok);
      focusNext.current = { id: focus, before: funnel };
    } else setMessage(result.message ?? null);
  };
  const n = funnel.stages.length;
  return (
    <div class="stage-editor">
      <ol class="stage-list">
        {funnel.stages.map((s, i) => {
          const last = i === n - 1;
          const sid = `${idp}-${s.id}`;
          const move = (by: -1 | 1) => {
            if ((by < 0 && i === 0) || (by > 0 && last))
              return setMessage(`“${s.name}” is already the ${by < 0 ? 'first' : 'last'} stage.`);
            editFunnel((f) => moveStage(f, s.id, by));
            act(
              { ok: true },
              `Moved “${s.name}” to position ${i + 1 + by} of ${n}.`,
              `${sid}-${by < 0 ? 'up' : 'down'}`,
            );
          };
          const remove = () => {
            const neighbour = funnel.stages[i + 1] ?? funnel.stages[i - 1];
            act(
              editFunnel((f) => removeStage(f, s.id)),
              `Removed “${s.name}”. ${n - 1} stages left.`,
              neighbour ? `${idp}-${neighbour.id}-name` : `${idp}-add`,
            );
          };
          return (
            <li key={s.id} class={`stage stage-${s.owner}`}>
              <fieldset>
                <legend>
                  Stage {i + 1}: {s.name} <span class={`tag-${s.owner}`}>{ownerLabels[s.owner]}</span>
                  {last && <span class="muted"> (customers)</span>}
                </legend>
                <div class="stage-fields">
                  <TextField
                    id={`${sid}-name`}
                    label="Name"
                    value={s.name}
                    schema={stageNameSchema}
                    onValid={(name) => editFunnel((f) => updateStage(f, s.id, { name }))}
                  />
                  <SelectField
                    id={`${sid}-owner`}
                    label="Owner"
                    value={s.owner}
                    options={owners.map((o) => [o, ownerLabels[o]] as const)}
                    onChoose={(owner) => editFunnel((f) => updateStage(f, s.id, { owner }))}
                  />
                  {last ? (
                    <p class="stage-final muted">The last stage holds your customers, so it has no onward rate.</p>
                  ) : (
                    <>
                      <NumberField
                        id={`${sid}-rate`}
                        label={`Converts to “${funnel.stages[i + 1]!.name}”`}
                        suffix="%"
                        value={s.rate}
                        schema={rateSchema}
                        hint={belowLow.has(s.id) ? 'Below the benchmark’s low value' : undefined}
                        onValid={(rate) => editFunnel((f) => updateStage(f, s.id, { rate }))}
                      />
                      <NumberField
                        id={`${sid}-days`}
                        label="Days in stage"
                        optional
                        empty="Left empty: counted as 0 days in the timing."
                        value={s.days}
                        schema={daysSchema}
                        onValid={(days) => editFunnel((f) => updateStage(f, s.id, { days }))}
                      />
                    </>
                  )}
                </div>
                <div class="stage-actions">
                  <Button
                    class="btn btn-secondary btn-small"
                    id={`${sid}-up`}
                    aria-disabled={i === 0 ? 'true' : undefined}
                    onClick={() => move(-1)}
                  >
                    <span aria-hidden="true">↑ </span>Move up<span class="sr-only"> {s.name}</span>
                  </Button>
                  <Button
                    class="btn btn-secondary btn-small"
                    id={`${sid}-down`}
                    aria-disabled={last ? 'true' : undefined}
                    onClick={() => move(1)}
                  >
                    <span aria-hidden="true">↓ </span>Move down<span class="sr-only"> {s.name}</span>
                  </Button>
                  <Button
                    class="btn btn-secondary btn-small"
                    id={`${sid}-remove`}
                    aria-disabled={n <= LIMITS.minStages ? 'true' : undefined}
                    onClick={remove}
                  >
                    Remove<span class="sr-only"> {s.name}</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="stage-add">
        <Button
          class="btn btn-secondary"
          id={`${idp}-add`}
          aria-disabled={n >= LIMITS.maxStages ? 'true' : undefined}
          onClick={() =>
            act(
              editFunnel(addStage),
              `Added a new stage before “${funnel.stages[n - 1]!.name}”.`,
              `${idp}-${nextStageId(funnel.stages)}-name`,
            )
          }
        >
          Add a stage
        </Button>
        <p class="muted">
          {n} of {LIMITS.maxStages} stages. New stages go just before the last one.
        </p>
      </div>
      <p class="stage-message" role="status">
        {message}
      </p>
    </div>
  );
}
