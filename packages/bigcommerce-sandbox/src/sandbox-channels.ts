import { v3Page } from './sandbox-paging.js';
import { channelsOf, type SandboxChannel, type SandboxStore } from './sandbox-store.js';

/** What `available=true` returns (`available` parameter of `reference/channels.v3.yml`). */
const AVAILABLE = new Set(['prelaunch', 'active', 'inactive', 'connected']);

/**
 * `GET /v3/channels`: the store's channels in BigCommerce's envelope, filtered by `available`,
 * `status:in`, `type:in` and `platform:in`, one page of them (`page`, `limit`). Channel 1 is always
 * there unless filtered out ("Will always return the default BigCommerce storefront with an ID of
 * `1`"). Fields the store omits are left out of every channel: only `id` and `name` are required
 * (`ChannelWithoutCurrencies`).
 */
export function channelList(store: SandboxStore, query: URLSearchParams): unknown {
  const list = (name: string) => query.get(name)?.split(',') ?? null;
  const statuses = list('status:in');
  const types = list('type:in');
  const platforms = list('platform:in');
  const available = query.get('available');
  const channels = channelsOf(store).filter(
    (c) =>
      (statuses === null || statuses.includes(c.status)) &&
      (types === null || types.includes(c.type)) &&
      (platforms === null || platforms.includes(platformOf(c))) &&
      (available === null || AVAILABLE.has(c.status) === (available === 'true')),
  );
  const omitted = new Set<string>(store.omittedChannelFields ?? []);
  const page = v3Page(channels, query);
  return {
    ...page,
    data: page.data.map((c) =>
      Object.fromEntries(Object.entries(channelFields(c)).filter(([field]) => !omitted.has(field))),
    ),
  };
}

function platformOf(channel: SandboxChannel): string {
  if (channel.type === 'marketplace') return 'amazon';
  if (channel.type === 'pos') return 'square';
  return 'bigcommerce';
}

/** Every field of `ChannelWithoutCurrencies`, in the order of the spec's example. */
function channelFields(c: SandboxChannel): Record<string, unknown> {
  return {
    id: c.id,
    icon_url: 'https://storage.googleapis.com/bigcommerce-production-dev-center/images/bigcommerce_icon.svg',
    is_listable_from_ui: true,
    is_visible: true,
    date_created: '2024-01-15T10:00:00Z',
    external_id: '',
    type: c.type,
    platform: platformOf(c),
    date_modified: '2024-06-01T10:00:00Z',
    name: c.name,
    status: c.status,
  };
}

/**
 * `GET /v3/channels/currency-assignments`: each channel's enabled and default currency, every
 * channel at once (the operation takes no paging parameters), `meta: {}`.
 */
export function currencyAssignments(store: SandboxStore): unknown {
  return {
    data: channelsOf(store).map((c) => ({
      channel_id: c.id,
      enabled_currencies: c.currencies,
      default_currency: c.defaultCurrency,
    })),
    meta: {},
  };
}
