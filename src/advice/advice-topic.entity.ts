import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A topic of Advies op Maat questions, managed by staff ("Een zorgwekkende uitspraak in de klas",
 * "Online invloeden", …). Topics in use are hidden, never deleted: reports keep their names.
 */
@Entity({ name: 'advice_topics' })
@Index('uq_advice_topics_key', ['key'], { unique: true })
export class AdviceTopic {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ name: 'name_nl', type: 'varchar', length: 120 })
  nameNl!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
