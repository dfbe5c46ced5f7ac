import {
  bpsToPercentText,
  minorToMajorText,
  parseMajorAmount,
  parsePercentAsBps,
  parseWholeNumber,
  sharesMakeWhole,
} from './amount-text';

describe('parseMajorAmount', () => {
  it('turns major units into minor units exactly, by the currency’s exponent', () => {
    expect(parseMajorAmount('5000', 'USD')).toEqual({ ok: true, value: 500_000 });
    expect(parseMajorAmount('1,250.50', 'USD')).toEqual({ ok: true, value: 125_050 });
    expect(parseMajorAmount('0.29', 'USD')).toEqual({ ok: true, value: 29 }); // 0.29 * 100 is 28.999… as a float
    expect(parseMajorAmount('19.99', 'EUR')).toEqual({ ok: true, value: 1999 });
    expect(parseMajorAmount('.5', 'USD')).toEqual({ ok: true, value: 50 });
    expect(parseMajorAmount('12.', 'USD')).toEqual({ ok: true, value: 1200 });
    expect(parseMajorAmount('1 200', 'JPY')).toEqual({ ok: true, value: 1200 });
    expect(parseMajorAmount('1200.00', 'JPY')).toEqual({ ok: true, value: 1200 });
  });

  it('says what is wrong rather than rounding', () => {
    expect(parseMajorAmount('  ', 'USD')).toEqual({ ok: false, problem: 'empty' });
    expect(parseMajorAmount('12.345', 'USD')).toEqual({ ok: false, problem: 'precision' });
    expect(parseMajorAmount('12.5', 'JPY')).toEqual({ ok: false, problem: 'precision' });
    expect(parseMajorAmount('-5', 'USD')).toEqual({ ok: false, problem: 'format' });
    expect(parseMajorAmount('1e3', 'USD')).toEqual({ ok: false, problem: 'format' });
    expect(parseMajorAmount('1.2.3', 'USD')).toEqual({ ok: false, problem: 'format' });
    expect(parseMajorAmount('99999999999999999999', 'USD')).toEqual({ ok: false, problem: 'too_large' });
  });

  it('round-trips with the text a saved draft shows', () => {
    expect(minorToMajorText(125_050, 'USD')).toBe('1250.50');
    expect(minorToMajorText(1200, 'JPY')).toBe('1200');
    expect(parseMajorAmount(minorToMajorText(9_007_199_254_740_991, 'USD'), 'USD')).toEqual({
      ok: true,
      value: 9_007_199_254_740_991,
    });
  });
});

describe('percentages and counts', () => {
  it('reads a rate in percent as basis points', () => {
    expect(parsePercentAsBps('6.5')).toEqual({ ok: true, value: 650 });
    expect(parsePercentAsBps('12.25')).toEqual({ ok: true, value: 1225 });
    expect(parsePercentAsBps('7')).toEqual({ ok: true, value: 700 });
    expect(parsePercentAsBps('6.555')).toEqual({ ok: false, problem: 'precision' });
    expect(bpsToPercentText(650)).toBe('6.5');
    expect(bpsToPercentText(1000)).toBe('10');
    expect(bpsToPercentText(5)).toBe('0.05');
  });

  it('reads whole numbers only', () => {
    expect(parseWholeNumber('1,000')).toEqual({ ok: true, value: 1000 });
    expect(parseWholeNumber('2.5')).toEqual({ ok: false, problem: 'precision' });
  });

  it('knows when milestone shares make up the whole', () => {
    expect(sharesMakeWhole([6000, 4000])).toBe(true);
    expect(sharesMakeWhole([6000, 3000])).toBe(false);
  });
});
