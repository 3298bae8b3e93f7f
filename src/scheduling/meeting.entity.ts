import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Municipality } from '../geo/municipality.entity';
import { Edition } from './edition.entity';

/** One dated part of an edition (Bijeenkomst): at a location, or online. */
@Entity({ name: 'meetings' })
@Index('ix_meetings_time', ['startsAt', 'endsAt'])
export class Meeting {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_meetings_edition')
  @Column({ name: 'edition_id', type: 'integer' })
  editionId!: number;

  @ManyToOne(() => Edition, (e) => e.meetings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_meetings_edition' })
  edition?: Edition;

  @UtcColumn({ name: 'starts_at' })
  startsAt!: Date;

  @UtcColumn({ name: 'ends_at' })
  endsAt!: Date;

  @Column({ name: 'location_name', type: 'varchar', length: 200, nullable: true })
  locationName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code', foreignKeyConstraintName: 'fk_meetings_municipality' })
  municipality?: Municipality | null;

  /** Normalised location (name + address, lower-case) to find two meetings in one room. */
  @Index('ix_meetings_location_key')
  @Column({ name: 'location_key', type: 'varchar', length: 500, nullable: true })
  locationKey!: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  /**
   * iCalendar SEQUENCE: raised on every change of time or place, so calendar apps replace the
   * entry they have instead of adding a second one.
   */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
