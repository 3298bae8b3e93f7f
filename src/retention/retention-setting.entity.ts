import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';

/**
 * An admin's choice of how long one kind of personal data is kept (in days). Kinds without a
 * row use their default (src/retention/retention-kinds.ts).
 */
@Entity({ name: 'retention_settings' })
export class RetentionSetting {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ name: 'updated_by', type: 'integer', nullable: true })
  updatedBy!: number | null;

  @UtcColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
