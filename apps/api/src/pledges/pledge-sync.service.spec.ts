import { syncRound } from './pledge-sync.service';

describe('the rounds of the pending-pledge sync', () => {
  it('asks at the threshold, then at twice, four times… its age', () => {
    expect(syncRound(300, 300)).toBe(syncRound(599, 300));
    expect(syncRound(600, 300)).not.toBe(syncRound(599, 300));
    expect(syncRound(1199, 300)).toBe(syncRound(600, 300));
    expect(syncRound(1200, 300)).not.toBe(syncRound(1199, 300));
  });

  it('asks once a day at most about a pledge left pending for long, so 120 days cost few jobs', () => {
    const rounds = new Set<string>();
    for (let age = 300; age <= 120 * 86_400; age += 60) rounds.add(syncRound(age, 300));
    expect(rounds.size).toBeLessThan(9 + 121);
    expect(syncRound(10 * 86_400, 300)).not.toBe(syncRound(11 * 86_400, 300));
    expect(syncRound(10 * 86_400, 300)).toBe(syncRound(10 * 86_400 + 3600, 300));
  });
});
