import { Button, Card, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyDrivers, EconomyFrames, FramesInput } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { pathErrors, shownOnFields } from '../../lib/errors.ts';
import { formatKroner } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { formatPercent, isDecimal, oreToInput, parseKroner } from './format.ts';

type Members = EconomyDrivers['members'];

/** The year's frames as facts: operating total (and how it was set), investment with VAT, carry-over. */
export function FramesFacts({
  frames,
  members,
  only,
}: {
  frames: EconomyFrames;
  members: Members;
  /** show the investment part only */
  only?: 'investment';
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const kr = (ore: number | null) => (ore === null ? t('economy.frames.notSet') : formatKroner(ore, lng));
  const host = frames.topDown ? members.find((m) => m.memberId === frames.topDown?.hostMemberId)?.name : undefined;
  return (
    <dl className="facts facts--grid">
      {only !== 'investment' && (
        <div>
          <dt>{t('economy.frames.operatingTotal')}</dt>
          <dd>
            {frames.operatingTotalOre === null ? t('economy.frames.fromBudget') : kr(frames.operatingTotalOre)}
            {frames.topDown && (
              <span className="facts__note">
                {t('economy.frames.topDownNote', {
                  host: host ?? t('economy.frames.host'),
                  frame: formatKroner(frames.topDown.hostFrameOre, lng),
                  share: formatPercent(frames.topDown.hostShare, lng),
                })}
              </span>
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('economy.frames.investmentFrame')}</dt>
        <dd>{kr(frames.investmentFrameOre)}</dd>
      </div>
      <div>
        <dt>{t('economy.frames.vatCompensation')}</dt>
        <dd>{kr(frames.vatCompensationOre)}</dd>
      </div>
      <div>
        <dt>{t('economy.frames.investmentNet')}</dt>
        <dd>{kr(frames.investmentNetOre)}</dd>
      </div>
      <div>
        <dt>{t('economy.frames.carryOver')}</dt>
        <dd>
          {formatKroner(frames.carryOverOre, lng)}
          {frames.carryOverDecision && <span className="facts__note">{frames.carryOverDecision}</span>}
        </dd>
      </div>
    </dl>
  );
}

interface Values {
  mode: 'total' | 'topDown';
  operatingTotal: string;
  hostMemberId: string;
  hostFrame: string;
  hostShare: string;
  investmentFrame: string;
  carryOver: string;
  carryOverDecision: string;
}
type Errors = Partial<Record<keyof Values, string>>;

function initial(frames: EconomyFrames, lng: string): Values {
  const kr = (ore: number | null | undefined) => (ore === null || ore === undefined ? '' : oreToInput(ore, lng));
  return {
    mode: frames.topDown ? 'topDown' : 'total',
    operatingTotal: frames.topDown ? '' : kr(frames.operatingTotalOre),
    hostMemberId: frames.topDown?.hostMemberId ?? '',
    hostFrame: kr(frames.topDown?.hostFrameOre),
    hostShare: frames.topDown?.hostShare ?? '',
    investmentFrame: kr(frames.investmentFrameOre),
    carryOver: frames.carryOverOre ? kr(frames.carryOverOre) : '',
    carryOverDecision: frames.carryOverDecision,
  };
}

/** Set the year's frames (leader and administrator). Amounts in kroner; sent as øre. */
export function FramesForm({
  year,
  frames,
  members,
  onSaved,
}: {
  year: number;
  frames: EconomyFrames;
  members: Members;
  onSaved: (frames: EconomyFrames) => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => initial(frames, i18n.language));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    const amount = (key: keyof Values, opts: { required?: boolean; min?: number } = {}) => {
      const text = values[key].trim();
      if (!text) {
        if (opts.required) found[key] = t('issues.required');
        return null;
      }
      const ore = parseKroner(text);
      if (ore === undefined) found[key] = t('economy.issues.amount');
      else if (opts.min !== undefined && ore < opts.min) found[key] = t('economy.issues.notNegative');
      return ore ?? null;
    };
    const input: FramesInput = {};
    if (values.mode === 'total') {
      input.operatingTotalOre = amount('operatingTotal');
    } else {
      if (!values.hostMemberId) found.hostMemberId = t('issues.invalidOption');
      const hostFrameOre = amount('hostFrame', { required: true, min: 1 });
      if (!values.hostShare.trim()) found.hostShare = t('issues.required');
      else if (!isDecimal(values.hostShare)) found.hostShare = t('economy.issues.percent');
      if (hostFrameOre !== null)
        input.topDown = { hostMemberId: values.hostMemberId, hostFrameOre, hostShare: values.hostShare.trim() };
    }
    input.investmentFrameOre = amount('investmentFrame', { min: 0 });
    input.carryOverOre = amount('carryOver', { min: 0 }) ?? 0;
    input.carryOverDecision = values.carryOverDecision.trim();
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await economyApi.setFrames(year, input);
      setValues(initial(saved, i18n.language));
      onSaved(saved);
    } catch (err) {
      const byPath = pathErrors(t, err);
      const fields: Errors = {
        operatingTotal: byPath.operatingTotalOre,
        hostMemberId: byPath['topDown.hostMemberId'],
        hostFrame: byPath['topDown.hostFrameOre'],
        hostShare: byPath['topDown.hostShare'] && t('economy.issues.hostShare'),
        investmentFrame: byPath.investmentFrameOre,
        carryOver: byPath.carryOverOre,
        carryOverDecision: byPath.carryOverDecision,
      };
      for (const k of Object.keys(fields) as (keyof Values)[]) if (!fields[k]) delete fields[k];
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="frames-form-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="frames-form-heading">
          {t('economy.frames.formTitle', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.frames.formIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <Fieldset>
            <Fieldset.Legend>{t('economy.frames.operatingLegend')}</Fieldset.Legend>
            <div className="radio-row">
              <Radio
                label={t('economy.frames.modeTotal')}
                name="frames-mode"
                value="total"
                checked={values.mode === 'total'}
                onChange={() => setValues((v) => ({ ...v, mode: 'total' }))}
              />
              <Radio
                label={t('economy.frames.modeTopDown')}
                name="frames-mode"
                value="topDown"
                checked={values.mode === 'topDown'}
                onChange={() => setValues((v) => ({ ...v, mode: 'topDown' }))}
              />
            </div>
          </Fieldset>
          {values.mode === 'total' ? (
            <Textfield
              label={`${t('economy.frames.operatingTotalKr')} ${t('common.optional')}`}
              description={t('economy.frames.operatingTotalHelp')}
              name="operatingTotal"
              inputMode="decimal"
              value={values.operatingTotal}
              onChange={set('operatingTotal')}
              error={errors.operatingTotal}
              autoComplete="off"
            />
          ) : (
            <div className="form--grid">
              <SelectField
                label={t('economy.frames.hostMember')}
                name="hostMemberId"
                value={values.hostMemberId}
                onChange={set('hostMemberId')}
                empty={t('economy.choose')}
                options={members.map((m) => ({ value: m.memberId, label: m.name }))}
                error={errors.hostMemberId}
              />
              <Textfield
                label={t('economy.frames.hostFrameKr')}
                name="hostFrame"
                inputMode="decimal"
                value={values.hostFrame}
                onChange={set('hostFrame')}
                error={errors.hostFrame}
                autoComplete="off"
                required
              />
              <Textfield
                label={t('economy.frames.hostShare')}
                description={t('economy.frames.hostShareHelp')}
                name="hostShare"
                inputMode="decimal"
                value={values.hostShare}
                onChange={set('hostShare')}
                error={errors.hostShare}
                autoComplete="off"
                required
              />
            </div>
          )}
          <div className="form--grid">
            <Textfield
              label={`${t('economy.frames.investmentFrameKr')} ${t('common.optional')}`}
              description={t('economy.frames.investmentFrameHelp')}
              name="investmentFrame"
              inputMode="decimal"
              value={values.investmentFrame}
              onChange={set('investmentFrame')}
              error={errors.investmentFrame}
              autoComplete="off"
            />
            <Textfield
              label={`${t('economy.frames.carryOverKr')} ${t('common.optional')}`}
              description={t('economy.frames.carryOverHelp')}
              name="carryOver"
              inputMode="decimal"
              value={values.carryOver}
              onChange={set('carryOver')}
              error={errors.carryOver}
              autoComplete="off"
            />
          </div>
          <Textfield
            label={`${t('economy.frames.carryOverDecision')} ${t('common.optional')}`}
            name="carryOverDecision"
            value={values.carryOverDecision}
            onChange={set('carryOverDecision')}
            error={errors.carryOverDecision}
            maxLength={500}
            autoComplete="off"
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.frames.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
