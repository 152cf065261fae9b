import type { HostKernel } from '../kernel/host-kernel.js';
import { SAMPLE_JOBS } from '../jobs/sample-jobs.js';
import { can, type HostUser } from '../users/user-directory.js';
import type { NavItem } from '../views/layout.js';
import type { Translate } from '../views/text.js';
import { adminPath } from './admin-path.js';

/** The host's job pages the user may open: those whose option source is registered and allowed. */
function jobItems(kernel: HostKernel, user: HostUser, currentPath: string, t: Translate): NavItem[] {
  const own = SAMPLE_JOBS.filter((job) => {
    const source = kernel.registry.optionSourcesByName.get(job.optionSource);
    return source !== undefined && can(user, source.permission);
  }).map((job) => {
    const href = adminPath(job.route);
    return { label: t(job.labelKey), href, active: currentPath === href, children: [] };
  });
  if (own.length === 0) return [];
  return [{ label: t('host.layout.jobs'), href: own[0]!.href, active: own.some((j) => j.active), children: own }];
}

/** The sidebar: the registered menu, nested by key, only what the user may see; then the job pages. */
export function navigation(kernel: HostKernel, user: HostUser, currentPath: string, t: Translate): NavItem[] {
  const visible = kernel.registry.menu.filter((m) => can(user, m.key)).sort((a, b) => a.sort - b.sort);
  const isChild = (parent: string | null, key: string) =>
    parent === null ? !key.includes('.') : key.startsWith(`${parent}.`) && !key.slice(parent.length + 1).includes('.');
  const build = (parent: string | null): NavItem[] =>
    visible
      .filter((m) => isChild(parent, m.key))
      .map((m) => {
        const href = adminPath(m.route);
        return {
          label: t(m.labelKey),
          href,
          icon: m.icon,
          active: currentPath === href || currentPath.startsWith(`${href}/`),
          children: build(m.key),
        };
      });
  return [...build(null), ...jobItems(kernel, user, currentPath, t)];
}
