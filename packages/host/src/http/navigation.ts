import type { HostKernel } from '../kernel/host-kernel.js';
import { can, type HostUser } from '../users/user-directory.js';
import type { NavItem } from '../views/layout.js';
import type { Translate } from '../views/text.js';
import { adminPath } from './admin-path.js';
import { moduleIconUrl } from './admin-assets.js';
import { jobPath } from './job.routes.js';

/** The jobs the user may see, under the host's own Jobs entry: exports first, then imports, by title. */
function jobItems(kernel: HostKernel, user: HostUser, currentPath: string, t: Translate): NavItem[] {
  const own = kernel.registry.jobs
    .filter((job) => can(user, job.permission))
    .map((job) => ({ job, label: t(job.titleKey), href: jobPath(job) }))
    .sort((a, b) => a.job.type.localeCompare(b.job.type) || a.label.localeCompare(b.label))
    .map(({ label, href }) => ({
      label,
      href,
      active: currentPath === href || currentPath.startsWith(`${href}/`),
      children: [],
    }));
  if (own.length === 0) return [];
  return [{ label: t('host.layout.jobs'), href: own[0]!.href, active: own.some((j) => j.active), children: own }];
}

/** The sidebar: the registered menu, nested by key, only what the user may see; then the jobs. */
export function navigation(kernel: HostKernel, user: HostUser, currentPath: string, t: Translate): NavItem[] {
  const visible = kernel.registry.menu.filter((m) => can(user, m.key)).sort((a, b) => a.sort - b.sort);
  const isChild = (parent: string | null, key: string) =>
    parent === null ? !key.includes('.') : key.startsWith(`${parent}.`) && !key.slice(parent.length + 1).includes('.');
  const iconOf = (key: string, icon: string | undefined) => {
    const module = kernel.registry.menuModules.get(key);
    return icon === undefined || module === undefined || !kernel.icons.has(module, icon)
      ? undefined
      : moduleIconUrl(kernel.icons, module, icon);
  };
  const build = (parent: string | null): NavItem[] =>
    visible
      .filter((m) => isChild(parent, m.key))
      .map((m) => {
        const href = adminPath(m.route);
        return {
          label: t(m.labelKey),
          href,
          icon: iconOf(m.key, m.icon),
          active: currentPath === href || currentPath.startsWith(`${href}/`),
          children: build(m.key),
        };
      });
  return [...build(null), ...jobItems(kernel, user, currentPath, t)];
}
