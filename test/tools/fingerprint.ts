/**
 * `npm run fingerprint`: regenerates test/fixtures/article-fingerprint.json from the source article
 * (../shared/seed/article.txt, beside the repository), and says whether it changed. Run it when the
 * article changes and commit the result. Nothing else reads the article, and no test does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf } from './originality.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const articlePath = path.resolve(root, '..', 'shared', 'seed', 'article.txt');
export const fingerprintPath = path.join(root, 'test', 'fixtures', 'article-fingerprint.json');
export const ABOUT =
  'SHA-256 (first 16 hex digits) of every normalised 8-word run of ../shared/seed/article.txt. Regenerate: npm run fingerprint';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(articlePath)) {
    console.error(`The source article is not at ${articlePath}; the committed fingerprint is left as it is.`);
    process.exit(1);
  }
  const fingerprint = `${JSON.stringify(fingerprintOf(readFileSync(articlePath, 'utf8'), ABOUT), null, 2)}\n`;
  const file = path.relative(root, fingerprintPath);
  if (existsSync(fingerprintPath) && readFileSync(fingerprintPath, 'utf8') === fingerprint) {
    console.log(`${file} is up to date.`);
  } else {
    writeFileSync(fingerprintPath, fingerprint);
    console.log(`Wrote ${file}: the article has changed; commit it.`);
  }
}
