import { useEffect, useMemo, useState } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import { useStore } from '@nanostores/preact';
import './funnel.css';
import {
  budgetSchema,
  currencies,
  dealValueSchema,
  targetSchema,
  volumeSchema,
  type Funnel,
} from '../../schemas/funnel';
import { forward, goal as reverse } from '../../lib/funnel/model';
import { presetRange } from '../../lib/funnel/presets';
import { presets } from '../../lib/funnel/preset-data';
import { codeFromUrl } from '../../lib/url-code';
import { pluralName } from '../../lib/funnel/format';
import { $savedDataNotices, $storageProblem } from '../../stores/persisted';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import {
  funnelCodec,
  $funnelState,
  $linkFunnel,
  $linkProblem,
  applyPreset,
  initialFunnelState,
  openSharedCode,
  resetFunnel,
  setFunnelField,
} from '../../stores/funnel-store';
import { NumberField } from './Fields';
import { StageEditor } from './StageEditor';
import { summaryText } from '../../lib/funnel/summary';
import { H } from './H';

interface Props {
  /** The short form for a guide chapter: no link banner (FunnelResults compact follows it). */
  compact?: boolean;
  /** Level of the section heading (default 2; use 3 inside a chapter section). */
  headingLevel?: number;
}

export const SERVER_STATE = initialFunnelState();

type BannerModule = typeof import('./LinkBanner');
type NoticeModule = typeof import('../shared/StorageNotice');
const loadBanner = () => import('./LinkBanner');

/**
 * The funnel builder's settings and stages. Its companion islands FunnelResults (headline,
 * chart, table, sharing) and FunnelExtras (levers, projection, scenarios, SLA) share the same
 * store and load when scrolled to, which keeps the first view's JavaScript small. This island
 * keeps the polite announcement of each change, so a screen-reader user editing a field hears
 * the new result even before the results are on screen. Forward mode runs from monthly volume to revenue; goal mode runs from a
 * revenue target back to what each stage needs. Everything is worked out by src/lib/funnel.
 */
export default function FunnelBuilder({ compact = false, headingLevel = 2 }: Props) {
  const idp = compact ? 'fc' : 'fb';
  const state = useHydratedStore($funnelState, SERVER_STATE);
  const linked = useHydratedStore($linkFunnel, null);
  const linkProblem = useStore($linkProblem);
  const funnel: Funnel = linked ?? state.funnel;
  const ready = useReady();
  const [chosen, setChosen] = useState(funnel.presetId ?? presets[0]!.id);
  const [announce, setAnnounce] = useState('');
  const [banner, setBanner] = useState<BannerModule | null>(null);
  // The notice's code loads only when there is something to say, which keeps the first view light.
  const savedDataNotice = useStore($savedDataNotices)[funnelCodec.key];
  const storageProblem = useStore($storageProblem);
  const [notice, setNotice] = useState<NoticeModule | null>(null);
  useEffect(() => {
    if ((savedDataNotice || storageProblem) && !notice)
      import('../shared/StorageNotice').then(setNotice, () => undefined);
  }, [savedDataNotice, storageProblem]);

  useEffect(() => {
    if (compact) return;
    const read = () => {
      const code = codeFromUrl(location.hash, 'f');
      if (code === null) return;
      // The banner and the codec load together, only for readers who arrive with a link.
      loadBanner().then(setBanner, () => undefined);
      void openSharedCode(code);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  const result = useMemo(() => forward(funnel), [funnel]);
  const goal = useMemo(() => (funnel.mode === 'goal' ? reverse(funnel) : null), [funnel]);
  const preset = presets.find((p) => p.id === funnel.presetId) ?? null;
  const range = useMemo(() => (preset ? presetRange(funnel, preset) : null), [funnel, preset]);
  const summary = summaryText(funnel, result, goal);
  const belowLow = new Set(range?.marks.filter((m) => m.belowLow).map((m) => m.id));

  // One polite announcement once typing settles, not one per keystroke and not on first load.
  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => setAnnounce(summary), 700);
    return () => clearTimeout(t);
  }, [summary]);

  const level = headingLevel;
  return (
    <div class={`funnel-builder${compact ? ' funnel-compact' : ''}`}>
      {!compact && banner && <banner.LinkBanner linked={linked !== null} problem={linkProblem} />}
      {notice ? (
        <notice.StorageNotice keys={[funnelCodec.key]} lost="your funnel and scenarios" />
      ) : (
        <div class="storage-notice" role="status" />
      )}
      <fieldset class="funnel-controls" disabled={!ready}>
        <legend class="sr-only">Funnel settings</legend>
        <div class="control-row">
          <div class="field">
            <label for={`${idp}-preset`}>Benchmark preset</label>
            <select
              id={`${idp}-preset`}
              value={chosen}
              onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
            >
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="btn" onClick={() => applyPreset(chosen)}>
            Use this preset
          </button>
          <button type="button" class="btn btn-secondary" onClick={resetFunnel}>
            Reset to the example
          </button>
        </div>
        <fieldset class="radio-group">
          <legend>Work out</legend>
          {(
            [
              ['forward', 'Forward: from people entering to revenue'],
              ['goal', 'Goal: from a revenue target back to the people needed'],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode} class="radio">
              <input
                type="radio"
                name={`${idp}-mode`}
                value={mode}
                checked={funnel.mode === mode}
                onChange={() => setFunnelField('mode', mode)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="control-grid">
          <NumberField
            id={`${idp}-volume`}
            label={`${pluralName(funnel.stages[0]!.name, 2)} entering each month`}
            value={funnel.volume}
            schema={volumeSchema}
            onValid={(v) => setFunnelField('volume', v)}
          />
          <NumberField
            id={`${idp}-deal`}
            label="Average deal value"
            value={funnel.dealValue}
            schema={dealValueSchema}
            onValid={(v) => setFunnelField('dealValue', v)}
          />
          <div class="field">
            <label for={`${idp}-currency`}>Currency</label>
            <select
              id={`${idp}-currency`}
              value={funnel.currency}
              onChange={(e) =>
                setFunnelField('currency', (e.currentTarget as HTMLSelectElement).value as Funnel['currency'])
              }
            >
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <NumberField
            id={`${idp}-budget`}
            label="Monthly marketing budget (optional)"
            optional
            value={funnel.budget}
            schema={budgetSchema}
            onValid={(v) => setFunnelField('budget', v)}
          />
          {funnel.mode === 'goal' && (
            <NumberField
              id={`${idp}-target`}
              label="Revenue target a month"
              value={funnel.target}
              schema={targetSchema}
              onValid={(v) => setFunnelField('target', v)}
            />
          )}
        </div>
        <H level={level}>Stages</H>
        <StageEditor funnel={funnel} idp={idp} belowLow={belowLow} />
      </fieldset>

      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </div>
  );
}
