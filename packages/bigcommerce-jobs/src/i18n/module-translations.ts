import type { Messages } from '@pim/kernel';

import ar_AE from '../../locales/ar_AE.json' with { type: 'json' };
import de_DE from '../../locales/de_DE.json' with { type: 'json' };
import en_US from '../../locales/en_US.json' with { type: 'json' };
import es_ES from '../../locales/es_ES.json' with { type: 'json' };
import fr_FR from '../../locales/fr_FR.json' with { type: 'json' };
import hi_IN from '../../locales/hi_IN.json' with { type: 'json' };
import ru_RU from '../../locales/ru_RU.json' with { type: 'json' };
import zh_CN from '../../locales/zh_CN.json' with { type: 'json' };

/** The module's messages per locale, imported with the code: registering them reads no file. */
export const moduleTranslations: ReadonlyMap<string, Messages> = new Map<string, Messages>([
  ['ar_AE', ar_AE],
  ['de_DE', de_DE],
  ['en_US', en_US],
  ['es_ES', es_ES],
  ['fr_FR', fr_FR],
  ['hi_IN', hi_IN],
  ['ru_RU', ru_RU],
  ['zh_CN', zh_CN],
]);
