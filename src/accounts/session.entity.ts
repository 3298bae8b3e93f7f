import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';

/** A server-side session (express-session), shared by every instance through the database. */
@Entity({ name: 'sessions' })
export class SessionRecord {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  sid!: string;

  /** The signed-in user, so that deactivation can end all their sessions. */
  @Index('ix_sessions_user')
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @Column({ type: 'text' })
  data!: string;

  @Index('ix_sessions_expires')
  @UtcColumn({ name: 'expires_at' })
  expiresAt!: Date;
}
