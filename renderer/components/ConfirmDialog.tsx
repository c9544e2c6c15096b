import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Asks before an act that the assembly watches (closing, sealing, deleting a paper): says what it will record. */
export function ConfirmDialog({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  disabled,
  children,
}: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} wide>
      {children}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={disabled}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
