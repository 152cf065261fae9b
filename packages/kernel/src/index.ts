/**
 * The kernel contract: what a host PIM offers and what a module registers. Types and tokens
 * only; hosts implement it, modules depend on nothing else of a host.
 */
export * from './acl.js';
export * from './command.js';
export * from './contribution.js';
export * from './datagrid.js';
export * from './form.js';
export * from './form-handler.js';
export * from './host-services.js';
export * from './job.js';
export * from './menu.js';
export * from './module-definition.js';
export * from './module-manifest.js';
export * from './option-source.js';
export * from './persistence.js';
export * from './secret-store.js';
export * from './tokens.js';
export * from './validate-module.js';

/** Version of this contract; a module's manifest states the range it is compatible with. @public */
export const KERNEL_CONTRACT_VERSION = '3.1.0';
