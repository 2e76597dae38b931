export * from './resource-gateway';
export * from './lattice-shared-database';
export * from './service-network';
export * from './cross-account-share';
export * from './secure-database-access';
export * from './shared-database-endpoint';
export * from './cross-account-access';
