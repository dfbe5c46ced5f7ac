import { useEffect } from 'react';

/** Every page names itself, so tabs and history are readable. */
export function PageTitle({ title }: { title?: string }) {
  const text = title ? `${title} · Crowdstake` : 'Crowdstake';
  // Set on the document: React 19 would hoist a rendered <title> into <head>, Preact does not.
  useEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}
