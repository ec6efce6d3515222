import { generateKeyPairSync } from 'node:crypto';
import { attachmentDisposition } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { DocumentContent, DocumentSubject } from '../src/documents/content';
import { downloadAllowed, downloadPath } from '../src/documents/download-urls';
import { rubles } from '../src/documents/format';
import { render } from '../src/documents/render';
import { documentSigner, sha256Hex, signatureIsValid } from '../src/documents/signing';
import { reconciliationAct } from '../src/documents/types/reconciliation-act';

const key = () =>
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const FILE = '6f1c1f1e-7b1a-4c55-9a55-0d7f6c3c2b10';
const OTHER = '0b7e3c52-1c1d-4c2e-8f0a-2b8c6a1f3d21';

describe('document signatures and download links', () => {
  const signer = documentSigner(key(), 'k-test');
  const now = new Date('2030-04-02T09:00:00Z');

  it('signs the SHA-256 so that only the same bytes, under the same key, verify', () => {
    const digest = sha256Hex(Buffer.from('акт сверки'));
    const signature = signer.sign(digest);
    expect(signatureIsValid(signer.publicKeyPem, digest, signature)).toBe(true);
    expect(signatureIsValid(signer.publicKeyPem, sha256Hex(Buffer.from('акт сверкИ')), signature)).toBe(
      false,
    );
    expect(signatureIsValid(documentSigner(key(), 'k-test').publicKeyPem, digest, signature)).toBe(false);
    expect(signatureIsValid(signer.publicKeyPem, 'not hex', signature)).toBe(false);
    expect(signatureIsValid(signer.publicKeyPem, digest, '!!')).toBe(false);
  });

  it('opens one file until its expiry, and no other', () => {
    const path = downloadPath(signer.urlKey, FILE, new Date(now.getTime() + 60_000));
    const token = new URL(path, 'http://x').searchParams.get('token') as string;
    expect(downloadAllowed(signer.urlKey, FILE, token, now)).toBe(true);
    expect(downloadAllowed(signer.urlKey, OTHER, token, now)).toBe(false);
    expect(downloadAllowed(signer.urlKey, FILE, token, new Date(now.getTime() + 60_000))).toBe(false);
    // A later expiry written into the token breaks its MAC.
    const [expiry, mac] = token.split('.');
    expect(downloadAllowed(signer.urlKey, FILE, `${Number(expiry) + 3600}.${mac}`, now)).toBe(false);
    // Another deployment's key (another signing key) opens nothing here.
    expect(downloadAllowed(documentSigner(key(), 'k-test').urlKey, FILE, token, now)).toBe(false);
    expect(downloadAllowed(signer.urlKey, FILE, '', now)).toBe(false);
  });

  it('names an attachment in UTF-8 with an ASCII fallback', () => {
    expect(attachmentDisposition("Акт (1)'.pdf")).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''%D0%90%D0%BA%D1%82%20%281%29%27.pdf`,
    );
  });

  it('prints roubles the Russian way', () => {
    expect(rubles(123456n).replace(/\u00a0/g, ' ')).toBe('1 234,56');
    expect(rubles(-5n)).toBe('-0,05');
    expect(rubles(100_000_000_00n).replace(/\u00a0/g, ' ')).toBe('100 000 000,00');
  });
});

describe('rendering a reconciliation act', () => {
  const subject: DocumentSubject = {
    company: {
      companyId: '3b0f8f8e-0a4c-4a4c-9c55-3b1f1f1f1f1f',
      name: 'ООО «Ромашка»',
      inn: '7701000001',
      kpp: '770101001',
      legalAddress: 'г. Москва, ул. Тверская, д. 1',
      contractNumber: 'Д-1',
    },
    accountId: FILE,
    accountNumber: '5100000001',
  };

  /** The act over `count` operations, with the ledger stubbed: what rendering costs, apart from SQL. */
  async function act(count: number): Promise<DocumentContent> {
    const entries = Array.from({ length: count }, (_, i) => ({
      occurred_at: new Date(Date.UTC(2030, 2, 1 + (i % 28), 10)),
      kind: i % 2 ? 'CHARGE' : 'PAYMENT',
      amount_minor: String(i % 2 ? -(10_000 + i) : 20_000 + i),
      description: `Операция № ${i + 1}`,
      number: '5100000001',
    }));
    const tx = {
      query: async (sql: string) => (sql.includes('AS opening') ? [{ opening: '-150000' }] : entries),
    } as unknown as EntityManager;
    return reconciliationAct.build(tx, subject, { from: '2030-03-01', to: '2030-03-31' });
  }

  it('renders 1,000 operations as PDF, XLSX and CSV within a few seconds, and says how long', async () => {
    const content = await act(1_000);
    const figures: string[] = [];
    for (const format of ['PDF', 'XLSX', 'CSV'] as const) {
      const started = performance.now();
      const file = await render(format, content, subject, { now: new Date(), keyId: 'k' });
      const ms = performance.now() - started;
      figures.push(`${format}: ${Math.round(ms)} ms, ${Math.round(file.length / 1024)} KB`);
      expect(ms).toBeLessThan(10_000);
      if (format === 'PDF') expect(file.subarray(0, 5).toString()).toBe('%PDF-');
      if (format === 'XLSX') expect(file.subarray(0, 2).toString()).toBe('PK');
      if (format === 'CSV') expect(file.toString('utf8').split('\n')).toHaveLength(1_000 + 1 + 4 + 1);
    }
    // Measured figures for the record (LOG_FIGURES=1 prints them).
    if (process.env.LOG_FIGURES) console.log(`reconciliation act of 1,000 operations: ${figures.join('; ')}`);
  });
});
