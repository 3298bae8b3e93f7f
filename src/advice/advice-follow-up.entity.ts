import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import { AdviceRequest } from './advice-request.entity';

/** The requester's one answer to the follow-up questionnaire; staff see these only in aggregate. */
@Entity({ name: 'advice_follow_ups' })
export class AdviceFollowUp {
  @PrimaryColumn({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @OneToOne(() => AdviceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_advice_follow_ups_request' })
  request?: AdviceRequest;

  /** Was the advice useful: 1 (not at all) – 5 (very). */
  @Column({ type: 'integer' })
  usefulness!: number;

  /** Cleared on anonymisation. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  comment!: string;

  @UtcColumn({ name: 'answered_at' })
  answeredAt!: Date;
}
