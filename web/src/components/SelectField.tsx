import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ChangeEvent } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select with an optional empty choice and a validation message: the forms' common field. */
export function SelectField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  options: SelectOption[];
  /** the text of an empty first choice, when the field may be left empty */
  empty?: string;
  error?: string;
}) {
  return (
    <Field>
      <Label>{props.label}</Label>
      <Select name={props.name} value={props.value} onChange={props.onChange}>
        {props.empty !== undefined && <Select.Option value="">{props.empty}</Select.Option>}
        {props.options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {props.error && <ValidationMessage>{props.error}</ValidationMessage>}
    </Field>
  );
}
