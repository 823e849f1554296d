/**
 * Names of the content collections; a reference names one of them. A file of its own, below
 * both `shared.ts` (which marks references) and `walk.ts` (which reads the marks).
 */
export const COLLECTIONS = ["units", "campaigns", "models", "people", "documents", "news", "settings"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
