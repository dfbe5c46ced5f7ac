import { Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** What the stand-in button needs to start loading the menu and to ask for it. */
export interface DeferredTriggerProps {
  onClick?: () => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  /** While the menu's code is on its way after a click: the button is busy, and says so. */
  'aria-busy'?: boolean;
}

interface DeferredMenuProps {
  /** The menu's button, the same before and after the menu's code has arrived. */
  trigger: (props: DeferredTriggerProps) => ReactNode;
  /** Starts downloading the menu's module (a warm `import()`), before the click if it can. */
  preload: () => void;
  /** The lazily loaded menu, told to open at once because the person asked for it. */
  menu: ReactNode;
}

/**
 * A header menu whose code (Mantine's Menu, Popover and floating-ui, ~25 KB gzipped) loads when
 * the person first reaches for it rather than with every page: the home page's budget is in
 * bundle-budget.spec.ts. Until then the trigger stands in; pointing at it or focusing it starts
 * the download, and a click opens the menu once it is there (useOpenOnMount).
 */
export function DeferredMenu({ trigger, preload, menu }: DeferredMenuProps) {
  const [wanted, setWanted] = useState(false);
  if (!wanted) {
    return trigger({
      onClick: () => {
        preload();
        setWanted(true);
      },
      onPointerEnter: preload,
      onFocus: preload,
    });
  }
  return <Suspense fallback={trigger({ 'aria-busy': true })}>{menu}</Suspense>;
}

/**
 * For the loaded menu: its own button takes the focus the stand-in had (so closing the menu
 * returns focus there, as Mantine does), then the menu opens.
 */
export function useOpenOnMount(): {
  opened: boolean;
  setOpened: (opened: boolean) => void;
  target: RefObject<HTMLButtonElement | null>;
} {
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    target.current?.focus();
    // Deliberately a second render: the menu must open after its button has the focus, which is
    // where Mantine returns it on close.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpened(true);
  }, []);
  return { opened, setOpened, target };
}
