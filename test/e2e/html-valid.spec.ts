import { test, expect } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

test('every built page is valid HTML (html-validate, recommended rules, no inline styles)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const m of report.results.flatMap((r) => r.messages))
      problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
