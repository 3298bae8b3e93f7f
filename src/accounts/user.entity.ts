import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Municipality } from '../geo/municipality.entity';
import type { Role } from '../common/access/role';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Always stored lower-case and trimmed; unique. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20, default: 'professional' })
  role!: Role;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ name: 'job_title', type: 'varchar', length: 200 })
  jobTitle!: string;

  @Column({ type: 'varchar', length: 40 })
  sector!: string;

  @Index('ix_users_municipality')
  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code', foreignKeyConstraintName: 'fk_users_municipality' })
  municipality?: Municipality;

  @Column({ name: 'skj_number', type: 'varchar', length: 20, nullable: true })
  skjNumber!: string | null;

  @Column({ type: 'varchar', length: 5, default: 'nl' })
  locale!: string;

  @UtcColumn({ name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @UtcColumn({ name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  /** The account was deleted at the person's request: personal fields erased, the row kept for counts. */
  @UtcColumn({ name: 'anonymised_at', nullable: true })
  anonymisedAt!: Date | null;

  @UtcColumn({ name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
