import { describe, expect, it } from 'vitest';
import { parseEmbedOrigins } from './embed-origins.js';

describe('parseEmbedOrigins', () => {
  it('reads exact origins, normalised and without repeats', () => {
    expect(
      parseEmbedOrigins(' https://App.example.com/, http://localhost:5173,https://app.example.com'),
    ).toEqual({ origins: ['https://app.example.com', 'http://localhost:5173'] });
    expect(parseEmbedOrigins('')).toEqual({ origins: [] });
  });

  it.each([
    ['*', /wildcards/],
    ['https://*.example.com', /wildcards/],
    ['app.example.com', /origin such as/],
    ['https://app.example.com/usage', /no path/],
    ['https://app.example.com?x=1', /no path/],
    ['https://user:pw@app.example.com', /no path/],
    ['http://app.example.com', /https/],
    ['ftp://app.example.com', /https/],
    ['null', /origin such as/],
  ])('refuses %s', (value, problem) => {
    const r = parseEmbedOrigins(value);
    expect('problem' in r && r.problem).toMatch(problem);
  });
});
