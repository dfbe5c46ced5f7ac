import {
  changeFilters,
  discoverSearch,
  type DiscoverFilters,
  listingQuery,
  pageCount,
  readDiscoverFilters,
  sortsFor,
} from './discover-filters';

const read = (query: string) => readDiscoverFilters(new URLSearchParams(query));

describe('readDiscoverFilters', () => {
  it('reads a shared link', () => {
    expect(read('q=oven&type=bond&status=live&sort=rate&page=3')).toEqual({
      q: 'oven',
      type: 'bond',
      status: 'live',
      sort: 'rate',
      page: 3,
    });
  });

  it('is the whole listing, newest first, for a bare /discover', () => {
    expect(read('')).toEqual({ sort: 'newest', page: 1 });
  });

  it('leaves out what the API would refuse, rather than show an error', () => {
    expect(read('type=loan&status=draft&sort=popular&page=-2')).toEqual({ sort: 'newest', page: 1 });
    expect(read('page=1.5').page).toBe(1);
    expect(read('q=%20%20').q).toBeUndefined();
    expect(read(`q=${'a'.repeat(150)}`).q).toHaveLength(100);
  });

  it('sorts by interest rate only among bonds', () => {
    expect(read('sort=rate').sort).toBe('newest');
    expect(read('sort=rate&type=reward').sort).toBe('newest');
  });
});

describe('discoverSearch', () => {
  it('writes filters back without the defaults, so links stay short', () => {
    expect(discoverSearch({ sort: 'newest', page: 1 }).toString()).toBe('');
    expect(discoverSearch({ q: 'solar roof', type: 'bond', sort: 'rate', page: 2 }).toString()).toBe(
      'q=solar+roof&type=bond&sort=rate&page=2',
    );
  });

  it('round-trips through a link', () => {
    const filters: DiscoverFilters = { q: 'bakery', status: 'succeeded', sort: 'funded', page: 4 };
    expect(readDiscoverFilters(discoverSearch(filters))).toEqual(filters);
  });
});

describe('changeFilters', () => {
  const current: DiscoverFilters = { type: 'bond', sort: 'rate', page: 3 };

  it('starts again from page 1 when anything but the page changes', () => {
    expect(changeFilters(current, { q: 'solar' }).page).toBe(1);
    expect(changeFilters(current, { page: 4 }).page).toBe(4);
  });

  it('falls back to the newest when leaving bonds while sorted by rate', () => {
    expect(changeFilters(current, { type: 'reward' })).toEqual({ type: 'reward', sort: 'newest', page: 1 });
    expect(changeFilters(current, { type: undefined }).sort).toBe('newest');
    expect(changeFilters({ sort: 'funded', page: 1 }, { type: 'reward' }).sort).toBe('funded');
  });
});

describe('helpers', () => {
  it('offers the interest-rate sort for bonds only', () => {
    expect(sortsFor('bond')).toContain('rate');
    expect(sortsFor(undefined)).not.toContain('rate');
  });

  it('asks the API for a page of twelve', () => {
    expect(listingQuery({ sort: 'newest', page: 2 })).toEqual({ sort: 'newest', page: 2, pageSize: 12 });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
  });
});
