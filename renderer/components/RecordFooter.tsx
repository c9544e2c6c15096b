import { HistoryButton } from './HistoryButton';

/** The buttons an existing record's form ends with: its history, and removing it. */
export function RecordFooter({
  conferenceId,
  entityId,
  label,
  removeLabel,
  onRemove,
}: {
  conferenceId: string;
  entityId: string;
  label: string;
  removeLabel: string;
  onRemove: () => void;
}) {
  return (
    <>
      <HistoryButton conferenceId={conferenceId} entityId={entityId} label={label} />
      <button type="button" className="button button--danger" onClick={onRemove}>
        {removeLabel}
      </button>
    </>
  );
}
