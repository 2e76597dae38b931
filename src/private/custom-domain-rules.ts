import { IConstruct } from 'constructs';
import { ValidationRule, ruleFromCheck } from './rules';
import { isUnresolved, show, validateBoolean, validateString } from './validation';

/** The props of a `LatticeSharedDatabase` that name its custom domain. */
export interface CustomDomainProps {
  readonly customDomainName?: unknown;
  readonly customDomainNameFromDatabase?: unknown;
  readonly domainVerificationId?: unknown;
}

/** What the custom domain rules need to know besides the props. */
export interface CustomDomainContext {
  /** whether the configuration is of the DNS type (`DatabaseSharingMode.DNS`) */
  readonly dnsMode: boolean;
  /** whether the resource gateway resolves domain names `IN_VPC` (known to be) */
  readonly gatewayInVpc: boolean;
  /** how messages name the resource gateway */
  readonly gatewayPath: string;
  /** the database's endpoint hostname (the domain-name target), when known; a token is fine */
  readonly target: () => string | undefined;
}

/**
 * A domain verification id: `dv-` and 17 lowercase letters or digits (GetDomainVerification,
 * domainVerificationIdentifier, "Pattern: ((dv-[0-9a-z]{17})|(arn:...))",
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetDomainVerification.html).
 */
const DOMAIN_VERIFICATION_ID = /^dv-[0-9a-z]{17}$/;

/**
 * Whether `domain` is `target` or a parent domain of it (`example.com` of `db.example.com`),
 * both literal; false when either is a token.
 */
export function isSameOrParentDomain(domain: unknown, target: unknown): boolean {
  if (typeof domain !== 'string' || typeof target !== 'string' || isUnresolved(domain) || isUnresolved(target)) {
    return false;
  }
  const d = domain.toLowerCase().replace(/\.$/, '');
  const t = target.toLowerCase().replace(/\.$/, '');
  return t === d || t.endsWith(`.${d}`);
}

/**
 * Whether a literal domain name lies under `amazonaws.com`, a domain whose DNS zone only AWS can
 * write to (an RDS endpoint hostname is one).
 */
function isAwsDomain(domain: unknown): boolean {
  return isSameOrParentDomain('amazonaws.com', domain);
}

/**
 * The rules of `customDomainName`, `customDomainNameFromDatabase` and `domainVerificationId` of a
 * `LatticeSharedDatabase` (its table appends them). Sources are cited at each rule.
 *
 * @param props the props
 * @param context the mode, the gateway and the database hostname
 * @param scope the construct, to show tokens in
 */
export function customDomainRules(props: CustomDomainProps, context: CustomDomainContext, scope: IConstruct): ValidationRule[] {
  const fromDatabase = props.customDomainNameFromDatabase === true;
  const custom = props.customDomainName;
  const verification = props.domainVerificationId;
  return [
    ruleFromCheck(() => validateBoolean('customDomainNameFromDatabase', props.customDomainNameFromDatabase)),
    {
      // "A resource configuration can only have one custom domain" (VPC Lattice User Guide, Resource
      // configurations, Custom domain names for resource providers,
      // https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
      condition: () => fromDatabase && custom !== undefined,
      message: () => `customDomainNameFromDatabase and customDomainName cannot both be given: a resource configuration has one custom domain name; got customDomainName ${show(custom, scope)} with customDomainNameFromDatabase true`,
    },
    {
      // a custom domain name is given to a SINGLE configuration (or a child under a group domain):
      // "If you have a resource configuration of type single, you can enter a custom domain name"
      // (Create a resource configuration, https://docs.aws.amazon.com/vpc/latest/privatelink/create-resource-configuration.html);
      // the domain names of an ARN configuration's children are managed by AWS ("Child resource
      // configurations are automatically managed by AWS",
      // https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html)
      condition: () => fromDatabase && !context.dnsMode,
      message: () => 'customDomainNameFromDatabase needs mode DNS: an ARN resource configuration takes its database names from RDS, and AWS documents custom domain names for SINGLE (DNS) configurations only; got mode \'ARN\'',
    },
    {
      // "VPC Lattice does not create a resource endpoint if [...] For domain-name targets: DNS
      // resolution is set to IN_VPC on the resource gateway. The custom domain name or group domain is
      // the same or higher-level domain of the domain-name target" (Access a resource through a resource
      // VPC endpoint, https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html), and
      // no private hosted zone entry either (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
      condition: () => context.dnsMode && context.gatewayInVpc && (fromDatabase || isSameOrParentDomain(custom, safely(context.target))),
      message: () => `${fromDatabase ? 'customDomainNameFromDatabase' : `customDomainName ${show(custom, scope)}`} is the same as or a parent domain of the database hostname `
        + `${show(safely(context.target), scope)}, and resourceGateway ${show(context.gatewayPath)} resolves it IN_VPC: VPC Lattice creates no resource endpoint and no private hosted zone entry `
        + 'for such a configuration. Use a gateway with resourceConfigDnsResolution PUBLIC (the default: an RDS hostname resolves in public DNS), or another custom domain name',
    },
    ruleFromCheck(() => validateString('domainVerificationId', verification, scope)),
    {
      condition: () => typeof verification === 'string' && !isUnresolved(verification) && !DOMAIN_VERIFICATION_ID.test(verification),
      message: () => `domainVerificationId must be the id of a VPC Lattice domain verification, 'dv-' and 17 lowercase letters or digits such as 'dv-0123456789abcdef0', got ${show(verification)}`,
    },
    {
      // DomainVerificationId: "The domain verification ID of your verified custom domain name"
      // (CreateResourceConfiguration, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
      condition: () => verification !== undefined && custom === undefined && !fromDatabase,
      message: () => `domainVerificationId needs customDomainName: a domain verification proves that you own the custom domain name of the configuration; got domainVerificationId ${show(verification, scope)} without one`,
    },
    {
      // verification is "a TXT record in your DNS zone" of the domain (Create and verify a domain,
      // https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-and-verify.html): nobody but AWS can
      // write to the zone of amazonaws.com, which holds every RDS endpoint hostname
      condition: () => verification !== undefined && (fromDatabase || isAwsDomain(custom)),
      message: () => `domainVerificationId cannot verify ${fromDatabase ? 'the database hostname (customDomainNameFromDatabase)' : `customDomainName ${show(custom, scope)}`}: `
        + 'a verification needs a TXT record in the DNS zone of the domain, and only AWS writes to amazonaws.com. Leave domainVerificationId out: consumers list the name in their private DNS preference instead',
    },
  ];
}

/** The value of `read`, or undefined when it throws (another rule reports why). */
function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
