import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, SelectQueryBuilder } from 'typeorm';
import { slugify } from '../common/forms/parse';
import { containsPattern } from '../common/sql/like';
import { Municipality } from '../geo/municipality.entity';
import { Province } from '../geo/province.entity';
import { NetworkApplication } from './application.entity';
import { NetworkContact } from './contact.entity';
import { NetworkDraft } from './draft.entity';
import { outdatedCutoff } from './freshness';
import { NetworkMembership } from './membership.entity';
import type { NetworkAdminFilter } from './network-admin.presenter';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from './organisation-places.entity';
import { NetworkOrganisation } from './organisation.entity';
import { expertiseList, type Expertise } from './vocabulary';

export const NETWORK_ADMIN_PAGE_SIZE = 50;

/** IN lists stay well below PostgreSQL's 65,535 and SQLite's 32,766 parameters. */
const CHUNK = 500;

export interface PlaceRef {
  code: string;
  name: string;
}

export interface NetworkAdminCounts {
  published: number;
  archived: number;
  /** published and not confirmed for a year */
  outdated: number;
  /** partners' drafts waiting for staff */
  drafts: number;
  applications: number;
  /** partners asking to be linked to an organisation */
  links: number;
}

export interface NetworkAdminRow {
  organisation: NetworkOrganisation;
  provinces: (PlaceRef & { whole: boolean })[];
  partners: number;
}

export interface NetworkAdminResult {
  rows: NetworkAdminRow[];
  total: number;
  counts: NetworkAdminCounts;
}

/** One organisation with everything staff may know about it, for the CSV export. */
export interface NetworkExportRow {
  organisation: NetworkOrganisation;
  expertise: Expertise[];
  provinces: (PlaceRef & { whole: boolean })[];
  municipalities: PlaceRef[];
  contacts: NetworkContact[];
  /** the active partners' e-mail addresses */
  partners: string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Staff's view of the whole directory: search, filter, count and export. Reads only. */
@Injectable()
export class NetworkAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filtered(filter: NetworkAdminFilter, now: Date): SelectQueryBuilder<NetworkOrganisation> {
    const qb = this.dataSource.getRepository(NetworkOrganisation).createQueryBuilder('o');
    if (filter.q) {
      // the slug is the name without accents: "fryslan" finds "Fryslân" too
      qb.andWhere('(LOWER(o.name) LIKE :q OR o.slug LIKE :slug)', {
        q: containsPattern(filter.q),
        slug: containsPattern(slugify(filter.q) || filter.q),
      });
    }
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.province)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM network_organisation_provinces p
                  WHERE p.organisation_id = o.id AND p.province_code = :province)`,
        { province: filter.province },
      );
    if (filter.outdated)
      qb.andWhere("o.status = 'published' AND o.confirmed_at <= :cutoff", {
        cutoff: outdatedCutoff(now),
      });
    if (filter.withoutPartner)
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM network_memberships nm
                      WHERE nm.organisation_id = o.id AND nm.status = 'active')`,
      );
    return qb;
  }

  async search(filter: NetworkAdminFilter, now = new Date()): Promise<NetworkAdminResult> {
    const qb = this.filtered(filter, now);
    if (filter.sort === 'bevestigd') qb.orderBy('o.confirmed_at', 'ASC');
    else qb.orderBy('LOWER(o.name)', 'ASC');
    qb.addOrderBy('o.id', 'ASC');
    const [organisations, total, counts] = await Promise.all([
      qb
        .clone()
        .offset((filter.page - 1) * NETWORK_ADMIN_PAGE_SIZE)
        .limit(NETWORK_ADMIN_PAGE_SIZE)
        .getMany(),
      this.filtered(filter, now).getCount(),
      this.counts(now),
    ]);
    const ids = organisations.map((o) => o.id);
    const [provinces, partners] = await Promise.all([
      this.provincesOf(ids),
      this.partnerCounts(ids),
    ]);
    return {
      rows: organisations.map((organisation) => ({
        organisation,
        provinces: provinces.get(organisation.id) ?? [],
        partners: partners.get(organisation.id) ?? 0,
      })),
      total,
      counts,
    };
  }

  /** The numbers at the top of the overview; they do not depend on the filter. */
  async counts(now = new Date()): Promise<NetworkAdminCounts> {
    const organisations = this.dataSource.getRepository(NetworkOrganisation);
    const [published, archived, outdated, drafts, applications, links] = await Promise.all([
      organisations.countBy({ status: 'published' }),
      organisations.countBy({ status: 'archived' }),
      organisations.countBy({
        status: 'published',
        confirmedAt: LessThanOrEqual(outdatedCutoff(now)),
      }),
      this.dataSource.getRepository(NetworkDraft).countBy({ status: 'submitted' }),
      this.dataSource.getRepository(NetworkApplication).countBy({ status: 'pending' }),
      this.dataSource.getRepository(NetworkMembership).countBy({ status: 'requested' }),
    ]);
    return { published, archived, outdated, drafts, applications, links };
  }

  /**
   * Every organisation with all its fields, places, contacts (of every visibility) and
   * partners' addresses: a handful of queries however many there are (no query per row).
   */
  async exportRows(): Promise<NetworkExportRow[]> {
    const ds = this.dataSource;
    const [organisations, expertise, provinceRows, municipalityRows, contacts, partnerRows] =
      await Promise.all([
        ds.getRepository(NetworkOrganisation).find({ order: { id: 'ASC' } }),
        ds.getRepository(NetworkOrganisationExpertise).find(),
        ds.getRepository(NetworkOrganisationProvince).find(),
        ds.getRepository(NetworkOrganisationMunicipality).find(),
        ds.getRepository(NetworkContact).find({
          order: { organisationId: 'ASC', position: 'ASC', id: 'ASC' },
        }),
        ds
          .createQueryBuilder()
          .select('nm.organisation_id', 'organisationId')
          .addSelect('u.email', 'email')
          .from('network_memberships', 'nm')
          .innerJoin('users', 'u', 'u.id = nm.user_id')
          .where("nm.status = 'active'")
          .orderBy('u.email', 'ASC')
          .getRawMany<{ organisationId: number | string; email: string }>(),
      ]);
    const [provinceNames, municipalityNames] = await Promise.all([
      this.provinceNames(),
      this.municipalityNames(),
    ]);
    const tags = new Map<number, string[]>();
    for (const e of expertise) push(tags, e.organisationId, e.expertise);
    const provinces = new Map<number, (PlaceRef & { whole: boolean })[]>();
    for (const p of provinceRows)
      push(provinces, p.organisationId, {
        code: p.provinceCode,
        name: provinceNames.get(p.provinceCode) ?? p.provinceCode,
        whole: p.whole,
      });
    const municipalities = new Map<number, PlaceRef[]>();
    for (const mu of municipalityRows)
      push(municipalities, mu.organisationId, {
        code: mu.municipalityCode,
        name: municipalityNames.get(mu.municipalityCode) ?? mu.municipalityCode,
      });
    const contactsOf = new Map<number, NetworkContact[]>();
    for (const c of contacts) push(contactsOf, c.organisationId, c);
    const partners = new Map<number, string[]>();
    for (const p of partnerRows) push(partners, Number(p.organisationId), p.email);
    const collator = new Intl.Collator('nl');
    const byName = (a: PlaceRef, b: PlaceRef) => collator.compare(a.name, b.name);
    return organisations
      .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id)
      .map((organisation) => ({
        organisation,
        expertise: expertiseList(tags.get(organisation.id) ?? []),
        provinces: (provinces.get(organisation.id) ?? []).sort(byName),
        municipalities: (municipalities.get(organisation.id) ?? []).sort(byName),
        contacts: contactsOf.get(organisation.id) ?? [],
        partners: partners.get(organisation.id) ?? [],
      }));
  }

  /** The 12 provinces sorted by name, for the filter. */
  async provinces(): Promise<PlaceRef[]> {
    const collator = new Intl.Collator('nl');
    const all = await this.dataSource.getRepository(Province).find();
    return all
      .map((p) => ({ code: p.code, name: p.name }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  private async provinceNames(): Promise<Map<string, string>> {
    return new Map((await this.provinces()).map((p) => [p.code, p.name]));
  }

  private async municipalityNames(): Promise<Map<string, string>> {
    const all = await this.dataSource.getRepository(Municipality).find();
    return new Map(all.map((mu) => [mu.code, mu.name]));
  }

  private async provincesOf(
    ids: number[],
  ): Promise<Map<number, (PlaceRef & { whole: boolean })[]>> {
    const result = new Map<number, (PlaceRef & { whole: boolean })[]>();
    if (!ids.length) return result;
    const [rows, names] = await Promise.all([
      this.dataSource
        .getRepository(NetworkOrganisationProvince)
        .findBy({ organisationId: In(ids) }),
      this.provinceNames(),
    ]);
    for (const p of rows)
      push(result, p.organisationId, {
        code: p.provinceCode,
        name: names.get(p.provinceCode) ?? p.provinceCode,
        whole: p.whole,
      });
    const collator = new Intl.Collator('nl');
    for (const list of result.values()) list.sort((a, b) => collator.compare(a.name, b.name));
    return result;
  }

  private async partnerCounts(ids: number[]): Promise<Map<number, number>> {
    const result = new Map<number, number>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.dataSource
        .getRepository(NetworkMembership)
        .createQueryBuilder('nm')
        .select('nm.organisation_id', 'organisationId')
        .addSelect('COUNT(*)', 'n')
        .where("nm.status = 'active' AND nm.organisation_id IN (:...ids)", {
          ids: ids.slice(i, i + CHUNK),
        })
        .groupBy('nm.organisation_id')
        .getRawMany<{ organisationId: number | string; n: number | string }>();
      for (const r of rows) result.set(Number(r.organisationId), Number(r.n));
    }
    return result;
  }
}
