import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import type { User } from '../accounts/user.entity';
import { AdviceRequest } from './advice-request.entity';
import { AdviceError, AdviceErrorCode } from './advice.error';

/**
 * The one ownership rule of Advies op Maat: a requester opens only their own request — a
 * signed-in user by their account, a visitor by the private link e-mailed to them — and anyone
 * else gets the same 404 as for a request that does not exist. Staff open any request.
 */
@Injectable()
export class AdviceAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forRequester(
    user: Pick<User, 'id'>,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdviceRequest> {
    if (!Number.isSafeInteger(id) || id <= 0) throw new AdviceError(AdviceErrorCode.NotFound);
    const request = await manager.getRepository(AdviceRequest).findOne({
      where: { id, requesterId: user.id, status: Not('unverified') },
      relations: { topic: true, municipality: { province: true } },
    });
    if (!request || request.anonymisedAt) throw new AdviceError(AdviceErrorCode.NotFound);
    return request;
  }

  /** A visitor's request by the raw token of its private link. */
  async forToken(
    raw: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdviceRequest> {
    if (typeof raw !== 'string' || raw.length < 20 || raw.length > 100)
      throw new AdviceError(AdviceErrorCode.TokenInvalid);
    const request = await manager.getRepository(AdviceRequest).findOne({
      where: { accessTokenHash: hashToken(raw), status: Not('unverified') },
      relations: { topic: true, municipality: { province: true } },
    });
    if (!request || request.anonymisedAt) throw new AdviceError(AdviceErrorCode.TokenInvalid);
    return request;
  }

  async forStaff(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdviceRequest> {
    if (!Number.isSafeInteger(id) || id <= 0) throw new AdviceError(AdviceErrorCode.NotFound);
    const request = await manager.getRepository(AdviceRequest).findOne({
      where: { id, status: Not('unverified') },
      relations: { topic: true, municipality: { province: true } },
    });
    if (!request) throw new AdviceError(AdviceErrorCode.NotFound);
    return request;
  }
}
