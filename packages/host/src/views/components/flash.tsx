/** A message about the last request: success is a status, an error an alert. */
export interface FlashMessage {
  readonly level: 'success' | 'error';
  readonly text: string;
}

export function Flash({ flash, alert = flash.level === 'error' }: { flash: FlashMessage; alert?: boolean }) {
  return (
    <div class={`flash flash-${flash.level}`} role={alert ? 'alert' : 'status'}>
      {flash.text}
    </div>
  );
}
