import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Meeting } from './meeting.entity';

export type MeetingSnapshot = Pick<
  Meeting,
  'id' | 'startsAt' | 'endsAt' | 'locationName' | 'address' | 'onlineUrl' | 'sequence'
> & { municipality?: { name: string } | null };

/** What happened to a meeting of a published edition. */
export type MeetingEvent =
  | { kind: 'changed'; before: MeetingSnapshot; after: Meeting }
  | { kind: 'added'; meeting: Meeting }
  | { kind: 'removed'; meeting: MeetingSnapshot };

/**
 * What other modules want to hear about editions. Each handler runs inside the transaction of
 * the change, so its consequences (promotions, e-mails) commit or roll back with it.
 */
export interface EditionListener {
  capacityChanged?(m: EntityManager, editionId: number): Promise<void>;
  editionCancelled?(m: EntityManager, editionId: number): Promise<void>;
  meetingChanged?(m: EntityManager, editionId: number, event: MeetingEvent): Promise<void>;
}

/**
 * Scheduling announces changes here; enrolments listen (places, waiting list, e-mails to
 * participants and trainers). This keeps scheduling free of any knowledge of enrolments.
 */
@Injectable()
export class EditionEvents {
  private readonly listeners: EditionListener[] = [];

  register(listener: EditionListener): void {
    this.listeners.push(listener);
  }

  async capacityChanged(m: EntityManager, editionId: number): Promise<void> {
    for (const l of this.listeners) await l.capacityChanged?.(m, editionId);
  }

  async editionCancelled(m: EntityManager, editionId: number): Promise<void> {
    for (const l of this.listeners) await l.editionCancelled?.(m, editionId);
  }

  async meetingChanged(m: EntityManager, editionId: number, event: MeetingEvent): Promise<void> {
    for (const l of this.listeners) await l.meetingChanged?.(m, editionId, event);
  }
}
