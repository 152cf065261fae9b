import type { ModuleDefinition, ModuleRegistrar } from '@pim/kernel';

import { aclEntries } from './acl.js';
import { MODULE_ID } from './constants.js';
import { BigcommerceJobsContainerModule } from './container-module.js';
import { moduleTranslations } from './i18n/module-translations.js';
import { productExportJob } from './jobs/product-export.job.js';
import { productImportJob } from './jobs/product-import.job.js';
import { optionSources } from './options/option-sources.js';

/**
 * BigCommerce product export and import jobs, written as a third-party connector would: on the
 * kernel contract and the credentials module's public API only. A host shows and saves their
 * profiles from the declarations, and runs their checks. Importing this file has no side effects.
 */
const bigcommerceJobsModule: ModuleDefinition = {
  id: MODULE_ID,
  containerModule: new BigcommerceJobsContainerModule(),
  entities: [],
  migrations: [],
  register(kernel: ModuleRegistrar): void {
    if (kernel.addJob === undefined)
      throw new Error(`Module "${MODULE_ID}" needs a host that runs jobs (kernel 3.1.0 addJob).`);
    for (const entry of aclEntries) kernel.addAclEntry(entry);
    for (const source of optionSources) kernel.addOptionSource(source);
    kernel.addJob(productExportJob);
    kernel.addJob(productImportJob);
    for (const [locale, messages] of moduleTranslations) kernel.addTranslations(locale, messages);
  },
};

export default bigcommerceJobsModule;
