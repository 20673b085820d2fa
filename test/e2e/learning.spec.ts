import { test, expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { watchPage } from './helpers';
import { PROGRESS_KEY } from '../../src/schemas/storage-keys';

const CHAPTER = '/guide/marketing-vs-sales/';

/**
 * Scrolls to an element and waits until the island around it has hydrated. Islands here load
 * when visible, so waiting for every island on the page would wait for ones never scrolled to.
 */
async function hydrated(locator: Locator) {
  await locator.first().scrollIntoViewIfNeeded();
  // client:interaction islands (the sidebar) wait for the reader to do something.
  await locator.first().page().mouse.wheel(0, 1);
  await expect(locator.first().locator('xpath=ancestor-or-self::astro-island[1]')).not.toHaveAttribute('ssr');
}

/** The answer key of a question, read from its server-rendered "Show the answer" list (one line per option, in order). */
async function rightOptions(question: Locator): Promise<number[]> {
  const lines = await question.locator('.kc-answer li').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return lines.flatMap((l, i) => (l.startsWith('Right') ? [i] : []));
}

/** Chooses options in a question (radios or checkboxes), then presses its "Check answer" button. */
async function answer(question: Locator, chosen: number[]) {
  const inputs = question.locator('input');
  for (const i of chosen) await inputs.nth(i).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
}

async function openCheck(page: Page, path: string) {
  await page.goto(`${path}#check`);
  const questions = page.locator('section.check fieldset.kc-q');
  await hydrated(questions);
  return questions;
}

/** Answers every question of a chapter's check correctly except those listed in `wrong`. */
async function takeCheck(page: Page, path: string, wrong: number[] = []) {
  const questions = await openCheck(page, path);
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const key = await rightOptions(q);
    const total = await q.locator('input').count();
    const pick = wrong.includes(i) ? [[...Array(total).keys()].find((j) => !key.includes(j))!] : key;
    await answer(q, pick);
  }
  return n;
}

test.describe('learning layer', () => {
  test('a student answers a chapter check right and wrong, gets an explanation for each answer and keeps the best score', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    const questions = await openCheck(page, CHAPTER);
    await expect(page.getByText('You have not finished this check yet.')).toBeVisible();

    const first = questions.nth(0);
    await expect(first.locator('legend')).toHaveText(
      '1. Which sentence best describes the difference between marketing and sales?',
    );
    await first
      .getByRole('radio', { name: 'Marketing works on the market as a whole; sales works with one buyer at a time.' })
      .check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('.kc-feedback')).toHaveText('✓ Right.');
    await expect(first.getByText('Right answer, and you chose it. This is the core of the chapter.')).toBeVisible();
    await expect(first.getByRole('radio').first()).toBeDisabled();

    const second = questions.nth(1);
    await second.getByRole('button', { name: 'Check answer' }).click();
    await expect(second.getByText('Choose an answer first.')).toBeVisible();
    await second.getByRole('checkbox', { name: 'The wrong people get hired.' }).check();
    await second.getByRole('checkbox', { name: 'The product costs more to make.' }).check();
    await second.getByRole('button', { name: 'Check answer' }).click();
    await expect(second.locator('.kc-feedback')).toContainText('✗ Not quite.');
    await expect(second.getByText('Not right, but you chose it.')).toBeVisible();
    await expect(second.getByText('A right answer you did not choose.')).toHaveCount(2);

    const n = await questions.count();
    for (let i = 2; i < n; i++) await answer(questions.nth(i), await rightOptions(questions.nth(i)));
    const result = page.getByRole('status').filter({ hasText: 'You got' });
    await expect(result).toContainText(`You got ${n - 1} of ${n} right`);
    await expect(result).toContainText('The question you missed will come back for review tomorrow.');
    await expect(page.getByText(`Your best score: ${n - 1} of ${n}`).first()).toBeVisible();

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(questions.nth(0).getByRole('radio').first()).toBeFocused();
    await expect(questions.nth(0).locator('.kc-feedback')).toHaveText('');
    for (let i = 0; i < n; i++) {
      const key = await rightOptions(questions.nth(i));
      await answer(questions.nth(i), [[0, 1, 2, 3].find((j) => !key.includes(j))!]);
    }
    await expect(result).toContainText(`You got 0 of ${n} right (0 %).`);
    await expect(page.locator('.kc-best')).toContainText(`Your best score: ${n - 1} of ${n}`);
    await expect(page.locator('.kc-best')).toContainText(`Last time: 0 of ${n}`);

    await page.reload();
    await hydrated(page.locator('.kc-best'));
    await expect(page.locator('.kc-best')).toContainText(`Your best score: ${n - 1} of ${n}`);
    await expect(page.locator('.kc-best')).toContainText('attempt 2');
    expect(problems).toEqual([]);
  });

  test('a chapter loads almost no JavaScript until its check is scrolled into view', async ({ page }, info) => {
    const urls: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') urls.push(r.url());
    });
    const gzipOf = async (list: string[]) => {
      let n = 0;
      for (const u of list) n += gzipSync(await (await page.request.get(u)).body()).length;
      return n;
    };
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(CHAPTER, { waitUntil: 'networkidle' });
    const inline = gzipSync(
      await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('')),
    ).length;
    const first = [...urls];
    await hydrated(page.locator('section.check fieldset.kc-q'));
    await page.waitForLoadState('networkidle');
    const before = inline + (await gzipOf(first));
    const after = inline + (await gzipOf([...new Set(urls)]));
    info.annotations.push({ type: 'JS gzip bytes', description: `before the check: ${before}, after: ${after}` });
    expect(first.some((u) => u.includes('KnowledgeCheck'))).toBe(false);
    expect(urls.some((u) => u.includes('KnowledgeCheck'))).toBe(true);
    expect(before).toBeLessThan(5 * 1024);
    // A guard against regressions: Preact, the progress store, zod/mini and the check itself.
    expect(after).toBeLessThan(35 * 1024);
  });

  test('questions and their answers can be read without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const first = page.locator('section.check fieldset.kc-q').first();
    await expect(
      first.getByText('Which sentence best describes the difference between marketing and sales?'),
    ).toBeVisible();
    await first.getByText('Show the answer').click();
    await expect(first.getByText(/^Right: Marketing works on the market as a whole/)).toBeVisible();
    await context.close();
  });

  for (const [path, selector] of [
    [CHAPTER, 'section.check'],
    [CHAPTER, 'nav.chapter-sidebar'],
    ['/practice/sort/', '.sort'],
    ['/practice/review/', '.rq'],
    ['/progress/', '.pg'],
    ['/onboarding/', '.pt-sections'],
  ] as const) {
    test(`with nothing saved, ${selector} on ${path} reads the same before and after hydration`, async ({
      page,
      browser,
    }) => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const serverPage = await noJs.newPage();
      await serverPage.goto(path);
      const server = await serverPage.locator(selector).innerText();
      await noJs.close();
      await page.goto(path);
      for (const island of await page.locator(`${selector} astro-island, astro-island:has(${selector})`).all())
        await hydrated(island.locator('> *'));
      expect(await page.locator(selector).innerText()).toBe(server);
    });
  }

  test('a reader sorts every activity by keyboard only and sees a score with an explanation for each placement', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('/practice/sort/');
    await hydrated(page.locator('.sort-item'));
    await page.evaluate(() => window.scrollTo(0, 0));
    const items = page.locator('.sort-item');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(16);
    const groups = ['Marketing', 'Sales', 'Both'];
    const answers = await items.evaluateAll((els) =>
      els.map((el) => el.querySelector('.kc-answer span')?.textContent ?? ''),
    );

    await page.locator('main').focus();
    for (
      let i = 0;
      i < 60 &&
      !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name?.startsWith('sort-')));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    for (let i = 0; i < count; i++) {
      await expect(items.nth(i).getByRole('radio', { name: 'Marketing' })).toBeFocused();
      // Place the first activity in the wrong group on purpose.
      const target = (groups.indexOf(answers[i]!) + (i === 0 ? 1 : 0)) % 3;
      if (target === 0) await page.keyboard.press('Space');
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowRight');
      await expect(items.nth(i).getByRole('radio', { name: groups[target] })).toBeChecked();
      await page.keyboard.press('Tab'); // the "Show the answer" summary
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Check my answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'You placed' })).toContainText(
      `You placed ${count - 1} of ${count} activities in the right group`,
    );
    await expect(items.nth(0).locator('.sort-feedback')).toContainText('✗ Not quite');
    await expect(items.nth(1).locator('.sort-feedback')).toContainText('✓ Right.');
    await expect(page.locator('.kc-best')).toContainText(`Your best: ${count - 1} of ${count}`);
    expect(problems).toEqual([]);
  });

  test('checking the sort before every activity is placed says how many are left and changes nothing', async ({
    page,
  }) => {
    await page.goto('/practice/sort/');
    await hydrated(page.locator('.sort-item'));
    await page.locator('.sort-item').first().getByRole('radio', { name: 'Sales' }).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const count = await page.locator('.sort-item').count();
    await expect(page.locator('#sort-error')).toHaveText(
      `Place every activity first: ${count - 1} are not placed yet.`,
    );
    await expect(page.locator('.sort-item').nth(1).getByRole('radio', { name: 'Marketing' })).toBeFocused();
    await expect(page.locator('.sort-feedback')).toHaveCount(0);
  });

  test('a reader sees chapters read in the sidebar and on the progress page after a reload', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('/guide/what-marketing-does/');
    const sidebar = page.getByRole('navigation', { name: 'Chapters' });
    await expect(sidebar.getByRole('link', { name: /What marketing does \(read\)/ })).toHaveCount(0);

    const end = page.locator('.ce');
    await hydrated(end);
    await expect(end.getByRole('status')).toContainText('You have read this chapter');
    await end.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(end.getByRole('status')).toHaveText('This chapter is not marked as read yet.');
    await end.getByRole('button', { name: 'Mark as read' }).click();
    await expect(end.getByRole('status')).toContainText('You have read this chapter');

    await page.reload();
    await hydrated(sidebar.locator('ol'));
    await expect(sidebar.getByRole('link', { name: 'What marketing does (read)' })).toBeVisible();
    await expect(sidebar.locator('[data-chapter-link="what-marketing-does"] .cs-mark')).toHaveText('✓');
    await expect(sidebar.locator('[data-chapter-link="marketing-vs-sales"] .cs-mark')).toHaveText('');

    await page.goto('/progress/');
    await hydrated(page.locator('.pg'));
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText('1 of 9');
    const row = page.getByRole('row', { name: /What marketing does/ });
    await expect(row.getByRole('cell').first()).toContainText('✓');
    await row.getByRole('button', { name: 'Mark as unread: What marketing does' }).click();
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText('0 of 9');
    expect(problems).toEqual([]);
  });

  test('a reader exports progress, imports it in a fresh browser (a bad file changes nothing) and resets it after confirming', async ({
    page,
    browser,
    baseURL,
  }, info) => {
    await takeCheck(page, CHAPTER, [1]);
    await page.goto('/progress/');
    await hydrated(page.getByRole('button', { name: 'Export progress to a file' }));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress to a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^marketing-sales-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = info.outputPath('progress.json');
    await download.saveAs(exported);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const problems = watchPage(other, baseURL!);
    await other.goto('/progress/');
    await hydrated(other.locator('.pg'));
    await hydrated(other.getByLabel('Import progress from a file (.json)'));
    const checks = other.locator('.pg-card').filter({ hasText: 'Checks taken' });
    await expect(checks).toContainText('0 of 9');

    const bad = info.outputPath('notes.json');
    writeFileSync(bad, JSON.stringify({ hello: 'world' }));
    const input = other.getByLabel('Import progress from a file (.json)');
    await input.setInputFiles(bad);
    await expect(other.locator('#progress-message')).toHaveText(
      /This file is not a progress export from this guide\..*Nothing was changed\./,
    );
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(checks).toContainText('0 of 9');

    await input.setInputFiles(exported);
    await expect(other.locator('#progress-message')).toContainText(
      'Imported progress.json: 0 chapters read, 1 check score, 0 exercises, 1 question to review.',
    );
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(checks).toContainText('1 of 9');
    await other.reload();
    await hydrated(other.locator('.pg'));
    await hydrated(other.getByRole('button', { name: 'Reset all progress…' }));
    await expect(other.getByRole('row', { name: /Two jobs that people mix up/ })).toContainText('5 of 6 (83 %)');
    await expect(other.locator('.pg-card').filter({ hasText: 'To review' })).toContainText('1 waiting');

    await other.getByRole('button', { name: 'Reset all progress…' }).click();
    const dialog = other.getByRole('dialog', { name: 'Delete all progress?' });
    await expect(dialog.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
    await other.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(checks).toContainText('1 of 9');
    await other.getByRole('button', { name: 'Reset all progress…' }).click();
    await dialog.getByRole('button', { name: 'Delete all progress' }).click();
    await expect(checks).toContainText('0 of 9');
    await expect(other.locator('#progress-message')).toHaveText('All progress saved in this browser was deleted.');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  test('unreadable saved progress is kept aside with a message, and the progress page starts afresh', async ({
    page,
  }) => {
    await page.goto('/progress/');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":2,"data":{"chapters":7}}'), PROGRESS_KEY);
    await page.reload();
    await hydrated(page.locator('.pg'));
    await expect(
      page.getByText(
        /Your saved progress could not be read \(it does not match the expected shape at chapters\), so this starts afresh\./,
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download the unreadable progress' })).toBeVisible();
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText('0 of 9');
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), PROGRESS_KEY)).toBe(
      '{"v":2,"data":{"chapters":7}}',
    );
  });

  test('a missed question comes back for review the next day, then after three days', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-14T10:00:00'));
    await takeCheck(page, CHAPTER, [0]);
    await page.goto('/practice/review/');
    await hydrated(page.locator('.rq'));
    await expect(page.getByText('Nothing is due for review today.')).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: '15 March 2025: “Which sentence best describes' }),
    ).toBeVisible();

    await page.clock.setFixedTime(new Date('2025-03-15T09:00:00'));
    await page.reload();
    await hydrated(page.locator('.rq'));
    await expect(page.getByText('1 question is due today. 0 answered.')).toBeVisible();
    const q = page.locator('fieldset.kc-q');
    await answer(q, await rightOptions(q));
    await expect(q.locator('.kc-feedback')).toHaveText('✓ Right.');
    await expect(page.getByText('It comes back in 3 days, on 18 March 2025.')).toBeVisible();
  });

  test('a new hire follows the week-one path to the end and prints a summary with their name', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const problems = watchPage(page, baseURL!);
    await page.goto('/onboarding/');
    const summary = page.locator('.pt-summary-box');
    await hydrated(summary);
    await expect(summary).toContainText('0 of');
    await expect(summary.getByRole('link', { name: 'Two jobs that people mix up' })).toBeVisible();
    const steps = await page.locator('.pt-step').evaluateAll((els) =>
      els.map((el) => ({
        key: (el as HTMLElement).dataset.step!,
        href: el.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
    expect(steps.length).toBeGreaterThan(15);

    for (const step of steps) {
      if (step.key.startsWith('chapter-')) {
        await page.goto(step.href!);
        await hydrated(page.locator('.ce'));
        await expect(page.locator('.ce').getByRole('status')).toContainText('You have read this chapter');
      } else if (step.key.startsWith('check-')) {
        await takeCheck(page, step.href!.replace('#check', ''), [0]);
        await expect(page.getByRole('status').filter({ hasText: 'You got' })).toBeVisible();
      } else if (step.key === 'exercise-sort') {
        await page.goto(step.href!);
        await hydrated(page.locator('.sort-item'));
        for (const item of await page.locator('.sort-item').all())
          await item.getByRole('radio', { name: 'Both' }).check();
        await page.getByRole('button', { name: 'Check my answers' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'You placed' })).toBeVisible();
      } else if (step.key === 'tool-funnel') {
        // Building a funnel marks the tool as used: pick a preset in the funnel builder.
        await page.goto(step.href!);
        await hydrated(page.getByLabel('Benchmark preset'));
        await page.getByLabel('Benchmark preset').selectOption({ label: 'E-commerce' });
        await page.getByRole('button', { name: 'Use this preset' }).click();
      } else if (step.key === 'tool-assessment') {
        // Finishing the self-assessment marks it as used.
        await page.goto(step.href!);
        await hydrated(page.getByRole('radio', { name: 'Marketing' }));
        await page.getByRole('radio', { name: 'Marketing' }).check();
        await page.getByRole('button', { name: 'Next' }).click();
        for (let i = 0; i < 20 && (await page.getByRole('button', { name: /^(Next|See my results)$/ }).count()); i++) {
          for (const group of await page.locator('main fieldset:has(input[type="radio"])').all())
            await group.locator('input[type="radio"]').nth(3).check();
          await page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
        }
        await expect(page.getByRole('heading', { name: /result/i }).first()).toBeVisible();
      }
    }

    await page.goto('/onboarding/');
    await hydrated(summary);
    for (const task of await page.locator('.pt-task input').all()) {
      await hydrated(task);
      await task.check();
    }
    await expect(summary).toContainText(`${steps.length} of ${steps.length} steps done.`);
    await expect(summary).toContainText('You have finished your first week.');
    for (const list of await page.locator('.pt-steps').all()) {
      await hydrated(list);
      await expect(list.locator('.pt-mark').first()).toContainText('✓');
      await expect(list.locator('.pt-step:not(.is-done)')).toHaveCount(0);
    }

    await hydrated(page.getByLabel('Your name, as it should appear on the summary'));
    await page.getByLabel('Your name, as it should appear on the summary').fill('Alex Doe');
    await page.reload();
    const sheet = page.locator('.cs-sheet');
    await hydrated(sheet);
    await expect(page.getByLabel('Your name, as it should appear on the summary')).toHaveValue('Alex Doe');
    await expect(sheet).toContainText('Your first week: completed');
    await expect(sheet).toContainText('Alex Doe');
    await expect(sheet.getByRole('row', { name: /Two jobs that people mix up/ })).toContainText(/5 of 6 \(83 %\)/);
    await expect(sheet).toContainText('Funnel builder: used. Self-assessment: taken.');

    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: string }).__printed = document.documentElement.dataset.print ?? '';
      };
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: string }).__printed)).toBe('summary');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan')).toBeHidden();
    await expect(sheet).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('predict, then reveal: the answer opens only after a guess', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('/guide/what-marketing-does/');
    const box = page.locator('aside.pr').first();
    await hydrated(box.locator('.pr-body'));
    const answerText = box.locator('.pr-content');
    await box.getByText('Reveal the answer').click();
    await expect(box.getByText('Make your guess first')).toBeVisible();
    await expect(answerText).toBeHidden();
    await box.getByRole('radio').first().check();
    await box.getByText('Reveal the answer').click();
    await expect(answerText).toBeVisible();
    await expect(box.getByRole('status')).toContainText('You guessed');
    await expect(answerText).toContainText('Source:');
    expect(problems).toEqual([]);
  });
});
