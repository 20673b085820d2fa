/**
 * Rendered on the server inside an island and removed when it hydrates. CSS keeps it invisible
 * for the first seconds, so a normal load never sees it; if the island's code fails to load,
 * the reader is told so and can reload, instead of facing a form that never responds.
 * It is positioned over the inert form, so showing or removing it moves nothing on the page.
 * Pages that keep state in `#…` get words instead of a link, which would drop it.
 */
export function Stalled({
  what,
  reload,
}: {
  what: string;
  /** This page's address, when reloading it loses nothing. */ reload?: string;
}) {
  return (
    <div class="stalled" data-stalled>
      <p>
        <strong>{what} has not started.</strong> Its code may not have loaded. Check your connection, then{' '}
        {reload ? <a href={reload}>reload the page</a> : "reload the page with your browser's reload button"}. Anything
        saved in this browser is kept.
      </p>
    </div>
  );
}

/**
 * Said in place of a part of the page whose code failed to load (a lost connection): what was
 * kept, and a button to reload. `what` names the part, `kept` what this browser still holds.
 */
export function LoadFailed({ what, kept }: { what: string; kept: string }) {
  return (
    <div class="notice notice-bad" role="alert">
      <p>
        {what} could not be loaded. Check your connection and reload the page: {kept}.
      </p>
      <p>
        <button type="button" class="btn" onClick={() => location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}
