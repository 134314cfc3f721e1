/**
 * What goes into each PDF: the framework per locale, and per curriculum a
 * participant handbook and a trainer pack. Page order follows the site's
 * sidebars; tests check that every framework page is listed here.
 */
import {CURRICULA, modulePath, prePostQuizId, type Curriculum} from '../../src/data/curricula';

export type Locale = 'en' | 'fr';
export type BundleKind = 'framework' | 'handbook' | 'trainer-pack';

export type Bundle = {
  kind: BundleKind;
  /** File name without extension, e.g. `handbook-peer-support-fr`. */
  file: string;
  curriculum?: Curriculum['id'];
  /** Locale-free site paths, in reading order. */
  paths: string[];
  /** Show trainer-only blocks (facilitator notes). */
  trainer: boolean;
};

export const FRAMEWORK_PATHS = [
  '/framework/overview',
  '/framework/the-framework/vision',
  '/framework/the-framework/populations-and-method',
  '/framework/the-framework/competence-and-advocacy',
  '/framework/theory/origins',
  '/framework/theory/definitions',
  '/framework/theory/disability',
  '/framework/theory/user-involvement',
  '/framework/practice/projects',
  '/framework/practice/cross-cutting',
  '/framework/practice/interventions',
  '/framework/practice/resilience-and-recovery',
  '/framework/challenges',
  '/framework/who-guidance',
  '/framework/partners',
  '/framework/glossary',
];

function sessionPlanPath(c: Curriculum, slug: string): string {
  return `/trainers/session-plans/${c.id}/${slug}`;
}

/** Every PDF of a locale. */
export function bundlesFor(locale: Locale): Bundle[] {
  const bundles: Bundle[] = [{kind: 'framework', file: `framework-${locale}`, paths: FRAMEWORK_PATHS, trainer: false}];
  for (const c of CURRICULA) {
    bundles.push({
      kind: 'handbook',
      file: `handbook-${c.id}-${locale}`,
      curriculum: c.id,
      paths: [`/curricula/${c.id}`, ...c.modules.map((m) => modulePath(c, m))],
      trainer: false,
    });
    bundles.push({
      kind: 'trainer-pack',
      file: `trainer-pack-${c.id}-${locale}`,
      curriculum: c.id,
      paths: [
        '/trainers/facilitation-guide',
        ...c.modules.map((m) => sessionPlanPath(c, m.slug)),
        ...c.modules.map((m) => `/quizzes/${m.quiz}/answer-key`),
        `/quizzes/${prePostQuizId(c)}/answer-key`,
      ],
      trainer: true,
    });
  }
  return bundles;
}

/** Cover and table-of-contents wording per locale. */
export const BOOK_TEXT = {
  en: {
    hub: 'Community Mental Health Training Hub',
    framework: 'The community mental health framework',
    handbook: 'Participant handbook',
    'trainer-pack': 'Trainer pack',
    contents: 'Contents',
    built: 'Edition of',
    sources: 'Each chapter cites its sources. Learners keep their quiz answers private; this document holds no personal data.',
  },
  fr: {
    hub: 'Site de formation en santé mentale communautaire',
    framework: 'Le cadre de référence en santé mentale communautaire',
    handbook: 'Manuel du participant',
    'trainer-pack': 'Dossier du formateur',
    contents: 'Sommaire',
    built: 'Édition du',
    sources: 'Chaque chapitre cite ses sources. Ce document ne contient aucune donnée personnelle.',
  },
} as const;
