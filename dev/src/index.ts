// Development tools, never in the production image: the demo world and the seeding of it, and the browser the
// cabinet's tests and benchmarks drive. The scripts (`npm start`'s launcher, its demo-data preamble, the
// embedded PostgreSQL, the demo traffic robot) are in ../stack.
export * from './chromium';
export * from './demo';
export * from './seed';
