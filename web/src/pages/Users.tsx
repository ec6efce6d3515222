import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { label, ROLE } from '../app/labels';
import { graphql } from '../generated';
import type { Role } from '../generated/graphql';
import { ErrorState, Loading } from '../ui/states';

const CompanyUsers = graphql(`
  query CompanyUsers {
    me {
      id
      company {
        id
        users {
          id
          login
          fullName
          role
          blocked
          email
          phone
        }
      }
    }
  }
`);

const Invite = graphql(`
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        id
      }
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangeRole($userId: ID!, $role: Role!) {
    changeUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

const Block = graphql(`
  mutation Block($userId: ID!) {
    blockUser(userId: $userId) {
      id
      blocked
    }
  }
`);

const Unblock = graphql(`
  mutation Unblock($userId: ID!) {
    unblockUser(userId: $userId) {
      id
      blocked
    }
  }
`);

const COMPANY_ROLES: Role[] = ['ADMIN', 'ACCOUNTANT', 'VIEWER'];

/** The company's users (ADMIN): invite, change roles, block and unblock. */
export function Users() {
  const users = useQuery(CompanyUsers);
  const [invite, inviting] = useMutation(Invite, { onCompleted: () => void users.refetch() });
  const [changeRole, changing] = useMutation(ChangeRole);
  const [block, blocking] = useMutation(Block);
  const [unblock, unblocking] = useMutation(Unblock);
  const [role, setRole] = useState<Role>('VIEWER');
  const error = inviting.error ?? changing.error ?? blocking.error ?? unblocking.error;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    void invite({
      variables: {
        input: {
          login: String(form.get('login')),
          fullName: String(form.get('fullName')),
          email: String(form.get('email')),
          role,
          delivery: 'EMAIL',
        },
      },
    }).then(
      () => formElement.reset(),
      () => undefined,
    );
  };

  if (users.loading && !users.data) return <Loading />;
  return (
    <>
      <h1>Пользователи</h1>
      {users.error && <ErrorState error={users.error} retry={() => users.refetch()} />}
      {error && <ErrorState error={error} />}
      <table>
        <thead>
          <tr>
            <th scope="col">Пользователь</th>
            <th scope="col">Роль</th>
            <th scope="col">Доступ</th>
          </tr>
        </thead>
        <tbody>
          {users.data?.me.company?.users.map((user) => (
            <tr key={user.id}>
              <td>
                {user.fullName} <span className="muted">{user.login}</span>
              </td>
              <td>
                <select
                  aria-label={`Роль: ${user.fullName}`}
                  value={user.role}
                  onChange={(e) =>
                    void changeRole({ variables: { userId: user.id, role: e.target.value as Role } }).catch(
                      () => undefined,
                    )
                  }
                >
                  {COMPANY_ROLES.map((value) => (
                    <option key={value} value={value}>
                      {label(ROLE, value)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {user.blocked ? (
                  <button
                    type="button"
                    onClick={() => void unblock({ variables: { userId: user.id } }).catch(() => undefined)}
                  >
                    Разблокировать
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => void block({ variables: { userId: user.id } }).catch(() => undefined)}
                  >
                    Заблокировать
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Пригласить</h2>
      <form onSubmit={submit} className="stack">
        <label>
          Логин
          <input name="login" required minLength={3} maxLength={64} />
        </label>
        <label>
          ФИО
          <input name="fullName" required maxLength={200} />
        </label>
        <label>
          Эл. почта (на неё придёт пароль)
          <input name="email" type="email" required />
        </label>
        <label>
          Роль
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {COMPANY_ROLES.map((value) => (
              <option key={value} value={value}>
                {label(ROLE, value)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={inviting.loading}>
          Пригласить
        </button>
      </form>
    </>
  );
}
