import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';

interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Radio buttons in a row under a legend: one of `options`. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="radio-row">
        {options.map((o) => (
          <Radio
            key={o.value}
            label={o.label}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * Checkboxes under a legend: any of `options`, those ticked in the order they were ticked. An error
 * marks the first box (where the cursor goes) and is said beneath the list.
 */
export function CheckboxList<T extends string>({
  legend,
  description,
  name,
  options,
  checked,
  onChange,
  error,
}: {
  legend: string;
  description?: string;
  name?: string;
  options: Choice<T>[];
  checked: T[];
  onChange: (checked: T[]) => void;
  error?: string;
}) {
  return (
    <Fieldset className="checkbox-list">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="checkbox-list__items">
        {options.map((o, i) => (
          <Checkbox
            key={o.value}
            label={o.label}
            value={o.value}
            name={name}
            checked={checked.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...checked, o.value] : checked.filter((x) => x !== o.value))}
            aria-invalid={i === 0 && error ? true : undefined}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
