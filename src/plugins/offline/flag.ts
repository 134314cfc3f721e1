/** localStorage key of the reader's choice to keep an offline copy of this locale. */
export const OFFLINE_FLAG_KEY = 'cmh-training-hub:offline';
