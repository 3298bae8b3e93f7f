import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { User } from './user.entity';

/** `invitation`: someone enrolled by a colleague completes the account made for them. */
export type TokenPurpose = 'verify_email' | 'reset_password' | 'change_email' | 'invitation';

/** A single-use secret sent by e-mail. Only its SHA-256 hash is stored. */
@Entity({ name: 'account_tokens' })
export class AccountToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_account_tokens_user')
  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_tokens_user' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  purpose!: TokenPurpose;

  @Index('uq_account_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  /** The new address for a change of e-mail. */
  @Column({ name: 'new_email', type: 'varchar', length: 254, nullable: true })
  newEmail!: string | null;

  @UtcColumn({ name: 'expires_at' })
  expiresAt!: Date;

  @UtcColumn({ name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
