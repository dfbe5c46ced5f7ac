/** React 19 hoists <title> into <head>; every page names itself so tabs and history are readable. */
export function PageTitle({ title }: { title?: string }) {
  return <title>{title ? `${title} · Crowdstake` : 'Crowdstake'}</title>;
}
