/*
 * The ids of the guide's chapters: the file names in content/guide/, listed when the build (or
 * a test run) starts, so no list of chapters is kept by hand. Build-time only: the glob lists
 * the files without loading them.
 */
export const chapterIds: readonly string[] = Object.keys(import.meta.glob('/content/guide/*.mdx'))
  .map((path) => path.replace(/^.*\//, '').replace(/\.mdx$/, ''))
  .sort();
