/**
 * Docusaurus plugin for the training content data (quizzes, glossary).
 * - Validates every locale's files on every build: a malformed quiz fails the build
 *   with a message naming the file and the question.
 * - Adds the trainer routes of each quiz (projector, print view, answer key), made
 *   from the same data as the web quiz.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentDataFiles, getContentData, LOCALES, type ContentData, type Locale} from './loadContentData';

export type QuizRouteKind = 'projector' | 'print' | 'answer-key';
const ROUTES: Record<QuizRouteKind, string> = {
  projector: '@site/src/components/QuizProjector/index.tsx',
  print: '@site/src/components/QuizPrint/index.tsx',
  'answer-key': '@site/src/components/QuizPrint/AnswerKey.tsx',
};

function currentLocale(context: LoadContext): Locale {
  const locale = context.i18n.currentLocale;
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en';
}

export default function contentDataPlugin(context: LoadContext): Plugin<ContentData> {
  return {
    name: 'cmh-content-data',

    async loadContent() {
      return getContentData(context.siteDir);
    },

    async contentLoaded({content, actions}) {
      const quizzes = content.quizzes[currentLocale(context)];
      for (const quiz of quizzes.values()) {
        const dataPath = await actions.createData(`quiz-${quiz.id}.json`, JSON.stringify(quiz));
        for (const [kind, component] of Object.entries(ROUTES)) {
          actions.addRoute({
            path: `${context.baseUrl}quizzes/${quiz.id}/${kind}`,
            component,
            modules: {quiz: dataPath},
            exact: true,
          });
        }
      }
    },

    getPathsToWatch() {
      return contentDataFiles(context.siteDir);
    },

    // Pages embed quiz and glossary data at compile time (see src/remark/contentData.ts):
    // editing a data file must invalidate the persistent build cache.
    configureWebpack(config) {
      const cache = (config.experiments as {cache?: unknown} | undefined)?.cache;
      if (!cache) return {};
      return {experiments: {cache: {buildDependencies: contentDataFiles(context.siteDir)}}} as never;
    },
  };
}
