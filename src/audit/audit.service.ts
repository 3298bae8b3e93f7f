import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface Actor {
  id: number;
  email: string;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  subject?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Records staff and admin actions inside the transaction of the action itself. */
@Injectable()
export class AuditService {
  record(
    manager: EntityManager,
    actor: Actor | null,
    action: string,
    subject?: { type: string; id: string | number },
    detail?: Record<string, unknown>,
  ): Promise<AuditEntry> {
    const repo = manager.getRepository(AuditEntry);
    return repo.save(
      repo.create({
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        action,
        subjectType: subject?.type ?? null,
        subjectId: subject ? String(subject.id) : null,
        detail: detail ? JSON.stringify(detail) : null,
      }),
    );
  }
}
