import { channelsOf, type SandboxStore } from './sandbox-store.js';

const CHANNEL_ID =
  /(?:(\w+)\s*:\s*)?locales\s*\(\s*input\s*:\s*\{\s*channelId\s*:\s*"bc\/store\/channel\/(\d+)"\s*\}\s*\)/g;

/** `GET /v3/channels`: every channel of the store, in BigCommerce's envelope. */
export function channelList(store: SandboxStore): unknown {
  const channels = channelsOf(store);
  return {
    data: channels.map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      platform: c.type === 'marketplace' ? 'amazon' : 'bigcommerce',
      status: c.status,
      is_listable_from_ui: true,
      is_visible: true,
      date_created: '2024-01-15T10:00:00Z',
      date_modified: '2024-06-01T10:00:00Z',
      external_id: '',
      icon_url: '',
    })),
    meta: {
      pagination: {
        total: channels.length,
        count: channels.length,
        per_page: 50,
        current_page: 1,
        total_pages: 1,
        links: { current: '?page=1&limit=50' },
      },
    },
  };
}

/** `GET /v3/channels/currency-assignments`: each channel's enabled and default currency. */
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

/**
 * The GraphQL Admin answer to `store { locales(input:{channelId}) }`, one or several times with
 * aliases (`c2: locales(input: { channelId: "bc/store/channel/2" })`). An unknown channel is a
 * GraphQL error on its field, as GraphQL reports one.
 */
export function channelLocales(store: SandboxStore, requestBody: string): unknown {
  let query = '';
  try {
    const parsed = (JSON.parse(requestBody) as { query?: unknown } | null)?.query;
    query = typeof parsed === 'string' ? parsed : '';
  } catch {
    return { errors: [{ message: 'Invalid JSON body' }] };
  }
  const channels = new Map(channelsOf(store).map((c) => [c.id, c]));
  const data: Record<string, unknown> = {};
  const errors: { message: string; path: string[] }[] = [];
  for (const [, alias, id] of query.matchAll(CHANNEL_ID)) {
    const field = alias ?? 'locales';
    const channel = channels.get(Number(id));
    if (channel === undefined) {
      data[field] = null;
      errors.push({ message: `Channel ${id} not found`, path: ['store', field] });
    } else {
      data[field] = { edges: channel.locales.map((node) => ({ node })) };
    }
  }
  return errors.length === 0 ? { data: { store: data } } : { data: { store: data }, errors };
}
