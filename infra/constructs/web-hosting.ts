/**
 * Web hosting: a private S3 bucket behind CloudFront (origin access control, HTTPS only, HTTP/2
 * and 3, compression) serving `widget.js` and its chunks at the root and the console under
 * `/console/`, and forwarding `/v1/*` to the API so the console can call it on its own origin.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { sharedRoutes } from '../../functions/routes.js';
import { EDGE_SECRET_HEADER } from '../../functions/shared/http/edge-header.js';
import { acknowledge } from '../nag.js';
import { privateBucketProps } from './private-bucket.js';
import { WebHeaders } from './web-headers.js';

/** Options of {@link WebHosting}. */
export interface WebHostingProps {
  /** Host of the API's execute-api endpoint (`<id>.execute-api.<region>.amazonaws.com`). */
  readonly apiHost: string;
  /**
   * The API's public base URL, allowed in the console's connect-src.
   * @default the console's own origin only
   */
  readonly apiUrl?: string;
  /**
   * Sent to the API in `x-reagir-edge` with every request the CDN forwards, so the API takes the
   * reader's address from `CloudFront-Viewer-Address` (functions/shared/http/client-address.ts).
   * @default none: the API sees CloudFront's addresses
   */
  readonly edgeSecret?: ISecret;
  /**
   * A custom domain and its ACM certificate in us-east-1.
   * @default the `*.cloudfront.net` name
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
}

// `/console` and `/console/` and the console's client-side routes serve its page; files keep their path.
const consoleRewrite = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/console') {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/console/' } } };
  }
  if (uri.endsWith('/') || uri.lastIndexOf('.') < uri.lastIndexOf('/')) request.uri = '/console/index.html';
  return request;
}`;

// A console call on the CDN's own origin is same-origin: CORS does not apply, and the API, which
// sees its execute-api host, would take the CDN's origin for a foreign one. Cross-origin calls keep it.
const sameOriginApi = `function handler(event) {
  var headers = event.request.headers;
  if (headers.origin && headers.host && headers.origin.value === 'https://' + headers.host.value) {
    delete headers.origin;
  }
  return event.request;
}`;

/** The bucket, the distribution and its behaviors. */
export class WebHosting extends Construct {
  /** Private, encrypted, versioned; only CloudFront reads it. */
  readonly bucket: Bucket;
  /** The CDN. */
  readonly distribution: Distribution;
  /** `https://` + the custom domain, else the distribution's domain name. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...privateBucketProps,
      versioned: true,
      // Old versions allow a rollback for a month, then stop costing anything.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'Only CloudFront reads this bucket (OAC); its reads are in CloudFront metrics, and the files are rebuilt from git.',
      'AwsSolutions-S1',
    );

    const headers = new WebHeaders(this, 'Headers', { apiUrl: props.apiUrl });
    const s3 = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const edgeFunction = (name: string, code: string) => [
      {
        eventType: FunctionEventType.VIEWER_REQUEST,
        function: new EdgeFunction(this, name, {
          code: FunctionCode.fromInline(code),
          runtime: FunctionRuntime.JS_2_0,
        }),
      },
    ];
    const common = { viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY, compress: true };
    const immutable: BehaviorOptions = {
      ...common,
      origin: s3,
      cachePolicy: headers.immutableCache,
      responseHeadersPolicy: headers.immutable,
    };
    // Writes go through the CDN too (the widget calls its own origin): every method is forwarded.
    const api: BehaviorOptions = {
      ...common,
      origin: new HttpOrigin(props.apiHost, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        customHeaders: props.edgeSecret
          ? { [EDGE_SECRET_HEADER]: props.edgeSecret.secretValue.unsafeUnwrap() }
          : undefined,
      }),
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: headers.apiCache,
      originRequestPolicy: headers.apiRequests,
      functionAssociations: edgeFunction('SameOriginApi', sameOriginApi),
    };
    const certificate = props.domain
      ? Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn)
      : undefined;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Réagir: widget, console and API for the console',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe edges: the readers of French news sites, at the lowest price.
      priceClass: PriceClass.PRICE_CLASS_100,
      domainNames: props.domain ? [props.domain.name] : undefined,
      certificate,
      // Settable only with a certificate of our own; CFR4 is acknowledged below otherwise.
      minimumProtocolVersion: certificate ? SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      defaultBehavior: {
        ...common,
        origin: s3,
        cachePolicy: headers.entryCache,
        responseHeadersPolicy: headers.widget,
      },
      additionalBehaviors: {
        '/chunks/*': immutable,
        '/console/assets/*': immutable,
        '/console*': {
          ...common,
          origin: s3,
          cachePolicy: headers.entryCache,
          responseHeadersPolicy: headers.console,
          functionAssociations: edgeFunction('ConsoleRewrite', consoleRewrite),
        },
        // The answers every reader shares (the route table's `cache: 'shared'`), kept as they say.
        ...Object.fromEntries(
          sharedRoutes().map((route) => [route.path, { ...api, cachePolicy: headers.sharedApiCache }]),
        ),
        '/v1/*': api,
      },
    });
    this.url = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    acknowledge(
      this.distribution,
      'Readers anywhere may read an article; no country is excluded.',
      'AwsSolutions-CFR1',
    );
    acknowledge(
      this.distribution,
      'No WAF: a web ACL costs ~$6/month before any traffic; the API throttles per route and rate-limits writes.',
      'AwsSolutions-CFR2',
    );
    acknowledge(
      this.distribution,
      'Standard logs of every widget load would cost more than the service itself; CloudFront metrics are on the dashboard.',
      'AwsSolutions-CFR3',
    );
    if (!props.domain) {
      acknowledge(
        this.distribution,
        'The *.cloudfront.net certificate has a fixed TLS policy; set domains.cdn to get TLS 1.2 minimum.',
        'AwsSolutions-CFR4',
      );
    }
  }
}
