import { errorDetail } from '../../src/bigcommerce/error-body.js';

describe('BigCommerce error bodies', () => {
  it('reads v3 objects with field errors', () => {
    expect(
      errorDetail({
        status: 422,
        title: 'JSON data is missing or invalid',
        type: '/api-docs',
        errors: { name: 'error.path.missing', price: 'error.path.missing' },
      }),
    ).toBe('JSON data is missing or invalid; name: error.path.missing; price: error.path.missing');
    expect(errorDetail({ status: 400, title: 'Bad', detail: 'The channel is invalid' })).toBe(
      'Bad; The channel is invalid',
    );
  });

  it('reads v2 arrays', () => {
    expect(
      errorDetail([
        { status: 400, message: 'Required fields missing [key]' },
        { status: 400, message: 'Second' },
      ]),
    ).toBe('Required fields missing [key]; Second');
  });

  it('tolerates empty, HTML and odd bodies, and bounds the length', () => {
    expect(errorDetail(null)).toBe('');
    expect(errorDetail('<html>502</html>')).toBe('');
    expect(errorDetail([{ nope: 1 }])).toBe('');
    expect(errorDetail({ title: 'x'.repeat(1000) })).toHaveLength(300);
  });
});
