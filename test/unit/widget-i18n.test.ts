import { describe, expect, it } from 'vitest';
import { errorStatuses } from '../../functions/shared/http/errors.js';
import { catalogues, type Messages, toLang } from '../../widget/src/i18n/index.js';

const serverCodes = Object.keys(errorStatuses);

describe('widget: translations', () => {
  it.each(Object.entries(catalogues))(
    '%s has a non-empty message for every API error code',
    (_lang, messages) => {
      for (const code of serverCodes) {
        expect(messages.errors[code as keyof typeof messages.errors], code).toMatch(/\S/);
      }
    },
  );

  it('does not compile a catalogue that misses an error code', () => {
    const { body_empty: _left_out, ...others } = catalogues.fr.errors;
    // @ts-expect-error: Messages['errors'] is a Record over every code, so one missing is a type error
    const incomplete: Messages['errors'] = others;
    expect(Object.keys(incomplete)).not.toContain('body_empty');
  });

  it('has the same keys and the same error codes in French and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort());
    expect(Object.keys(catalogues.en.errors).sort()).toEqual(Object.keys(catalogues.fr.errors).sort());
  });

  it("keeps the news site's French wording", () => {
    const { fr } = catalogues;
    expect(fr.title).toBe('Réagir à cet article');
    expect(fr.count('12')).toBe('Commentaires (12)');
    expect(fr.loginTitle).toBe('Déjà inscrit(e) ?');
    expect(fr.signupTitle).toBe('Pas encore inscrit(e) ?');
    expect(fr.signup).toBe("M'inscrire gratuitement");
    expect(fr.forgot).toBe('Mot de passe oublié ?');
    expect(fr.errors.invalid_credentials).toBe('Identifiant et/ou mot de passe non valides');
    expect(fr.codeSent).toBe("Un message avec vos codes d'accès vous a été envoyé par mail");
    expect(fr.emailHint).toBe('Votre e-mail ne sera pas publié');
    expect(fr.errors.invalid_email).toBe(
      "Nous n'avons pas reconnu votre email, veuillez indiquer un email valide",
    );
    expect(fr.pending).toBe('en attente de modération');
    expect(fr.edited).toBe('(modifié)');
  });

  it('picks English for an English page and French for anything else', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('fr-FR')).toBe('fr');
    expect(toLang('de')).toBe('fr');
    expect(toLang(undefined)).toBe('fr');
  });
});
