import { readQueueFilters, writeQueueFilters } from './queue-filters';

describe('queue filters in the URL', () => {
  it('reads known filters and drops the rest', () => {
    expect(readQueueFilters(new URLSearchParams('grade=D&type=bond&page=3'))).toEqual({
      grade: 'D',
      type: 'bond',
      page: 3,
    });
    expect(readQueueFilters(new URLSearchParams('grade=Z&type=loan&page=-2'))).toEqual({
      grade: undefined,
      type: undefined,
      page: 1,
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(writeQueueFilters({ page: 1 }).toString()).toBe('');
    expect(writeQueueFilters({ grade: 'E', page: 2 }).toString()).toBe('grade=E&page=2');
  });
});
