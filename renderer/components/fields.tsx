import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/core/domain/validation';

/** The first error for a field or any of its parts (`name` also covers `name.zh`). */
export function errorFor(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field || e.field.startsWith(`${field}.`));
}

function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {t(error.message, error.params ?? {})}
    </span>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | 'search';
  lang?: string;
  autoFocus?: boolean;
  required?: boolean;
  hint?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email';
  onBlur?: (() => void) | undefined;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  lang,
  autoFocus,
  required,
  hint,
  inputMode,
  onBlur,
}: TextFieldProps) {
  const id = useId();
  return (
    <label className={`field${error ? ' field--invalid' : ''}`} htmlFor={id}>
      <span className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        id={id}
        type={type}
        value={value}
        lang={lang}
        inputMode={inputMode}
        autoFocus={autoFocus}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {hint && !error ? <span className="field-hint">{hint}</span> : null}
      <ErrorText id={`${id}-error`} error={error} />
    </label>
  );
}

export function TextAreaField({
  label,
  value,
  onChange,
  error,
}: Pick<TextFieldProps, 'label' | 'value' | 'onChange' | 'error'>) {
  const id = useId();
  return (
    <label className={`field field--wide${error ? ' field--invalid' : ''}`} htmlFor={id}>
      <span className="field-label">{label}</span>
      <textarea
        id={id}
        value={value}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <ErrorText id={`${id}-error`} error={error} />
    </label>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: FieldError | undefined;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <label className={`field${error ? ' field--invalid' : ''}`} htmlFor={id}>
      <span className="field-label">{label}</span>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} error={error} />
    </label>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="field field--checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A group of fields with a legend, and the group's own error (e.g. "a name is required"). */
export function FieldGroup({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: FieldError | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`field-group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <div className="field-row">{children}</div>
      <ErrorText id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** Errors that belong to no field of the form on screen. */
export function FormErrors({
  errors,
  shownFields,
}: {
  errors: readonly FieldError[];
  shownFields: readonly string[];
}) {
  const { t } = useTranslation();
  const rest = errors.filter((e) => !shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
  if (rest.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      {rest.map((e) => (
        <p key={`${e.field}-${e.message}`}>{t(e.message, e.params ?? {})}</p>
      ))}
    </div>
  );
}

/** Submit and cancel at the foot of a form. */
export function FormActions({
  submitLabel,
  onCancel,
  children,
}: {
  submitLabel?: string;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary">
        {submitLabel ?? t('common.save')}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
      {children}
    </div>
  );
}
