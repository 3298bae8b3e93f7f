import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { Role } from '../common/access/role';
import { NetworkContact } from './contact.entity';
import type { OpenDataOrganisation } from './open-data';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from './organisation-places.entity';
import { NetworkOrganisation } from './organisation.entity';
import { OrganisationPageError, OrganisationPageErrorCode } from './organisation-page.error';
import { OrganisationPageData, visibilitiesFor } from './organisation-page.presenter';
import { expertiseList } from './vocabulary';

const collator = new Intl.Collator('nl');

/** Places by name, the same on both databases (their collations differ). */
function places(rows: { code: string; name: string }[] = []): { code: string; name: string }[] {
  return rows
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The columns a page or the open data may show: never the search document or tokens. */
const PAGE_COLUMNS = {
  id: true,
  slug: true,
  name: true,
  type: true,
  summary: true,
  description: true,
  address: true,
  postcode: true,
  city: true,
  website: true,
  publicEmail: true,
  publicPhone: true,
  memberSince: true,
  confirmedAt: true,
} as const;

/**
 * Reads published listings for the public: one organisation's page with its contacts limited to
 * what the viewer may see (hidden contacts are not even read), and every published listing's
 * public fields for the open data, in a fixed number of queries whatever the number of listings.
 */
@Injectable()
export class OrganisationPageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The published organisation with this slug, or NotFound (unknown, archived). */
  async published(slug: string): Promise<NetworkOrganisation> {
    const organisation =
      typeof slug === 'string' && slug.length <= 120
        ? await this.dataSource
            .getRepository(NetworkOrganisation)
            .findOne({ select: PAGE_COLUMNS, where: { slug, status: 'published' } })
        : null;
    if (!organisation) throw new OrganisationPageError(OrganisationPageErrorCode.NotFound);
    return organisation;
  }

  async page(slug: string, role: Role | null): Promise<OrganisationPageData> {
    const organisation = await this.published(slug);
    const id = organisation.id;
    const m = this.dataSource.manager;
    const [expertise, provinces, municipalities, contacts, membersOnly, canRelay] =
      await Promise.all([
        m.getRepository(NetworkOrganisationExpertise).findBy({ organisationId: id }),
        m
          .getRepository(NetworkOrganisationProvince)
          .find({ where: { organisationId: id, whole: true }, relations: { province: true } }),
        m
          .getRepository(NetworkOrganisationMunicipality)
          .find({ where: { organisationId: id }, relations: { municipality: true } }),
        m.getRepository(NetworkContact).find({
          where: { organisationId: id, visibility: In(visibilitiesFor(role)) },
          order: { position: 'ASC', id: 'ASC' },
        }),
        role
          ? Promise.resolve(false)
          : m.getRepository(NetworkContact).existsBy({ organisationId: id, visibility: 'members' }),
        this.hasAddress(organisation),
      ]);
    return {
      organisation,
      expertise: expertiseList(expertise.map((e) => e.expertise)),
      provinces: provinces.map((p) => ({ code: p.provinceCode, name: p.province?.name ?? '' })),
      municipalities: municipalities.map((p) => ({
        code: p.municipalityCode,
        name: p.municipality?.name ?? '',
      })),
      contacts: contacts.map((c) => ({
        name: c.name,
        jobTitle: c.jobTitle,
        email: c.email,
        phone: c.phone,
        visibility: c.visibility,
      })),
      moreAfterLogin: membersOnly,
      canRelay,
    };
  }

  private async hasAddress(organisation: NetworkOrganisation): Promise<boolean> {
    if (organisation.publicEmail) return true;
    return this.dataSource
      .getRepository(NetworkContact)
      .existsBy({ organisationId: organisation.id, email: Not(IsNull()) });
  }

  /**
   * Every published listing's public fields, ordered by slug: the organisations in one query and
   * each kind of related row in one more (joined on the published status, no IN list of ids),
   * so 10,000 listings take six queries. Only contacts with visibility `public`.
   */
  async openData(): Promise<OpenDataOrganisation[]> {
    const m = this.dataSource.manager;
    const publishedOnly = (alias: string) => `${alias}.status = 'published'`;
    const [organisations, expertise, provinces, municipalities, contacts] = await Promise.all([
      m.getRepository(NetworkOrganisation).find({
        select: PAGE_COLUMNS,
        where: { status: 'published' },
        order: { slug: 'ASC' },
      }),
      m
        .getRepository(NetworkOrganisationExpertise)
        .createQueryBuilder('e')
        .innerJoin('e.organisation', 'o')
        .select('e.organisationId', 'organisationId')
        .addSelect('e.expertise', 'expertise')
        .where(publishedOnly('o'))
        .getRawMany<{ organisationId: number; expertise: string }>(),
      m
        .getRepository(NetworkOrganisationProvince)
        .createQueryBuilder('op')
        .innerJoin('op.organisation', 'o')
        .innerJoin('op.province', 'p')
        .select('op.organisationId', 'organisationId')
        .addSelect('p.code', 'code')
        .addSelect('p.name', 'name')
        .where(publishedOnly('o'))
        .andWhere('op.whole = :whole', { whole: true })
        .getRawMany<{ organisationId: number; code: string; name: string }>(),
      m
        .getRepository(NetworkOrganisationMunicipality)
        .createQueryBuilder('om')
        .innerJoin('om.organisation', 'o')
        .innerJoin('om.municipality', 'mu')
        .select('om.organisationId', 'organisationId')
        .addSelect('mu.code', 'code')
        .addSelect('mu.name', 'name')
        .where(publishedOnly('o'))
        .getRawMany<{ organisationId: number; code: string; name: string }>(),
      m
        .getRepository(NetworkContact)
        .createQueryBuilder('c')
        .innerJoin('c.organisation', 'o')
        .select('c.organisationId', 'organisationId')
        .addSelect('c.name', 'name')
        .addSelect('c.jobTitle', 'jobTitle')
        .addSelect('c.email', 'email')
        .addSelect('c.phone', 'phone')
        .where(publishedOnly('o'))
        .andWhere("c.visibility = 'public'")
        .orderBy('c.organisationId', 'ASC')
        .addOrderBy('c.position', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getRawMany<{
          organisationId: number;
          name: string;
          jobTitle: string | null;
          email: string | null;
          phone: string | null;
        }>(),
    ]);
    const grouped = <T extends { organisationId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const row of rows) {
        const id = Number(row.organisationId);
        const list = map.get(id);
        if (list) list.push(row);
        else map.set(id, [row]);
      }
      return map;
    };
    const expertiseBy = grouped(expertise);
    const provincesBy = grouped(provinces);
    const municipalitiesBy = grouped(municipalities);
    const contactsBy = grouped(contacts);
    return organisations.map((o) => ({
      slug: o.slug,
      name: o.name,
      type: o.type,
      summary: o.summary,
      description: o.description,
      expertise: expertiseList((expertiseBy.get(o.id) ?? []).map((e) => e.expertise)),
      provinces: places(provincesBy.get(o.id)),
      municipalities: places(municipalitiesBy.get(o.id)),
      address: o.address,
      postcode: o.postcode,
      city: o.city,
      website: o.website,
      publicEmail: o.publicEmail,
      publicPhone: o.publicPhone,
      memberSince: o.memberSince,
      confirmedAt: o.confirmedAt,
      contacts: (contactsBy.get(o.id) ?? []).map(({ name, jobTitle, email, phone }) => ({
        name,
        jobTitle,
        email,
        phone,
      })),
    }));
  }
}
