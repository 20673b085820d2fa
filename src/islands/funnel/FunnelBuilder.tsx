import { useEffect, useRef, useState } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import { useAtom as useStore } from '../shared/use-hydrated-store';
import './funnel.css';
import { budgetSchema, currencies, dealValueSchema, targetSchema, volumeSchema } from '../../schemas/funnel';
import { presets } from '../../lib/funnel/preset-data';
import { budgetFromPreset } from '../../lib/funnel/presets';
import { codeFromUrl } from '../../lib/url-code';
import { pluralName } from '../../lib/funnel/format';
import { shortSummary } from '../../lib/funnel/summary';
import { $savedDataNotices, $storageProblem } from '../../stores/persisted';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { $funnelView, SERVER_VIEW } from '../../stores/funnel-view';
import { funnelCodec, $linkProblem, applyPreset, openSharedCode, setFunnelField } from '../../stores/funnel-store';
import { NumberField, Radio, SelectField } from './Fields';
import { $invalidFields } from '../../stores/funnel-invalid';
import { Hydrating } from '../shared/early-input';
import { StageEditor } from './StageEditor';
import { ResultsPanel } from './ResultsPanel';
import { LinkBanner } from './LinkBanner';
import { H } from './H';
import { ResetFunnel } from './ResetFunnel';
import { Button } from '../shared/Button';

interface Props {
  /** Level of the section heading (default 2; use 3 inside a chapter section). */
  headingLevel?: number;
}

type NoticeModule = typeof import('../shared/StorageNotice');

/**
 * On phones the results bar sticks to the bottom of the screen: a field that gets focus behind it
 * is brought up above it (the page's scroll-padding-bottom leaves the bar's height clear).
 */
function keepClearOfBar(e: FocusEvent) {
  const bar = (e.currentTarget as HTMLElement).querySelector('.funnel-bar');
  const field = e.target as HTMLElement;
  if (!bar || field === bar || bar.contains(field)) return;
  const b = bar.getBoundingClientRect();
  if (b.height > 0 && field.getBoundingClientRect().bottom > b.top) field.scrollIntoView({ block: 'nearest' });
}

/**
 * The funnel builder: settings and stages beside their results (headline, chart, table,
 * sharing), in one island so the two always hydrate together and the example's server-rendered
 * numbers never stand beside the reader's own inputs. Everything shown comes from $funnelView.
 * From 1024 px the results sit in a column whose headline stays in view; on phones a short
 * summary bar stays at the bottom of the screen while the reader edits.
 */
export default function FunnelBuilder({ headingLevel = 2 }: Props) {
  const idp = 'fb';
  const view = useHydratedStore($funnelView, SERVER_VIEW);
  const { funnel, goal, range, preset } = view;
  const { money } = view.num;
  const linkProblem = useStore($linkProblem);
  const stale = Object.keys(useStore($invalidFields)).length > 0;
  const ready = useReady();
  const [chosen, setChosen] = useState(funnel.presetId ?? presets[0]!.id);
  // The picker follows the funnel on screen when it changes: the saved one once hydrated, a linked one,
  // an opened scenario. Not on mount, where it would undo a preset the reader picked before the builder woke.
  const shownPreset = useRef(funnel.presetId);
  useEffect(() => {
    if (funnel.presetId && funnel.presetId !== shownPreset.current) setChosen(funnel.presetId);
    shownPreset.current = funnel.presetId;
  }, [funnel.presetId]);
  const [announce, setAnnounce] = useState('');
  // The notice's code loads only when there is something to say, which keeps the first view light.
  const savedDataNotice = useStore($savedDataNotices)[funnelCodec.key];
  const storageProblem = useStore($storageProblem);
  const [notice, setNotice] = useState<NoticeModule | null>(null);
  useEffect(() => {
    if ((savedDataNotice || storageProblem) && !notice)
      import('../shared/StorageNotice').then(setNotice, () => undefined);
  }, [savedDataNotice, storageProblem]);

  useEffect(() => {
    const read = () => {
      const code = codeFromUrl(location.hash, 'f');
      if (code !== null) void openSharedCode(code);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  // One polite announcement once typing settles, not one per keystroke and not on first load.
  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => setAnnounce(view.summary), 700);
    return () => clearTimeout(t);
  }, [view.summary]);

  const belowLow = new Set(range?.marks.filter((m) => m.belowLow).map((m) => m.id));
  const isGoal = funnel.mode === 'goal';
  const first = pluralName(funnel.stages[0]!.name, 2);
  const level = headingLevel;

  const inputs = (
    <div class="funnel-inputs" onFocusIn={keepClearOfBar}>
      <LinkBanner linked={view.linked} problem={linkProblem} />
      {notice ? (
        <notice.StorageNotice keys={[funnelCodec.key]} lost="your funnel and scenarios" />
      ) : (
        <div class="storage-notice" role="status" />
      )}
      <fieldset class="funnel-controls">
        <legend class="sr-only">Funnel settings</legend>
        <div class="control-row">
          <SelectField
            id={`${idp}-preset`}
            label="Benchmark preset"
            value={chosen}
            options={presets.map((p) => [p.id, p.title] as const)}
            onChoose={setChosen}
          />
          <Button class="btn" onClick={() => applyPreset(chosen)}>
            Use this preset
          </Button>
          <ResetFunnel idp={idp} />
        </div>
        <fieldset class="radio-group mode-switch">
          <legend>Work out</legend>
          {(
            [
              ['forward', 'Forward: from people entering to revenue'],
              ['goal', 'Goal: from a revenue target back'],
            ] as const
          ).map(([mode, label]) => (
            <Radio
              key={mode}
              name={`${idp}-mode`}
              value={mode}
              checked={funnel.mode === mode}
              onChoose={() => setFunnelField('mode', mode)}
            >
              {label}
            </Radio>
          ))}
        </fieldset>
        <div class="control-grid">
          {isGoal && (
            <NumberField
              id={`${idp}-target`}
              label="Revenue target a month"
              value={funnel.target}
              schema={targetSchema}
              format={money}
              onValid={(v) => setFunnelField('target', v)}
            />
          )}
          <NumberField
            id={`${idp}-volume`}
            label={isGoal ? `${first} a month today (for the gap)` : `${first} entering each month`}
            hint={isGoal ? 'Compared with what the goal needs' : undefined}
            value={funnel.volume}
            schema={volumeSchema}
            format={view.num.count}
            onValid={(v) => setFunnelField('volume', v)}
          />
          <NumberField
            id={`${idp}-deal`}
            label="Average deal value"
            value={funnel.dealValue}
            schema={dealValueSchema}
            format={money}
            onValid={(v) => setFunnelField('dealValue', v)}
          />
          <SelectField
            id={`${idp}-currency`}
            label="Currency"
            class="field-currency"
            value={funnel.currency}
            options={currencies.map((c) => [c, c] as const)}
            onChoose={(c) => setFunnelField('currency', c)}
          />
          <NumberField
            id={`${idp}-budget`}
            label="Marketing budget a month (optional)"
            class="field-budget"
            hint={
              budgetFromPreset(funnel, preset)
                ? `From the ${preset.title} preset`
                : funnel.budget === null
                  ? 'Left empty: no cost per customer'
                  : undefined
            }
            optional
            value={funnel.budget}
            schema={budgetSchema}
            format={money}
            onValid={(v) => setFunnelField('budget', v)}
          />
        </div>
        <H level={level}>Stages</H>
        <StageEditor funnel={funnel} idp={idp} belowLow={belowLow} />
      </fieldset>
      <p class="funnel-bar" aria-hidden="true">
        <span>
          {stale && <span class="funnel-bar-stale">Last valid: </span>}
          {shortSummary(funnel, view.result, goal)}
        </span>
        <a href={`#${idp}-results`} tabIndex={-1}>
          Results
        </a>
      </p>
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </div>
  );

  return (
    <Hydrating.Provider value={!ready}>
      <div class="funnel-builder funnel-app">
        {inputs}
        <ResultsPanel view={view} idp={idp} level={level} />
      </div>
    </Hydrating.Provider>
  );
}
