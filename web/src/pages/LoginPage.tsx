import { Alert, Button, Card, Divider, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { authApi } from '../api/endpoints.ts';
import type { LoginState } from '../components/Guards.tsx';
import { errorText } from '../lib/errors.ts';
import { useAsync } from '../lib/useAsync.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { useSession } from '../session/SessionContext.tsx';

const OIDC_ERRORS = new Set(['forbidden', 'unauthenticated', 'bad_request', 'unavailable', 'oidc_failed']);

function returnPath(state: LoginState | null): string {
  const from = state?.from;
  if (!from?.pathname.startsWith('/') || from.pathname.startsWith('/login')) return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { state, login } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const loginState = (location.state ?? null) as LoginState | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const providers = useAsync(() => authApi.providers(), 'providers');
  const failureRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const passwordRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  if (state.status === 'authenticated') return <Navigate to={returnPath(loginState)} replace />;

  const oidcCode = params.get('error');
  const oidcMessage = oidcCode ? t(`login.oidc.${OIDC_ERRORS.has(oidcCode) ? oidcCode : 'unknown'}`) : undefined;
  const expired = loginState?.expired || (state.status === 'anonymous' && state.expired);

  const waitText = (seconds: number | undefined) => {
    if (!seconds) return t('login.tooManyRequestsNoWait');
    const wait =
      seconds < 60 ? t('wait.seconds', { count: seconds }) : t('wait.minutes', { count: Math.ceil(seconds / 60) });
    return t('login.tooManyRequests', { wait });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(undefined);
    const errors = {
      email: email.trim() ? undefined : t('login.emailRequired'),
      password: password ? undefined : t('login.passwordRequired'),
    };
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await login(email.trim(), password);
    } catch (err) {
      setPassword('');
      if (err instanceof ApiError && err.code === 'unauthenticated') setFailure(t('login.unauthenticated'));
      else if (err instanceof ApiError && err.code === 'too_many_requests') setFailure(waitText(err.retryAfter));
      else if (err instanceof ApiError && err.code === 'validation_failed') {
        const byField: { email?: string; password?: string } = {};
        for (const issue of err.issues) {
          if (issue.path === 'email') byField.email = t('login.emailRequired');
          if (issue.path === 'password') byField.password = t('login.passwordRequired');
        }
        setFieldErrors(byField);
        setFailure(errorText(t, err));
      } else setFailure(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const list = providers.data?.providers ?? [];

  return (
    <div className="login">
      <Card className="login__card">
        <Heading level={1} data-size="lg">
          {t('login.title')}
        </Heading>
        <Paragraph className="muted">{t('login.intro')}</Paragraph>
        {expired && !failure && <Alert data-color="info">{t('app.sessionEnded')}</Alert>}
        {oidcMessage && !failure && (
          <Alert data-color="danger">
            <Heading level={2} data-size="xs">
              {t('login.oidcTitle')}
            </Heading>
            <Paragraph>{oidcMessage}</Paragraph>
          </Alert>
        )}
        {failure && (
          <Alert data-color="danger" ref={failureRef} tabIndex={-1} className="login__failure">
            <Heading level={2} data-size="xs">
              {t('login.failedTitle')}
            </Heading>
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
        <form className="form" onSubmit={submit} noValidate>
          <Textfield
            ref={emailRef}
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldErrors.email}
          />
          <Textfield
            ref={passwordRef}
            label={t('login.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={busy} aria-disabled={busy || undefined} className="login__submit">
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
        {list.length > 0 && (
          <div className="login__providers">
            <Divider />
            <Paragraph data-size="sm" className="muted">
              {t('login.or')}
            </Paragraph>
            <ul className="plain-list">
              {list.map((p) => (
                <li key={p.id}>
                  <Button asChild variant="secondary" className="login__provider">
                    <a href={p.startUrl}>{t('login.providerButton', { label: p.label })}</a>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
    </div>
  );
}
