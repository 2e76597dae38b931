export * from './resource-gateway';
export * from './lattice-shared-database';
export * from './service-network';
export * from './cross-account-share';
