import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

/**
 * An uploaded CSV of existing subscribers: checked first (dry run, the report shown to the staff
 * member who uploaded it), applied only when they confirm. The file is kept until then.
 */
@Entity({ name: 'newsletter_imports' })
export class NewsletterImport {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_newsletter_imports_created_by')
  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  /** The file decoded to text. Cleared once applied. */
  @Column({ type: 'text' })
  content!: string;

  /** JSON report of the dry run (counts and rejected rows). */
  @Column({ type: 'text' })
  report!: string;

  @UtcColumn({ name: 'applied_at', nullable: true })
  appliedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
