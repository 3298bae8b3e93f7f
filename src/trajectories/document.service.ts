import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { isHttpUrl } from '../common/forms/parse';
import { TransactionRunner } from '../database/transaction-runner';
import type { LinkDto } from './dto/link.dto';
import { TrajectoryAccess, TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryLink } from './trajectory-link.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';
import { userNames } from './work-page';

type Viewer = Pick<User, 'id' | 'role'>;

export const documentsHref = (trajectoryId: number) => `/jos/trajecten/${trajectoryId}/documenten`;

/** Links to documents kept elsewhere (no uploads). Removed by who added them, the coach or staff. */
@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
  ) {}

  async page(
    user: Viewer,
    trajectoryId: number,
  ): Promise<{ access: TrajectoryAccess; links: TrajectoryLink[]; names: Map<number, string> }> {
    const m = this.dataSource.manager;
    const access = await this.access.open(user, trajectoryId, m);
    const links = await m
      .getRepository(TrajectoryLink)
      .find({ where: { trajectoryId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return {
      access,
      links,
      names: await userNames(
        m,
        links.map((l) => l.addedBy),
      ),
    };
  }

  add(user: Viewer, trajectoryId: number, dto: LinkDto): Promise<TrajectoryLink> {
    return this.tx.run(async (m) => {
      await this.access.open(user, trajectoryId, m);
      if (!isHttpUrl(dto.url) || /[\s<>"]/.test(dto.url))
        throw new TrajectoryError(TrajectoryErrorCode.LinkUrlInvalid, 'url');
      return m
        .getRepository(TrajectoryLink)
        .save({ trajectoryId, title: dto.title, url: dto.url, addedBy: user.id });
    });
  }

  remove(user: Viewer, trajectoryId: number, linkId: number): Promise<void> {
    return this.tx.run(async (m) => {
      const access = await this.access.open(user, trajectoryId, m);
      const link = await m.getRepository(TrajectoryLink).findOneBy({ id: linkId, trajectoryId });
      if (!link) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      if (link.addedBy !== user.id && !access.canManage)
        throw new TrajectoryError(TrajectoryErrorCode.NotAuthor);
      await m.getRepository(TrajectoryLink).delete({ id: link.id });
    });
  }
}
