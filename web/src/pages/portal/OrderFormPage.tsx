import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { CatalogueItem } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { pathErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { NotFound } from '../NotFound.tsx';
import {
  CatalogueFields,
  emptyValues,
  type FieldValues,
  toFormData,
  validateFields,
} from '../servicedesk/CatalogueFields.tsx';
import { useServiceDeskConfig } from '../servicedesk/config.ts';
import { priceText } from './catalogue.ts';

/** The order form of one catalogue entry, with the entry's own fields. */
export function OrderFormPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation();
  const config = useServiceDeskConfig();
  const item = config.data?.catalogue.find((i) => i.id === itemId);
  usePageTitle(item ? t('order.formTitle', { name: item.name }) : t('order.title'));

  if (config.data && !item) return <NotFound />;
  if (!item) {
    return (
      <>
        <BackLink to="/portal/order">{t('order.back')}</BackLink>
        <Heading level={1} data-size="lg">
          {t('order.title')}
        </Heading>
        {config.error !== undefined ? <ErrorMessage error={config.error} onRetry={config.reload} /> : <Loading />}
      </>
    );
  }
  return <OrderForm key={item.id} item={item} />;
}

function OrderForm({ item }: { item: CatalogueItem }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState<FieldValues>(() => emptyValues(item.formFields));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found = validateFields(t, item.formFields, values);
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const ticket = await serviceDeskApi.create({
        kind: 'service_request',
        subject: item.name,
        description: comment.trim() || undefined,
        catalogueItemId: item.id,
        formData: toFormData(item.formFields, values),
        ...(user && hasRole(user, 'agent', 'admin') ? { requesterId: user.id } : {}),
      });
      navigate(`/portal/tickets/${ticket.id}`, { state: { created: ticket.number } });
    } catch (err) {
      const byPath = pathErrors(t, err);
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(byPath)) {
        if (path.startsWith('formData.')) fields[path.slice('formData.'.length)] = message;
      }
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to="/portal/order">{t('order.back')}</BackLink>
      <Heading level={1} data-size="lg">
        {t('order.formTitle', { name: item.name })}
      </Heading>
      {item.description && <Paragraph className="pre-line">{item.description}</Paragraph>}
      <p className="catalogue-card__price">
        {item.included ? (
          <Tag data-color="success">{priceText(t, item, i18n.language)}</Tag>
        ) : (
          <span className="catalogue-card__amount">
            {t('order.price')}: {priceText(t, item, i18n.language)}
          </span>
        )}
      </p>
      <Card className="form-card">
        {error !== undefined && <ErrorMessage error={error} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <CatalogueFields
            idPrefix="order"
            fields={item.formFields}
            values={values}
            errors={errors}
            onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
          />
          <Textfield
            className="form__full"
            label={`${t('order.comment')} ${t('common.optional')}`}
            name="comment"
            multiline
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {busy ? t('order.sending') : t('order.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
