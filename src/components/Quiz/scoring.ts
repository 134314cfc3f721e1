/** Scoring of quiz answers: pure functions shared by the web quiz, projector and tests. */
// Types only: any runtime import of quizSchema.ts ships zod (24 KB gzipped) to the browser.
import type {Question, Quiz, ScoredQuestion} from '../../data/quizSchema';
import type {Answer, Answers} from '../../data/progress';

/** True for questions that count towards the score. */
export function isScored(q: Question): q is ScoredQuestion {
  return q.type !== 'reflection';
}

/** Whether an answer to a scored question is fully right (multiple choice is all-or-nothing). */
export function isCorrect(q: ScoredQuestion, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  switch (q.type) {
    case 'single':
    case 'truefalse':
    case 'scenario':
      return q.options.some((o) => o.correct && o.id === answer);
    case 'multiple': {
      if (!Array.isArray(answer)) return false;
      const expected = q.options.filter((o) => o.correct).map((o) => o.id).sort();
      return answer.slice().sort().join() === expected.join();
    }
    case 'ordering':
      return Array.isArray(answer) && answer.join() === q.items.map((i) => i.id).join();
    case 'matching':
      return typeof answer === 'object' && !Array.isArray(answer) && q.pairs.every((p) => answer[p.id] === p.id);
  }
}

/** Whether the learner gave some answer (used to ask before submitting blanks). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === '') return false;
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.values(answer).some(Boolean);
  return true;
}

export type QuizResult = {correct: number; total: number; percent: number; passed: boolean; bandFeedback: string};

/** Scores a whole quiz; reflection items never count. */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const scored = quiz.questions.filter(isScored);
  const correct = scored.filter((q) => isCorrect(q, answers[q.id])).length;
  const total = scored.length;
  const percent = total ? Math.round((correct / total) * 100) : 0;
  const band = [...quiz.bands].reverse().find((b) => percent >= b.min) ?? quiz.bands[0]!;
  return {correct, total, percent, passed: percent >= quiz.passMark, bandFeedback: band.feedback};
}
