export * from './background';
export * from './bus';
export * from './consumer';
export * from './event';
export * from './idempotency';
export * from './plumbing-migration';
export * from './publish';
export * from './stream';
