/**
 * Components: "Suivre cet article", a toggle button (aria-pressed) for the signed-in reader: a
 * followed article's new comments come in a daily email digest. Its state is the thread answer's
 * `following`; pressing it shows the change at once and goes back if the API refuses. The embed
 * loads this file, with its texts, as a chunk only for a signed-in reader; like the warning
 * notice it takes what the kit holds as props and imports none of the kit's modules.
 */
import { Component } from 'preact';
import type { AnyErrorCode } from '../api/api-error.js';
import type { Fetcher } from '../api/fetcher.js';
import { setFollowing } from '../api/follows.js';
import type { Lang } from '../i18n/index.js';
import type { ErrorText } from './error-text.js';

const texts = {
  fr: {
    follow: 'Suivre cet article',
    followed: 'Vous suivez cet article : ses nouveaux commentaires vous sont envoyés chaque jour par e-mail.',
  },
  en: {
    follow: 'Follow this article',
    followed: 'You follow this article: its new comments are emailed to you once a day.',
  },
};

/** Props of FollowButton. */
export interface FollowButtonProps {
  api: Fetcher;
  site: string;
  page: string;
  lang: Lang;
  following: boolean;
  /** The state to show (at once when pressed, then as the API answered). */
  onChange(following: boolean): void;
  Err: typeof ErrorText;
}

/** The toggle, and what following means once pressed. */
export class FollowButton extends Component<FollowButtonProps, { busy?: boolean; error?: AnyErrorCode }> {
  toggle = async () => {
    const { api, site, page, following, onChange } = this.props;
    const next = !following;
    this.setState({ busy: true, error: undefined });
    onChange(next);
    try {
      onChange((await setFollowing(api, site, page, next)).following);
      this.setState({ busy: false });
    } catch (failure) {
      onChange(following);
      this.setState({ busy: false, error: (failure as { code?: AnyErrorCode }).code ?? 'unknown_error' });
    }
  };

  render(
    { following, lang, Err }: FollowButtonProps,
    { busy, error }: { busy?: boolean; error?: AnyErrorCode },
  ) {
    const t = texts[lang];
    return (
      <div>
        <p class="ac">
          <button type="button" aria-pressed={following} disabled={busy} onClick={this.toggle}>
            {t.follow}
          </button>
        </p>
        {following && <p class="mu">{t.followed}</p>}
        <Err code={error} />
      </div>
    );
  }
}
