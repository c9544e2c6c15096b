import { useTranslation } from 'react-i18next';

/** The header cell over a column of row buttons: named for screen readers, empty on screen. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('common.actions')}</span>
    </th>
  );
}

/** Edit and remove buttons for one row, each named with the row's name for screen readers. */
export function RowActions({
  name,
  onEdit,
  onRemove,
}: {
  name: string;
  onEdit: () => void;
  onRemove?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <td className="row-actions">
      <button
        type="button"
        className="button button--small"
        onClick={onEdit}
        aria-label={t('common.editNamed', { name })}
      >
        {t('common.edit')}
      </button>
      {onRemove ? (
        <button
          type="button"
          className="button button--small button--danger"
          onClick={onRemove}
          aria-label={t('common.removeNamed', { name })}
        >
          {t('common.remove')}
        </button>
      ) : null}
    </td>
  );
}
