import { z } from 'zod';

export const uuid = z.uuid();
/** Money in minor units (kopecks) as a decimal string: a bigint survives JSON. */
export const minorUnits = z.string().regex(/^-?\d+$/);
export const instant = z.iso.datetime({ offset: true });
