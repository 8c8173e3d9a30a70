import { describe, expect, it } from 'vitest';
import { href, parseHash } from './router';

describe('hash routes', () => {
  it('keep entity ids readable and round-trip them', () => {
    const link = href(['entity', 'person:mike-pompeo']);
    expect(link).toBe('#/entity/person:mike-pompeo');
    expect(parseHash(link).path).toEqual(['entity', 'person:mike-pompeo']);
  });

  it('carry repeatable search parameters and drop empty ones', () => {
    const link = href(['search'], { q: 'Huawei OR ZTE', entity: ['a:b', 'c:d'], source: '' });
    const route = parseHash(link);
    expect(route.path).toEqual(['search']);
    expect(route.params.get('q')).toBe('Huawei OR ZTE');
    expect(route.params.getAll('entity')).toEqual(['a:b', 'c:d']);
    expect(route.params.has('source')).toBe(false);
  });

  it('escape a slash inside an id', () => {
    expect(parseHash(href(['article', 'a/b'])).path).toEqual(['article', 'a/b']);
  });
});
