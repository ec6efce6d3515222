import { stableId } from '@kabinet/kit';
import type { IncludedVolume, Region, ServiceKind, StoragePricing } from './entities';

/**
 * The catalog's own reference data: what the operator sells beyond the demo plan's tariffs (which every subgraph
 * knows by id), the details of those, the options and the cloud storage plan. Seeded by catalog alone; ids are
 * stable, so seeding again changes nothing.
 */

export interface OfferingDetails {
  description: string;
  setupFeeMinor: number;
  regions: Region[];
  included: IncludedVolume[];
}

const EVERYWHERE: Region[] = ['MOSCOW', 'SAINT_PETERSBURG', 'KAZAN', 'NOVOSIBIRSK', 'YEKATERINBURG'];

/** Details of the demo plan's tariffs, by code. */
export const DEMO_TARIFF_DETAILS: Record<string, OfferingDetails> = {
  'TEL-BASIC': {
    description: 'Городской номер и 500 минут по России',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Минуты по России', amount: 500, unit: 'MIN' }],
  },
  'TEL-PRO': {
    description: 'Многоканальный номер, запись разговоров, 3000 минут',
    setupFeeMinor: 100_000,
    regions: EVERYWHERE,
    included: [{ name: 'Минуты по России', amount: 3000, unit: 'MIN' }],
  },
  'NET-100': {
    description: 'Оптическая линия до офиса, 100 Мбит/с без ограничения трафика',
    setupFeeMinor: 300_000,
    regions: EVERYWHERE,
    included: [],
  },
  'NET-500': {
    description: 'Оптическая линия до офиса, 500 Мбит/с без ограничения трафика',
    setupFeeMinor: 300_000,
    regions: ['MOSCOW', 'SAINT_PETERSBURG', 'KAZAN'],
    included: [],
  },
  '8800-START': {
    description: 'Бесплатный для звонящих номер 8-800 и 300 минут входящих',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Входящие минуты', amount: 300, unit: 'MIN' }],
  },
  'CLOUD-1TB': {
    description: 'Облачное хранилище 1 ТБ с резервным копированием',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Хранилище', amount: 1024, unit: 'GB' }],
  },
};

export interface CatalogTariff extends OfferingDetails {
  id: string;
  code: string;
  name: string;
  kind: ServiceKind;
  monthlyFeeMinor: number;
  lifecycle: 'LAUNCHED' | 'RETIRED';
  storagePricing?: StoragePricing;
}

const tariff = (t: Omit<CatalogTariff, 'id'>): CatalogTariff => ({ ...t, id: stableId(`tariff:${t.code}`) });

/** The cloud storage plan sold by quota: 10 GB to 10 TB, each GB at its tier's price. */
export const CLOUD_FLEX_PRICING: StoragePricing = {
  minGb: 10,
  maxGb: 10_240,
  tiers: [
    { upToGb: 100, perGbMinor: 1_500 },
    { upToGb: 1_024, perGbMinor: 1_000 },
    { upToGb: null, perGbMinor: 600 },
  ],
};

/** Tariffs the demo plan does not carry: the other kinds, the storage plan, 8-800 test and a retired one. */
export const CATALOG_TARIFFS: CatalogTariff[] = [
  tariff({
    code: 'MOB-BIZ',
    name: 'Мобильная связь Бизнес',
    kind: 'MOBILE',
    monthlyFeeMinor: 59_000,
    description: 'Корпоративная SIM-карта: 1000 минут, 30 ГБ',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [
      { name: 'Минуты', amount: 1000, unit: 'MIN' },
      { name: 'Мобильный интернет', amount: 30, unit: 'GB' },
    ],
    lifecycle: 'LAUNCHED',
  }),
  tariff({
    code: 'VPBX-10',
    name: 'Виртуальная АТС на 10 сотрудников',
    kind: 'VIRTUAL_PBX',
    monthlyFeeMinor: 150_000,
    description: 'Голосовое меню, очереди, запись разговоров',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Внутренние номера', amount: 10, unit: 'PCS' }],
    lifecycle: 'LAUNCHED',
  }),
  tariff({
    code: '8800-PRO',
    name: '8-800 Бизнес',
    kind: 'FREEPHONE',
    monthlyFeeMinor: 249_000,
    description: 'Номер 8-800 и 2000 минут входящих, статистика звонков',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Входящие минуты', amount: 2000, unit: 'MIN' }],
    lifecycle: 'LAUNCHED',
  }),
  tariff({
    code: 'CLOUD-FLEX',
    name: 'Облачное хранилище по объёму',
    kind: 'CLOUD_STORAGE',
    monthlyFeeMinor: 0,
    description: 'Объём от 10 ГБ до 10 ТБ; чем больше объём, тем дешевле гигабайт',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [],
    lifecycle: 'LAUNCHED',
    storagePricing: CLOUD_FLEX_PRICING,
  }),
  tariff({
    code: 'VIDEO-4',
    name: 'Видеонаблюдение на 4 камеры',
    kind: 'VIDEO_SURVEILLANCE',
    monthlyFeeMinor: 120_000,
    description: 'Облачный архив 14 дней, доступ с телефона',
    setupFeeMinor: 500_000,
    regions: ['MOSCOW', 'SAINT_PETERSBURG'],
    included: [{ name: 'Камеры', amount: 4, unit: 'PCS' }],
    lifecycle: 'LAUNCHED',
  }),
  tariff({
    code: 'CONF-50',
    name: 'Веб-конференции до 50 участников',
    kind: 'WEB_CONFERENCE',
    monthlyFeeMinor: 90_000,
    description: 'Конференции без ограничения длительности, запись встреч',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [{ name: 'Участники', amount: 50, unit: 'PCS' }],
    lifecycle: 'LAUNCHED',
  }),
  tariff({
    code: 'NET-50-OLD',
    name: 'Интернет 50 Мбит/с (архивный)',
    kind: 'INTERNET',
    monthlyFeeMinor: 190_000,
    description: 'Тариф снят с продажи',
    setupFeeMinor: 0,
    regions: EVERYWHERE,
    included: [],
    lifecycle: 'RETIRED',
  }),
];

/** The free tariff an 8-800 number runs on during its test period; never sold by itself. */
export const FREEPHONE_TEST_TARIFF = tariff({
  code: '8800-TEST',
  name: '8-800 Тестовый период',
  kind: 'FREEPHONE',
  monthlyFeeMinor: 0,
  description: 'Семь дней бесплатно; затем выберите тариф',
  setupFeeMinor: 0,
  regions: EVERYWHERE,
  included: [],
  lifecycle: 'RETIRED',
});

export interface CatalogOption {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: ServiceKind;
  monthlyFeeMinor: number;
  exclusiveGroup: string | null;
  /** Codes of the tariffs that allow it. */
  tariffs: string[];
}

const option = (o: Omit<CatalogOption, 'id'>): CatalogOption => ({ ...o, id: stableId(`option:${o.code}`) });

export const CATALOG_OPTIONS: CatalogOption[] = [
  option({
    code: 'STATIC-IP',
    name: 'Статический IP-адрес',
    description: 'Постоянный публичный адрес',
    kind: 'INTERNET',
    monthlyFeeMinor: 20_000,
    exclusiveGroup: null,
    tariffs: ['NET-100', 'NET-500', 'NET-50-OLD'],
  }),
  option({
    code: 'ANTIVIRUS',
    name: 'Антивирус на шлюзе',
    description: 'Проверка трафика на вирусы',
    kind: 'INTERNET',
    monthlyFeeMinor: 15_000,
    exclusiveGroup: 'security',
    tariffs: ['NET-100', 'NET-500'],
  }),
  option({
    code: 'FIREWALL-PRO',
    name: 'Межсетевой экран Про',
    description: 'Антивирус, фильтрация сайтов и защита от атак',
    kind: 'INTERNET',
    monthlyFeeMinor: 45_000,
    exclusiveGroup: 'security',
    tariffs: ['NET-500'],
  }),
  option({
    code: 'EXTRA-NUMBER',
    name: 'Дополнительный номер',
    description: 'Ещё один городской номер на линии',
    kind: 'TELEPHONY',
    monthlyFeeMinor: 25_000,
    exclusiveGroup: null,
    tariffs: ['TEL-BASIC', 'TEL-PRO'],
  }),
  option({
    code: 'CALL-RECORDING',
    name: 'Запись разговоров',
    description: 'Хранение записей 90 дней',
    kind: 'TELEPHONY',
    monthlyFeeMinor: 30_000,
    exclusiveGroup: null,
    tariffs: ['TEL-BASIC'],
  }),
  option({
    code: 'CLOUD-BACKUP',
    name: 'Резервное копирование хранилища',
    description: 'Ежедневные копии, 30 дней',
    kind: 'CLOUD_STORAGE',
    monthlyFeeMinor: 35_000,
    exclusiveGroup: null,
    tariffs: ['CLOUD-1TB', 'CLOUD-FLEX'],
  }),
];

/** Fees that differ by region from a tariff's base fee, by tariff code. */
export const REGIONAL_PRICES: { code: string; region: Region; monthlyFeeMinor: number }[] = [
  { code: 'NET-100', region: 'KAZAN', monthlyFeeMinor: 220_000 },
  { code: 'NET-500', region: 'KAZAN', monthlyFeeMinor: 520_000 },
  { code: 'NET-100', region: 'NOVOSIBIRSK', monthlyFeeMinor: 199_000 },
  { code: 'TEL-BASIC', region: 'SAINT_PETERSBURG', monthlyFeeMinor: 42_000 },
  { code: 'MOB-BIZ', region: 'KAZAN', monthlyFeeMinor: 49_000 },
];
