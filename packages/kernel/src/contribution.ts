import type { Newable } from 'inversify';

/**
 * The class of a service a module contributes. A module binds it in its container module; a host
 * resolves the service from its container by this class. Contributions reference each other by
 * these values, never by names, so a reference the type checker accepts is one a host can resolve.
 * @public @since 3.0.0
 */
export type ServiceClass<T> = Newable<T>;
