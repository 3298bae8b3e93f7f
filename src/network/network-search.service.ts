import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rawDate, rawInt } from '../database/raw';
import { isOutdated } from './freshness';
import { NETWORK_PAGE_SIZE, NetworkSearchParams } from './search-query';
import { expertiseList, Expertise, OrganisationType } from './vocabulary';

/** Municipalities in the municipality facet (the most frequent in the result, plus the chosen one). */
export const MUNICIPALITY_FACET_SIZE = 15;

export interface NetworkSearchHit {
  id: number;
  slug: string;
  name: string;
  type: OrganisationType;
  summary: string;
  city: string | null;
  expertise: Expertise[];
  /** names of the provinces it works in, sorted */
  provinces: string[];
  /** not confirmed for more than a year */
  outdated: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per value, each over the query and the OTHER filters: choosing a type still shows how
 * many there are of every other type.
 */
export interface NetworkFacets {
  type: FacetCount[];
  expertise: FacetCount[];
  province: FacetCount[];
  /** the most frequent MUNICIPALITY_FACET_SIZE, most first, and the chosen one */
  municipality: FacetCount[];
}

export interface NetworkSearchResult {
  total: number;
  results: NetworkSearchHit[];
  facets: NetworkFacets;
}

type Facet = keyof NetworkFacets;

/**
 * Bound parameters in the database's own notation (`?` on SQLite, `$n` on PostgreSQL). SQLite
 * binds `?` in the order they appear in the text: add the values in that order.
 */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly postgres: boolean) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.postgres ? `$${this.values.length}` : '?';
  }

  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(', ');
  }
}

/**
 * The full-text expression, made ONLY from the folded terms (letters and digits), each quoted and
 * a prefix: whatever the user typed (FTS operators, quotes, `*`, SQL) is plain text by then.
 * SQLite FTS5: `"jongeren"* AND "fryslan"*`; PostgreSQL: `'jongeren':* & 'fryslan':*`.
 */
export function fullTextExpression(terms: readonly string[], postgres: boolean): string {
  const safe = terms.filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  return postgres
    ? safe.map((t) => `'${t}':*`).join(' & ')
    : safe.map((t) => `"${t}"*`).join(' AND ');
}

/**
 * The directory search: full text (FTS5 on SQLite, the GIN-indexed tsvector on PostgreSQL) over
 * published organisations, filters, sorting, a page of results and the facet counts. Three
 * statements per search: the facets (with the total) in one aggregate over the matching ids, the
 * page, and the page's tags and provinces.
 */
@Injectable()
export class NetworkSearchService {
  private readonly postgres: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  async search(params: NetworkSearchParams, now = new Date()): Promise<NetworkSearchResult> {
    const expression = fullTextExpression(params.terms, this.postgres);
    const [facets, page] = await Promise.all([
      this.facets(params, expression),
      this.page(params, expression),
    ]);
    const chosenTypeCount = (value: string) =>
      facets.type.find((f) => f.value === value)?.count ?? 0;
    const total = params.type
      ? chosenTypeCount(params.type)
      : facets.type.reduce((sum, f) => sum + f.count, 0);
    const tags = await this.tags(page.map((row) => rawInt(row.id)));
    return {
      total,
      facets,
      results: page.map((row) => {
        const id = rawInt(row.id);
        return {
          id,
          slug: row.slug,
          name: row.name,
          type: row.type,
          summary: row.summary,
          city: row.city,
          expertise: expertiseList(tags.expertise.get(id) ?? []),
          provinces: tags.provinces.get(id) ?? [],
          // the same rule as the organisation page and the staff overview
          outdated: isOutdated(rawDate(row.confirmed_at), now),
        };
      }),
    };
  }

  /** FROM and the full-text condition: every published organisation when there are no terms. */
  private source(
    p: Params,
    expression: string,
  ): { from: string; where: string[]; match: string | null } {
    if (!expression)
      return { from: 'network_organisations o', where: [`o.status = 'published'`], match: null };
    const match = p.add(expression);
    if (this.postgres)
      return {
        from: 'network_organisations o',
        where: [
          `o.status = 'published'`,
          // exactly the GIN index's expression (migrations/network-search.ts), so it is used
          `to_tsvector('simple', o.search_document) @@ to_tsquery('simple', ${match})`,
        ],
        match,
      };
    return {
      from: 'network_search JOIN network_organisations o ON o.id = network_search.rowid',
      where: [`network_search MATCH ${match}`, `o.status = 'published'`],
      match,
    };
  }

  /** The condition of one filter, or null when it is not set. */
  private condition(p: Params, params: NetworkSearchParams, facet: Facet): string | null {
    switch (facet) {
      case 'type':
        return params.type ? `o.type = ${p.add(params.type)}` : null;
      case 'expertise':
        return params.expertise.length
          ? `o.id IN (SELECT organisation_id FROM network_organisation_expertise WHERE expertise IN (${p.list(params.expertise)}))`
          : null;
      case 'province':
        return params.province
          ? `o.id IN (SELECT organisation_id FROM network_organisation_provinces WHERE province_code = ${p.add(params.province)})`
          : null;
      case 'municipality':
        return params.municipality
          ? `o.id IN (SELECT organisation_id FROM network_organisation_municipalities WHERE municipality_code = ${p.add(params.municipality)})`
          : null;
    }
  }

  /**
   * All four facets in one statement: the matching organisations once (a materialised CTE) with
   * a flag per filter, then per facet a GROUP BY over those that pass the other filters.
   */
  private async facets(params: NetworkSearchParams, expression: string): Promise<NetworkFacets> {
    const p = new Params(this.postgres);
    // `?` parameters are bound in the order they appear: the flags (SELECT) before the match (WHERE)
    const flag = (facet: Facet) => this.condition(p, params, facet) ?? '1 = 1';
    const flags = `${flag('type')} AS t_ok, ${flag('expertise')} AS e_ok, ${flag('province')} AS p_ok, ${flag('municipality')} AS m_ok`;
    const { from, where } = this.source(p, expression);
    // SQLite keeps the tables of a CROSS JOIN in the written order: for each hit one seek into
    // the tag table's primary key (organisation_id, …), instead of scanning every tag row and
    // probing the hits (measured: half the time on 10,000 organisations). PostgreSQL plans it.
    const join = this.postgres ? 'JOIN' : 'CROSS JOIN';
    const sql = `
      WITH hits AS MATERIALIZED (
        SELECT o.id AS id, o.type AS type, ${flags} FROM ${from} WHERE ${where.join(' AND ')}
      )
      SELECT 'type' AS facet, h.type AS value, COUNT(*) AS n FROM hits h
        WHERE h.e_ok AND h.p_ok AND h.m_ok GROUP BY h.type
      UNION ALL
      SELECT 'expertise', x.expertise, COUNT(*) FROM hits h
        ${join} network_organisation_expertise x ON x.organisation_id = h.id
        WHERE h.t_ok AND h.p_ok AND h.m_ok GROUP BY x.expertise
      UNION ALL
      SELECT 'province', x.province_code, COUNT(*) FROM hits h
        ${join} network_organisation_provinces x ON x.organisation_id = h.id
        WHERE h.t_ok AND h.e_ok AND h.m_ok GROUP BY x.province_code
      UNION ALL
      SELECT 'municipality', x.municipality_code, COUNT(*) FROM hits h
        ${join} network_organisation_municipalities x ON x.organisation_id = h.id
        WHERE h.t_ok AND h.e_ok AND h.p_ok GROUP BY x.municipality_code`;
    const rows = await this.dataSource.query<{ facet: Facet; value: string; n: unknown }[]>(
      sql,
      p.values,
    );
    const facets: NetworkFacets = { type: [], expertise: [], province: [], municipality: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: rawInt(row.n) });
    const byCount = (a: FacetCount, b: FacetCount) =>
      b.count - a.count || a.value.localeCompare(b.value);
    const municipalities = facets.municipality.sort(byCount);
    const top = municipalities.slice(0, MUNICIPALITY_FACET_SIZE);
    const chosen = municipalities.find((f) => f.value === params.municipality);
    if (params.municipality && !top.some((f) => f.value === params.municipality))
      top.push(chosen ?? { value: params.municipality, count: 0 });
    facets.municipality = top;
    return facets;
  }

  /** One page of results, by relevance (bm25 / ts_rank) or by name. */
  private page(params: NetworkSearchParams, expression: string) {
    const p = new Params(this.postgres);
    const { from, where, match } = this.source(p, expression);
    for (const facet of ['type', 'expertise', 'province', 'municipality'] as const) {
      const condition = this.condition(p, params, facet);
      if (condition) where.push(condition);
    }
    // The document starts with the folded name ("fryslan jongerenwerk …"): sorting by it sorts by
    // name without case or accents, in byte order on both databases.
    const byName = this.postgres
      ? 'o.search_document COLLATE "C", o.id'
      : 'o.search_document, o.id';
    let order = byName;
    if (params.sort === 'relevance' && match)
      order = this.postgres
        ? `ts_rank(to_tsvector('simple', o.search_document), to_tsquery('simple', ${match})) DESC, ${byName}`
        : `bm25(network_search), ${byName}`;
    const limit = p.add(NETWORK_PAGE_SIZE);
    const offset = p.add((params.page - 1) * NETWORK_PAGE_SIZE);
    const sql = `SELECT o.id, o.slug, o.name, o.type, o.summary, o.city, o.confirmed_at
      FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    return this.dataSource.query<
      {
        id: unknown;
        slug: string;
        name: string;
        type: OrganisationType;
        summary: string;
        city: string | null;
        confirmed_at: unknown;
      }[]
    >(sql, p.values);
  }

  /** The expertise keys and province names of the organisations on the page. */
  private async tags(ids: number[]) {
    const expertise = new Map<number, string[]>();
    const provinces = new Map<number, string[]>();
    if (ids.length === 0) return { expertise, provinces };
    const p = new Params(this.postgres);
    const list = p.list(ids);
    const rows = await this.dataSource.query<{ id: unknown; kind: string; value: string }[]>(
      `SELECT organisation_id AS id, 'e' AS kind, expertise AS value
         FROM network_organisation_expertise WHERE organisation_id IN (${list})
       UNION ALL
       SELECT x.organisation_id, 'p', v.name FROM network_organisation_provinces x
         JOIN provinces v ON v.code = x.province_code WHERE x.organisation_id IN (${list})`,
      [...p.values, ...(this.postgres ? [] : p.values)],
    );
    const collator = new Intl.Collator('nl');
    for (const row of rows) {
      const map = row.kind === 'e' ? expertise : provinces;
      const id = rawInt(row.id);
      map.set(id, [...(map.get(id) ?? []), row.value]);
    }
    for (const names of provinces.values()) names.sort(collator.compare);
    return { expertise, provinces };
  }
}
