import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { ValidationRule } from './rules';
import { isUnresolved, show } from './validation';

/**
 * How a consumer's private DNS settings make the custom domain name of a shared resource
 * configuration resolve to its endpoint in the consumer VPC.
 *
 * The facts (VPC Lattice User Guide, Resource configurations, Custom domain names for resource
 * consumers, https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html):
 * - "By default, the private DNS preference is set to VERIFIED_DOMAINS_ONLY. This means that
 *   private hosted zones are created only if the custom domain name has been verified by the
 *   resource provider."
 * - "If you set your private DNS preference to ALL_DOMAINS or SPECIFIED_DOMAINS_ONLY then VPC
 *   Lattice creates private hosted zones regardless of the verification status of the custom
 *   domain name"; VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS provisions zones "for all verified custom
 *   domain names and other domain names that the resource consumer specifies".
 * - Specified domains are "a fully qualified domain name, such as my.example.com or [...] a
 *   wildcard such as *.example.com".
 * An RDS endpoint hostname lies under amazonaws.com, which no provider can verify: it resolves
 * only with ALL_DOMAINS or a preference that lists it.
 */

/** A preference, as the string CloudFormation takes (the values of `PrivateDnsPreference`). */
type Preference = 'VERIFIED_DOMAINS_ONLY' | 'ALL_DOMAINS' | 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS' | 'SPECIFIED_DOMAINS_ONLY' | string;

/** A custom domain name the consumer needs resolved. */
export interface NeededDomain {
  /** the domain name (a token is fine) */
  readonly name: string;
  /** how messages name where it came from, such as `customDomainName` */
  readonly from: string;
  /**
   * whether the provider has a domain verification for it: true when its configuration (of this
   * app) names one, false when it cannot have one (a name under amazonaws.com), undefined when unknown
   */
  readonly verified?: boolean;
}

/** The private DNS settings as given. */
export interface GivenDnsOptions {
  readonly privateDnsEnabled?: boolean;
  readonly privateDnsPreference?: Preference;
  readonly privateDnsSpecifiedDomains?: string[];
}

/** What the endpoint or association writes, and which needed names it resolves. */
export interface ChosenDnsOptions {
  /** the DNS options to write; undefined leaves the service default (VERIFIED_DOMAINS_ONLY) */
  readonly dnsOptions?: { readonly privateDnsPreference?: string; readonly privateDnsSpecifiedDomains?: string[] };
  /** the needed names that private DNS resolves to the endpoint with these options */
  readonly resolved: NeededDomain[];
  /** the needed names it does not, each with the reason */
  readonly unresolved: Array<[NeededDomain, string]>;
}

/** The preference the library chooses for needed names when none is given. */
export const CHOSEN_PREFERENCE = 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS';

/**
 * Chooses the DNS options. With a preference or specified domains given, they are written as
 * given. Otherwise, when names are needed that the service default would not resolve (not known to
 * be verified), the library writes VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS with exactly those
 * names: what the default resolves, plus them. Then it says which needed names resolve.
 *
 * @param given the DNS props as given
 * @param needed the custom domain names applications connect by
 * @param names the list to write as specified domains (a token list as it is)
 */
export function chooseDnsOptions(given: GivenDnsOptions, needed: NeededDomain[], names: string[] = needed.map(d => d.name)): ChosenDnsOptions {
  const enabled = given.privateDnsEnabled !== false;
  let preference = given.privateDnsPreference;
  let domains = given.privateDnsSpecifiedDomains;
  let dnsOptions: ChosenDnsOptions['dnsOptions'];
  if (preference !== undefined || domains !== undefined) {
    dnsOptions = { privateDnsPreference: preference, privateDnsSpecifiedDomains: domains };
  } else if (enabled && needed.some(d => d.verified !== true)) {
    preference = CHOSEN_PREFERENCE;
    domains = names;
    dnsOptions = { privateDnsPreference: preference, privateDnsSpecifiedDomains: domains };
  }
  const resolved: NeededDomain[] = [];
  const unresolved: Array<[NeededDomain, string]> = [];
  for (const domain of needed) {
    const reason = whyNotResolved(enabled, preference ?? 'VERIFIED_DOMAINS_ONLY', domains, domain);
    if (reason === undefined) {
      resolved.push(domain);
    } else {
      unresolved.push([domain, reason]);
    }
  }
  return { dnsOptions, resolved, unresolved };
}

/** Why private DNS with these settings gives the needed name no private hosted zone, or undefined. */
function whyNotResolved(enabled: boolean, preference: Preference, domains: string[] | undefined, domain: NeededDomain): string | undefined {
  if (!enabled) {
    return 'privateDnsEnabled is false';
  }
  const listed = domains !== undefined && (isUnresolved(domains) || domains.some(d => covers(d, domain.name)));
  switch (preference) {
    case 'ALL_DOMAINS':
      return undefined;
    case 'SPECIFIED_DOMAINS_ONLY':
      return listed ? undefined : 'privateDnsPreference SPECIFIED_DOMAINS_ONLY and privateDnsSpecifiedDomains does not list it';
    case 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS':
      return listed || domain.verified !== false ? undefined
        : 'it cannot be verified (only AWS writes to amazonaws.com) and privateDnsSpecifiedDomains does not list it';
    case 'VERIFIED_DOMAINS_ONLY':
      return domain.verified === true ? undefined
        : domain.verified === false ? 'privateDnsPreference VERIFIED_DOMAINS_ONLY, and it cannot be verified (only AWS writes to amazonaws.com)'
          : undefined; // unknown: the provider may have verified it
    default:
      return undefined; // refused by the enum rule
  }
}

/**
 * Whether a specified domain (a name, or `*.` and a domain) covers `name`; true when either is a
 * token, which cannot be compared at synth time.
 */
export function covers(specified: string, name: string): boolean {
  if (isUnresolved(specified) || isUnresolved(name)) {
    return true;
  }
  const s = specified.toLowerCase().replace(/\.$/, '');
  const n = name.toLowerCase().replace(/\.$/, '');
  return s.startsWith('*.') ? n.endsWith(s.slice(1)) : s === n;
}

/**
 * Whether a literal name lies under amazonaws.com, whose DNS zone only AWS writes to, so that no
 * provider can verify it (a domain verification is "a TXT record in your DNS zone", Create and
 * verify a domain, https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-and-verify.html).
 */
export function isUnverifiable(name: string): boolean {
  if (isUnresolved(name)) {
    return false;
  }
  const n = name.toLowerCase().replace(/\.$/, '');
  return n === 'amazonaws.com' || n.endsWith('.amazonaws.com');
}

/**
 * Private DNS needs the VPC attributes "Enable DNS hostnames and Enable DNS support" ("To use this
 * feature, ensure that the attributes Enable DNS hostnames and Enable DNS support are enabled for
 * your VPC", Access a resource through a resource VPC endpoint,
 * https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html). Known when the
 * VPC is created in this app (`ec2.Vpc` writes both): broken when the construct relies on private
 * DNS for a needed name and either attribute is false.
 */
export function vpcDnsAttributesRule(vpc: ec2.IVpc, needed: NeededDomain[], enabled: boolean, scope: IConstruct): ValidationRule {
  const resource = vpc.node.defaultChild;
  const cfnVpc = ec2.CfnVPC.isCfnVPC(resource) ? resource : undefined;
  const off = [
    cfnVpc?.enableDnsHostnames === false ? 'enableDnsHostnames' : undefined,
    cfnVpc?.enableDnsSupport === false ? 'enableDnsSupport' : undefined,
  ].filter((a): a is string => a !== undefined);
  return {
    condition: () => enabled && needed.length > 0 && off.length > 0,
    message: () => `vpc ${show(vpc.node.path)} has ${off.join(' and ')} false, but private DNS needs DNS hostnames and DNS support in the VPC to resolve `
      + `${needed.map(d => `${d.from} ${show(d.name, scope)}`).join(', ')} to the endpoint: turn both on for the VPC, or set privateDnsEnabled false and create the DNS records yourself`,
  };
}
