// Requisites rules are contracts; the kit hands them on with the rest.
export {
  bikProblem,
  innProblem,
  kppProblem,
  legalInn,
  legalOgrn,
  ogrnProblem,
  settlementAccount,
  settlementAccountProblem,
} from '@kabinet/contracts';
export * from './access';
export * from './account-tree';
export * from './answer-size';
export * from './audit';
export * from './batch';
export * from './bulk';
export * from './core';
export * from './csv';
export * from './database';
export * from './demo-plan';
export * from './events';
export * from './ids';
export * from './merge-resolvers';
export * from './messages';
export * from './money';
export * from './pagination';
export * from './period';
export * from './run-subgraph';
export * from './schema-file';
export * from './scoped';
export * from './signed-links';
export * from './subgraph';
export * from './subgraph-server';
export * from './watch-company';
