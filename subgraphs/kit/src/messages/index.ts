export * from './config';
export * from './migration';
export * from './outbox';
export * from './relay';
