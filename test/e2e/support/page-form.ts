/** HTML attribute values as the host escapes them. */
function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const attribute = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match === null ? null : unescape(match[1]!);
};

/**
 * What a browser would submit from the first form of a page with `data-fetch` (the admin's create
 * and edit forms), as name/value pairs in document order: inputs (checkboxes only when checked,
 * buttons never), each select's selected option (else its first), textareas. Enough for the
 * reference host's own pages, which tests know; not a general HTML parser.
 */
export function formFields(html: string): [string, string][] {
  const start = [...html.matchAll(/<form\b[^>]*>/g)].find((m) => /\sdata-fetch\b/.test(m[0]))?.index;
  if (start === undefined) throw new Error('The page has no admin form.');
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: [string, string][] = [];
  for (const match of form.matchAll(
    /<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g,
  )) {
    const element = match[0];
    const tag = /^<[^>]*>/.exec(element)![0];
    const name = attribute(tag, 'name');
    if (name === null) continue;
    if (element.startsWith('<input')) {
      const type = attribute(tag, 'type') ?? 'text';
      if (type === 'submit' || type === 'button') continue;
      if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
      fields.push([name, attribute(tag, 'value') ?? '']);
    } else if (element.startsWith('<select')) {
      const options = [...element.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.find((o) => /\sselected\b/.test(o)) ?? options[0];
      fields.push([name, chosen === undefined ? '' : (attribute(chosen, 'value') ?? '')]);
    } else {
      fields.push([name, unescape(/^<[^>]*>([\s\S]*?)<\/textarea>$/.exec(element)![1]!)]);
    }
  }
  return fields;
}
