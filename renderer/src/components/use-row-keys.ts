// Keyboard movement through a virtualised table: arrows, Page Up/Down, Home and
// End move the active row, scroll it into view and select it. State logic only.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

/** What the keyboard hook needs from the table. */
export interface RowKeysOptions {
  total: number;
  rowHeight: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  scrollToIndex(index: number): void;
  /** Selects the row at an index; false when its page has not arrived yet. */
  selectIndex(index: number): boolean;
  /** Changes whenever more rows arrive, so a pending selection can be retried. */
  rowsVersion: unknown;
}

/** The active row index, a setter for clicks, and the key handler for the scroll area. */
export function useRowKeys(options: RowKeysOptions) {
  const [activeIndex, setActiveIndex] = useState(-1);
  // A row reached by keyboard whose page is still loading is selected once it arrives.
  const [pending, setPending] = useState(-1);

  useEffect(() => {
    if (pending >= 0 && options.selectIndex(pending)) setPending(-1);
  }, [pending, options.rowsVersion]);

  const moveTo = (index: number): void => {
    if (options.total === 0) return;
    const clamped = Math.max(0, Math.min(options.total - 1, index));
    setActiveIndex(clamped);
    options.scrollToIndex(clamped);
    setPending(options.selectIndex(clamped) ? -1 : clamped);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const visibleRows = (options.scrollRef.current?.clientHeight ?? 300) / options.rowHeight;
    const page = Math.max(1, Math.floor(visibleRows) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: options.total - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return { activeIndex, setActiveIndex, onKeyDown };
}
