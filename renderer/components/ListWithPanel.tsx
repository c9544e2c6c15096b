import type { ReactNode } from 'react';

export interface ListedItem {
  id: string;
  label: string;
  hint: string;
}

/** A screen of records made one after another (votes, elections): the chosen one in the middle, the list beside it. */
export function ListWithPanel({
  title,
  newLabel,
  onNew,
  empty,
  listLabel,
  items,
  selectedId,
  onSelect,
  children,
}: {
  title: string;
  newLabel: string;
  onNew: () => void;
  empty: string;
  listLabel: string;
  items: readonly ListedItem[] | undefined;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="votes">
      <div className="screen-header">
        <h1>{title}</h1>
        <button type="button" className="button button--primary" onClick={onNew}>
          {newLabel}
        </button>
      </div>
      {items && items.length === 0 ? <p className="empty">{empty}</p> : null}
      <div className="desk-columns">
        <div className="desk-main">{children}</div>
        <div className="desk-side">
          {items && items.length ? (
            <ul className="vote-list" aria-label={listLabel}>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={item.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(item.id)}
                  >
                    {item.label}
                  </button>
                  <span className="hint">{item.hint}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
