/** Stateless stack: the CDN, its bucket and the built front ends, with the URLs to paste. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { WebContent } from '../constructs/web-content.js';
import { WebHosting } from '../constructs/web-hosting.js';
import { repoPath } from '../repo-root.js';

/** Options of {@link WebStack}. */
export interface WebStackProps extends StackProps {
  /** The sites that embed the widget: their ids go into the script tags (the CDN lets any origin load the chunks). */
  readonly sites: readonly { readonly id: string; readonly origins: readonly string[] }[];
  /** Host of the API's execute-api endpoint, which the CDN forwards `/v1/*` to. */
  readonly apiHost: string;
  /** The API's own base URL (the console's connect-src); the widget calls the API through the CDN. */
  readonly apiUrl: string;
  /** What the CDN sends the API to prove a request came through it (ReagirHttpApi.edgeSecret). */
  readonly edgeSecret: ISecret;
  /**
   * A custom domain for the CDN and its certificate in us-east-1.
   * @default the `*.cloudfront.net` name
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  /**
   * The build output holding `widget/` and `console/`.
   * @default dist/ of the repository
   */
  readonly distDir?: string;
}

/**
 * The script tag a site pastes under its articles (data-page defaults to the article's path). No
 * `data-api`: the widget calls the API on the script's own origin, the CDN, which shares the first
 * page and the counts between readers and forwards everything else.
 */
export const scriptTag = (cdnUrl: string, site: string) =>
  `<script src="${cdnUrl}/widget.js" data-site="${site}" async></script>`;

/** S3 + CloudFront serving the widget and the console. */
export class WebStack extends Stack {
  /** The bucket and the distribution. */
  readonly hosting: WebHosting;
  /** The uploads of the built front ends. */
  readonly content: WebContent;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    this.hosting = new WebHosting(this, 'Hosting', {
      apiHost: props.apiHost,
      apiUrl: props.apiUrl,
      edgeSecret: props.edgeSecret,
      domain: props.domain,
    });
    this.content = new WebContent(this, 'Content', {
      bucket: this.hosting.bucket,
      distribution: this.hosting.distribution,
      distDir: props.distDir ?? repoPath('dist'),
    });

    const cdnUrl = this.hosting.url;
    new CfnOutput(this, 'CdnUrl', { value: cdnUrl, description: 'Base URL of the widget' });
    new CfnOutput(this, 'ConsoleUrl', { value: `${cdnUrl}/console/`, description: 'Moderation console' });
    if (props.domain) {
      new CfnOutput(this, 'CdnDomainTarget', {
        value: this.hosting.distribution.distributionDomainName,
        description: `CNAME (or alias) target of ${props.domain.name}`,
      });
    }
    for (const site of props.sites) {
      new CfnOutput(this, `ScriptTag${site.id.replace(/[^A-Za-z0-9]/g, '')}`, {
        value: scriptTag(cdnUrl, site.id),
        description: `Paste under each article of ${site.id}`,
      });
    }
  }
}
