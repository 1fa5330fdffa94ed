// The clip metadata fields a bundle merges as one unit (the same ones Edit details changes).
// Pure: no DOM, no Node.
export const META_FIELDS = ['title', 'source', 'url', 'author', 'publishedAt', 'lang'] as const;
export type MetaField = (typeof META_FIELDS)[number];
