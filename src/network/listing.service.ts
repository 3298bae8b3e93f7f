import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { slugify } from '../common/forms/parse';
import { translate } from '../common/i18n/i18n';
import { Municipality } from '../geo/municipality.entity';
import { Province } from '../geo/province.entity';
import { NetworkContact } from './contact.entity';
import type { ListingContent } from './listing-content';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from './organisation-places.entity';
import { NetworkOrganisation } from './organisation.entity';
import { searchDocument } from './search-document';
import { CONTACT_VISIBILITIES, expertiseList, isOrganisationType } from './vocabulary';

/** Paths under /netwerk that are pages, not organisations. */
export const RESERVED_SLUGS = ['aanmelden', 'actueel', 'zoeken'];

/** YYYY-MM-DD in Amsterdam (the day it joined). */
function today(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * The one place where a listing's content becomes the published rows: the organisation, its
 * expertise, provinces (chosen as a whole, and those of its municipalities), municipalities and
 * contacts, and its search document. Publishing a draft, accepting an application, staff
 * editing and the demo data all go through `publish`; the difference view reads `contentOf`.
 */
@Injectable()
export class ListingService {
  /** The published version in the same shape as a draft. */
  async contentOf(m: EntityManager, organisation: NetworkOrganisation): Promise<ListingContent> {
    const id = organisation.id;
    // One after the other: the queries share the transaction's one connection.
    const expertise = await m
      .getRepository(NetworkOrganisationExpertise)
      .findBy({ organisationId: id });
    const provinces = await m
      .getRepository(NetworkOrganisationProvince)
      .findBy({ organisationId: id, whole: true });
    const municipalities = await m
      .getRepository(NetworkOrganisationMunicipality)
      .findBy({ organisationId: id });
    const contacts = await m.getRepository(NetworkContact).find({
      where: { organisationId: id },
      order: { position: 'ASC', id: 'ASC' },
    });
    return {
      name: organisation.name,
      type: organisation.type,
      summary: organisation.summary,
      description: organisation.description,
      expertise: expertiseList(expertise.map((e) => e.expertise)),
      provinces: provinces.map((p) => p.provinceCode).sort(),
      municipalities: municipalities.map((p) => p.municipalityCode).sort(),
      address: organisation.address ?? '',
      postcode: organisation.postcode ?? '',
      city: organisation.city ?? '',
      website: organisation.website ?? '',
      publicEmail: organisation.publicEmail ?? '',
      publicPhone: organisation.publicPhone ?? '',
      contacts: contacts.map((c) => ({
        name: c.name,
        jobTitle: c.jobTitle ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
        visibility: c.visibility,
      })),
    };
  }

  /**
   * Writes `content` as the published listing: a new organisation (with a unique slug made from
   * the name) or the given one. Unknown types, tags and places are refused by the caller's
   * validation; here they are dropped rather than stored.
   */
  async publish(
    m: EntityManager,
    content: ListingContent,
    options: { organisation?: NetworkOrganisation; now?: Date; slug?: string } = {},
  ): Promise<NetworkOrganisation> {
    const now = options.now ?? new Date();
    const repo = m.getRepository(NetworkOrganisation);
    const municipalities = content.municipalities.length
      ? await m.getRepository(Municipality).findBy({ code: In(content.municipalities) })
      : [];
    const provinces = await m.getRepository(Province).find();
    const whole = new Set(
      content.provinces.filter((code) => provinces.some((p) => p.code === code)),
    );
    const all = new Set([...whole, ...municipalities.map((mu) => mu.provinceCode)]);
    const expertise = expertiseList(content.expertise);
    const type = isOrganisationType(content.type) ? content.type : 'overig';
    const labels = [
      ...(['nl', 'en'] as const).map((l) => translate(l, `network.type.${type}`)),
      ...expertise.flatMap((key) =>
        (['nl', 'en'] as const).map((l) => translate(l, `network.expertise.${key}`)),
      ),
    ];
    const places = [
      ...municipalities.map((mu) => mu.name),
      ...provinces.filter((p) => all.has(p.code)).map((p) => p.name),
    ];
    const fields = {
      name: content.name,
      type,
      summary: content.summary,
      description: content.description,
      address: content.address || null,
      postcode: content.postcode || null,
      city: content.city || null,
      website: content.website || null,
      publicEmail: content.publicEmail || null,
      publicPhone: content.publicPhone || null,
      status: 'published' as const,
      confirmedAt: now,
      searchDocument: searchDocument({
        name: content.name,
        summary: content.summary,
        description: content.description,
        city: content.city,
        labels,
        places,
      }),
    };
    let organisation: NetworkOrganisation;
    if (options.organisation) {
      await repo.update(options.organisation.id, fields);
      organisation = await repo.findOneByOrFail({ id: options.organisation.id });
    } else {
      organisation = await repo.save(
        repo.create({
          ...fields,
          slug: await this.freeSlug(m, options.slug || content.name),
          memberSince: today(now),
          freshnessSentAt: null,
          freshnessTokenHash: null,
        }),
      );
    }
    const id = organisation.id;
    await m.getRepository(NetworkOrganisationExpertise).delete({ organisationId: id });
    await m.getRepository(NetworkOrganisationProvince).delete({ organisationId: id });
    await m.getRepository(NetworkOrganisationMunicipality).delete({ organisationId: id });
    await m.getRepository(NetworkContact).delete({ organisationId: id });
    if (expertise.length)
      await m
        .getRepository(NetworkOrganisationExpertise)
        .insert(expertise.map((key) => ({ organisationId: id, expertise: key })));
    if (all.size)
      await m.getRepository(NetworkOrganisationProvince).insert(
        [...all].map((code) => ({
          organisationId: id,
          provinceCode: code,
          whole: whole.has(code),
        })),
      );
    if (municipalities.length)
      await m
        .getRepository(NetworkOrganisationMunicipality)
        .insert(municipalities.map((mu) => ({ organisationId: id, municipalityCode: mu.code })));
    const contacts = content.contacts.filter((c) => c.name.trim());
    if (contacts.length)
      await m.getRepository(NetworkContact).insert(
        contacts.map((c, position) => ({
          organisationId: id,
          name: c.name,
          jobTitle: c.jobTitle || null,
          email: c.email || null,
          phone: c.phone || null,
          visibility: CONTACT_VISIBILITIES.includes(c.visibility) ? c.visibility : 'staff',
          position,
        })),
      );
    return organisation;
  }

  /** A slug from `source` that no other organisation has: "jongerenwerk-zwolle", "…-2", … */
  async freeSlug(m: EntityManager, source: string, exceptId?: number): Promise<string> {
    const base = (slugify(source) || 'organisatie').slice(0, 110);
    const repo = m.getRepository(NetworkOrganisation);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (RESERVED_SLUGS.includes(slug)) continue;
      const taken = await repo.existsBy(exceptId ? { slug, id: Not(exceptId) } : { slug });
      if (!taken) return slug;
    }
  }
}
