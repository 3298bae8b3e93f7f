import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

/**
 * A user's TOTP authenticator (RFC 6238). `enabledAt` is null while it is being set up (the
 * secret shown, not yet confirmed with a code). The secret is stored encrypted;
 * `lastUsedStep` refuses a code that was used before (replay).
 */
@Entity({ name: 'user_two_factor' })
export class UserTwoFactor {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_two_factor_user' })
  user?: User;

  /** The shared secret, encrypted (AES-256-GCM) with a key from the configuration. */
  @Column({ name: 'secret_encrypted', type: 'varchar', length: 300 })
  secretEncrypted!: string;

  @UtcColumn({ name: 'enabled_at', nullable: true })
  enabledAt!: Date | null;

  /** The 30-second time step of the last accepted code. */
  @Column({ name: 'last_used_step', type: 'integer', nullable: true })
  lastUsedStep!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
