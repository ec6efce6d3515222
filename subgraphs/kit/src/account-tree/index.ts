export * from './events';
export * from './migration';
export * from './projection';
export * from './seed';
export * from './visible';
