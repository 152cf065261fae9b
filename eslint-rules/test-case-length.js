/**
 * `max-lines-per-function` for test cases: a `describe` callback only groups its cases, so what is
 * measured is each case, `it(name, fn)`, `test(name, fn)` and their `.each(table)(name, fn)`,
 * `.only` and `.skip` forms. Blank lines and comment-only lines do not count.
 */
const CASE_NAMES = new Set(['it', 'test']);

/** The base name a call starts from: `it` of `it(…)`, `it.only(…)` or `it.each(…)(…)`. */
function caseName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return caseName(callee.object);
  if (callee.type === 'CallExpression') return caseName(callee.callee);
  return null;
}

export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Limit the length of each test case' },
    schema: [{ type: 'integer', minimum: 1 }],
    messages: { long: 'This test case has {{lines}} lines; at most {{max}}: split what it checks.' },
  },
  create(context) {
    const max = context.options[0] ?? 60;
    const lines = context.sourceCode.lines;
    return {
      CallExpression(node) {
        if (!CASE_NAMES.has(caseName(node.callee) ?? '')) return;
        // it.each(table) is the table, not the case: the case is the call it returns.
        if (node.callee.type === 'MemberExpression' && node.callee.property.name === 'each') return;
        const fn = node.arguments.find((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression');
        if (fn === undefined) return;
        const counted = lines.slice(fn.loc.start.line - 1, fn.loc.end.line).filter((line) => {
          const text = line.trim();
          return text !== '' && !text.startsWith('//') && !text.startsWith('/*') && !text.startsWith('*');
        }).length;
        if (counted > max) context.report({ node: fn, messageId: 'long', data: { lines: counted, max } });
      },
    };
  },
};
