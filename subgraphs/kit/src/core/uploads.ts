import { errorBody } from './errors';

/** The largest document the cabinet accepts; the gateway refuses larger ones unread, identity checks again. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The answer to an upload over the limit (HTTP 413). */
export const uploadTooLarge = () =>
  errorBody('BAD_USER_INPUT', `must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'file');
