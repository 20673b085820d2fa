import type { ComponentChildren } from 'preact';

/** A heading at the level the embedding page needs (h2 on the funnel page, h3 inside a chapter). */
export function H({ level, children, id }: { level: number; children: ComponentChildren; id?: string }) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}
