/** Made by src/integrations/funnel-presets.ts; typed where it is imported (src/lib/funnel/preset-data.ts). */
declare module 'virtual:funnel-presets' {
  export const presets: readonly unknown[];
}
