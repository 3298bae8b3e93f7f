import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Province } from './province.entity';

@Entity({ name: 'municipalities' })
export class Municipality {
  /** CBS code, e.g. GM0344 */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('ix_municipalities_province')
  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_municipalities_province' })
  province?: Province;
}
