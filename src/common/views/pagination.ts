export interface PaginationView {
  page: number;
  pages: number;
  total: number;
  previous: string | null;
  next: string | null;
  items: { number: number; href: string; current: boolean }[];
}

export function parsePage(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Links for a paged list, keeping the other query parameters (`pagina` is the page). */
export function paginate(
  path: string,
  query: Record<string, string | undefined>,
  page: number,
  pageSize: number,
  total: number,
): PaginationView {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (n: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    if (n > 1) params.set('pagina', String(n));
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const from = Math.max(1, page - 3);
  const to = Math.min(pages, page + 3);
  const items = [];
  for (let n = from; n <= to; n++) items.push({ number: n, href: href(n), current: n === page });
  return {
    page,
    pages,
    total,
    previous: page > 1 ? href(page - 1) : null,
    next: page < pages ? href(page + 1) : null,
    items,
  };
}
