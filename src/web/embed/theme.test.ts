import { describe, expect, it } from 'vitest';
import { PALETTES } from '../charts/theme.js';
import { themePalettes, themeVariables } from './theme.js';

describe('embedded theme', () => {
  it('sets only the variables the host gives', () => {
    expect(themeVariables({ accent: '#7c3aed', surface: ' #fff ', text: '' })).toEqual({
      '--accent': '#7c3aed',
      '--focus': '#7c3aed',
      '--surface': '#fff',
    });
    expect(themeVariables()).toEqual({});
  });

  it('puts the host colours into both chart palettes, keeping the rest', () => {
    const p = themePalettes({ accent: '#7c3aed', surface: '#fafaf9', border: '#ddd' });
    expect(p.light.background).toBe('#fafaf9');
    expect(p.dark.grid).toBe('#ddd');
    expect(p.light.zoomFill).toBe('rgba(124, 58, 237, 0.18)');
    expect(p.dark.text).toBe(PALETTES.dark.text);
    expect(themePalettes()).toEqual(PALETTES);
  });
});
