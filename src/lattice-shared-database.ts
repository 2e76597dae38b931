import { IResource } from 'aws-cdk-lib';

/**
 * A VPC Lattice resource configuration that exposes a database.
 */
export interface IResourceConfiguration extends IResource {
  /**
   * The id of the resource configuration, such as `rcfg-0123456789abcdef0`.
   * @attribute
   */
  readonly resourceConfigurationId: string;

  /**
   * The ARN of the resource configuration.
   * @attribute
   */
  readonly resourceConfigurationArn: string;

  /**
   * The TCP port consumers connect to, when known.
   */
  readonly port?: number;
}
