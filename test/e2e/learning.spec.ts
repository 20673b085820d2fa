import { test, expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { watchLayoutShift, watchPage } from './helpers';
import { PROGRESS_KEY } from '../../src/schemas/storage-keys';

const CHAPTER = '/guide/marketing-vs-sales/';

/**
 * Scrolls to an element and waits until the island around it has hydrated. Islands here load
 * when visible, so waiting for every island on the page would wait for ones never scrolled to.
 */
async function hydrated(locator: Locator) {
  await locator.first().scrollIntoViewIfNeeded();
  // client:intent islands (the sidebar) wait for the reader to do something.
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
  // The chapter's check island fetches its questions once it hydrates.
  await hydrated(page.locator('section.check .kc'));
  const questions = page.locator('section.check fieldset.kc-q');
  await expect(questions.first()).toBeVisible();
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
      '1. A friend asks you to sum up the difference between the two jobs in one line. Which line is the fairest?',
    );
    await first
      .getByRole('radio', { name: 'Marketing works on the market as a whole; sales works with one buyer at a time.' })
      .check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('.kc-feedback')).toHaveText('✓ Right.');
    await expect(first.getByText('Right answer, and you chose it. Marketing reaches many people')).toBeVisible();
    await expect(first.getByRole('radio').first()).toBeDisabled();

    const third = questions.nth(2);
    await third.getByRole('button', { name: 'Check answer' }).click();
    await expect(third.getByText('Choose an answer first.')).toBeVisible();
    await third.getByRole('checkbox', { name: /may be strong in one half/ }).check();
    await third.getByRole('checkbox', { name: /spend too long on research/ }).check();
    await third.getByRole('button', { name: 'Check answer' }).click();
    // Feedback names the right answers by their text, never by a position that changes per attempt.
    await expect(third.locator('.kc-feedback')).toHaveText(
      "✗ Not quite. The notes under the options say why. Right answers: “The person may be strong in one half and weak in the other, and be blamed for the weak half.” and “Nobody looks at where the market is going, because only this month's deals count.” and “When results fall, it will be hard to tell which half of the work went wrong.”",
    );
    await expect(third.getByText('Not right, but you chose it.')).toBeVisible();
    await expect(third.getByText('A right answer you did not choose.')).toHaveCount(2);

    const n = await questions.count();
    for (const i of [1, ...Array.from({ length: n - 3 }, (_, k) => k + 3)])
      await answer(questions.nth(i), await rightOptions(questions.nth(i)));
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

  test('with nothing saved, what each learning widget shows reads the same before and after hydration', async ({
    page,
    browser,
  }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const serverPage = await noJs.newPage();
    for (const [path, selector] of [
      [`${CHAPTER}check/`, 'section.check'],
      [CHAPTER, 'nav.chapter-sidebar'],
      ['/practice/sort/', '.sort'],
      ['/practice/review/', '.rq'],
      ['/progress/', '.pg'],
      ['/onboarding/', '.pt-sections'],
    ] as const) {
      await serverPage.goto(path);
      const server = await serverPage.locator(selector).innerText();
      await page.goto(path);
      for (const island of await page.locator(`${selector} astro-island, astro-island:has(${selector})`).all())
        await hydrated(island.locator('> *'));
      expect(await page.locator(selector).innerText(), `${selector} on ${path}`).toBe(server);
    }
    await noJs.close();
  });

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

  test('a reader sees chapters read in the sidebar and on the progress page after a reload', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.clock.install();
    await page.goto('/guide/what-marketing-does/');
    const sidebar = page.getByRole('navigation', { name: 'Chapters' });
    await expect(sidebar.getByRole('link', { name: /What marketing does \(read\)/ })).toHaveCount(0);

    // Scrolling straight to the end is skimming, not reading: a third of the reading time must pass too.
    const minutes = Number((await page.locator('.eyebrow').innerText()).match(/(\d+) min read/)![1]);
    const end = page.locator('.ce');
    await hydrated(end);
    await expect(end.getByRole('status')).toContainText(
      `Not marked as read yet. It will be once you have spent about ${Math.ceil(minutes / 3)} minutes with this chapter, or when you pass its check.`,
    );
    await page.clock.runFor(Math.ceil((minutes * 60_000) / 3) + 5_000);
    await expect(end.getByRole('status')).toContainText('You have read this chapter');
    await end.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(end.getByRole('status')).toContainText('Not marked as read yet.');
    await end.getByRole('button', { name: 'Mark as read' }).click();
    await expect(end.getByRole('status')).toContainText('You have read this chapter');

    await page.reload();
    await hydrated(sidebar.locator('ol'));
    await expect(sidebar.getByRole('link', { name: 'What marketing does (read)' })).toBeVisible();
    await expect(sidebar.locator('[data-chapter-link="what-marketing-does"] .cs-mark')).toHaveText('✓');
    await expect(sidebar.locator('[data-chapter-link="marketing-vs-sales"] .cs-mark')).toHaveText('');

    await page.goto('/progress/');
    await hydrated(page.locator('.pg'));
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText(/(?<!\d)1 of \d+/);
    const row = page.getByRole('row', { name: /What marketing does/ });
    await expect(row.getByRole('cell').first()).toContainText('✓');
    await row.getByRole('button', { name: 'Mark as unread: What marketing does' }).click();
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText(/(?<!\d)0 of \d+/);
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
    await expect(checks).toContainText(/(?<!\d)0 of \d+/);

    const bad = info.outputPath('notes.json');
    writeFileSync(bad, JSON.stringify({ hello: 'world' }));
    const input = other.getByLabel('Import progress from a file (.json)');
    await input.setInputFiles(bad);
    await expect(other.locator('#progress-message')).toHaveText(
      /This file is not a progress export from this guide\..*Nothing was changed\./,
    );
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(checks).toContainText(/(?<!\d)0 of \d+/);

    await input.setInputFiles(exported);
    await expect(other.locator('#progress-message')).toContainText(
      // 6 of 7 passes the check, which counts the chapter as read.
      'Imported progress.json: 1 chapter read, 1 check score, 0 exercises, 1 question to review.',
    );
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(checks).toContainText(/(?<!\d)1 of \d+/);
    await other.reload();
    await hydrated(other.locator('.pg'));
    await hydrated(other.getByRole('button', { name: 'Reset all progress…' }));
    await expect(other.getByRole('row', { name: /Two jobs that people mix up/ })).toContainText('6 of 7 (86 %)');
    await expect(other.locator('.pg-card').filter({ hasText: 'To review' })).toContainText('1 waiting');

    // Asked in place, with "keep" focused, so a stray Enter keeps everything.
    await other.getByRole('button', { name: 'Reset all progress…' }).click();
    const question = other.getByRole('group', { name: /^Delete every chapter read/ });
    await expect(question.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
    await other.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(other.getByRole('button', { name: 'Reset all progress…' })).toBeFocused();
    await expect(checks).toContainText(/(?<!\d)1 of \d+/);
    await other.getByRole('button', { name: 'Reset all progress…' }).click();
    await question.getByRole('button', { name: 'Delete all progress' }).click();
    await expect(checks).toContainText(/(?<!\d)0 of \d+/);
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
    await expect(page.locator('.pg-card').filter({ hasText: 'Chapters read' })).toContainText(/(?<!\d)0 of \d+/);
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), PROGRESS_KEY)).toBe(
      '{"v":2,"data":{"chapters":7}}',
    );
  });

  test('when their code cannot load, the progress page and “Mark as read” say so and offer a reload', async ({
    page,
  }) => {
    // Astro retries a failed import once with a query string, so the pattern does not end at ".js".
    await page.route(/\/(ProgressDashboard|ChapterEnd)\.[\w-]+\.js/, (route) => route.abort());
    await page.goto('/progress/');
    // The notice waits a few seconds, so a normal load never shows it.
    await expect(page.getByText('Your progress has not started.')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'reload the page' })).toHaveAttribute('href', '/progress/');

    await page.goto(CHAPTER);
    await page.getByRole('button', { name: 'Mark as read' }).scrollIntoViewIfNeeded();
    await expect(page.getByText('“Mark as read” has not started.')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.ce').getByRole('link', { name: 'reload the page' })).toHaveAttribute('href', CHAPTER);
  });

  test('a new hire follows the week-one path to the end and prints a summary with their name', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const problems = watchPage(page, baseURL!);
    await page.clock.install();
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
        await page.clock.runFor(10 * 60_000);
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
        // The builder records the tool once the funnel is calculated; leave only after it has.
        await expect
          .poll(() => page.evaluate(() => localStorage.getItem('msg:progress') ?? ''))
          .toContain('"funnel":{"usedOn"');
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
    await expect(sheet.getByRole('row', { name: /Two jobs that people mix up/ })).toContainText(/6 of 7 \(86 %\)/);
    await expect(sheet).toContainText('Funnel builder: used. Self-assessment: taken.');

    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: boolean }).__printed = true;
      };
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: boolean }).__printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan')).toBeHidden();
    await expect(sheet).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('an onboarding page prints as the one-page summary, not the week plan, however printing starts', async ({
    page,
  }) => {
    // A new hire some way through the week: a name and two chapters read, so the summary's table is filled in.
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify({
        v: 2,
        data: {
          chapters: {
            'marketing-vs-sales': { readOn: '2025-03-10' },
            'what-marketing-does': { readOn: '2025-03-11' },
          },
          checks: {
            'marketing-vs-sales': { best: { correct: 5, total: 6 }, last: { correct: 5, total: 6 }, attempts: 1 },
          },
          exercises: {},
          tools: {},
          tasks: {},
          review: {},
          name: 'Alex Doe',
        },
      }),
    ] as const);
    // Printed before the summary has loaded (it loads when scrolled to), the page says how to get the progress in.
    await page.goto('/onboarding/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('This summary had not read your progress when you printed')).toBeVisible();
    await page.emulateMedia({ media: null });
    const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    for (const path of ['/onboarding/', '/onboarding/sdr/']) {
      await page.goto(path);
      const sheet = page.locator('.cs-sheet');
      await hydrated(sheet);
      await expect(sheet).toContainText('Alex Doe');
      // Printed from the browser's menu, without the button: the plan (4 to 5 A4 pages on screen) is left out.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pages(pdf), `${path} printed on A4`).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.plan')).toBeHidden();
      await expect(sheet).toBeVisible();
      await expect(sheet.getByRole('row', { name: /Two jobs that people mix up/ })).toContainText('5 of 6');
      // Back to no emulation (page.pdf would print with screen styles after `media: 'screen'`).
      await page.emulateMedia({ media: null });
    }
  });

  test("a first-time reader is told where to start; a returning one sees where to continue and each chapter's state, and nothing shifts", async ({
    page,
  }) => {
    await page.goto('/');
    const go = page.locator('.cr-go');
    await hydrated(go);
    await expect(go).toHaveText('Start with chapter 1: Two jobs that people mix up');
    await expect(go).toHaveAttribute('href', '/guide/marketing-vs-sales/');

    await page.evaluate(() =>
      localStorage.setItem(
        'msg:progress',
        JSON.stringify({
          v: 2,
          data: {
            chapters: {
              'marketing-vs-sales': { readOn: '2025-03-10' },
              'what-marketing-does': { readOn: '2025-03-11' },
            },
            checks: {
              'marketing-vs-sales': { best: { correct: 5, total: 6 }, last: { correct: 5, total: 6 }, attempts: 1 },
            },
            exercises: {},
            tools: {},
            tasks: {},
            review: {},
            name: '',
          },
        }),
      ),
    );
    const layoutShift = await watchLayoutShift(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/guide/']) {
        await page.goto(path, { waitUntil: 'networkidle' });
        await hydrated(page.locator('.cr-go'));
        await expect(page.locator('.cr-go')).toHaveText('Continue: 3. What sales does');
        await expect(page.locator('.cr-sub')).toContainText('2 of ');
        const states = page.locator('.gs li');
        await expect(states.nth(0).locator('.gs-state')).toHaveText('Your progress: ✓ Read · check 83 %');
        await expect(states.nth(1).locator('.gs-state')).toHaveText('Your progress: ✓ Read');
        await expect(states.nth(2).locator('.gs-state')).toHaveText('Your progress: Not started');
        await page.waitForTimeout(300);
        expect(await layoutShift(), `${path} at ${width} px`).toBe(0);
      }
    }
  });

  test('a missed question waits a day, with a practice round meanwhile that leaves the schedule alone; it then comes back, and after three days again', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2025-03-14T10:00:00'));
    await takeCheck(page, CHAPTER, [0]);
    await page.goto('/practice/review/');
    await hydrated(page.locator('.rq'));
    await expect(page.getByText('Nothing is due for review today.')).toBeVisible();
    await expect(page.locator('.rq-next')).toContainText('The next question comes back on 15 March 2025.');
    await page.getByRole('button', { name: 'Practise 5 questions now' }).click();
    const round = page.locator('.rq-practice fieldset.kc-q');
    await expect(round).toHaveCount(5);
    await expect(round.first().locator('input').first()).toBeFocused();
    // The scheduled question comes first.
    await expect(round.first().locator('.kc-prompt')).toHaveText(/^A friend asks you to sum up/);
    for (let i = 0; i < 5; i++) await answer(round.nth(i), await rightOptions(round.nth(i)));
    await expect(page.locator('.rq-practice [role="status"]')).toHaveText('Practice round: 5 of 5 right.');
    await expect(
      page.getByRole('listitem').filter({ hasText: '15 March 2025: “A friend asks you to sum up the difference' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Another practice round' }).click();
    await expect(round).toHaveCount(5);
    await expect(round.first().locator('.kc-feedback')).toHaveText('');

    await page.clock.setFixedTime(new Date('2025-03-15T09:00:00'));
    await page.reload();
    await hydrated(page.locator('.rq'));
    await expect(page.getByText('1 question is due today. 0 answered.')).toBeVisible();
    const q = page.locator('fieldset.kc-q');
    await answer(q, await rightOptions(q));
    await expect(q.locator('.kc-feedback')).toHaveText('✓ Right.');
    await expect(page.getByText('It comes back in 3 days, on 18 March 2025.')).toBeVisible();
  });

  test('a question since removed from its check is neither asked nor counted, and a removed chapter does not make a reader a returning one', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2025-03-20T10:00:00'));
    await page.goto('/');
    const item = (chapter: string, question: string) => ({
      chapter,
      question,
      step: 0,
      due: '2025-03-15',
      missed: '2025-03-14',
    });
    await page.evaluate(
      ({ key, review }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            v: 2,
            data: {
              chapters: { 'a-removed-chapter': {} },
              checks: {},
              exercises: {},
              tools: {},
              tasks: {},
              review,
              name: '',
            },
          }),
        ),
      {
        key: PROGRESS_KEY,
        review: {
          'marketing-vs-sales/two-days': item('marketing-vs-sales', 'two-days'),
          'what-marketing-does/price-brings-money': item('what-marketing-does', 'price-brings-money'),
        },
      },
    );
    await page.reload();
    await hydrated(page.locator('.cr-go'));
    await expect(page.locator('.cr-go')).toHaveText('Start with chapter 1: Two jobs that people mix up');

    await page.goto('/progress/');
    await hydrated(page.locator('.pg'));
    const card = page.locator('.pg-card').filter({ hasText: 'To review' });
    await expect(card).toContainText('1 due today');
    await expect(card).toContainText('0 waiting');

    await page.goto('/practice/review/');
    await hydrated(page.locator('.rq'));
    await expect(page.getByText('1 question is due today. 0 answered.')).toBeVisible();
    await expect(page.getByText(/NaN|undefined/)).toHaveCount(0);
  });

  test('on phones the progress table becomes one card per chapter (320 px) and each sort activity one short card (390 px)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/progress/');
    await hydrated(page.locator('.pg'));
    const row = page.getByRole('row', { name: /What marketing does/ });
    await expect(row.locator('.cell-label').first()).toBeVisible();
    await expect(row.getByRole('button', { name: 'Mark as read: What marketing does' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const box = await row.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await expect(page.getByRole('heading', { name: 'What counts as read' })).toBeVisible();
    {
      // on a 390 px phone each sort activity and its three choices make one short card.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto('/practice/sort/');
      await hydrated(page.locator('.sort-item'));
      const item = page.locator('.sort-item').first();
      const tops = await item
        .locator('.sort-choice')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      // The three choices sit side by side in one row...
      expect(tops).toHaveLength(3);
      expect(new Set(tops.map(Math.round)).size).toBe(1);
      // ...and the whole card, with its "Show the answer" line, stays short.
      expect((await item.boundingBox())!.height).toBeLessThan(150);
    }
  });

  test('on a touch screen, tapping a glossary term shows its definition in place; only the link inside navigates', async ({
    browser,
  }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto('/guide/what-marketing-does/');
    const term = page.locator('.term').first();
    const link = term.locator('.term-link');
    const tip = term.locator('.term-tip');
    await expect(tip).toBeHidden();
    await link.tap();
    await expect(page).toHaveURL(/\/guide\/what-marketing-does\/$/);
    await expect(tip).toBeVisible();
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();
    await link.tap();
    await expect(tip).toBeVisible();
    const href = await link.getAttribute('href');
    await tip.getByRole('link', { name: 'Full entry in the glossary' }).tap();
    await expect(page).toHaveURL(new RegExp(`${href!.replace('#', '#')}$`));
    await context.close();
  });
});
