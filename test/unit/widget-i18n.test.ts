import { describe, expect, it } from 'vitest';
import { errorStatuses } from '../../functions/shared/http/errors.js';
import { authMessages } from '../../widget/src/components/auth-messages.js';
import { en } from '../../widget/src/i18n/en.js';
import { errors as errorsEn } from '../../widget/src/i18n/errors-en.js';
import { errors as errorsFr } from '../../widget/src/i18n/errors-fr.js';
import { fr } from '../../widget/src/i18n/fr.js';
import { type ErrorMessages, loadErrors, loadMessages, toLang } from '../../widget/src/i18n/index.js';

const serverCodes = Object.keys(errorStatuses);

describe('widget: translations', () => {
  it.each([
    ['fr', errorsFr],
    ['en', errorsEn],
  ])('%s has a non-empty message for every API error code', (_lang, messages) => {
    for (const code of serverCodes) {
      const message = messages[code as keyof ErrorMessages];
      // A message with parameters must read well without them too (an older server sends none).
      const text = typeof message === 'function' ? (message as (p: object) => string)({}) : message;
      expect(text, code).toMatch(/\S/);
      expect(text, code).not.toMatch(/undefined|NaN/);
    }
  });

  it('does not compile a catalogue that misses an error code', () => {
    const { body_empty: _left_out, ...others } = errorsFr;
    // @ts-expect-error: ErrorMessages is a Record over every code, so one missing is a type error
    const incomplete: ErrorMessages = others;
    expect(Object.keys(incomplete)).not.toContain('body_empty');
  });

  it('has the same keys in French and English, for the thread, the errors and the account forms', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(errorsEn).sort()).toEqual(Object.keys(errorsFr).sort());
    expect(Object.keys(authMessages.en).sort()).toEqual(Object.keys(authMessages.fr).sort());
  });

  it("keeps the news site's French wording", () => {
    expect(fr.title).toBe('Réagir à cet article');
    expect(fr.count('12')).toBe('Commentaires (12)');
    expect(fr.loginTitle).toBe('Déjà inscrit(e) ?');
    expect(fr.signupTitle).toBe('Pas encore inscrit(e) ?');
    expect(fr.signup).toBe("M'inscrire gratuitement");
    expect(authMessages.fr.forgot).toBe('Mot de passe oublié ?');
    expect(errorsFr.invalid_credentials).toBe('Identifiant et/ou mot de passe non valides');
    expect(authMessages.fr.codeSent).toBe("Un message avec vos codes d'accès vous a été envoyé par mail");
    expect(fr.emailHint).toBe('Votre e-mail ne sera pas publié');
    expect(errorsFr.invalid_email).toBe(
      "Nous n'avons pas reconnu votre email, veuillez indiquer un email valide",
    );
    expect(fr.pending).toBe('en attente de modération');
    expect(fr.edited).toBe('(modifié)');
  });

  it('names reactions, the top order and moderation states in both languages', () => {
    expect(fr.reactions.like).toBe("J'aime");
    expect(fr.top).toBe('Les plus appréciés');
    expect(en.top).toBe('Top');
    expect(fr.pinned).toBe('Épinglé');
    expect(fr.loadReplies(3)).toBe('Voir les 3 réponses');
    expect(fr.rejected).toBe('refusé');
    expect(en.rejected).toBe('rejected');
  });

  it('loads the catalogue and the error messages of the language asked for', async () => {
    expect(await loadMessages('fr')).toBe(fr);
    expect(await loadMessages('en')).toBe(en);
    expect(await loadErrors('en')).toBe(errorsEn);
  });

  it('picks English for an English page and French for anything else', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('fr-FR')).toBe('fr');
    expect(toLang('de')).toBe('fr');
    expect(toLang(undefined)).toBe('fr');
  });
});
