/**
 * Rendered on the server inside an island and removed when it hydrates. CSS keeps it invisible
 * for the first seconds, so a normal load never sees it; if the island's code fails to load,
 * the reader is told so and can reload, instead of facing a form that never responds.
 * It is positioned over the inert form, so showing or removing it moves nothing on the page.
 * Pages that keep state in `#…` get words instead of a link, which would drop it.
 */
function StalledText({
  what,
  reload,
  cover,
}: {
  what: string;
  /** This page's address, when reloading it loses nothing. */ reload?: string;
  /** Cover the whole island (a small one) rather than sit below its first lines. */ cover?: boolean;
}) {
  return (
    <div class={cover ? 'stalled stalled-cover' : 'stalled'} data-stalled>
      <p>
        <strong>{what} has not started.</strong> Its code may not have loaded. Check your connection, then{' '}
        {reload ? <a href={reload}>reload the page</a> : "reload the page with your browser's reload button"}. Anything
        saved in this browser is kept.
      </p>
    </div>
  );
}

/**
 * The notice in the server HTML. In the browser, which renders it only while hydrating, a stand-in
 * keeps the server's words (Preact leaves the contents of an element with dangerouslySetInnerHTML
 * alone while hydrating), so the words are not shipped as JavaScript.
 */
export const Stalled = (props: Parameters<typeof StalledText>[0]) =>
  import.meta.env.SSR ? (
    <StalledText {...props} />
  ) : (
    <div
      class={props.cover ? 'stalled stalled-cover' : 'stalled'}
      data-stalled
      dangerouslySetInnerHTML={{ __html: '' }}
    />
  );

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
