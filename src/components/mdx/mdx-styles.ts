/**
 * The MDX components' stylesheet, linked once per page. Components link it at their first use
 * (MdxStyles.astro); a page that knows it needs it (a chapter) links it in <head> and claims it
 * first, so no component links it again mid-body. A linked file, not a <style>: see mdx.css.
 */
import href from './mdx.css?url';
import { claimFirstUse } from './term-uses';

export const mdxStylesHref = href;

/** Term ids are [a-z0-9-], so this key, shared with the glossary terms' claims, never clashes with one. */
const KEY = ' mdx-styles';

/** True for the first caller on a page: that caller links the stylesheet, later ones must not. */
export const claimMdxStyles = (locals: object): boolean => claimFirstUse(locals, KEY);
