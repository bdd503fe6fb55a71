/**
 * Components: the site's comment charter and privacy notice, linked beside the comment form when
 * the site set them (`charterUrl`, `privacyUrl`, public settings sent with the first page). They
 * open in a new tab, with no access back to the reader's page (`noopener`).
 */
import { useI18n } from '../i18n/index.js';
import { formLinksMessages } from './form-links-messages.js';

/** Props of FormLinks: the site's addresses ('' or absent for none). */
export interface FormLinksProps {
  charterUrl?: string;
  privacyUrl?: string;
}

// The server accepts http(s) only; checked again so no other scheme ever becomes a link.
const safe = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** Nothing when the site set neither link. */
export function FormLinks({ charterUrl, privacyUrl }: FormLinksProps) {
  const { lang } = useI18n();
  const m = formLinksMessages[lang];
  const links = [
    [charterUrl, m.charter],
    [privacyUrl, m.privacy],
  ].filter((link): link is [string, string] => safe(link[0]));
  if (!links.length) return null;
  return (
    <p class="lk mu">
      {links.map(([href, text]) => (
        <a key={href} href={href} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ))}
    </p>
  );
}
