import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../generated';
import type { SignInStepFragment } from '../generated/graphql';
import { ErrorState } from '../ui/states';
import { saveTokens } from './session';

graphql(`
  fragment SignInStep on LoginPayload {
    status
    accessToken
    refreshToken
    expiresAt
    challenge {
      id
      sentTo
      expiresAt
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      ...SignInStep
    }
  }
`);

const VerifyCode = graphql(`
  mutation VerifyLoginCode($challengeId: ID!, $code: String!) {
    verifyLoginCode(challengeId: $challengeId, code: $code) {
      ...SignInStep
    }
  }
`);

const ForcedPasswordChange = graphql(`
  mutation ForcedPasswordChange($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SignInStep
    }
  }
`);

/**
 * Sign-in as identity leads it: login and password, then the SMS code when the user has it on, and a new
 * password first when the one they have was generated for them.
 */
export function SignIn() {
  const [step, setStep] = useState<SignInStepFragment | null>(null);
  const [signIn, signingIn] = useMutation(SignInMutation);
  const [verify, verifying] = useMutation(VerifyCode);
  const [change, changing] = useMutation(ForcedPasswordChange);
  const error = signingIn.error ?? verifying.error ?? changing.error;

  const advance = (next: SignInStepFragment | null | undefined) => {
    if (!next) return;
    if (next.status === 'SIGNED_IN' && next.accessToken && next.refreshToken && next.expiresAt)
      saveTokens({
        accessToken: next.accessToken,
        refreshToken: next.refreshToken,
        expiresAt: next.expiresAt,
      });
    else setStep(next);
  };

  const submit = (handler: (form: FormData) => Promise<unknown>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void handler(new FormData(event.currentTarget)).catch(() => undefined);
  };

  return (
    <main className="sign-in">
      <h1>Вход в кабинет</h1>
      {error && <ErrorState error={error} />}
      {!step && (
        <form
          onSubmit={submit(async (form) => {
            const { data } = await signIn({
              variables: {
                input: { login: String(form.get('login')), password: String(form.get('password')) },
              },
            });
            advance(data?.login);
          })}
        >
          <label>
            Логин
            <input name="login" autoComplete="username" required maxLength={64} />
          </label>
          <label>
            Пароль
            <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
          </label>
          <button type="submit" disabled={signingIn.loading}>
            Войти
          </button>
        </form>
      )}
      {step?.status === 'SMS_CODE_REQUIRED' && step.challenge && (
        <form
          onSubmit={submit(async (form) => {
            const { data } = await verify({
              variables: { challengeId: step.challenge?.id ?? '', code: String(form.get('code')) },
            });
            advance(data?.verifyLoginCode);
          })}
        >
          <p>Мы отправили код на {step.challenge.sentTo}.</p>
          <label>
            Код из SMS
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              required
              maxLength={6}
            />
          </label>
          <button type="submit" disabled={verifying.loading}>
            Подтвердить
          </button>
        </form>
      )}
      {step?.status === 'PASSWORD_CHANGE_REQUIRED' && step.challenge && (
        <form
          onSubmit={submit(async (form) => {
            const newPassword = String(form.get('newPassword'));
            const { data } = await change({
              variables: { input: { challengeId: step.challenge?.id, newPassword } },
            });
            advance(data?.changePassword);
          })}
        >
          <p>
            Пароль был выдан вам автоматически. Придумайте свой: от 10 символов, не совпадающий с логином.
          </p>
          <label>
            Новый пароль
            <input
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
              maxLength={128}
            />
          </label>
          <button type="submit" disabled={changing.loading}>
            Сохранить и войти
          </button>
        </form>
      )}
    </main>
  );
}
