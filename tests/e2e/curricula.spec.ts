import {expect, test} from '@playwright/test';
import {CURRICULA} from '../../src/data/curricula';
import {answerQuizWithKeyboard, LOCALES, loadQuiz, prefix} from './helpers';

// Walk one module of every curriculum in each language: open it from the landing
// page, read it, pass its quiz, and find it done on the landing page.
for (const locale of LOCALES) {
  for (const c of CURRICULA) {
    const m = c.modules[0]!;
    test(`${locale}: ${c.id} — read a module, pass its quiz, see progress on the landing page`, async ({page}) => {
      const landing = `${prefix(locale)}/curricula/${c.id}`;
      await page.goto(landing);
      await expect(page.locator(`[data-module="${m.slug}"]`)).toHaveAttribute('data-status', 'todo');
      await page.locator(`[data-module="${m.slug}"] a`).first().click();
      await expect(page).toHaveURL(new RegExp(`${landing}/${m.slug}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('article h2').first()).toBeVisible();
      await answerQuizWithKeyboard(page, loadQuiz(locale, m.quiz), locale);
      await expect(page.getByTestId('quiz-result')).toContainText('100');
      await page.goto(landing);
      await expect(page.locator(`[data-module="${m.slug}"]`)).toHaveAttribute('data-status', 'done');
      await expect(page.getByTestId('module-list')).toContainText(locale === 'fr' ? `1 module(s) terminé(s) sur ${c.modules.length}` : `1 of ${c.modules.length} modules done`);
    });
  }
}
