/*
 * Registers the service worker that saves the guide for offline reading (made at build time by
 * src/integrations/offline.ts), says in the footer when the guide is saved, and offers a new
 * version when one is ready. Loaded after the page has loaded (start.ts), so its markup and
 * styles are made here rather than sent with every page.
 *
 * A new version never takes over by itself: the reader may be halfway through a check or a form.
 * It waits until they choose "Reload" (or close every tab of the site). What a reader keeps
 * (progress, funnels, results) lives in localStorage, which a new worker never touches.
 */
import { Workbox } from 'workbox-window';
import noticeCss from './update-notice.css?url';
import { loadStylesheet } from '../stylesheet';

// Astro's base path; it ends with "/" because the site uses trailingSlash: 'always'.
const base = import.meta.env.BASE_URL;

/** The footer's quiet note, shown once a worker is active: by then it has saved the whole guide. */
function showSaved(): void {
  const footer = document.querySelector('.site-footer .inner');
  if (!footer || footer.querySelector('[data-offline-state]')) return;
  const note = document.createElement('p');
  note.className = 'muted';
  note.dataset.offlineState = '';
  note.textContent = 'Available offline: this device has saved the guide, its tools and search.';
  footer.append(note);
}

/**
 * An empty polite live region, in the page well before a new version can be found (that takes
 * a network check), so screen readers announce the notice when it is put in.
 */
function liveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'update-notice no-print';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}

/**
 * Shows "A new version is ready" with Reload and Later. `activate` runs on Reload: it lets the
 * waiting worker take over, or, when another tab already did, just reloads.
 */
async function offerNewVersion(region: HTMLElement, activate: () => void): Promise<void> {
  if (region.childElementCount) return;
  // Linked here, not imported, so the first view's script that loads this module stays smallest.
  await loadStylesheet(noticeCss);
  if (region.childElementCount) return;
  const message = document.createElement('p');
  const text = document.createElement('span');
  text.textContent = 'A new version of the guide is ready.';
  const button = (label: string, onClick: () => void, className: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    b.addEventListener('click', onClick, { once: true });
    return b;
  };
  message.append(
    text,
    button('Reload', activate, 'btn'),
    button('Later', () => message.remove(), 'btn btn-secondary'),
  );
  region.append(message);
}

async function registerServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  if (!container) return;
  // With no worker in control yet, the first one taking over is the first install, not an update.
  const hadController = Boolean(container.controller);
  const region = liveRegion();
  let reloading = false;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let registration: ServiceWorkerRegistration | undefined;

  const activateWaiting = () => {
    reloading = true;
    if (!registration?.waiting) return location.reload();
    container.addEventListener('controllerchange', () => location.reload(), { once: true });
    wb.messageSkipWaiting();
  };
  wb.addEventListener('waiting', () => void offerNewVersion(region, activateWaiting));
  // Another tab chose Reload: this page's scripts may no longer be saved, so offer a reload here too.
  container.addEventListener('controllerchange', () => {
    if (hadController && !reloading) void offerNewVersion(region, () => location.reload());
  });

  try {
    registration = await wb.register({ immediate: true });
  } catch {
    // Storage blocked, a private window, or registration blocked (test browsers do this): the site
    // works online as before.
  }
  if (!registration) return region.remove();
  // Workbox reports only updates found after register(); one found while this page loaded is watched here.
  const installing = registration.installing;
  if (installing && hadController)
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration?.waiting === installing)
        void offerNewVersion(region, activateWaiting);
    });
  await container.ready;
  showSaved();
}

void registerServiceWorker();
