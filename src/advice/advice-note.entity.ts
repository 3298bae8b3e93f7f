import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/columns';
import { AdviceRequest } from './advice-request.entity';

/** An internal note of the advisers; the requester never sees it. */
@Entity({ name: 'advice_notes' })
@Index('ix_advice_notes_request', ['requestId', 'createdAt'])
export class AdviceNote {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AdviceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_advice_notes_request' })
  request?: AdviceRequest;

  @Column({ name: 'author_id', type: 'integer' })
  authorId!: number;

  /** Cleared on anonymisation. */
  @Column({ type: 'text' })
  body!: string;

  @CreatedAtColumn()
  createdAt!: Date;
}
