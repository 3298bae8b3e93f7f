import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/columns';
import { AdviceRequest } from './advice-request.entity';

/** `to_requester`: written by an adviser, e-mailed; `from_requester`: their reply. */
export type AdviceMessageDirection = 'to_requester' | 'from_requester';

/** A message in the conversation between adviser and requester (plain text, shown escaped). */
@Entity({ name: 'advice_messages' })
@Index('ix_advice_messages_request', ['requestId', 'createdAt'])
export class AdviceMessage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AdviceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_advice_messages_request' })
  request?: AdviceRequest;

  @Column({ type: 'varchar', length: 15 })
  direction!: AdviceMessageDirection;

  /** The adviser who wrote it; null for the requester's replies. */
  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  /** Cleared on anonymisation. */
  @Column({ type: 'text' })
  body!: string;

  @CreatedAtColumn()
  createdAt!: Date;
}
