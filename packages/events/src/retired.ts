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
    replacedBy: ['trump-xi-call-2025-06', 'xi-invites-trump-to-china-2025', 'trump-invites-xi-to-us-2025'],
  },
  {
    id: 'putin-meets-leaders-in-china-2025',
    reason: 'Split into one record per meeting.',
    replacedBy: ['putin-modi-talks-2025', 'putin-erdogan-talks-2025', 'putin-pezeshkian-talks-2025'],
  },
  {
    id: 'india-vows-not-to-yield-to-us-pressure-2025',
    reason:
      'Removed: an undated stance, not an event; the article gives no day or statement, and the tariffs it answered have their own record.',
    replacedBy: [],
  },
  {
    id: 'carney-office-statement-china-visit',
    reason: 'Merged into the visit: the office’s announcement of the visit’s aims, not an event of its own.',
    replacedBy: ['carney-visit-to-china-2026'],
  },
  {
    id: 'aukus-pact',
    reason:
      'Removed: the articles name AUKUS as a standing pact, not an event; they do not report its founding or name its members.',
    replacedBy: [],
  },
  {
    id: 'north-korea-75th-anniversary-2023',
    reason:
      'Merged into Liu Guozhong’s visit: the article names the celebrations only as what his visit was for (see Sub-events in the README).',
    replacedBy: ['liu-guozhong-visit-to-pyongyang-2023'],
  },
  {
    id: 'china-dprk-friendship-year-opening-2024',
    reason:
      'Merged into Zhao Leji’s visit: the article names the ceremony only as what his visit was for (see Sub-events in the README).',
    replacedBy: ['zhao-leji-visit-to-north-korea-2024'],
  },
];
