import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The announce view inside the window: full screen for the projector, Escape or Close ends it. */
export function AnnounceDialog({
  className,
  onClose,
  children,
}: {
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`announce ${className}`}
      aria-label={t('votes.announce')}
      onCancel={(e) => (e.preventDefault(), onClose())}
    >
      {children}
      <button type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </dialog>
  );
}
