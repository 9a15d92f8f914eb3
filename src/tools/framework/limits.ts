/** Limits of the list of engagements, shared by its store (engagement.ts) and its schema (schema.ts). */

/** Longest engagement name, and most engagements. */
export const MAX_ENGAGEMENT_NAME = 60;
export const MAX_ENGAGEMENTS = 30;
