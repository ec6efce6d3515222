import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { today } from '../../app/format';
import { graphql } from '../../generated';
import type { ServiceKind } from '../../generated/graphql';
import { Money } from '../../ui/Money';
import { ErrorState } from '../../ui/states';

const TariffsOfKind = graphql(`
  query TariffsOfKind($kind: ServiceKind!) {
    tariffs(filter: { kind: $kind }, first: 50) {
      edges {
        node {
          id
          name
          monthlyFee {
            ...Amount
          }
        }
      }
    }
  }
`);

const ChangeTariff = graphql(`
  mutation ChangeTariff($input: ChangeTariffInput!) {
    changeTariff(input: $input) {
      service {
        id
        status
        tariff {
          id
          name
        }
        plannedChanges {
          kind
          effectiveOn
          tariff {
            id
            name
          }
        }
      }
    }
  }
`);

const Freeze = graphql(`
  mutation FreezeService($input: SuspendServiceInput!) {
    suspendService(input: $input) {
      service {
        id
        status
      }
    }
  }
`);

const Resume = graphql(`
  mutation ResumeService($input: ResumeServiceInput!) {
    resumeService(input: $input) {
      service {
        id
        status
      }
    }
  }
`);

interface ServiceSummary {
  id: string;
  kind: ServiceKind;
  status: string;
  tariff: { id: string };
}

/** What the customer can do with a service themselves: another tariff, a freeze until a date, or its end early. */
export function ServiceActions({ service }: { service: ServiceSummary }) {
  const [open, setOpen] = useState<'tariff' | 'freeze' | null>(null);
  const [loadTariffs, tariffs] = useLazyQuery(TariffsOfKind);
  const [change, changing] = useMutation(ChangeTariff);
  const [freeze, freezing] = useMutation(Freeze);
  const [resume, resuming] = useMutation(Resume);
  const [tariffId, setTariffId] = useState('');
  const [resumeOn, setResumeOn] = useState('');
  if (service.status === 'SUSPENDED')
    return (
      <div className="actions">
        <button
          type="button"
          disabled={resuming.loading}
          onClick={() =>
            void resume({ variables: { input: { serviceId: service.id } } }).catch(() => undefined)
          }
        >
          Возобновить
        </button>
        {resuming.error && <ErrorState error={resuming.error} />}
      </div>
    );
  if (service.status !== 'ACTIVE') return null;
  const others = (tariffs.data?.tariffs.edges ?? []).filter(({ node }) => node.id !== service.tariff.id);
  return (
    <div className="actions">
      <button
        type="button"
        onClick={() => {
          setOpen('tariff');
          void loadTariffs({ variables: { kind: service.kind } });
        }}
      >
        Сменить тариф
      </button>
      <button type="button" onClick={() => setOpen('freeze')}>
        Приостановить
      </button>
      {open === 'tariff' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void change({
              variables: { input: { serviceId: service.id, tariffId, effective: 'NEXT_PERIOD' } },
            }).then(
              () => setOpen(null),
              () => undefined,
            );
          }}
        >
          <label>
            Новый тариф (с начала следующего месяца)
            <select value={tariffId} onChange={(e) => setTariffId(e.target.value)} required>
              <option value="">Выберите</option>
              {others.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </select>
          </label>
          {tariffId && (
            <p>
              Абонентская плата:{' '}
              <Money value={others.find(({ node }) => node.id === tariffId)?.node.monthlyFee} />
            </p>
          )}
          <button type="submit" disabled={!tariffId || changing.loading}>
            Сменить
          </button>
          {changing.error && <ErrorState error={changing.error} />}
        </form>
      )}
      {open === 'freeze' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void freeze({ variables: { input: { serviceId: service.id, resumeOn } } }).then(
              () => setOpen(null),
              () => undefined,
            );
          }}
        >
          <label>
            Возобновить с
            <input
              type="date"
              min={today()}
              value={resumeOn}
              onChange={(e) => setResumeOn(e.target.value)}
              required
            />
          </label>
          <button type="submit" disabled={!resumeOn || freezing.loading}>
            Приостановить до этой даты
          </button>
          {freezing.error && <ErrorState error={freezing.error} />}
        </form>
      )}
    </div>
  );
}
