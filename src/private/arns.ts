import { ArnRules } from './validation';

/*
 * The ARN formats the library takes, part by part (checked by `validateArn`). Sources:
 * - VPC Lattice ids are a prefix and 17 lowercase letters or digits: "Pattern:
 *   ((rgw-[0-9a-z]{17})|(arn:...:resourcegateway/rgw-[0-9a-z]{17}))" (API Reference, GetResourceGateway,
 *   https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetResourceGateway.html; the same for
 *   rcfg- in GetResourceConfiguration, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetResourceConfiguration.html;
 *   sn- in the AWS::VpcLattice::AuthPolicy ResourceIdentifier pattern,
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html).
 * - VPC Lattice: Service Authorization Reference, Amazon VPC Lattice, resource types
 *   (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html):
 *   `arn:${Partition}:vpc-lattice:${Region}:${Account}:resourcegateway/${ResourceGatewayId}`,
 *   `...:resourceconfiguration/${ResourceConfigurationId}`, `...:servicenetwork/${ServiceNetworkId}`.
 * - AWS RAM: `arn:${Partition}:ram:${Region}:${Account}:resource-share/${ResourcePath}`
 *   (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourceaccessmanagerram.html).
 * - AWS Organizations: `arn:${Partition}:organizations::${Account}:organization/o-${OrganizationId}`
 *   and `...:ou/o-${OrganizationId}/ou-${OrganizationalUnitId}`, no region
 *   (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html);
 *   the id patterns are those of the Organizations API (Organization.Id `^o-[a-z0-9]{10,32}$`,
 *   OrganizationalUnit.Id `^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`,
 *   https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html).
 * - IAM: `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` and `...:user/...`, no region
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 */

/** `arn:aws:vpc-lattice:<region>:<account>:resourcegateway/rgw-...` */
export const RESOURCE_GATEWAY_ARN: ArnRules = {
  service: 'vpc-lattice',
  regional: true,
  resource: /^resourcegateway\/rgw-[0-9a-z]{17}$/,
  example: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123456789abcdef0',
};

/** `arn:aws:vpc-lattice:<region>:<account>:resourceconfiguration/rcfg-...` */
export const RESOURCE_CONFIGURATION_ARN: ArnRules = {
  service: 'vpc-lattice',
  regional: true,
  resource: /^resourceconfiguration\/rcfg-[0-9a-z]{17}$/,
  example: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0',
};

/** `arn:aws:vpc-lattice:<region>:<account>:servicenetwork/sn-...` */
export const SERVICE_NETWORK_ARN: ArnRules = {
  service: 'vpc-lattice',
  regional: true,
  resource: /^servicenetwork\/sn-[0-9a-z]{17}$/,
  example: 'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0',
};

/** `arn:aws:ram:<region>:<account>:resource-share/<uuid>` */
export const RESOURCE_SHARE_ARN: ArnRules = {
  service: 'ram',
  regional: true,
  resource: /^resource-share\/[A-Za-z0-9-]+$/,
  example: 'arn:aws:ram:us-east-1:111111111111:resource-share/0123abcd-4567-89ef-0123-456789abcdef',
};

/** `arn:aws:organizations::<management account>:organization/o-...` */
export const ORGANIZATION_ARN: ArnRules = {
  service: 'organizations',
  regional: false,
  resource: /^organization\/o-[a-z0-9]{10,32}$/,
  example: 'arn:aws:organizations::111111111111:organization/o-exampleorg1',
};

/** `arn:aws:organizations::<management account>:ou/o-.../ou-...-...` */
export const ORGANIZATIONAL_UNIT_ARN: ArnRules = {
  service: 'organizations',
  regional: false,
  resource: /^ou\/o-[a-z0-9]{10,32}\/ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/,
  example: 'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou',
};

/**
 * An IAM role or user, with a path, and `*` or `?` wildcards where a policy's
 * `aws:PrincipalArn` condition (`ArnLike`) allows them:
 * `arn:aws:iam::<account>:role/<path/><name>`.
 */
export const IAM_PRINCIPAL_ARN: ArnRules = {
  service: 'iam',
  regional: false,
  resource: /^(role|user)\/([\w+=,.@*?-]+\/)*[\w+=,.@*?-]{1,64}$/,
  example: 'arn:aws:iam::222222222222:role/reporting-app',
};

/**
 * A CloudWatch Logs log group: `arn:aws:logs:<region>:<account>:log-group:<name>`, with or
 * without the trailing `:*` ("Log group ... arn:aws:logs:region:account-id:log-group:log_group_name"
 * and "...:log_group_name:*", CloudWatch Logs User Guide, CloudWatch Logs resources and
 * operations, https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
 * The only destination the library takes, of those an access log subscription supports
 * ("CloudWatch Log groups, Kinesis Data Firehose delivery streams, and Amazon S3 buckets",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-accesslogsubscription.html).
 */
export const LOG_GROUP_ARN: ArnRules = {
  service: 'logs',
  regional: true,
  resource: /^log-group:[^:]+(:\*)?$/,
  example: 'arn:aws:logs:us-east-1:111111111111:log-group:lattice-access-logs:*',
};
