import { inject, injectable } from 'inversify';

import type { JobCheck, JobCheckReport, JobFilterValues } from '@pim/kernel';

import { JobChecker } from './job-checker.js';

/** "Check this job" of the product export: a token that may write products, and what it would write where. */
@injectable()
export class ProductExportCheck implements JobCheck {
  constructor(@inject(JobChecker) private readonly checker: JobChecker) {}

  check(filters: JobFilterValues): Promise<JobCheckReport> {
    return this.checker.check({ capability: 'products:modify', writesStorefronts: true }, filters);
  }
}

/** "Check this job" of the product import: a token that may read products. */
@injectable()
export class ProductImportCheck implements JobCheck {
  constructor(@inject(JobChecker) private readonly checker: JobChecker) {}

  check(filters: JobFilterValues): Promise<JobCheckReport> {
    return this.checker.check({ capability: 'products:read', writesStorefronts: false }, filters);
  }
}
