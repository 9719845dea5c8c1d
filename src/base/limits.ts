/** Input limits that suit real UN documents: the largest in the corpus is 2.5 MB and 181 pages. */
export const DEFAULT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxPages: 1000 } as const;
