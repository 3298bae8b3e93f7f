import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { Trajectory } from './trajectory.entity';

/**
 * A person taking part in a trajectory: always a user. Someone without an account gets a
 * password-less one and an invitation e-mail (accounts' InvitationService), and is a member
 * from the start. `removed` members lose access but stay in the log's history.
 */
export type TrajectoryMemberStatus = 'active' | 'removed';

@Entity({ name: 'trajectory_members' })
@Index('uq_trajectory_members_user', ['trajectoryId', 'userId'], { unique: true })
@Index('ix_trajectory_members_user', ['userId'])
export class TrajectoryMember {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'trajectory_id',
    foreignKeyConstraintName: 'fk_trajectory_members_trajectory',
  })
  trajectory?: Trajectory;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_trajectory_members_user' })
  user?: User;

  /** The participating organisation they belong to (trajectory_organisations.id), if known. */
  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  /** Their part in the trajectory: "coördinator zorg", "jongerenwerker", "teamleider". */
  @Column({ name: 'role_description', type: 'varchar', length: 200, default: '' })
  roleDescription!: string;

  /** Named as contact person in the application. */
  @Column({ name: 'is_contact', type: 'boolean', default: false })
  isContact!: boolean;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status!: TrajectoryMemberStatus;

  @Column({ name: 'invited_by', type: 'integer', nullable: true })
  invitedBy!: number | null;

  @UtcColumn({ name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
