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
  type HeadersFrameOption,
  type HeadersReferrerPolicy,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  type ResponseHeadersCorsBehavior,
  ResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import {
  assetAllowOrigin,
  frameOption,
  hstsMaxAgeSeconds,
  referrerPolicy,
  type WebFilePolicy,
  webFilePolicies,
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
  /**
   * The shared answers (`GET /v1/comments`, `/v1/counts`): kept as long as the API's `s-maxage`
   * says, keyed by query, `Origin` (the CORS headers differ by site origin) and `Authorization`,
   * so a request with a token never meets another reader's copy; gzip and brotli at the edge.
   */
  readonly sharedApiCache: CachePolicy;
  /** What every API request carries to the API besides its key: the headers the handlers read. */
  readonly apiRequests: OriginRequestPolicy;
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

    this.sharedApiCache = new CachePolicy(this, 'SharedApiCache', {
      comment: 'Réagir: SharedApiCache',
      minTtl: Duration.seconds(0),
      // Nothing the API does not mark `s-maxage` is kept; what it marks, at most a minute.
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(60),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization', 'Origin'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    // Not the viewer's Host (API Gateway routes its own host name only); the reader's address,
    // believed by the API only with the CDN's secret header (functions/shared/http/client-address.ts).
    this.apiRequests = new OriginRequestPolicy(this, 'ApiRequests', {
      comment: 'Réagir: ApiRequests',
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'Content-Type',
        'Idempotency-Key',
        'Origin',
        'User-Agent',
        'CloudFront-Viewer-Address',
      ),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
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
    // Every value comes from web-security.ts, which `npm start` reads too.
    const policy = (name: string, file: WebFilePolicy) =>
      new ResponseHeadersPolicy(this, name, {
        comment: `Réagir: ${name}`,
        corsBehavior: file.cors ? cors : undefined,
        customHeadersBehavior: {
          customHeaders: [{ header: 'Cache-Control', value: file.cacheControl, override: true }],
        },
        securityHeadersBehavior: {
          contentSecurityPolicy: { contentSecurityPolicy: file.contentSecurityPolicy, override: true },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: frameOption as HeadersFrameOption, override: true },
          referrerPolicy: { referrerPolicy: referrerPolicy as HeadersReferrerPolicy, override: true },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
            includeSubdomains: true,
            override: true,
          },
        },
      });
    const files = webFilePolicies(props.apiUrl);
    this.widget = policy('WidgetHeaders', files.widget);
    this.immutable = policy('ImmutableHeaders', files.immutable);
    this.console = policy('ConsoleHeaders', files.console);
  }
}
