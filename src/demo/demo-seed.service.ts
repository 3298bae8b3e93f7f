import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../accounts/password-hasher';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import type { Role } from '../common/access/role';
import { TransactionRunner } from '../database/transaction-runner';
import { DEMO_POOL_SIZE, seedDemoCatalogue } from './demo-catalogue';
import { seedDemoAdvice } from './demo-advice';
import { seedDemoEvaluations } from './demo-evaluations';
import { seedDemoNetwork } from './demo-network';
import { seedDemoTrajectories } from './demo-trajectories';
import { seedDemoNewsletter } from './demo-newsletter';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

const PEOPLE: {
  role: Role;
  email: string;
  name: string;
  organisation: string;
  jobTitle: string;
  sector: string;
  municipalityCode: string;
}[] = [
  {
    role: 'admin',
    email: 'beheerder@platformjep.nl',
    name: 'Anouk de Beheerder',
    organisation: 'Platform JEP',
    jobTitle: 'Functioneel beheerder',
    sector: 'anders',
    municipalityCode: 'GM0518',
  },
  {
    role: 'staff',
    email: 'medewerker@platformjep.nl',
    name: 'Samir El Amrani',
    organisation: 'Platform JEP',
    jobTitle: 'Programmamedewerker',
    sector: 'anders',
    municipalityCode: 'GM0344',
  },
  {
    role: 'trainer',
    email: 'trainer@platformjep.nl',
    name: 'Marieke Jansen',
    organisation: 'Trainersbureau Dialoog',
    jobTitle: 'Trainer OMEI',
    sector: 'jongerenwerk',
    municipalityCode: 'GM0363',
  },
  {
    role: 'partner',
    email: 'partner@platformjep.nl',
    name: 'Jeroen Bakker',
    organisation: 'Jongerenwerk Zwolle',
    jobTitle: 'Coördinator',
    sector: 'jongerenwerk',
    municipalityCode: 'GM0193',
  },
  {
    role: 'professional',
    email: 'professional@platformjep.nl',
    name: 'Fatima Yilmaz',
    organisation: 'Grafisch Lyceum Rotterdam',
    jobTitle: 'Docent burgerschap',
    sector: 'onderwijs',
    municipalityCode: 'GM0599',
  },
];

const DEMO_ORGANISATIONS = [
  'JoU Utrecht',
  'Stichting Jongerenwerk Zwolle',
  'Het Stedelijk College',
];

/** Demo data for a fresh database: one account per role (generated passwords) and a catalogue. */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Seeds when there are no users yet; returns the accounts created (empty when it did nothing). */
  async seedIfEmpty(): Promise<DemoAccount[]> {
    const accounts = await Promise.all(
      PEOPLE.map(async (p) => {
        const password = `jep-${randomBytes(6).toString('base64url')}`;
        return { person: p, password, hash: await hashPassword(password) };
      }),
    );
    return this.tx.run(async (m) => {
      const users = m.getRepository(User);
      if ((await users.count()) > 0) return [];
      const now = new Date();
      const trainerIds: number[] = [];
      for (const { person, hash } of accounts) {
        const saved = await users.save(
          users.create({
            ...person,
            passwordHash: hash,
            locale: 'nl',
            skjNumber: null,
            emailVerifiedAt: now,
            deactivatedAt: null,
            lastLoginAt: null,
          }),
        );
        if (saved.role === 'trainer') trainerIds.push(saved.id);
      }
      // Demo participants fill the editions; they have no password and cannot sign in.
      const pool: number[] = [];
      for (let i = 1; i <= DEMO_POOL_SIZE; i++) {
        const saved = await users.save(
          users.create({
            email: `deelnemer${i}@voorbeeld.platformjep.nl`,
            name: `Demodeelnemer ${i}`,
            passwordHash: '',
            role: 'professional',
            organisation: DEMO_ORGANISATIONS[i % DEMO_ORGANISATIONS.length],
            jobTitle: 'Jongerenwerker',
            sector: 'jongerenwerk',
            municipalityCode: 'GM0344',
            locale: 'nl',
            skjNumber: null,
            emailVerifiedAt: now,
            deactivatedAt: null,
            lastLoginAt: null,
          }),
        );
        pool.push(saved.id);
      }
      const professional = await users.findOneByOrFail({ email: 'professional@platformjep.nl' });
      await seedDemoCatalogue(m, trainerIds, { pool, professionalId: professional.id });
      await seedDemoEvaluations(m, now);
      const staff = await users.findOneByOrFail({ email: 'medewerker@platformjep.nl' });
      await seedDemoNewsletter(m, staff.id);
      const partner = await users.findOneByOrFail({ email: 'partner@platformjep.nl' });
      await seedDemoNetwork(m, { partnerId: partner.id, staffId: staff.id }, now);
      const people = { staffId: staff.id, partnerId: partner.id, professionalId: professional.id };
      await seedDemoTrajectories(m, people, now);
      await seedDemoAdvice(m, people, now);
      await this.audit.record(m, null, 'demo.seeded', undefined, { accounts: accounts.length });
      return accounts.map(({ person, password }) => ({
        role: person.role,
        email: person.email,
        password,
      }));
    });
  }
}
