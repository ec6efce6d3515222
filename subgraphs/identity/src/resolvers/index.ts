import type { Resolvers, TokenSigner } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { auditResolvers } from './audit';
import { companyUserResolvers } from './company-users';
import { loginResolvers } from './login';
import { passwordResolvers } from './password';
import { profileResolvers } from './profile';
import { registrationResolvers } from './registration';
import { sessionResolvers } from './sessions';
import { userResolvers } from './user';

export const createResolvers = (signToken: TokenSigner): Resolvers<Loaders> => ({
  ...userResolvers,
  ...sessionResolvers,
  AuditEvent: auditResolvers.AuditEvent,
  RegistrationApplication: registrationResolvers.RegistrationApplication,
  Query: {
    ...userResolvers.Query,
    ...sessionResolvers.Query,
    ...auditResolvers.Query,
    ...registrationResolvers.Query,
  },
  Mutation: {
    ...loginResolvers(signToken).Mutation,
    ...passwordResolvers(signToken).Mutation,
    ...sessionResolvers.Mutation,
    ...companyUserResolvers.Mutation,
    ...registrationResolvers.Mutation,
    ...profileResolvers.Mutation,
  },
});
