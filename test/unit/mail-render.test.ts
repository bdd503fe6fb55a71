/** The mail renderer: users' words are escaped in the HTML part and kept plain in the text part. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, excerpt, renderMail, safeUrl } from '../../functions/shared/mail/render.js';

describe('renderMail', () => {
  const hostile = `<img src=x onerror="alert(1)"> & 'quotes'`;

  it('escapes every text in the HTML part and keeps it as written in the text part', () => {
    const mail = renderMail('fr', `Réponse de ${hostile}`, [
      { kind: 'text', text: hostile },
      { kind: 'quote', text: hostile, by: hostile },
      { kind: 'link', label: hostile, url: 'https://example.fr/a?x="><script>' },
      { kind: 'footer', text: hostile, link: { label: hostile, url: 'https://example.fr/' } },
    ]);
    expect(mail.html).not.toMatch(/<img|<script|onerror="/);
    expect(mail.html).toContain(escapeHtml(hostile));
    expect(mail.text).toContain(hostile);
    expect(mail.html.startsWith('<!doctype html><html lang="fr">')).toBe(true);
  });

  it('puts only http(s) URLs in links', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,x')).toBe('#');
    expect(safeUrl('not a url')).toBe('#');
    expect(safeUrl('https://example.fr/p#reagir-1')).toBe('https://example.fr/p#reagir-1');
    const mail = renderMail('en', 't', [{ kind: 'link', label: 'x', url: 'javascript:alert(1)' }]);
    expect(mail.html).toContain('href="#"');
  });

  it('cuts an excerpt on one line', () => {
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
