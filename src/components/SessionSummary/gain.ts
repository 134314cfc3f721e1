/**
 * Normalised learning gain (Hake): g = (post − pre) / (100 − pre), scores in percent.
 * The share of what a learner did not know before that they learned.
 * Undefined when the pre-test score is already 100 (nothing left to gain).
 */
export function normalisedGain(pre: number, post: number): number | undefined {
  if (![pre, post].every((x) => Number.isFinite(x) && x >= 0 && x <= 100)) return undefined;
  if (pre >= 100) return undefined;
  return (post - pre) / (100 - pre);
}

/** Mean of the numbers, or undefined for an empty list. */
export function mean(values: number[]): number | undefined {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

export type GainSummary = {count: number; preMean?: number; postMean?: number; classGain?: number; meanOfGains?: number};

/** Class summary from paired pre/post scores: the gain of the class means, and the mean of individual gains. */
export function summariseGains(pairs: {pre: number; post: number}[]): GainSummary {
  const valid = pairs.filter((p) => normalisedGain(p.pre, p.post) !== undefined || p.pre === 100);
  const preMean = mean(valid.map((p) => p.pre));
  const postMean = mean(valid.map((p) => p.post));
  const gains = valid.map((p) => normalisedGain(p.pre, p.post)).filter((g): g is number => g !== undefined);
  return {
    count: valid.length,
    preMean,
    postMean,
    classGain: preMean !== undefined && postMean !== undefined ? normalisedGain(preMean, postMean) : undefined,
    meanOfGains: mean(gains),
  };
}
