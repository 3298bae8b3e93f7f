import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Edition } from './edition.entity';

/** A trainer who teaches an edition (all its meetings). */
@Entity({ name: 'edition_trainers' })
export class EditionTrainer {
  @PrimaryColumn({ name: 'edition_id', type: 'integer' })
  editionId!: number;

  @Index('ix_edition_trainers_user')
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_edition_trainers_edition' })
  edition?: Edition;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_edition_trainers_user' })
  user?: User;
}
