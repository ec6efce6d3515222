import { mergeResolvers, type TokenSigner } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { attachmentResolvers } from './attachments';
import { auditResolvers } from './audit';
import { companyUserResolvers } from './company-users';
import { loginResolvers } from './login';
import { passwordResolvers } from './password';
import { profileResolvers } from './profile';
import { registrationResolvers } from './registration';
import { sessionResolvers } from './sessions';
import { userResolvers } from './user';

export const createResolvers = (signToken: TokenSigner) =>
  mergeResolvers<Loaders>(
    userResolvers,
    sessionResolvers,
    auditResolvers,
    registrationResolvers,
    loginResolvers(signToken),
    passwordResolvers(signToken),
    companyUserResolvers,
    profileResolvers,
    attachmentResolvers,
  );
