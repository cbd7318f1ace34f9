import { describe, expect, it } from 'vitest';
import { hostOrigin, themeFromQuery } from './page.js';

describe('the /embed page', () => {
  it('posts only to an origin the address names exactly', () => {
    expect(hostOrigin('?origin=https%3A%2F%2Fapp.example.com&token=x')).toBe(
      'https://app.example.com',
    );
    expect(hostOrigin('?origin=http://localhost:5173')).toBe('http://localhost:5173');
    for (const bad of [
      '',
      '?origin=*',
      '?origin=https://app.example.com/x',
      '?origin=javascript:1',
    ])
      expect(hostOrigin(bad), bad).toBeNull();
  });

  it('takes hex colours from the query and nothing else', () => {
    expect(themeFromQuery('?accent=7c3aed&surface=%23fff&text=red&border=url(x)')).toEqual({
      accent: '#7c3aed',
      surface: '#fff',
    });
  });
});
