import { describe, expect, it } from 'vitest';
import { classicalDecompose, isSeasonal } from './decompose.js';
import { fitSes, thetaForecast } from './theta.js';

// Reference values: R 4 with forecast 8.20 (Hyndman et al.), `thetaf(x, h, level = 80)` on two
// datasets that ship with base R. thetaf implements Hyndman & Billah (2003): SES with drift.
// USAccDeaths: monthly accidental deaths in the US, 1973-1978 (base R `datasets`).
const US_ACC_DEATHS = [
  9007, 8106, 8928, 9137, 10017, 10826, 11317, 10744, 9713, 9938, 9161, 8927, 7750, 6981, 8038,
  8422, 8714, 9512, 10120, 9823, 8743, 9129, 8710, 8680, 8162, 7306, 8124, 7870, 9387, 9556, 10093,
  9620, 8285, 8466, 8160, 8034, 7717, 7461, 7767, 7925, 8623, 8945, 10078, 9179, 8037, 8488, 7874,
  8647, 7792, 6957, 7726, 8106, 8890, 9299, 10625, 9302, 8314, 8850, 8265, 8796, 7836, 6892, 7791,
  8192, 9115, 9434, 10484, 9827, 9110, 9070, 8633, 9240,
];
// thetaf(USAccDeaths, h = 12)$mean; alpha 0.5517, drift -5.8496.
const R_US_MEAN = [
  8270.6938, 7508.9239, 8322.1248, 8554.1435, 9450.093, 9870.9336, 10822.4977, 10091.8407,
  8944.4336, 9329.2897, 8778.9128, 8990.7759,
];
// Nile: annual flow of the Nile at Aswan, 1871-1970 (base R `datasets`); not seasonal.
const NILE = [
  1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140, 995, 935, 1110, 994, 1020, 960, 1180,
  799, 958, 1140, 1100, 1210, 1150, 1250, 1260, 1220, 1030, 1100, 774, 840, 874, 694, 940, 833, 701,
  916, 692, 1020, 1050, 969, 831, 726, 456, 824, 702, 1120, 1100, 832, 764, 821, 768, 845, 864, 862,
  698, 845, 744, 796, 1040, 759, 781, 865, 845, 944, 984, 897, 822, 1010, 771, 676, 649, 846, 812,
  742, 801, 1040, 860, 874, 848, 890, 744, 749, 838, 1050, 918, 986, 797, 923, 975, 815, 1020, 906,
  901, 1170, 912, 746, 919, 718, 714, 740,
];
// thetaf(Nile, h = 5): mean and the upper 80% bound; ses(Nile): alpha 0.2457, l0 1110.73.
const R_NILE_MEAN = [799.812, 798.4548, 797.0977, 795.7405, 794.3834];
const R_NILE_UPPER80 = [984.6524, 988.7914, 992.776, 996.6187, 1000.3301];

describe('Theta (SES with drift) against R forecast::thetaf', () => {
  it('matches SES on the Nile: alpha, initial level and the flat forecast with drift', () => {
    const ses = fitSes(NILE);
    expect(ses.alpha).toBeCloseTo(0.2457, 3);
    expect(ses.l0).toBeCloseTo(1110.73, 0);
    const f = thetaForecast(NILE, 5);
    expect(f.seasonal).toBe(false);
    f.mean.forEach((m, i) => expect(m).toBeCloseTo(R_NILE_MEAN[i] as number, 1));
    f.mean.forEach((m, i) =>
      expect(m + 1.2815515655 * (f.sd[i] as number)).toBeCloseTo(R_NILE_UPPER80[i] as number, 0),
    );
  });

  it('matches a seasonal series: multiplicative decomposition, drift and reseasonalising', () => {
    expect(isSeasonal(US_ACC_DEATHS, 12)).toBe(true);
    const f = thetaForecast(US_ACC_DEATHS, 12, { periods: [12] });
    expect(f.seasonal).toBe(true);
    expect(f.alpha).toBeCloseTo(0.5517, 2);
    expect(f.drift).toBeCloseTo(-5.8496, 1);
    f.mean.forEach((m, i) => expect(Math.abs(m - (R_US_MEAN[i] as number))).toBeLessThan(1));
  });

  it('decomposes like R: multiplicative indices average to one, additive ones to zero', () => {
    const mult = classicalDecompose(US_ACC_DEATHS, 12, 'multiplicative');
    const add = classicalDecompose(US_ACC_DEATHS, 12, 'additive');
    expect(mult.figure.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 10);
    expect(add.figure.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 8);
    // July (phase 6) is the peak of accidental deaths in every year.
    expect(Math.max(...mult.figure)).toBe(mult.figure[6]);
    expect(isSeasonal(NILE, 12)).toBe(false);
  });
});
