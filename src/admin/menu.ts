import type { MenuItem } from '@pim/kernel';
import { PERMISSIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';

type ModuleMenuItem = MenuItem & { readonly labelKey: MessageKey };

/** BigCommerce → Credentials. */
export const menuItems = [
  {
    key: PERMISSIONS.root,
    labelKey: 'bigcommerce.menu.root',
    route: ROUTES.credentials,
    sort: 10,
    icon: 'bigcommerce',
  },
  { key: PERMISSIONS.credentials, labelKey: 'bigcommerce.menu.credentials', route: ROUTES.credentials, sort: 1 },
] as const satisfies readonly ModuleMenuItem[];
