// The admin stylesheet is linted like the TypeScript: stylelint's standard rules.
export default {
  extends: ['stylelint-config-standard'],
  rules: {
    // The sheet is ordered by component (sidebar, grid, form…), not by selector specificity; a
    // later, less specific selector of another component never targets the same element.
    'no-descending-specificity': null,
  },
};
