import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { webManifest } from '../lib/web-manifest';

/** The web app manifest (see webManifest), written once at build time. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL, tokens), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
