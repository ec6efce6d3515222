/** What points buy: each reward credits a personal account of the company's choosing. */
export interface Reward {
  id: string;
  title: string;
  description: string;
  /** Points it costs. */
  cost: number;
  /** What it credits to the chosen account, in kopecks. */
  creditMinor: bigint;
}

export const REWARDS: readonly Reward[] = [
  {
    id: 'credit-500',
    title: 'Скидка 500 ₽',
    description: '500 ₽ на лицевой счёт в счёт будущих платежей',
    cost: 1_000,
    creditMinor: 50_000n,
  },
  {
    id: 'credit-1500',
    title: 'Скидка 1 500 ₽',
    description: '1 500 ₽ на лицевой счёт: выгоднее, чем три скидки по 500 ₽',
    cost: 2_500,
    creditMinor: 150_000n,
  },
  {
    id: 'cloud-month',
    title: 'Месяц облачного хранилища',
    description: 'Абонентская плата за месяц облачного хранилища 1 ТБ возвращается на счёт',
    cost: 2_000,
    creditMinor: 120_000n,
  },
];

export const rewardById = (id: string) => REWARDS.find((reward) => reward.id === id) ?? null;
