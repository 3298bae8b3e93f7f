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

  /** When the session began and was last used, and its browser: for "your active sessions". */
  @UtcColumn({ name: 'created_at', nullable: true })
  createdAt!: Date | null;

  @UtcColumn({ name: 'last_seen_at', nullable: true })
  lastSeenAt!: Date | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}
