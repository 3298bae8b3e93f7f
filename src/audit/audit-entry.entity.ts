import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/columns';

/** A staff or admin action: who did what to which object, when. Append-only. */
@Entity({ name: 'audit_entries' })
@Index('ix_audit_created', ['createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Index('ix_audit_action')
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 40, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId!: string | null;

  /** A short JSON object with what changed; never passwords or tokens. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
