/** Russian names of the graph's enum values, as the cabinet shows them. */

export const SERVICE_KIND: Record<string, string> = {
  TELEPHONY: 'Телефония',
  INTERNET: 'Интернет',
  MOBILE: 'Мобильная связь',
  VIRTUAL_PBX: 'Виртуальная АТС',
  FREEPHONE: 'Номер 8-800',
  CLOUD_STORAGE: 'Облачное хранилище',
  VIDEO_SURVEILLANCE: 'Видеонаблюдение',
  WEB_CONFERENCE: 'Веб-конференции',
};

export const ORDER_STATUS: Record<string, string> = {
  ACKNOWLEDGED: 'Принята',
  FEASIBILITY_CHECK: 'Проверка возможности',
  REJECTED: 'Отклонена',
  SCHEDULING: 'Выбор времени визита',
  IN_PROGRESS: 'В работе',
  AWAITING_CONFIRMATION: 'Ждёт подтверждения',
  COMPLETED: 'Выполнена',
  CANCELLED: 'Отменена',
};

export const TICKET_STATUS: Record<string, string> = {
  ACKNOWLEDGED: 'Принято',
  IN_PROGRESS: 'В работе',
  PENDING: 'Ждёт вашего ответа',
  RESOLVED: 'Решено',
  CLOSED: 'Закрыто',
  REJECTED: 'Отклонено',
  CANCELLED: 'Отменено',
};

export const TICKET_CATEGORY: Record<string, string> = {
  TECHNICAL_PROBLEM: 'Техническая проблема',
  TECHNICIAN_VISIT: 'Вызов техника',
  BILLING_QUESTION: 'Вопрос по оплате',
  DOCUMENTS: 'Документы',
  FEEDBACK: 'Отзыв',
  GRATITUDE: 'Благодарность',
  COMPLAINT: 'Жалоба',
};

export const SERVICE_STATUS: Record<string, string> = {
  ACTIVE: 'Работает',
  SUSPENDED: 'Приостановлена',
  TERMINATED: 'Отключена',
  PENDING_ACTIVE: 'Подключается',
  PENDING_TERMINATE: 'Отключается',
};

export const ROLE: Record<string, string> = {
  ADMIN: 'Администратор',
  ACCOUNTANT: 'Бухгалтер',
  VIEWER: 'Наблюдатель',
  MANAGER: 'Менеджер',
  SUPPORT: 'Поддержка',
  OPERATOR: 'Оператор',
};

export const LEDGER_KIND: Record<string, string> = {
  CHARGE: 'Списание',
  PAYMENT: 'Платёж',
  CREDIT: 'Начисление',
  REFUND: 'Возврат',
  PROMISED_PAYMENT: 'Обещанный платёж',
};

export const DOCUMENT_TYPE: Record<string, string> = {
  INVOICE: 'Счёт на оплату',
  ACT: 'Акт оказанных услуг',
  DETAILED_INVOICE: 'Детализация',
};

export const label = (names: Record<string, string>, value: string | null | undefined) =>
  value ? (names[value] ?? value) : '';
