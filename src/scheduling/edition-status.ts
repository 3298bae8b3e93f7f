/** draft → published → completed, or cancelled. */
export const EDITION_STATUSES = ['draft', 'published', 'completed', 'cancelled'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

const NEXT: Record<EditionStatus, readonly EditionStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['completed', 'cancelled', 'draft'],
  completed: [],
  cancelled: [],
};

export function canMoveTo(from: EditionStatus, to: EditionStatus): boolean {
  return NEXT[from].includes(to);
}
