/** The paths of the inline icons for the action names UnoPim uses. */
const PATHS: Readonly<Record<string, string>> = {
  'icon-edit':
    'M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zm17.7-10.2a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  'icon-delete': 'M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
};

/** An action's icon (nothing for a name without one); decorative: the button's title names it. */
export function Icon({ name }: { name: string }) {
  const path = PATHS[name];
  if (path === undefined) return null;
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d={path} />
    </svg>
  );
}
