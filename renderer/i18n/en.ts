// English UI strings. The key set here is the source of truth: ar.ts must supply every key.
// Plural entries are keyed by Intl.PluralRules categories; `{n}` and other `{names}` are filled by t().
export const en = {
  appName: 'Marsad',
  appTagline: 'Media monitoring',
  languageLabel: 'Language · اللغة',
  languageSystem: 'System ({lang})',
  languageAr: 'العربية',
  languageEn: 'English',
  libraryNav: 'Library',
  allClips: 'All clips',
  tags: 'Tags',
  tagsEmpty: 'No tags yet. Tags you give clips will gather here.',
  savedSearches: 'Saved searches',
  savedSearchesEmpty: 'No saved searches yet. Searches you save will be one click away here.',
  sources: 'Sources',
  sourcesEmpty: 'No sources yet. The outlets your clips come from will be listed here.',
  facetCount: { one: '{n} clip', other: '{n} clips' },
  clipsLabel: 'Clips',
  clipsCount: { zero: 'No clips', one: '{n} clip', other: '{n} clips' },
  filteredBy: 'Showing: {name}',
  clearFilter: 'Show all clips',
  showMore: 'Show more',
  loading: 'Loading…',
  clipsEmpty: 'Your library is empty. Clips you add will be listed here.',
  clipsEmptyFiltered: 'No clips match this filter.',
  unknownSource: 'Unknown source',
  readerLabel: 'Reader',
  readerEmpty: 'Choose a clip from the list to read it here.',
  related: 'Related',
  published: 'Published {date}',
  captured: 'Clipped {date}',
  byAuthor: 'By {author}',
  clipTags: 'Tags',
  corruptWithBackup:
    'The library file could not be read, so Marsad set it aside untouched; you can restore the newest backup, from {date} with {clips}.',
  corruptNoBackup:
    'The library file could not be read, so Marsad set it aside untouched, and there is no backup to restore yet.',
  restoreBackup: 'Restore backup',
  restoring: 'Restoring…',
  retry: 'Try again',
  dismiss: 'Dismiss',
  'error.invalid-input': 'Marsad could not accept that request.',
  'error.not-found': 'That item is no longer in the library.',
  'error.storage-io': 'Marsad could not read or write the library folder.',
  'error.storage-corrupt': 'The library file is damaged.',
  'error.locked': 'Another Marsad window or command is using this library.',
  'error.too-large': 'That is too large for Marsad to handle.',
  'error.internal': 'Something went wrong inside Marsad.',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };
