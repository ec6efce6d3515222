// The demo world `npm start` writes and the tests start from, derived deterministically from a few numbers.
// Every subgraph seeds its own share of it (its `seed` hook, typed by the kit's `DemoPlan`), with the same ids.
import { type DemoPlan, type DemoTariff, type DemoUser, legalInn, loadConfig, stableId } from '@kabinet/kit';
import { z } from 'zod';

export interface DemoCompanySpec {
  key: string;
  name: string;
  accounts: number;
}

export const DEMO_PASSWORD = 'Kabinet-demo-2026';

export const DEFAULT_DEMO: DemoCompanySpec[] = [
  { key: 'demo', name: 'ООО «Демо Телеком Клиент»', accounts: 50 },
  { key: 'north', name: 'АО «Северный ветер»', accounts: 5 },
];

/** The default demo companies, the first sized to `accounts`, plus `extra` companies of `extraAccounts` each (load tests). */
export const demoCompanies = (accounts = 50, extra = 0, extraAccounts = accounts): DemoCompanySpec[] => [
  { ...DEFAULT_DEMO[0], accounts },
  ...DEFAULT_DEMO.slice(1),
  ...Array.from({ length: extra }, (_, i) => ({
    key: `bulk-${i + 1}`,
    name: `ООО «Нагрузка ${i + 1}»`,
    accounts: extraAccounts,
  })),
];

const TARIFFS: Omit<DemoTariff, 'id'>[] = [
  { code: 'TEL-BASIC', name: 'Телефония Базовый', kind: 'TELEPHONY', monthlyFeeMinor: 45_000 },
  { code: 'TEL-PRO', name: 'Телефония Бизнес Про', kind: 'TELEPHONY', monthlyFeeMinor: 129_000 },
  { code: 'NET-100', name: 'Интернет 100 Мбит/с', kind: 'INTERNET', monthlyFeeMinor: 250_000 },
  { code: 'NET-500', name: 'Интернет 500 Мбит/с', kind: 'INTERNET', monthlyFeeMinor: 590_000 },
  { code: '8800-START', name: '8-800 Старт', kind: 'FREEPHONE', monthlyFeeMinor: 99_000 },
  { code: 'CLOUD-1TB', name: 'Облачное хранилище 1 ТБ', kind: 'CLOUD_STORAGE', monthlyFeeMinor: 120_000 },
];

const CITIES = ['Москва', 'Казань'];

export function demoPlan(specs: DemoCompanySpec[] = DEFAULT_DEMO): DemoPlan {
  const tariffs = TARIFFS.map((t) => ({ ...t, id: stableId(`tariff:${t.code}`) }));
  const companies = specs.map((spec, companyIndex) => {
    const id = stableId(`company:${spec.key}`);
    const groups = CITIES.map((city, i) => ({
      id: stableId(`group:${spec.key}:${i}`),
      name: i === 0 ? `Головной офис, ${city}` : `Филиал, ${city}`,
    }));
    const accounts = Array.from({ length: spec.accounts }, (_, i) => {
      const id = stableId(`account:${spec.key}:${i}`);
      const tariffCodes = [
        TARIFFS[i % 2].code,
        TARIFFS[2 + (i % 2)].code,
        ...(i % 5 === 0 ? [TARIFFS[4 + (i % 2)].code] : []),
      ];
      const activatedAt = new Date(Date.UTC(2024, i % 12, 2 + (i % 26)));
      return {
        id,
        number: `${5100 + companyIndex}${String(i + 1).padStart(6, '0')}`,
        name: `${i % 2 === 0 ? 'Офис' : 'Точка продаж'} №${i + 1}`,
        groupId: groups[i % groups.length].id,
        tariffCodes,
        services: tariffCodes.map((code) => ({
          id: stableId(`service:${id}:${code}`),
          tariffCode: code,
          activatedAt,
          // Every seventeenth account's services were suspended two months after they started.
          suspendedAt: i % 17 === 16 ? new Date(activatedAt.getTime() + 60 * 86_400_000) : null,
        })),
      };
    });
    return {
      key: spec.key,
      id,
      name: spec.name,
      inn: legalInn(String(770100000 + companyIndex * 1111)),
      kpp: '770101001',
      legalAddress: `г. ${CITIES[companyIndex % CITIES.length]}, ул. Тверская, д. ${companyIndex + 1}`,
      contractNumber: `КТ-${String(companyIndex + 1).padStart(6, '0')}`,
      groups,
      accounts,
      admin: {
        id: stableId(`user:${spec.key}:admin`),
        login: `${spec.key}-admin`,
        password: DEMO_PASSWORD,
        fullName: 'Иванова Мария Сергеевна',
        role: 'ADMIN' as const,
      },
    };
  });
  const staff: DemoUser[] = [
    {
      id: stableId('user:staff:operator'),
      login: 'operator',
      password: DEMO_PASSWORD,
      fullName: 'Петров Алексей Викторович',
      role: 'OPERATOR',
    },
  ];
  const news = [
    ['Плановые работы на сети в Казани', 'В ночь на субботу возможны кратковременные перерывы связи.'],
    ['Новый тариф «Интернет 500 Мбит/с»', 'Скорость до 500 Мбит/с для офисов и филиалов.'],
    ['Номера 8-800 с тестовым периодом', 'Подключите номер 8-800 и пользуйтесь 7 дней бесплатно.'],
    ['Обещанный платёж для юридических лиц', 'Продлите обслуживание на 5 дней без оплаты.'],
    ['Электронные документы с подписью', 'Акты и счета-фактуры подписываются электронной подписью.'],
    ['Облачное хранилище для бизнеса', 'Резервные копии и общий доступ к файлам компании.'],
    ['Обновление личного кабинета', 'Новый раздел статистики расходов по группам счетов.'],
  ].map(([title, body], i) => ({
    id: stableId(`news:${i}`),
    title,
    body,
    publishedAt: new Date(Date.UTC(2026, 10, 20 - i * 3, 9, 0, 0)),
  }));
  return { companies, tariffs, staff, news, months: 4 };
}

/** How big a demo world `npm start` writes: DEMO_ACCOUNTS, DEMO_EXTRA_COMPANIES, DEMO_EXTRA_ACCOUNTS. */
export const demoConfig = z.object({
  /** Size of the demo company (personal accounts), for trying the system at scale. */
  DEMO_ACCOUNTS: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Extra demo companies of DEMO_EXTRA_ACCOUNTS accounts each, for load tests. */
  DEMO_EXTRA_COMPANIES: z.coerce.number().int().min(0).max(100).default(0),
  DEMO_EXTRA_ACCOUNTS: z.coerce.number().int().min(1).max(100_000).default(50),
});

/** The demo world the environment asks for (throws a `ConfigError` naming each bad variable). */
export function demoPlanFromEnv(env: NodeJS.ProcessEnv = process.env): DemoPlan {
  const config = loadConfig(demoConfig, env);
  return demoPlan(
    demoCompanies(config.DEMO_ACCOUNTS, config.DEMO_EXTRA_COMPANIES, config.DEMO_EXTRA_ACCOUNTS),
  );
}
