import { assertValid, companyScope, type FieldProblem, textProblems, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './kinds';
import { isTimeZone, TIME_OF_DAY } from './quiet-hours';

export const CHANNELS = ['IN_APP', 'EMAIL', 'SMS'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Where a user is told of each kind until they choose: in the cabinet. */
export const DEFAULT_CHANNELS: Channel[] = ['IN_APP'];
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export interface SettingsInput {
  timeZone?: string | null;
  quietHours?: { from: string; to: string } | null;
  clearQuietHours?: boolean | null;
  channels?: { kind: NotificationKind; channels: Channel[] }[] | null;
}

function settingsProblems(input: SettingsInput): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...textProblems('timeZone', input.timeZone, { max: 64 }),
    ...textProblems('quietHours.from', input.quietHours?.from, { max: 5 }),
    ...textProblems('quietHours.to', input.quietHours?.to, { max: 5 }),
  ];
  if (problems.length > 0) return problems;
  if (input.timeZone != null && !isTimeZone(input.timeZone))
    problems.push({ field: 'timeZone', message: 'is not a time zone (e.g. Europe/Moscow)' });
  if (input.quietHours) {
    for (const end of ['from', 'to'] as const) {
      if (!TIME_OF_DAY.test(input.quietHours[end]))
        problems.push({
          field: `quietHours.${end}`,
          message: 'must be a time of day, HH:MM from 00:00 to 23:59',
        });
    }
    if (input.quietHours.from === input.quietHours.to)
      problems.push({ field: 'quietHours.to', message: 'must differ from quietHours.from' });
    if (input.clearQuietHours)
      problems.push({ field: 'clearQuietHours', message: 'give quietHours or clear them' });
  }
  const kinds = (input.channels ?? []).map((c) => c.kind);
  if (new Set(kinds).size !== kinds.length)
    problems.push({ field: 'channels', message: 'names a kind twice' });
  return problems;
}

/** Saves what is given of the caller's settings (the rest stays). */
export async function updateSettings(tx: EntityManager, viewer: Viewer, input: SettingsInput): Promise<void> {
  assertValid(settingsProblems(input));
  const quiet = input.clearQuietHours ? { from: null, to: null } : (input.quietHours ?? null);
  await tx.query(
    `INSERT INTO notification_settings (user_id, company_id, time_zone, quiet_from, quiet_to)
     VALUES ($1, $2, coalesce($3, $6), $4, $5)
     ON CONFLICT (user_id) DO UPDATE SET time_zone = coalesce($3, notification_settings.time_zone),
       quiet_from = CASE WHEN $7 THEN EXCLUDED.quiet_from ELSE notification_settings.quiet_from END,
       quiet_to = CASE WHEN $7 THEN EXCLUDED.quiet_to ELSE notification_settings.quiet_to END, updated_at = now()`,
    [
      viewer.userId,
      companyScope(viewer),
      input.timeZone ?? null,
      quiet?.from ?? null,
      quiet?.to ?? null,
      DEFAULT_TIME_ZONE,
      quiet !== null,
    ],
  );
  for (const { kind, channels } of input.channels ?? []) {
    await tx.query(
      `INSERT INTO notification_channels (user_id, kind, channels) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels`,
      [viewer.userId, kind, [...new Set(channels)]],
    );
  }
}

export interface Settings {
  timeZone: string;
  quietHours: { from: string; to: string } | null;
  channels: Map<string, Channel[]>;
}

/** The caller's settings, defaults where they chose nothing. */
export async function settingsOf(db: Pick<EntityManager, 'query'>, userId: string): Promise<Settings> {
  const [row]: { timeZone: string; from: string | null; to: string | null }[] = await db.query(
    'SELECT time_zone AS "timeZone", quiet_from AS "from", quiet_to AS "to" FROM notification_settings WHERE user_id = $1',
    [userId],
  );
  const channels: { kind: string; channels: Channel[] }[] = await db.query(
    'SELECT kind, channels FROM notification_channels WHERE user_id = $1',
    [userId],
  );
  return {
    timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE,
    quietHours: row?.from && row.to ? { from: row.from, to: row.to } : null,
    channels: new Map(channels.map((c) => [c.kind, c.channels])),
  };
}
