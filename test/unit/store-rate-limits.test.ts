import { StoreRateLimits } from '../../src/bigcommerce/store-rate-limits.js';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';

const quota = (left: number, resetMs: number) => ({
  'x-rate-limit-requests-left': String(left),
  'x-rate-limit-time-reset-ms': String(resetMs),
  'x-rate-limit-requests-quota': '150',
});

describe("a store's rate limit, as its answers report it", () => {
  let now: number;
  let limits: StoreRateLimits;
  beforeEach(() => {
    now = 1_000_000;
    limits = new StoreRateLimits(() => now);
  });

  it('lets requests through while the store has not said anything, or has requests left', async () => {
    const first = await limits.acquire('a', 0);
    first(quota(2, 20_000));
    const second = await limits.acquire('a', 0);
    const third = await limits.acquire('a', 0);
    // Both are on their way: the store has counted neither, so nothing is left for a fourth.
    await expect(limits.acquire('a', 0)).rejects.toBeInstanceOf(BigcommerceError);
    second(quota(1, 19_000));
    third(quota(0, 19_000));
    await expect(limits.acquire('a', 5_000)).rejects.toMatchObject({ code: 'rate-limited', params: { seconds: 19 } });
    // Another store has a quota of its own.
    await expect(limits.acquire('b', 0)).resolves.toBeInstanceOf(Function);
  });

  it('keeps the lowest count of a window whose answers arrive out of order, and starts afresh in the next window', async () => {
    const a = await limits.acquire('s', 0);
    const b = await limits.acquire('s', 0);
    b(quota(0, 10_000));
    a(quota(1, 10_200));
    await expect(limits.acquire('s', 0)).rejects.toMatchObject({ code: 'rate-limited' });
    now += 10_001;
    const next = await limits.acquire('s', 0);
    next(quota(149, 30_000));
    await expect(limits.acquire('s', 0)).resolves.toBeInstanceOf(Function);
  });

  it('ignores answers without the headers, and a settle called twice counts once', async () => {
    const settle = await limits.acquire('x', 0);
    settle({ 'content-type': 'application/json' });
    settle(quota(0, 60_000));
    await expect(limits.acquire('x', 0)).resolves.toBeInstanceOf(Function);
  });

  it('for batch work, sends one request to a store it has not heard from, and the others after its answer', async () => {
    const probe = await limits.acquire('cold', 0, true);
    let followed = false;
    const follower = limits.acquire('cold', 0, true).then((settle) => {
      followed = true;
      return settle;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(followed).toBe(false);
    probe(quota(0, 8_000));
    // The answer says the quota is spent: the follower waits for the next window, or gives up past its limit.
    await expect(follower).rejects.toMatchObject({ code: 'rate-limited', params: { seconds: 8 } });
    const warm = await limits.acquire('warm', 0, true);
    warm(quota(10, 8_000));
    await expect(limits.acquire('warm', 0, true)).resolves.toBeInstanceOf(Function);
  });

  it("leaves the store's other apps their share of each window: stops at it, and says so", async () => {
    const shared = new StoreRateLimits(() => now, 20);
    const first = await shared.acquire('r', 0);
    // 150 a window, 20 % of it (30) kept for the store's other apps.
    first(quota(31, 20_000));
    const last = await shared.acquire('r', 0);
    await expect(shared.acquire('r', 0)).rejects.toMatchObject({
      code: 'quota-reserve-reached',
      params: { seconds: 20, left: 30, reserve: 30 },
    });
    last(quota(30, 19_000));
    // The next window is the store's again.
    now += 19_001;
    await expect(shared.acquire('r', 0)).resolves.toBeInstanceOf(Function);
    // Without the quota header, nothing is kept back.
    const bare = await shared.acquire('b', 0);
    bare({ 'x-rate-limit-requests-left': '1', 'x-rate-limit-time-reset-ms': '5000' });
    await expect(shared.acquire('b', 0)).resolves.toBeInstanceOf(Function);
  });

  it('forgets a request once answered, also when an answer opened a new window while it was on its way', async () => {
    const shared = new StoreRateLimits(() => now, 20);
    // Two requests at a time; each round the store reports a window ending later (a sliding reset).
    for (let round = 0; round < 200; round++) {
      const first = await shared.acquire('s', 0);
      const second = await shared.acquire('s', 0);
      now += 1_500;
      first(quota(150, 30_000));
      second(quota(150, 30_000));
    }
    // Nothing is on its way: the store's whole quota but its other apps' share is ours.
    for (let i = 0; i < 120; i++) await shared.acquire('s', 0);
    await expect(shared.acquire('s', 0)).rejects.toMatchObject({ code: 'quota-reserve-reached' });
  });
});
