import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Offering } from '../catalogue/offering.entity';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Province } from '../geo/province.entity';
import type { EditionStatus } from './edition-status';
import { Meeting } from './meeting.entity';

/** One scheduled run of an offering (Uitvoering): a cohort with meetings, trainers and seats. */
@Entity({ name: 'editions' })
@Index('ix_editions_status_start', ['status', 'startsAt'])
/** The catalogue reads the first upcoming editions per offering through this index. */
@Index('ix_editions_offering_upcoming', ['offeringId', 'status', 'startsAt'])
export class Edition {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'offering_id', type: 'integer' })
  offeringId!: number;

  @ManyToOne(() => Offering, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_editions_offering' })
  offering?: Offering;

  /** A name for the cohort, e.g. "Utrecht, voorjaar 2027". */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Confirmed places; changed only by one conditional UPDATE (see the enrolment rules). */
  @Column({ name: 'seats_taken', type: 'integer', default: 0 })
  seatsTaken!: number;

  @UtcColumn({ name: 'registration_opens_at' })
  registrationOpensAt!: Date;

  @UtcColumn({ name: 'registration_closes_at' })
  registrationClosesAt!: Date;

  /** Participants may cancel themselves until then; null: until registration closes. */
  @UtcColumn({ name: 'cancellation_closes_at', nullable: true })
  cancellationClosesAt!: Date | null;

  @Index('ix_editions_region')
  @Column({ name: 'region_code', type: 'varchar', length: 4, nullable: true })
  regionCode!: string | null;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_editions_region' })
  region?: Province | null;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status!: EditionStatus;

  /** First meeting's start and last meeting's end, kept in step with the meetings for fast lists. */
  @UtcColumn({ name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @UtcColumn({ name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @OneToMany(() => Meeting, (m) => m.edition)
  meetings?: Meeting[];

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
