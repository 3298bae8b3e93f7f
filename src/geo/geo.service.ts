import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Municipality } from './municipality.entity';
import { Province } from './province.entity';

export interface ProvinceGroup {
  code: string;
  name: string;
  municipalities: { code: string; name: string }[];
}

/** The reference list of provinces and municipalities; it changes only by migration, so it is cached. */
@Injectable()
export class GeoService {
  private groups: Promise<ProvinceGroup[]> | null = null;
  private byCode: Promise<Map<string, Municipality>> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Municipalities grouped by province, both sorted by name (for <optgroup>s). */
  provinceGroups(): Promise<ProvinceGroup[]> {
    if (this.groups) return this.groups;
    this.groups = (async () => {
      const provinces = await this.dataSource.getRepository(Province).find();
      const municipalities = await this.dataSource.getRepository(Municipality).find();
      const collator = new Intl.Collator('nl');
      return provinces
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((p) => ({
          code: p.code,
          name: p.name,
          municipalities: municipalities
            .filter((m) => m.provinceCode === p.code)
            .sort((a, b) => collator.compare(a.name, b.name))
            .map((m) => ({ code: m.code, name: m.name })),
        }));
    })();
    // A failed load (database briefly down) must not be cached for the life of the process.
    this.groups.catch(() => (this.groups = null));
    return this.groups;
  }

  /** The 12 provinces, sorted by name (for a region filter). */
  async provinces(): Promise<{ code: string; name: string }[]> {
    return (await this.provinceGroups()).map(({ code, name }) => ({ code, name }));
  }

  async municipality(code: string): Promise<Municipality | undefined> {
    if (!this.byCode) {
      this.byCode = this.dataSource
        .getRepository(Municipality)
        .find()
        .then((all) => new Map(all.map((m) => [m.code, m])));
      // as above: retry after a failed load
      this.byCode.catch(() => (this.byCode = null));
    }
    return (await this.byCode).get(code);
  }
}
