// The language Kabinet's subgraphs share, and nothing else: the events they publish (names, payload types,
// parsers), the business roles and the viewer, and the rules of company requisites.
export * from './events';
export * from './requisites';
export * from './viewer';
