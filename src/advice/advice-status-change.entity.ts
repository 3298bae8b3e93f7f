import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import { AdviceRequest } from './advice-request.entity';
import type { AdviceStatus } from './advice-status';

/** The history of a request's status, dated and with who changed it (null: the requester/system). */
@Entity({ name: 'advice_status_changes' })
@Index('ix_advice_status_changes_request', ['requestId', 'changedAt'])
export class AdviceStatusChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AdviceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'request_id',
    foreignKeyConstraintName: 'fk_advice_status_changes_request',
  })
  request?: AdviceRequest;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: AdviceStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: AdviceStatus;

  @Column({ name: 'changed_by', type: 'integer', nullable: true })
  changedBy!: number | null;

  @UtcColumn({ name: 'changed_at' })
  changedAt!: Date;
}
