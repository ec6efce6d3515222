import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prices that differ by region (a tariff's fee where it is not the base one), and each company's home region,
 * from its approval, so a signed-in company sees its own prices.
 */
export class RegionalPrices1765430000000 implements MigrationInterface {
  name = 'RegionalPrices1765430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tariff_region_prices (
        tariff_id uuid NOT NULL REFERENCES tariffs (id),
        region text NOT NULL,
        monthly_fee_minor bigint NOT NULL CHECK (monthly_fee_minor >= 0),
        PRIMARY KEY (tariff_id, region)
      )`);
    await db.query('CREATE TABLE company_regions (company_id uuid PRIMARY KEY, region text NOT NULL)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE company_regions');
    await db.query('DROP TABLE tariff_region_prices');
  }
}
