import { durationUnits, fileKinds, kindFields, kindLabels, type Mapping } from '../../lib/crm/fields';
import type { CrmFile } from './use-crm-files';

/** The columns the reader can correct: one choice per field, with an example value from the file. */
export function MappingTable({ file, onChange }: { file: CrmFile; onChange: (m: Mapping) => void }) {
  const { mapping, headers = [], sample = [], look } = file;
  if (!mapping) return null;
  const id = (s: string) => `crm-${file.key}-${s}`;
  const example = (header: string | undefined) => {
    const j = header === undefined ? -1 : headers.indexOf(header);
    return j < 0 ? '' : (sample.find((r) => (r[j] ?? '').trim() !== '')?.[j] ?? '').slice(0, 40);
  };
  const setColumn = (field: string, header: string) => {
    const columns = { ...mapping.columns };
    if (header === '') delete columns[field];
    else columns[field] = header;
    onChange({ ...mapping, columns });
  };
  const dates = look?.dates;
  return (
    <div class="crm-mapping">
      <div class="crm-mapping-settings">
        <label for={id('kind')}>This file holds</label>
        <select
          id={id('kind')}
          value={mapping.kind}
          onChange={(e) => onChange({ ...mapping, kind: e.currentTarget.value as Mapping['kind'] })}
        >
          {fileKinds.map((k) => (
            <option value={k} key={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        <label for={id('order')}>Dates like 03/04 mean</label>
        <select
          id={id('order')}
          value={mapping.dateOrder}
          aria-describedby={id('order-note')}
          onChange={(e) => onChange({ ...mapping, dateOrder: e.currentTarget.value as Mapping['dateOrder'] })}
        >
          <option value="mdy">month first (US: March 4)</option>
          <option value="dmy">day first (3 April)</option>
        </select>
      </div>
      {dates && (
        <p class="crm-note" id={id('order-note')}>
          {dates.yearFirst ? (
            'Dates in the first rows are written year first, so there is only one way to read them.'
          ) : dates.ambiguous ? (
            'No date in the first rows showed which part is the day, so this is a guess from your browser’s language: check it.'
          ) : dates.mixed ? (
            'Some dates read month first and others day first: the file mixes both, so some dates may be wrong.'
          ) : (
            <>
              Dates were read {dates.order === 'dmy' ? 'day first' : 'month first'}, because of dates such as{' '}
              <bdi>{dates.evidence}</bdi>.
            </>
          )}
        </p>
      )}
      <div class="crm-scroll" tabIndex={0} role="region" aria-label="Which column holds what">
        <table class="crm-table">
          <caption>
            Which column holds what {file.remembered ? '(as you chose for the last file of this shape)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Column in your file</th>
              <th scope="col">First value</th>
            </tr>
          </thead>
          <tbody>
            {kindFields[mapping.kind].map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <label for={id(f.id)}>
                    {f.label}
                    {f.required ? ' (needed)' : ''}
                  </label>
                </th>
                <td>
                  <select
                    id={id(f.id)}
                    value={mapping.columns[f.id] ?? ''}
                    onChange={(e) => setColumn(f.id, e.currentTarget.value)}
                  >
                    <option value="">Not in this file</option>
                    {headers.map((h) => (
                      <option value={h} key={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <bdi>{example(mapping.columns[f.id])}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mapping.columns.response && (
        <p class="crm-mapping-settings">
          <label for={id('unit')}>Response times are in</label>
          <select
            id={id('unit')}
            value={mapping.responseUnit}
            onChange={(e) => onChange({ ...mapping, responseUnit: e.currentTarget.value as Mapping['responseUnit'] })}
          >
            {durationUnits.map((u) => (
              <option value={u} key={u}>
                {u === 'ms' ? 'milliseconds' : u}
              </option>
            ))}
          </select>
        </p>
      )}
    </div>
  );
}
