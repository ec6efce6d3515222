// The dependency-light half of the kit: what the gateway shares with the subgraphs.
export * from './channel';
export * from './config';
export * from './errors';
export * from './forwarded';
export * from './http';
export * from './http-guards';
export * from './logger';
export * from './process';
export * from './revocations';
export * from './scalars';
export * from './sdl';
export * from './text';
export * from './tokens';
export * from './topology';
export * from './uploads';
export * from './uuid';
export * from './viewer';
