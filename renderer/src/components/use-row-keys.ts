// Keyboard movement through a virtualised table: arrows, Page Up/Down, Home and
// End move the active row, scroll it into view and select it. State logic only.
import { useState, type KeyboardEvent, type RefObject } from 'react';

/** What the keyboard hook needs from the table. */
export interface RowKeysOptions {
  total: number;
  rowHeight: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  scrollToIndex(index: number): void;
  selectIndex(index: number): void;
}

/** The active row index, a setter for clicks, and the key handler for the scroll area. */
export function useRowKeys(options: RowKeysOptions) {
  const [activeIndex, setActiveIndex] = useState(-1);

  const moveTo = (index: number): void => {
    if (options.total === 0) return;
    const clamped = Math.max(0, Math.min(options.total - 1, index));
    setActiveIndex(clamped);
    options.scrollToIndex(clamped);
    options.selectIndex(clamped);
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
