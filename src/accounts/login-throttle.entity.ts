import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';

/** Failed logins per account or per address, in the database so that all instances share them. */
@Entity({ name: 'login_throttles' })
export class LoginThrottle {
  /** `account:<email>` or `address:<ip>` */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @UtcColumn({ name: 'window_started_at' })
  windowStartedAt!: Date;

  @UtcColumn({ name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;
}
