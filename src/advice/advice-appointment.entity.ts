import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { AdviceRequest } from './advice-request.entity';

export type AppointmentMode = 'online' | 'place' | 'phone';

/**
 * A planned conversation with the requester, sent as an iCalendar invitation. Changing it sends
 * the same UID with a higher sequence; cancelling sends METHOD:CANCEL.
 */
@Entity({ name: 'advice_appointments' })
@Index('ix_advice_appointments_request', ['requestId'])
export class AdviceAppointment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AdviceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_advice_appointments_request' })
  request?: AdviceRequest;

  @UtcColumn({ name: 'starts_at' })
  startsAt!: Date;

  @UtcColumn({ name: 'ends_at' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 10 })
  mode!: AppointmentMode;

  /** The online link (http(s), checked) or the place; cleared on anonymisation. */
  @Column({ type: 'varchar', length: 500, default: '' })
  location!: string;

  @Column({ name: 'adviser_id', type: 'integer' })
  adviserId!: number;

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @UtcColumn({ name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
