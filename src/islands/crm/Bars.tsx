/**
 * A plain bar chart drawn with boxes. It is hidden from screen readers because the table beside
 * it holds the same figures; each bar also carries its figure as text, so colour is never the
 * only signal.
 */
export function Bars({ items, caption }: { items: { label: string; value: number; text: string }[]; caption: string }) {
  const max = Math.max(0, ...items.map((i) => i.value));
  return (
    <figure class="crm-bars" aria-hidden="true">
      <figcaption>{caption}</figcaption>
      {items.map((i) => (
        <div class="crm-bar" key={i.label}>
          <span class="crm-bar-label">
            <bdi>{i.label}</bdi>
          </span>
          <span class="crm-bar-track">
            <span class="crm-bar-fill" style={{ width: `${max > 0 ? (i.value / max) * 100 : 0}%` }} />
          </span>
          <span class="crm-bar-text">{i.text}</span>
        </div>
      ))}
    </figure>
  );
}
