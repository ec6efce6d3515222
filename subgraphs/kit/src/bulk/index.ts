export * from './migration';
export * from './work';
