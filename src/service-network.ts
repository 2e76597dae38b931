import { IResource } from 'aws-cdk-lib';

/**
 * A VPC Lattice service network.
 */
export interface IServiceNetwork extends IResource {
  /**
   * The id of the service network, such as `sn-0123456789abcdef0`.
   * @attribute
   */
  readonly serviceNetworkId: string;

  /**
   * The ARN of the service network.
   * @attribute
   */
  readonly serviceNetworkArn: string;
}
