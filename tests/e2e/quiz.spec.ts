import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {answerQuizWithKeyboard, loadQuiz, prefix, reachQuiz, tabTo} from './helpers';

const MODULE = '/curricula/community-mental-health/mental-health-and-distress';
const PROGRESS = '/curricula/community-mental-health/progress';
const QUIZ_ID = 'cmh-1';

test('a learner answers a quiz with the keyboard only; the result is announced, kept on reload and shown on the progress page', async ({page}) => {
  const quiz = loadQuiz('en', QUIZ_ID);
  await page.goto(MODULE);
  await answerQuizWithKeyboard(page, quiz, 'en');
  const result = page.getByTestId('quiz-result');
  await expect(result).toHaveAttribute('role', 'status');
  await expect(result).toContainText('(100%)');
  await expect(result).toContainText('You passed');
  // Focus lands on the result so that it is read out.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quiz-result');
  // Per-question feedback is shown.
  await expect(page.locator(`section[data-quiz="${QUIZ_ID}"] fieldset`).first()).toContainText('Correct');

  await page.reload();
  await reachQuiz(page, QUIZ_ID);
  await expect(page.locator(`section[data-quiz="${QUIZ_ID}"] [data-testid="quiz-status"]`)).toContainText('Last score 100%');
  await expect(page.locator(`section[data-quiz="${QUIZ_ID}"] [data-testid="quiz-status"]`)).toContainText('Passed');

  await page.goto(PROGRESS);
  await expect(page.locator('tr[data-module="mental-health-and-distress"]')).toContainText('100%');
  await expect(page.getByTestId('curriculum-progress')).toContainText('1 of 6 modules done');
  await page.goto('/curricula/community-mental-health');
  await expect(page.locator('[data-module="mental-health-and-distress"]')).toHaveAttribute('data-status', 'done');
});

test('a wrong answer gets its own feedback and the explanation links to the framework', async ({page}) => {
  const quiz = loadQuiz('en', QUIZ_ID);
  const q = quiz.questions.find((x) => x.type === 'single' || x.type === 'scenario' || x.type === 'truefalse');
  if (!q || !('options' in q)) throw new Error('cmh-1 needs a single-choice question');
  const wrong = q.options.find((o) => !o.correct)!;
  await page.goto(MODULE);
  await reachQuiz(page, QUIZ_ID);
  const fs_ = page.locator(`section[data-quiz="${QUIZ_ID}"] fieldset[id$="-${q.id}"]`);
  await fs_.locator(`input[value="${wrong.id}"]`).check();
  // Submitting with unanswered questions asks for them first.
  await page.locator(`section[data-quiz="${QUIZ_ID}"] button[type=submit]`).click();
  await expect(page.getByTestId('quiz-result').first()).toContainText('Please answer every question first');
  await expect(fs_).not.toContainText(wrong.feedback);
});

test('progress survives export, clearing the browser, and import', async ({page, context}, testInfo) => {
  await page.goto(MODULE);
  await page.evaluate(() =>
    localStorage.setItem(
      'cmh-training-hub:progress',
      JSON.stringify({app: 'cmh-training-hub', version: 2, quizzes: {'cmh-1': {best: 80, last: 80, passed: true, attempts: 1, lastAnswers: {}, updatedAt: '2026-01-01T00:00:00.000Z'}}, reflections: {}}),
    ),
  );
  await page.goto(PROGRESS);
  await expect(page.locator('tr[data-module="mental-health-and-distress"]')).toContainText('80%');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export my progress'}).click()]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('cmh-training-hub-progress');

  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('tr[data-module="mental-health-and-distress"]')).toContainText('—');

  await page.getByTestId('progress-file').setInputFiles(file);
  await expect(page.getByTestId('progress-transfer-status')).toHaveText('Progress imported.');
  await expect(page.locator('tr[data-module="mental-health-and-distress"]')).toContainText('80%');
});

test('corrupt stored progress never breaks a page: it is reset with a visible notice', async ({page}) => {
  await page.goto(MODULE);
  // Once this page has read storage, plant corrupt data for the next load.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.evaluate(() => localStorage.setItem('cmh-training-hub:progress', '{broken'));
  await page.reload();
  await reachQuiz(page, QUIZ_ID);
  await expect(page.getByTestId('progress-notice').first()).toContainText('damaged');
  await expect(page.locator(`section[data-quiz="${QUIZ_ID}"]`)).toBeVisible();
});

test('projector mode shows one question at a time, tallies hands and reveals the answer', async ({page}) => {
  const quiz = loadQuiz('en', QUIZ_ID);
  const first = quiz.questions[0]!;
  await page.goto(`/quizzes/${QUIZ_ID}/projector`);
  await expect(page.getByTestId('projector-position')).toHaveText(`Question 1 of ${quiz.questions.length}`);
  await expect(page.getByRole('heading', {level: 2})).toHaveText(first.prompt);
  if ('options' in first) {
    await page.getByLabel('Hands for option A').fill('3');
    await page.getByLabel('Hands for option B').fill('1');
    await expect(page.locator('main li').first()).toContainText('75%');
  }
  await page.getByRole('button', {name: 'Reveal the answer'}).click();
  await expect(page.getByTestId('projector-answer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('projector-position')).toHaveText(`Question 2 of ${quiz.questions.length}`);
  await expect(page.getByTestId('projector-answer')).toHaveCount(0);
});

test('the print view and the answer key come from the same data', async ({page}) => {
  const quiz = loadQuiz('en', QUIZ_ID);
  await page.goto(`/quizzes/${QUIZ_ID}/print`);
  await expect(page.getByTestId('quiz-print').locator('[data-question]')).toHaveCount(quiz.questions.length);
  // Participants' copy: prompts, but neither explanations nor feedback.
  for (const q of quiz.questions) {
    await expect(page.locator(`[data-question="${q.id}"]`)).toContainText(q.prompt);
    if (q.type !== 'reflection') await expect(page.getByTestId('quiz-print')).not.toContainText(q.explanation);
  }
  await page.goto(`/quizzes/${QUIZ_ID}/answer-key`);
  for (const q of quiz.questions) if (q.type !== 'reflection') await expect(page.getByTestId('answer-key')).toContainText(q.explanation);
});

test('trainer view reveals facilitator notes and answer keys, and is remembered', async ({page}) => {
  await page.goto(MODULE);
  await expect(page.getByTestId('trainer-notes').first()).toBeHidden();
  const toggle = page.getByRole('switch', {name: 'Trainer view'});
  await tabTo(page, 'button[role=switch]');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('trainer-notes').first()).toBeVisible();
  await reachQuiz(page, QUIZ_ID);
  await expect(page.locator(`section[data-quiz="${QUIZ_ID}"]`)).toContainText('(Answer key)');
  await page.reload();
  await expect(page.getByTestId('trainer-notes').first()).toBeVisible();
});

test('the French quiz interface is translated', async ({page}) => {
  const quiz = loadQuiz('fr', QUIZ_ID);
  await page.goto(`${prefix('fr')}${MODULE}`);
  const section = page.locator(`section[data-quiz="${QUIZ_ID}"]`);
  await expect(section.getByRole('heading')).toHaveText(quiz.title);
  await expect(section.getByRole('button', {name: 'Vérifier mes réponses'})).toBeVisible();
  await expect(section).toContainText('seuil de réussite');
  await answerQuizWithKeyboard(page, quiz, 'fr');
  await expect(page.getByTestId('quiz-result')).toContainText('Quiz réussi');
});

test('axe finds no WCAG 2.1 A/AA violation on a module page with a quiz', async ({page}) => {
  for (const path of [MODULE, `/fr${MODULE}`]) {
    await page.goto(path);
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});

test('quiz code loads only where a quiz is, and not with the page: when the reader comes near it', async ({page, request}) => {
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  const bodies = async (urls: string[]) => Promise.all(urls.map(async (u) => (await request.get(u)).text()));
  // A string that exists only in the quiz component.
  const marker = 'Check my answers';
  await page.goto('/framework/overview', {waitUntil: 'networkidle'});
  expect((await bodies(scripts)).some((js) => js.includes(marker))).toBe(false);

  // A module page: the quiz is in the HTML, readable, its controls disabled until its code runs,
  // which the page's load did not fetch.
  scripts.length = 0;
  await page.goto(MODULE, {waitUntil: 'networkidle'});
  const atLoad = [...scripts];
  const section = page.locator(`section[data-quiz="${QUIZ_ID}"]`);
  await expect(section.getByRole('heading')).toHaveText(loadQuiz('en', QUIZ_ID).title);
  expect((await bodies(atLoad)).some((js) => js.includes(marker))).toBe(false);

  await reachQuiz(page, QUIZ_ID);
  await expect(section.locator('input[type=radio]').first()).toBeEnabled();
  expect((await bodies(scripts)).some((js) => js.includes(marker))).toBe(true);
});

test('a quiz the reader has not scrolled to is answerable a few seconds after the page has loaded', async ({page}) => {
  await page.goto(MODULE);
  const radio = page.locator(`section[data-quiz="${QUIZ_ID}"] input[type=radio]`).first();
  await expect(radio).toBeDisabled();
  await expect(radio).toBeEnabled({timeout: 15_000});
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a learner who passed every module gets a printable certificate with the name they type', async ({page}) => {
  const quizzes = ['cmh-1', 'cmh-2', 'cmh-3', 'cmh-4', 'cmh-5', 'cmh-6'];
  await page.goto(PROGRESS);
  await expect(page.locator('.alert--info')).toContainText('Pass every module');
  await page.evaluate((ids) => {
    const record = {best: 90, last: 90, passed: true, attempts: 1, lastAnswers: {}, updatedAt: '2026-01-01T00:00:00.000Z'};
    localStorage.setItem('cmh-training-hub:progress', JSON.stringify({app: 'cmh-training-hub', version: 2, quizzes: Object.fromEntries(ids.map((id) => [id, record])), reflections: {}}));
  }, quizzes);
  await page.reload();
  await expect(page.getByTestId('curriculum-progress')).toContainText('6 of 6 modules done');
  await page.getByLabel('Your name as it should appear on the certificate').fill('Amina Uwase');
  const certificate = page.getByTestId('certificate');
  await expect(certificate).toContainText('Amina Uwase');
  await expect(certificate).toContainText('Community mental health at HI');
  // Printing shows the certificate alone.
  await certificate.evaluate((el) => {
    el.dataset.printTarget = 'on';
    document.documentElement.dataset.printOnly = 'on';
  });
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('table').first()).toBeHidden();
  await expect(certificate).toBeVisible();
});

test('moving between modules within the site always shows the quiz of the page shown', async ({page}) => {
  await page.goto(MODULE, {waitUntil: 'networkidle'});
  await expect(page.locator('section[data-quiz]')).toHaveAttribute('data-quiz', QUIZ_ID);
  // Client-side navigation: the next module renders while this one is still in the page.
  await page.locator('a.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/disability-and-participation$/);
  await expect(page.locator('section[data-quiz]')).toHaveAttribute('data-quiz', 'cmh-2');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${MODULE}$`));
  await expect(page.locator('section[data-quiz]')).toHaveAttribute('data-quiz', QUIZ_ID);
  await reachQuiz(page, QUIZ_ID);
});
