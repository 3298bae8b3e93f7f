import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

/** A one-time recovery code for signing in without the authenticator; stored as a hash. */
@Entity({ name: 'user_recovery_codes' })
@Index('ix_user_recovery_codes_user', ['userId'])
export class RecoveryCode {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_recovery_codes_user' })
  user?: User;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash!: string;

  @UtcColumn({ name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
