// Ids that were published and then removed, merged or split. An id is never used again
// for another event: a reader holding an old id can look it up here and follow
// `replacedBy` to the records that carry on what it held.
import type { RetiredId } from './types.js';

export const retired: RetiredId[] = [
  {
    id: 'russia-brics-presidency-2024',
    reason: 'Removed: a term of office, not an event.',
    replacedBy: [],
  },
  {
    id: 'china-sco-presidency-2024',
    reason: 'Removed: a term of office, not an event.',
    replacedBy: [],
  },
  {
    id: 'blinken-shanghai-2024',
    reason: 'Merged into the visit: the Shanghai leg is its first part, not an event of its own.',
    replacedBy: ['blinken-visit-to-china-2024'],
  },
  {
    id: 'xi-trump-exchange-invitations-2025',
    reason:
      'Merged into the call in which the invitations were made; each invitation has since had a record of its own.',
    replacedBy: ['trump-xi-call-2025-06'],
  },
  {
    id: 'putin-meets-leaders-in-china-2025',
    reason: 'Split into one record per meeting.',
    replacedBy: ['putin-modi-talks-2025', 'putin-erdogan-talks-2025', 'putin-pezeshkian-talks-2025'],
  },
];
