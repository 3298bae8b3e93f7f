import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { AdviceRequest } from './advice-request.entity';

/** A signed-in user's own advice requests, newest first, for /mijn. */
@Injectable()
export class MyAdviceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forUser(userId: number): Promise<AdviceRequest[]> {
    return this.dataSource.getRepository(AdviceRequest).find({
      where: { requesterId: userId, status: Not('unverified'), anonymisedAt: IsNull() },
      relations: { topic: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }
}
