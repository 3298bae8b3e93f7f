import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { SessionRecord } from './session.entity';

/** Ending a user's sessions on every instance: deactivation, password reset, password change. */
@Injectable()
export class SessionsService {
  async endAll(m: EntityManager, userId: number, exceptSid?: string): Promise<number> {
    const where = exceptSid ? { userId, sid: Not(exceptSid) } : { userId };
    const result = await m.getRepository(SessionRecord).delete(where);
    return result.affected ?? 0;
  }
}
