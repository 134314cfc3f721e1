/**
 * The one typed quiz model. Quiz content lives in per-locale YAML files
 * (`src/data/quizzes/<locale>/<id>.yaml`) and is validated at build time
 * against these schemas; components import only the inferred types.
 */
import * as z from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)');
/** A site path such as `/framework/theory/definitions`: locale-free, no anchor. */
const sitePath = z
  .string()
  .regex(/^\/[a-z0-9\-/]*$/, 'must be a site path like /framework/overview (no anchor, no locale)');

const option = z.strictObject({
  id: kebabId,
  text: nonEmpty,
  correct: z.boolean().optional(),
  feedback: nonEmpty,
});

const scored = {
  id: kebabId,
  prompt: nonEmpty,
  explanation: nonEmpty,
  link: sitePath,
};

const choiceQuestion = z.strictObject({
  ...scored,
  type: z.enum(['single', 'multiple', 'truefalse']),
  options: z.array(option).min(2, 'needs at least two options'),
});

const scenarioQuestion = z.strictObject({
  ...scored,
  type: z.literal('scenario'),
  scenario: nonEmpty,
  options: z.array(option).min(2, 'needs at least two options'),
});

const orderingQuestion = z.strictObject({
  ...scored,
  type: z.literal('ordering'),
  items: z
    .array(z.strictObject({id: kebabId, text: nonEmpty, feedback: nonEmpty}))
    .min(3, 'needs at least three items'),
});

const matchingQuestion = z.strictObject({
  ...scored,
  type: z.literal('matching'),
  pairs: z
    .array(z.strictObject({id: kebabId, left: nonEmpty, right: nonEmpty, feedback: nonEmpty}))
    .min(2, 'needs at least two pairs'),
});

const reflectionQuestion = z.strictObject({
  id: kebabId,
  type: z.literal('reflection'),
  prompt: nonEmpty,
  scale: z
    .strictObject({
      min: z.number().int(),
      max: z.number().int(),
      minLabel: nonEmpty,
      maxLabel: nonEmpty,
    })
    .refine((s) => s.max > s.min && s.max - s.min <= 10, 'scale max must be above min (at most 11 steps)')
    .optional(),
});

export const questionSchema = z.discriminatedUnion('type', [
  choiceQuestion,
  scenarioQuestion,
  orderingQuestion,
  matchingQuestion,
  reflectionQuestion,
]);

export const quizSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  passMark: z.number().min(0).max(100),
  bands: z
    .array(z.strictObject({min: z.number().min(0).max(100), feedback: nonEmpty}))
    .min(1, 'needs at least one score band'),
  questions: z.array(questionSchema).min(1, 'needs at least one question'),
});

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestion> | z.infer<typeof scenarioQuestion>;
export type OrderingQuestion = z.infer<typeof orderingQuestion>;
export type MatchingQuestion = z.infer<typeof matchingQuestion>;
export type ReflectionQuestion = z.infer<typeof reflectionQuestion>;
export type ScoredQuestion = Exclude<Question, ReflectionQuestion>;
export type Option = z.infer<typeof option>;

export const glossaryEntrySchema = z.strictObject({
  id: kebabId,
  term: nonEmpty,
  expansion: nonEmpty.optional(),
  definition: nonEmpty,
  link: sitePath.optional(),
});
export const glossarySchema = z.array(glossaryEntrySchema).min(1);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

