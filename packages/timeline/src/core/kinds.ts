/** The kinds of event the timeline distinguishes, in legend order. */
export const KINDS = [
  'summit',
  'meeting',
  'visit',
  'call',
  'parade',
  'agreement',
  'statement',
  'military',
  'legislation',
  'inauguration',
  'other',
] as const;

export type Kind = (typeof KINDS)[number];

/** English names of the kinds, as legends, cards and screen readers say them. */
export const KIND_LABELS: Record<Kind, string> = {
  summit: 'Summit',
  meeting: 'Meeting',
  visit: 'Visit',
  call: 'Phone call',
  parade: 'Parade',
  agreement: 'Agreement',
  statement: 'Statement',
  military: 'Military',
  legislation: 'Legislation',
  inauguration: 'Inauguration',
  other: 'Other',
};

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
