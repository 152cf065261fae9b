import type en from '../../locales/en_US.json';

/** A translation key of this module; en_US.json is the source of keys. */
export type MessageKey = keyof typeof en;
