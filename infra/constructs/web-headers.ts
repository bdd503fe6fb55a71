/**
 * Web hosting: how long the CDN and browsers keep each kind of file (cache policies) and the
 * headers added to every response (response headers policies): caching, HSTS, nosniff, and a
 * strict Content-Security-Policy with frame-ancestors 'none' on the console.
 */
import { Duration } from 'aws-cdk-lib';
import {
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseHeadersCorsBehavior,
  ResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import {
  assetAllowOrigin,
  assetContentSecurityPolicy,
  consoleContentSecurityPolicy,
  consolePageCacheControl,
  entryCacheControl,
  immutableCacheControl,
} from '../web-security.js';

/** Options of {@link WebHeaders}. */
export interface WebHeadersProps {
  /**
   * The API's base URL, which the console may call besides its own origin.
   * @default the console's own origin only
   */
  readonly apiUrl?: string;
}

/** The cache and response headers policies of the distribution's behaviors. */
export class WebHeaders extends Construct {
  /** Entry files (`widget.js`, console pages): one day at the edge, invalidated by every deploy. */
  readonly entryCache: CachePolicy;
  /** Content-hashed files: a year at the edge. */
  readonly immutableCache: CachePolicy;
  /** `/v1/*`: nothing is kept (the API answers `no-store`), but the token reaches the API. */
  readonly apiCache: CachePolicy;
  /** `widget.js`. */
  readonly widget: ResponseHeadersPolicy;
  /** `/chunks/*` and `/console/assets/*`. */
  readonly immutable: ResponseHeadersPolicy;
  /** The console's pages. */
  readonly console: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: WebHeadersProps = {}) {
    super(scope, id);
    const cache = (name: string, ttl: Duration) =>
      new CachePolicy(this, name, {
        comment: `Réagir: ${name}`,
        minTtl: Duration.seconds(0),
        defaultTtl: ttl,
        maxTtl: ttl,
        // Compressed copies are cached apart; nothing else varies the file.
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      });
    this.entryCache = cache('EntryCache', Duration.days(1));
    this.immutableCache = cache('ImmutableCache', Duration.days(365));
    // CloudFront forwards Authorization only when it is part of a cache key, and a policy that
    // caches nothing may have no key: so TTL 0 unless told otherwise, and no-store from the API.
    this.apiCache = new CachePolicy(this, 'ApiCache', {
      comment: 'Réagir: ApiCache',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
    });

    const cors: ResponseHeadersCorsBehavior = {
      accessControlAllowCredentials: false,
      accessControlAllowHeaders: ['*'],
      accessControlAllowMethods: ['GET', 'HEAD'],
      // Any page may import the chunks (see assetAllowOrigin): the API decides who gets comments.
      accessControlAllowOrigins: [assetAllowOrigin],
      accessControlMaxAge: Duration.days(1),
      originOverride: true,
    };
    const policy = (name: string, cacheControl: string, csp: string, withCors: boolean) =>
      new ResponseHeadersPolicy(this, name, {
        comment: `Réagir: ${name}`,
        corsBehavior: withCors ? cors : undefined,
        customHeadersBehavior: {
          customHeaders: [{ header: 'Cache-Control', value: cacheControl, override: true }],
        },
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
          referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.days(730),
            includeSubdomains: true,
            override: true,
          },
        },
      });
    this.widget = policy('WidgetHeaders', entryCacheControl, assetContentSecurityPolicy, true);
    this.immutable = policy('ImmutableHeaders', immutableCacheControl, assetContentSecurityPolicy, true);
    this.console = policy(
      'ConsoleHeaders',
      consolePageCacheControl,
      consoleContentSecurityPolicy(props.apiUrl),
      false,
    );
  }
}
