/**
 * The reference host's building blocks, for tests and benchmarks that boot it in-process. The
 * host itself runs from its CLI (`pim serve`), loading modules through their manifests.
 */
export { StaticPimCatalog } from './catalog/static-pim-catalog.js';
export { readHostConfig, type HostConfig } from './config/host-config.js';
export { buildApp } from './http/app.js';
export { MessageTranslator } from './i18n/message-translator.js';
export { bootHost, HOST_ENTITIES, type HostKernel } from './kernel/host-kernel.js';
export { bindKernelServices, type KernelServices } from './kernel/kernel-services.js';
export { RequestContext } from './kernel/request-context.js';
export { LoginThrottle, MAX_ATTEMPTS, WINDOW_MS } from './security/login-throttle.js';
export { ABSOLUTE_MS, IDLE_MS, SessionStore } from './security/session-store.js';
export { ModuleRegistry, SOURCE_LOCALE } from './kernel/module-registry.js';
export { AesGcmSecretCipher } from './security/aes-gcm-secret-cipher.js';
export { addKeyToFile, keyFilePath } from './security/key-store.js';
export { StaticModuleSettings } from './settings/static-module-settings.js';
export { hostLocalesDir } from './cli/package-dirs.js';
export { serve } from './cli/serve.command.js';
export { loadModules, requirementProblems, type LoadedModule } from './kernel/module-loader.js';
export { ModuleIcons, readModuleIcons } from './kernel/module-icons.js';
