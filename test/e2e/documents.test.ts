import { createHash, randomUUID } from 'node:crypto';
import { DOCUMENT_READY } from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, testClock } from '@kabinet/kit/testing';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import PDFParser from 'pdf2json';
import { createPayment, payByCard, readPayment } from '../src/payments';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const [account, other] = a.accounts;

const REQUEST = `mutation ($i: RequestDocumentInput!) { requestDocument(input: $i) { document { id status } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) {
  id type format status period { from to } contractNumber account { id } downloadUrl sha256 signature keyId createdAt } }`;
const VERIFY = `query ($i: VerifyDocumentInput!) { verifyDocument(input: $i) { valid sha256 keyId } }`;
const POST = `mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }`;

interface Doc {
  id: string;
  type: string;
  format: string;
  status: string;
  period: { from: string; to: string };
  contractNumber: string;
  account: { id: string } | null;
  downloadUrl: string | null;
  sha256: string | null;
  signature: string | null;
  keyId: string | null;
}

const MARCH = { from: '2030-03-01', to: '2030-03-31' };
/**
 * A PDF's text, read back with pdf2json (PDF.js), the non-breaking spaces of amounts made plain. PDF.js reads
 * the sign № as its compatibility form "No".
 */
const pdfText = (content: Buffer) =>
  new Promise<string>((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataError', (error) => reject(error));
    parser.on('pdfParser_dataReady', () => resolve(parser.getRawTextContent().replace(/\u00a0/g, ' ')));
    parser.parseBuffer(content);
  });

describe('signed documents through the gateway', () => {
  const clock = testClock(new Date('2030-04-02T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let viewer: string;
  let limitedViewer: string;
  /** The account's balance before March 2030 (the demo's history). */
  let opening: number;

  const request = (input: Record<string, unknown>, token = admin) =>
    system.query<{ requestDocument: { document: { id: string; status: string } } }>(
      REQUEST,
      { i: input },
      token,
    );
  const read = async (id: string, token = admin) =>
    (await system.query<{ document: Doc | null }>(DOCUMENT, { id }, token)).data?.document ?? null;
  const produced = async (input: Record<string, unknown>, token = admin): Promise<Doc> => {
    // Each request a second later than the one before: lists are newest first.
    clock.advance(1_000);
    const requested = await request(input, token);
    expect(requested.errors).toBeUndefined();
    const { id, status } = requested.data?.requestDocument.document ?? { id: '', status: '' };
    expect(status).toBe('PENDING');
    return eventually(async () => {
      const document = await read(id, token);
      return document && ['READY', 'SENT', 'FAILED'].includes(document.status) && document;
    }, `document ${id} produced`);
  };
  const download = (path: string, init?: RequestInit) => fetch(new URL(path, system.gatewayUrl), init);
  const documentCount = async () =>
    Number(
      (await system.subgraphs.billing.db.dataSource.query('SELECT count(*)::int AS n FROM documents'))[0].n,
    );

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
    viewer = (await system.signToken({ userId: randomUUID(), companyId: a.id, role: 'VIEWER' })).token;
    limitedViewer = (
      await system.signToken({
        userId: randomUUID(),
        companyId: a.id,
        role: 'VIEWER',
        accountIds: [other.id],
      })
    ).token;
    const [{ balance }] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT balance_minor::int AS balance FROM billing_accounts WHERE account_id = $1',
      [account.id],
    );
    opening = balance;
    // March 2030: a payment, a charge; April: a payment after the period.
    for (const [kind, amount, description, at] of [
      ['PAYMENT', '1500.00', 'Оплата по платёжному поручению № 17', '2030-03-02T10:00:00Z'],
      ['CHARGE', '1234.56', 'Абонентская плата за март', '2030-03-05T10:00:00Z'],
      ['PAYMENT', '99.00', 'Оплата после периода', '2030-04-01T10:00:00Z'],
    ]) {
      clock.set(new Date(at));
      const posted = await system.query(
        POST,
        {
          i: { accountId: account.id, kind, amount, description, idempotencyKey: `documents-${description}` },
        },
        operator,
      );
      expect(posted.errors).toBeUndefined();
    }
    clock.set(new Date('2030-04-02T09:00:00Z'));
  }, 60_000);

  afterAll(() => system?.stop());

  describe('a reconciliation act as a PDF, e-mailed', () => {
    let act: Doc;
    let pdf: Buffer;

    beforeAll(async () => {
      act = await produced({
        accountId: account.id,
        type: 'RECONCILIATION_ACT',
        format: 'PDF',
        period: MARCH,
        email: 'buh@a.example',
      });
    }, 30_000);

    it('is produced, signed and sent', () => {
      expect(act).toMatchObject({
        type: 'RECONCILIATION_ACT',
        format: 'PDF',
        status: 'SENT',
        period: MARCH,
        account: { id: account.id },
        keyId: 'test-documents',
      });
      expect(act.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(act.downloadUrl).toMatch(/^\/files\/[0-9a-f-]{36}\?token=/);
    });

    it('downloads through the gateway as a signed, private attachment, without signing in', async () => {
      const response = await download(act.downloadUrl as string);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="document\.pdf"; filename\*=UTF-8''%D0%90%D0%BA%D1%82/,
      );
      expect(decodeURIComponent(response.headers.get('content-disposition')?.split("''")[1] ?? '')).toBe(
        'Акт сверки 2030-03-01 — 2030-03-31.pdf',
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      pdf = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(act.sha256);
    });

    it('reads back: both parties, the INN in Cyrillic context, every operation and both balances', async () => {
      const text = await pdfText(pdf);
      expect(text).toContain('Акт сверки взаимных расчётов');
      expect(text).toContain('за период с 01.03.2030 по 31.03.2030');
      expect(text).toContain(`ИНН ${a.inn}, КПП ${a.kpp}`);
      expect(text).toContain(a.name);
      expect(text).toContain('ПАО «Кабинет Телеком»');
      expect(text).toContain(`лицевой счёт No ${account.number}`);
      expect(text).toContain('Абонентская плата за март');
      expect(text).toContain('1 234,56');
      expect(text).toContain('1 500,00');
      expect(text).not.toContain('Оплата после периода');
      const rub = (minor: number) =>
        `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(Math.abs(minor) % 100).padStart(2, '0')}`;
      expect(text).toContain(`Сальдо на начало периода, руб.: ${rub(opening)}`);
      expect(text).toContain(`Сальдо на конец периода, руб.: ${rub(opening + 150_000 - 123_456)}`);
    });

    it('verifies by hash and by content; a tampered copy or another signature does not', async () => {
      const verify = async (input: Record<string, unknown>) =>
        (
          await system.query<{ verifyDocument: { valid: boolean; sha256: string } }>(
            VERIFY,
            { i: input },
            viewer,
          )
        ).data?.verifyDocument;
      const signed = { signature: act.signature, keyId: act.keyId };
      expect(await verify({ sha256: act.sha256, ...signed })).toEqual({
        valid: true,
        sha256: act.sha256,
        keyId: act.keyId,
      });
      expect((await verify({ content: pdf.toString('base64'), ...signed }))?.valid).toBe(true);
      const tampered = Buffer.from(pdf);
      const at = tampered.indexOf('1 234');
      tampered[at >= 0 ? at : tampered.length - 100] ^= 1;
      expect((await verify({ content: tampered.toString('base64'), ...signed }))?.valid).toBe(false);
      expect(
        (await verify({ sha256: act.sha256, signature: act.signature, keyId: 'another-key' }))?.valid,
      ).toBe(false);
      const details = await produced({
        accountId: account.id,
        type: 'PAYMENT_DETAILS',
        format: 'PDF',
        period: MARCH,
      });
      expect(
        (await verify({ sha256: act.sha256, signature: details.signature, keyId: act.keyId }))?.valid,
      ).toBe(false);
      const malformed = await system.query(VERIFY, { i: { sha256: 'abc', ...signed } }, viewer);
      expect(malformed.errors?.[0].extensions?.fields).toEqual([
        { field: 'sha256', message: 'must be 64 hexadecimal digits' },
      ]);
    });

    it('was e-mailed with a link that downloads the same file, and announced DocumentReady', async () => {
      const [letter] = await system.subgraphs.billing.db.dataSource.query(
        `SELECT body FROM outgoing_messages WHERE channel = 'EMAIL' AND recipient = 'buh@a.example'`,
      );
      expect(letter.body).toContain('Акт сверки');
      expect(letter.body).toContain(`SHA-256 файла: ${act.sha256}`);
      const link = /Скачать: (\S+)/.exec(letter.body)?.[1] as string;
      expect(link.startsWith(new URL(system.gatewayUrl).origin)).toBe(true);
      const response = await fetch(link);
      expect(response.status).toBe(200);
      expect(
        createHash('sha256')
          .update(Buffer.from(await response.arrayBuffer()))
          .digest('hex'),
      ).toBe(act.sha256);
      const events = await system.subgraphs.billing.db.dataSource.query(
        `SELECT payload FROM outbox WHERE type = $1 AND payload->>'documentId' = $2`,
        [DOCUMENT_READY, act.id],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ companyId: a.id, accountId: account.id, sha256: act.sha256 });
    });

    it('refuses a forged link, another file with this link, and an expired link', async () => {
      const url = new URL(act.downloadUrl as string, system.gatewayUrl);
      const token = url.searchParams.get('token') as string;
      const forged = await download(`${url.pathname}?token=${token.slice(0, -2)}xx`);
      expect(forged.status).toBe(403);
      expect(forged.headers.get('cache-control')).toBe('private, no-store');
      const details = await produced({
        accountId: account.id,
        type: 'PAYMENT_DETAILS',
        format: 'CSV',
        period: MARCH,
      });
      const otherFile = new URL(details.downloadUrl as string, system.gatewayUrl).pathname;
      expect((await download(`${otherFile}?token=${token}`)).status).toBe(403);
      expect((await download(`/files/not-a-uuid?token=${token}`)).status).toBe(404);
      clock.advance(16 * 60_000);
      expect((await download(act.downloadUrl as string)).status).toBe(403);
      // A fresh read gives a fresh link.
      const fresh = await read(act.id);
      expect((await download(fresh?.downloadUrl as string)).status).toBe(200);
    });
  });

  it('exports the act as CSV and XLSX: Russian columns, amounts with two decimals, Moscow dates', async () => {
    const csv = await produced({
      accountId: account.id,
      type: 'RECONCILIATION_ACT',
      format: 'CSV',
      period: MARCH,
    });
    expect(csv.status).toBe('READY');
    const csvResponse = await download(csv.downloadUrl as string);
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(Buffer.from(await csvResponse.arrayBuffer()), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'Дата',
      'Операция',
      'Описание',
      'Лицевой счёт',
      'Дебет, руб.',
      'Кредит, руб.',
    ]);
    expect(rows[0]).toMatchObject({ Дата: '2030-03-02', Операция: 'Оплата', 'Кредит, руб.': '1500.00' });
    expect(rows[1]).toMatchObject({
      Дата: '2030-03-05',
      'Дебет, руб.': '1234.56',
      'Лицевой счёт': account.number,
    });
    expect(rows.at(-1)).toMatchObject({ Дата: 'Сальдо на конец периода, руб.' });

    const xlsx = await produced({
      accountId: account.id,
      type: 'RECONCILIATION_ACT',
      format: 'XLSX',
      period: MARCH,
    });
    const xlsxResponse = await download(xlsx.downloadUrl as string);
    expect(xlsxResponse.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxResponse.arrayBuffer());
    const values: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => {
      values.push((row.values as unknown[]).slice(1));
    });
    const charge = values.find((row) => row[2] === 'Абонентская плата за март') as unknown[];
    expect(charge[0]).toEqual(new Date('2030-03-05T00:00:00Z'));
    expect(charge[4]).toBe(1234.56);
    expect(values.some((row) => String(row[0]).includes(`ИНН ${a.inn}`))).toBe(true);
  });

  it("exports a statement as CSV and XLSX links, with the statement's own figures", async () => {
    const EXPORT = `mutation ($i: ExportStatementInput!) { exportStatement(input: $i) { url expiresAt filename } }`;
    const exported = async (format: string, token = viewer) =>
      system.query<{ exportStatement: { url: string; expiresAt: string; filename: string } }>(
        EXPORT,
        { i: { accountId: account.id, period: MARCH, format } },
        token,
      );
    const csv = (await exported('CSV')).data?.exportStatement;
    expect(csv?.filename).toBe(`Выписка ${account.number} 2030-03-01 — 2030-03-31.csv`);
    const response = await download(csv?.url as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    const rows = parseCsv(Buffer.from(await response.arrayBuffer()), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.slice(0, 2)).toEqual([
      {
        Дата: '2030-03-02',
        Операция: 'Оплата',
        Описание: 'Оплата по платёжному поручению № 17',
        'Сумма, руб.': '1500.00',
      },
      {
        Дата: '2030-03-05',
        Операция: 'Начисление',
        Описание: 'Абонентская плата за март',
        'Сумма, руб.': '-1234.56',
      },
    ]);
    expect(rows.at(-1)).toEqual({
      Дата: 'Баланс на конец периода, руб.',
      Операция: '',
      Описание: '',
      'Сумма, руб.': ((opening + 150_000 - 123_456) / 100).toFixed(2),
    });
    const xlsx = (await exported('XLSX')).data?.exportStatement;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download(xlsx?.url as string)).arrayBuffer());
    const amounts: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => {
      if (row.getCell(3).value === 'Абонентская плата за март') amounts.push(row.getCell(4).value);
    });
    expect(amounts).toEqual([-1234.56]);
    // Another company's user, and a user limited to another account, find no such account.
    expect((await exported('CSV', limitedViewer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bAdmin = await system.login(b.admin.login, DEMO_PASSWORD);
    expect((await exported('CSV', bAdmin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // An export's file lives as long as its link: the next export after that removes it.
    const exportFiles = async () =>
      (
        await system.subgraphs.billing.db.dataSource.query(
          'SELECT count(*)::int AS n FROM files WHERE expires_at IS NOT NULL',
        )
      )[0].n;
    expect(await exportFiles()).toBe(2);
    clock.advance(16 * 60_000);
    await exported('CSV');
    expect(await exportFiles()).toBe(1);
  });

  it('gives payment details naming the contract and account in the purpose', async () => {
    const details = await produced({
      accountId: account.id,
      type: 'PAYMENT_DETAILS',
      format: 'PDF',
      period: MARCH,
    });
    const text = await pdfText(
      Buffer.from(await (await download(details.downloadUrl as string)).arrayBuffer()),
    );
    expect(text).toContain('Реквизиты для оплаты');
    expect(text).toContain('40702810938000012345');
    expect(text).toContain(`по договору No ${details.contractNumber}, лицевой счёт No ${account.number}`);
  });

  it('produces a whole contract for an unrestricted user, not for one limited to some accounts', async () => {
    const { contractNumber } = (await read(
      (
        await produced({ accountId: account.id, type: 'PAYMENT_DETAILS', format: 'CSV', period: MARCH })
      ).id,
    )) as Doc;
    const whole = await produced({
      contractNumber,
      type: 'RECONCILIATION_ACT',
      format: 'CSV',
      period: MARCH,
    });
    expect(whole).toMatchObject({ status: 'READY', account: null, contractNumber });
    const refused = await request(
      { contractNumber, type: 'RECONCILIATION_ACT', format: 'PDF', period: MARCH },
      limitedViewer,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The contract of another company is no contract at all.
    const bAdmin = await system.login(b.admin.login, DEMO_PASSWORD);
    const foreign = await request(
      { contractNumber, type: 'RECONCILIATION_ACT', format: 'PDF', period: MARCH },
      bAdmin,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a VIEWER request and read documents (reading), within their access list', async () => {
    const mine = await produced(
      { accountId: account.id, type: 'PAYMENT_DETAILS', format: 'PDF', period: MARCH },
      viewer,
    );
    expect(mine.status).toBe('READY');
    const listed = await system.query<{
      personalAccount: { documents: { edges: { node: { id: string; status: string } }[] } };
    }>(
      `query ($id: ID!) { personalAccount(id: $id) { documents(first: 2, filter: { types: [PAYMENT_DETAILS] }) {
         edges { node { id status } } } } }`,
      { id: account.id },
      viewer,
    );
    expect(listed.data?.personalAccount.documents.edges[0].node).toEqual({ id: mine.id, status: 'READY' });
    // Limited to the other account: this one is not found, and neither are its documents.
    const hidden = await request(
      { accountId: account.id, type: 'PAYMENT_DETAILS', format: 'PDF', period: MARCH },
      limitedViewer,
    );
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await read(mine.id, limitedViewer)).toBeNull();
  });

  it("refuses another company's account like a nonexistent one, and bad input, writing nothing", async () => {
    const before = await documentCount();
    const bAdmin = await system.login(b.admin.login, DEMO_PASSWORD);
    const base = { type: 'RECONCILIATION_ACT', format: 'PDF', period: MARCH };
    const codeOf = async (input: Record<string, unknown>, token = admin) => {
      const result = await request({ ...base, ...input }, token);
      expect(result.data).toBeNull();
      return { code: result.errors?.[0].extensions?.code, fields: result.errors?.[0].extensions?.fields };
    };
    expect((await codeOf({ accountId: account.id }, bAdmin)).code).toBe('NOT_FOUND');
    expect((await codeOf({ accountId: randomUUID() })).code).toBe('NOT_FOUND');
    expect(await codeOf({ accountId: account.id, period: { from: '2030-03-31', to: '2030-03-01' } })).toEqual(
      {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'period.from', message: 'must not be after `to`' }],
      },
    );
    expect(
      await codeOf({ accountId: account.id, period: { from: '2020-01-01', to: '2030-03-01' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period.to' }],
    });
    expect(await codeOf({ accountId: account.id, email: 'not an address' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'must be an e-mail address' }],
    });
    expect(await codeOf({})).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'accountId' }] });
    // A document of company A is not B's to read, nor its link's file to anyone without the link.
    const act = await produced({ ...base, accountId: account.id });
    expect(await read(act.id, bAdmin)).toBeNull();
    expect(await documentCount()).toBe(before + 1);
  });
  it('gives receipts of the card payments of a period', async () => {
    const created = await createPayment(system, admin, {
      accountId: other.id,
      amount: '777.00',
      method: 'CARD',
    });
    const payment = created.data?.createPayment.payment;
    expect((await payByCard(payment?.paymentUrl as string, '4242424242424242')).status).toBeLessThan(400);
    const paid = await eventually(async () => {
      const now = await readPayment(system, admin, payment?.id as string);
      return now?.state === 'SUCCEEDED' && now;
    }, 'the card payment succeeded');
    const receipts = await produced({
      accountId: other.id,
      type: 'RECEIPT',
      format: 'PDF',
      period: { from: '2030-04-01', to: '2030-04-30' },
    });
    const text = await pdfText(
      Buffer.from(await (await download(receipts.downloadUrl as string)).arrayBuffer()),
    );
    expect(text).toContain('Квитанции об оплате банковской картой');
    expect(text).toContain(paid.receipt?.number as string);
    expect(text).toContain('Итого оплачено, руб.: 777,00');
  });
  it("gives the billing run's invoice, act and detailed invoice of a month", async () => {
    const sql = (text: string, params: unknown[]) =>
      system.subgraphs.billing.db.dataSource.query(text, params);
    const [issued] = await sql(
      `SELECT number, month, total_minor::int AS total FROM invoices WHERE account_id = $1 ORDER BY month DESC LIMIT 1`,
      [account.id],
    );
    expect(issued).toBeDefined();
    const month = { from: `${issued.month}-01`, to: `${issued.month}-28` };
    const rub = (minor: number) =>
      `${Math.floor(minor / 100)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(minor % 100).padStart(2, '0')}`;

    const invoice = await produced({ accountId: account.id, type: 'INVOICE', format: 'PDF', period: month });
    expect(invoice.status).toBe('READY');
    const text = await pdfText(
      Buffer.from(await (await download(invoice.downloadUrl as string)).arrayBuffer()),
    );
    expect(text).toContain('Счёт на оплату');
    expect(text).toContain(`Счёт No ${issued.number}`);
    expect(text).toContain(`Итого к оплате, руб.: ${rub(issued.total)}`);
    expect(text).toContain(`ИНН ${a.inn}`);

    const act = await produced({ accountId: account.id, type: 'ACT', format: 'CSV', period: month });
    const actRows = parseCsv(Buffer.from(await (await download(act.downloadUrl as string)).arrayBuffer()), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const services = actRows.filter((row) => row.Месяц === issued.month);
    expect(services.length).toBeGreaterThan(0);
    const sum = services.reduce((total, row) => total + Math.round(Number(row['Сумма, руб.']) * 100), 0);
    expect(sum).toBe(issued.total);

    const [{ calls }] = await sql(
      `SELECT count(*)::int AS calls FROM usage_records WHERE account_id = $1 AND billed_month IS NOT NULL
         AND occurred_at >= $2 AND occurred_at < $3`,
      [account.id, new Date(`${month.from}T00:00:00+03:00`), new Date(`${issued.month}-29T00:00:00+03:00`)],
    );
    const detailed = await produced({
      accountId: account.id,
      type: 'DETAILED_INVOICE',
      format: 'CSV',
      period: month,
    });
    const usage = parseCsv(
      Buffer.from(await (await download(detailed.downloadUrl as string)).arrayBuffer()),
      {
        columns: true,
        bom: true,
      },
    ) as Record<string, string>[];
    expect(calls).toBeGreaterThan(0);
    // One row per record, then the total.
    expect(usage).toHaveLength(calls + 1);
    expect(usage.at(-1)?.Дата).toBe('Итого по детализации, руб.');
  });
  it('e-mails the subscribed monthly documents after the billing run, to ADMIN and ACCOUNTANT subscriptions', async () => {
    const SUBSCRIBE = `mutation ($i: SubscribeToDocumentsInput!) {
      subscribeToDocuments(input: $i) { subscription { id email types format account { id } } } }`;
    const subscribe = (input: Record<string, unknown>, token = admin) =>
      system.query<{ subscribeToDocuments: { subscription: { id: string; types: string[] } } }>(
        SUBSCRIBE,
        { i: input },
        token,
      );
    const input = { accountId: other.id, types: ['INVOICE', 'ACT'], email: 'monthly@a.example' };
    expect((await subscribe(input, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await subscribe({ ...input, types: ['RECONCILIATION_ACT'] })).errors?.[0].extensions?.fields,
    ).toEqual([{ field: 'types', message: 'must be some of INVOICE, ACT, DETAILED_INVOICE' }]);
    const bAdmin = await system.login(b.admin.login, DEMO_PASSWORD);
    expect((await subscribe(input, bAdmin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const subscribed = await subscribe(input);
    expect(subscribed.data?.subscribeToDocuments.subscription).toMatchObject({
      email: 'monthly@a.example',
      types: ['INVOICE', 'ACT'],
      format: 'PDF',
      account: { id: other.id },
    });
    const listed = await system.query<{ personalAccount: { documentSubscriptions: { email: string }[] } }>(
      `query ($id: ID!) { personalAccount(id: $id) { documentSubscriptions { email } } }`,
      { id: other.id },
      viewer,
    );
    expect(listed.data?.personalAccount.documentSubscriptions).toEqual([{ email: 'monthly@a.example' }]);

    clock.advance(60_000);
    const run = await system.query(
      'mutation ($i: RunBillingInput!) { runBilling(input: $i) { month } }',
      { i: { month: '2030-02' } },
      operator,
    );
    expect(run.errors).toBeUndefined();
    const sent = await eventually(async () => {
      const rows: { type: string; status: string; period_from: string }[] =
        await system.subgraphs.billing.db.dataSource.query(
          `SELECT type, status, period_from::text FROM documents WHERE email = 'monthly@a.example' ORDER BY type`,
        );
      return rows.length === 2 && rows.every((row) => row.status === 'SENT') && rows;
    }, 'the invoice and the act of February, e-mailed');
    expect(sent).toEqual([
      { type: 'ACT', status: 'SENT', period_from: '2030-02-01' },
      { type: 'INVOICE', status: 'SENT', period_from: '2030-02-01' },
    ]);
    const letters: { body: string }[] = await system.subgraphs.billing.db.dataSource.query(
      `SELECT body FROM outgoing_messages WHERE recipient = 'monthly@a.example' ORDER BY id`,
    );
    expect(letters).toHaveLength(2);
    expect(letters.map((l) => l.body).join('\n')).toContain('с 01.02.2030 по 28.02.2030');
    // The e-mailed invoice counts as sent (an unpaid one shows SENT rather than NEW).
    const [invoice] = await system.subgraphs.billing.db.dataSource.query(
      `SELECT sent_at IS NOT NULL AS sent FROM invoices WHERE account_id = $1 AND month = '2030-02'`,
      [other.id],
    );
    expect(invoice).toEqual({ sent: true });
    // Only the subscribed account's documents were made.
    const others = await system.subgraphs.billing.db.dataSource.query(
      `SELECT count(*)::int AS n FROM documents WHERE period_from = '2030-02-01' AND account_id <> $1`,
      [other.id],
    );
    expect(others[0].n).toBe(0);
    const UNSUBSCRIBE =
      'mutation ($i: UnsubscribeFromDocumentsInput!) { unsubscribeFromDocuments(input: $i) { id } }';
    const id = subscribed.data?.subscribeToDocuments.subscription.id;
    expect((await system.query(UNSUBSCRIBE, { i: { id } }, bAdmin)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const ended = await system.query(UNSUBSCRIBE, { i: { id } }, admin);
    expect(ended.errors).toBeUndefined();
    const after = await system.query<{ personalAccount: { documentSubscriptions: unknown[] } }>(
      `query ($id: ID!) { personalAccount(id: $id) { documentSubscriptions { email } } }`,
      { id: other.id },
      admin,
    );
    expect(after.data?.personalAccount.documentSubscriptions).toEqual([]);
  });
});
