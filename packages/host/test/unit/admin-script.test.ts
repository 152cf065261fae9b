import { optionText } from '../../browser/async-select.js';
import { controlId } from '../../browser/form-errors.js';

describe('the admin page script', () => {
  it('finds the control of an error key as the server draws it: a field, or a mapping row', () => {
    expect(controlId('label')).toBe('field-label');
    expect(controlId('localeMapping.en_US')).toBe('field-localeMapping-en_US');
    expect(controlId('_form')).toBe('field-_form');
  });

  it('shows an option that cannot be chosen now with its warning', () => {
    expect(optionText({ id: '1', label: 'Main store' })).toBe('Main store');
    expect(optionText({ id: '2', label: 'Old store', hint: 'inactive' })).toBe('Old store — ⚠ inactive');
  });
});
