/** A plain message page (403, 404, 503), with the way back. */
export function MessagePage(props: { message: string; back: { href: string; label: string } | null }) {
  return (
    <div class="empty">
      <p>{props.message}</p>
      {props.back && (
        <a class="button" href={props.back.href}>
          {props.back.label}
        </a>
      )}
    </div>
  );
}
