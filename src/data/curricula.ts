/**
 * The four curricula and their module sequence. Titles come from the docs
 * themselves (translated per locale); this module only fixes ids and order,
 * which are the same in every language so that progress survives a change of
 * language.
 */
export type CurriculumId =
  | 'community-mental-health'
  | 'person-centred-attitudes'
  | 'resilience-and-recovery'
  | 'peer-support';

export type Module = {
  /** URL slug inside the curriculum, also the file name without its number prefix. */
  slug: string;
  /** Id of the module's knowledge-check quiz. */
  quiz: string;
};

export type Curriculum = {
  id: CurriculumId;
  /** Quiz id prefix, e.g. `cmh` for `cmh-1`. */
  prefix: string;
  modules: Module[];
};

function modules(prefix: string, slugs: string[]): Module[] {
  return slugs.map((slug, i) => ({slug, quiz: `${prefix}-${i + 1}`}));
}

export const CURRICULA: readonly Curriculum[] = [
  {
    id: 'community-mental-health',
    prefix: 'cmh',
    modules: modules('cmh', [
      'mental-health-and-distress',
      'disability-and-participation',
      'person-at-the-centre',
      'community-services',
      'interventions-and-tools',
      'challenges-and-update',
    ]),
  },
  {
    id: 'person-centred-attitudes',
    prefix: 'rogers',
    modules: modules('rogers', [
      'why-attitudes-matter',
      'congruence',
      'unconditional-positive-regard',
      'empathic-understanding',
      'know-not-stance',
      'attitudes-in-practice',
    ]),
  },
  {
    id: 'resilience-and-recovery',
    prefix: 'resilience',
    modules: modules('resilience', [
      'what-resilience-is',
      'outlook',
      'five-cs',
      'attitudes-and-regulation',
      'resilience-at-work',
      'recovery',
      'recovery-services',
    ]),
  },
  {
    id: 'peer-support',
    prefix: 'peer',
    modules: modules('peer', [
      'what-is-a-peer',
      'forms-of-peer-support',
      'groups-and-organisations',
      'peer-support-at-a-distance',
      'why-peer-support-matters',
      'building-peer-support',
      'scaling-up',
    ]),
  },
];

/** The curriculum with this id; throws on an unknown id (a content error). */
export function getCurriculum(id: string): Curriculum {
  const found = CURRICULA.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown curriculum "${id}". Known: ${CURRICULA.map((c) => c.id).join(', ')}`);
  return found;
}

/** Doc id of a module page (number prefixes are stripped by Docusaurus). */
export const moduleDocId = (c: Curriculum, m: Module) => `curricula/${c.id}/${m.slug}`;
/** Site path of a module page, locale-free. */
export const modulePath = (c: Curriculum, m: Module) => `/curricula/${c.id}/${m.slug}`;
/** Id of the curriculum's pre/post test quiz. */
export const prePostQuizId = (c: Curriculum) => `${c.prefix}-prepost`;
