import { describe, expect, it } from 'vitest';
import { countPerDay, segment, snippetParts } from './text';

describe('snippetParts', () => {
  it('bolds only what <b> wraps and decodes the escaped rest', () => {
    expect(snippetParts('AT&amp;T &lt;said&gt; <b>Huawei</b> won')).toEqual([
      { text: 'AT&T <said> ', bold: false },
      { text: 'Huawei', bold: true },
      { text: ' won', bold: false },
    ]);
  });

  it('keeps any other markup as inert text', () => {
    const parts = snippetParts('<img src=x onerror=alert(1)><b>x</b>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)>', bold: false });
    expect(parts[1]).toEqual({ text: 'x', bold: true });
  });

  it('decodes numeric references', () => {
    expect(snippetParts('&#39;a&#x27;')).toEqual([{ text: "'a'", bold: false }]);
  });
});

describe('segment', () => {
  const text = 'Mike Pompeo said "Huawei is a threat" today.';
  const pompeo = { span: { start: 0, end: 11 }, entity: 'PERSON' };
  const huawei = { span: { start: 18, end: 24 }, entity: 'ORG' };
  const quote = { start: 17, end: 37, speaker: 'Mike Pompeo' };

  it('covers the whole text in order', () => {
    const pieces = segment(text, [pompeo, huawei], [quote]);
    expect(pieces.map(p => p.text).join('')).toBe(text);
  });

  it('marks mentions and the quote around them', () => {
    const pieces = segment(text, [pompeo, huawei], [quote]);
    expect(pieces.find(p => p.text === 'Mike Pompeo')?.entity).toBe('PERSON');
    const h = pieces.find(p => p.text === 'Huawei');
    expect(h?.entity).toBe('ORG');
    expect(h?.quote).toBe(quote);
    expect(pieces.find(p => p.text === ' today.')?.quote).toBeNull();
  });

  it('prefers the longer of overlapping mentions and drops offsets outside the text', () => {
    const pieces = segment('Mike Pompeo', [
      { span: { start: 5, end: 11 }, entity: 'short' },
      { span: { start: 0, end: 11 }, entity: 'long' },
      { span: { start: 3, end: 99 }, entity: 'bad' },
    ], []);
    expect(pieces.every(p => p.entity === 'long')).toBe(true);
  });
});

describe('countPerDay', () => {
  it('counts articles per calendar day, oldest first, ignoring unknown dates', () => {
    expect(countPerDay(['2020-08-18T17:40:40Z', null, '2020-01-31T00:00:00Z', '2020-08-18T01:00:00Z'])).toEqual([
      { day: '2020-01-31', count: 1 },
      { day: '2020-08-18', count: 2 },
    ]);
  });
});
