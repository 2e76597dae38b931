import { Annotations, ArnFormat, Stack, Token, TokenComparison } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { SharePrincipal, SharePrincipalType } from './cross-account-share';
import { IAM_PRINCIPAL_ARN } from './private/arns';
import { iamPrincipalFor, validateSharePrincipals } from './private/principals';
import { ValidationRule, ruleFromCheck, throwIfAny } from './private/rules';
import { isUnresolved, show, validateArn, validateAtMostOne, validateBoolean, validateConstruct, validateEntries, validatePropsObject } from './private/validation';

/**
 * Properties of a `DatabaseConsumerAccess`. Give `databaseUsers`, `secret`, or both.
 */
export interface DatabaseConsumerAccessProps {
  /**
   * The accounts, organizations or organizational units the database is shared with.
   * Who in them may use the access is `principalArns` (or, explicitly, any principal:
   * `allowAnyPrincipalOfConsumers`).
   *
   * These are the same `SharePrincipal` values that `CrossAccountShareProps.principals`
   * takes: give the access the principals of the share that shares the database.
   */
  readonly consumers: SharePrincipal[];

  /**
   * Exactly which IAM roles (or users) of the consumers may assume `role` and read
   * `secret`, by ARN: `arn:aws:iam::222222222222:role/reporting-app`. A path and `*` or `?`
   * wildcards in the name are allowed (`role/reporting/*`); the account must be a literal
   * 12-digit id. Each ARN must be in an account of `consumers` (when every consumer is an
   * account); with organizations or OUs, a principal must also be in them.
   *
   * The policies name each consumer account (or `*` with the organization condition) as
   * principal and add `ArnLike` on `aws:PrincipalArn`, which "For IAM roles, [...] returns the
   * ARN of the role" (IAM User Guide, AWS global condition context keys,
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn),
   * so the named roles need not exist when the provider deploys.
   *
   * @default - none: give this, or `allowAnyPrincipalOfConsumers: true`
   */
  readonly principalArns?: string[];

  /**
   * Let any principal of the consumers assume `role` and read `secret`: any principal that
   * a consumer account's own IAM policies allow, any principal of a consumer organization or
   * OU. Synth warns. Name exactly who with `principalArns` instead.
   * @default false
   */
  readonly allowAnyPrincipalOfConsumers?: boolean;

  /**
   * The external id consumers must pass when they assume the role
   * (2-1224 characters: letters, digits and `+=,.@:/-_`). Only with `databaseUsers`.
   * @default - no external id condition
   */
  readonly externalId?: string;

  /**
   * Database users the consumers may log in as with IAM database authentication.
   * Creates a role in this account holding `rds-db:connect` for these users, which the
   * consumers assume. Each user must exist in the database with IAM authentication
   * (PostgreSQL: `GRANT rds_iam TO <user>`; MySQL: `IDENTIFIED WITH AWSAuthenticationPlugin`),
   * and the database must have IAM authentication enabled.
   * @default - no role: no IAM database authentication
   */
  readonly databaseUsers?: string[];

  /**
   * The database instance the users belong to. Give exactly one of `instance` and
   * `cluster` with `databaseUsers`.
   * @default - none: give `cluster` instead when `databaseUsers` are named
   */
  readonly instance?: rds.IDatabaseInstance;

  /**
   * The database cluster the users belong to. Give exactly one of `instance` and
   * `cluster` with `databaseUsers`.
   * @default - none: give `instance` instead when `databaseUsers` are named
   */
  readonly cluster?: rds.IDatabaseCluster;

  /**
   * The name of the role, so that consumers can write its ARN
   * (`arn:aws:iam::<this account>:role/<roleName>`) before it exists.
   * @default - a name CloudFormation generates (read it from `roleArn`)
   */
  readonly roleName?: string;

  /**
   * A database secret the consumers may read across accounts: the secret of a
   * least-privileged database user, not the master user's (synth warns when it is the
   * master secret of a database in this stack). Gets a resource policy allowing
   * `secretsmanager:GetSecretValue` and `secretsmanager:DescribeSecret` to `principalArns`
   * (or, with `allowAnyPrincipalOfConsumers`, to any principal of the consumers).
   * @default - no secret access
   */
  readonly secret?: secretsmanager.ISecret;

  /**
   * The customer managed KMS key that encrypts `secret`. Its key policy gets
   * `kms:Decrypt` for the consumers through Secrets Manager only. A secret encrypted
   * with the AWS managed key cannot be read from another account.
   * @default - `secret.encryptionKey`; an error if the secret has none
   */
  readonly encryptionKey?: kms.IKey;
}

const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const DATABASE_USER = /^[A-Za-z_][A-Za-z0-9_$.@-]{0,62}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/**
 * Lets principals of other accounts authenticate to a database shared with them.
 * Network access through VPC Lattice does not authenticate anyone: this does.
 *
 * - With `databaseUsers`: an IAM role in this (the database's) account that the
 *   named principals of the consumers (`principalArns`) may assume (with `sts:ExternalId` when `externalId` is set), holding
 *   `rds-db:connect` for exactly those users. A consumer assumes it and signs an IAM
 *   authentication token (valid 15 minutes) with the role's credentials.
 * - With `secret`: a secret resource policy and a KMS key policy statement letting the
 *   named principals read the secret through Secrets Manager.
 *
 * Consumers still need their own IAM policies to call `sts:AssumeRole` on `roleArn`, or
 * `secretsmanager:GetSecretValue` on the secret and `kms:Decrypt` on the key.
 *
 * @example
 * declare const instance: rds.DatabaseInstance;
 * const access = new DatabaseConsumerAccess(this, 'ConsumerAccess', {
 *   consumers: [SharePrincipal.account('222222222222')],
 *   principalArns: ['arn:aws:iam::222222222222:role/reporting-app'],
 *   databaseUsers: ['reporting'],
 *   instance,
 *   externalId: 'reporting-app',
 * });
 */
export class DatabaseConsumerAccess extends Construct {
  /**
   * The accounts, organizations or organizational units the access is for: the same
   * `SharePrincipal` values as a `CrossAccountShare`'s principals.
   */
  public readonly consumers: SharePrincipal[];

  /** The ARNs of the consumer principals that may use the access (empty with `allowAnyPrincipalOfConsumers`). */
  public readonly principalArns: string[];

  /** The database users the role may log in as (empty without `databaseUsers`). */
  public readonly databaseUsers: string[];

  /** The role consumers assume for IAM database authentication, with `databaseUsers`. */
  public readonly role?: iam.IRole;

  /** The ARN of `role`, with `databaseUsers`. */
  public readonly roleArn?: string;

  /** The name of `role`, with `databaseUsers`. */
  public readonly roleName?: string;

  /** The secret consumers may read, with `secret`. */
  public readonly secret?: secretsmanager.ISecret;

  /** The KMS key of `secret`, with `secret`. */
  public readonly encryptionKey?: kms.IKey;

  /** The `dbuser` resource id: the instance's `DbiResourceId` or the cluster's resource id. */
  private readonly databaseResourceId?: string;

  /** An IAM principal per consumer, narrowed to `principalArns`. */
  private readonly narrowedConsumers: iam.IPrincipal[];

  /** The resource policy this construct writes for an imported secret. */
  private secretPolicy?: iam.PolicyDocument;

  constructor(scope: Construct, id: string, props: DatabaseConsumerAccessProps) {
    // type guards, before anything is created: the rules below read what they check
    validatePropsObject('DatabaseConsumerAccess', 'consumers', props, scope);
    validateSharePrincipals('consumers', props.consumers, scope);
    validateEntries('databaseUsers', props.databaseUsers, 'a database user name');
    validateEntries('principalArns', props.principalArns, 'an IAM role or user ARN');
    validateBoolean('allowAnyPrincipalOfConsumers', props.allowAnyPrincipalOfConsumers);
    validateConstruct('instance', props.instance, 'an rds.IDatabaseInstance (a construct or an import)', [], scope);
    validateConstruct('cluster', props.cluster, 'an rds.IDatabaseCluster (a construct or an import)', [], scope);
    validateConstruct('secret', props.secret, 'a secretsmanager.ISecret (a construct or an import)', [], scope);
    validateConstruct('encryptionKey', props.encryptionKey, 'a kms.IKey (a construct or an import)', [], scope);
    // the value rules, every broken one reported at once
    throwIfAny('DatabaseConsumerAccess', [
      ...consumerRules(props, scope),
      ...principalArnRules(props, scope),
      ...roleRules(props),
      ...databaseRules(props),
      ...secretRules(props, scope),
    ]);

    super(scope, id);
    this.consumers = [...props.consumers];
    this.databaseUsers = props.databaseUsers ? [...props.databaseUsers] : [];
    this.principalArns = props.principalArns ? [...props.principalArns] : [];
    if (props.principalArns === undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:anyPrincipalOfConsumers',
        `allowAnyPrincipalOfConsumers is true: any principal of ${props.consumers.map(c => show(c.principal, this)).join(', ')} that its own IAM policies allow may `
        + `${purpose(props)}. Name exactly who with principalArns instead.`);
    }
    this.narrowedConsumers = narrowedPrincipals(this.consumers, this.principalArns);

    if (props.databaseUsers !== undefined) {
      // the rules made sure there is one database, with a resource id
      this.databaseResourceId = databaseResourceIdOf(props.instance, props.cluster)!;

      const principals = this.narrowedConsumers.map(p => withExternalId(p, props.externalId));
      const role = new iam.Role(this, 'Role', {
        roleName: props.roleName,
        assumedBy: principals[0],
        description: `IAM database authentication for ${this.databaseUsers.join(', ')} from other accounts`,
      });
      for (const principal of principals.slice(1)) {
        role.assumeRolePolicy!.addStatements(new iam.PolicyStatement({
          actions: ['sts:AssumeRole'],
          principals: [principal],
        }));
      }
      // a customer managed policy rather than an inline one (cdk-nag IAMNoInlinePolicy)
      new iam.ManagedPolicy(this, 'ConnectPolicy', {
        description: `rds-db:connect as ${this.databaseUsers.join(', ')}`,
        roles: [role],
        statements: [new iam.PolicyStatement({
          actions: ['rds-db:connect'],
          resources: this.dbUserArns(this.databaseUsers),
        })],
      });
      this.role = role;
      this.roleArn = role.roleArn;
      this.roleName = role.roleName;
    }

    if (props.secret === undefined) {
      return;
    }
    // the rules made sure there is a key
    const key = (props.encryptionKey ?? props.secret.encryptionKey)!;
    this.secret = props.secret;
    this.encryptionKey = key;
    const database = masterSecretOwner(props.secret);
    if (database !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:sharesMasterSecret',
        `secret ${show(props.secret.node.path)} is the master user secret of database ${show(database)}: whoever reads it across accounts is the database's administrator. `
        + 'Share the secret of a least-privileged database user (rds.DatabaseSecret with masterSecret), or use IAM database authentication (databaseUsers).');
    }
    this.allowSecretRead(props.secret, key);
  }

  /**
   * Grants `rds-db:connect` as the given database users (by default every user in
   * `databaseUsers`) to a principal of this account, such as a Lambda function's role
   * next to the database. For principals of other accounts, use `role` instead: the
   * grant is added to the grantee's own policy, which this account cannot write for them.
   */
  public grantConnect(grantee: iam.IGrantable, ...users: string[]): iam.Grant {
    if (this.databaseResourceId === undefined) {
      throw new Error('grantConnect needs databaseUsers with an instance or cluster');
    }
    const names = users.length > 0 ? users : this.databaseUsers;
    throwIfAny('DatabaseConsumerAccess', databaseUserRules(names));
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['rds-db:connect'],
      resourceArns: this.dbUserArns(names),
    });
  }

  /**
   * Grants reading `secret` (`secretsmanager:GetSecretValue`, `secretsmanager:DescribeSecret`,
   * and `kms:Decrypt` on its key through Secrets Manager) to one more principal. A principal
   * of this account gets it in its own policy; one of another account
   * (`new iam.AccountPrincipal('222222222222')`, an `iam.ArnPrincipal`) gets it in the
   * secret's resource policy and the key policy, and still needs its own IAM policy there.
   */
  public grantSecretRead(grantee: iam.IGrantable): iam.Grant {
    if (this.secret === undefined || this.encryptionKey === undefined) {
      throw new Error('grantSecretRead needs secret');
    }
    const grant = this.secret.grantRead(grantee);
    if (this.secretPolicy !== undefined && grant.resourceStatement !== undefined) {
      // an imported secret ignores resource statements: they go into the policy written here
      this.secretPolicy.addStatements(grant.resourceStatement);
    }
    if (this.secret.encryptionKey !== undefined) {
      return grant;
    }
    const keyGrant = this.encryptionKey.grantDecrypt(new kms.ViaServicePrincipal(
      `secretsmanager.${Stack.of(this).region}.amazonaws.com`, grantee.grantPrincipal));
    return grant.combine(keyGrant);
  }

  private dbUserArns(users: string[]): string[] {
    return users.map(user => Stack.of(this).formatArn({
      service: 'rds-db',
      resource: 'dbuser',
      resourceName: `${this.databaseResourceId}/${user}`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    }));
  }

  private allowSecretRead(secret: secretsmanager.ISecret, key: kms.IKey): void {
    const principals = this.narrowedConsumers;
    const statements = principals.map(principal => new iam.PolicyStatement({
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resources: ['*'],
      principals: [principal],
    }));
    const added = statements.every(statement => secret.addToResourcePolicy(statement).statementAdded);
    if (!added) {
      if (Token.compareStrings(secret.env.account, Stack.of(this).account) === TokenComparison.DIFFERENT) {
        throw new Error(`secret ${show(secret.secretArn)} belongs to account ${show(secret.env.account)}: its resource policy can only be written in that account`);
      }
      // An imported secret of this account, such as the master secret that RDS manages for
      // SecureDatabaseAccess: write its resource policy as a resource of its own.
      this.secretPolicy = new iam.PolicyDocument({ statements });
      new secretsmanager.CfnResourcePolicy(this, 'SecretResourcePolicy', {
        secretId: secret.secretArn,
        resourcePolicy: this.secretPolicy,
        blockPublicPolicy: true,
      });
    }
    for (const principal of principals) {
      const result = key.addToResourcePolicy(new iam.PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: ['*'],
        principals: [principal],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${Stack.of(this).region}.amazonaws.com` } },
      }), true);
      if (!result.statementAdded) {
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:keyPolicyNotAdded',
          `encryptionKey ${show(key.node.path)} is imported: add kms:Decrypt for the consumers (kms:ViaService secretsmanager) to its key policy yourself.`);
        break;
      }
    }
  }
}

function withExternalId(principal: iam.IPrincipal, externalId: string | undefined): iam.IPrincipal {
  if (externalId === undefined) {
    return principal;
  }
  return new iam.PrincipalWithConditions(principal, { StringEquals: { 'sts:ExternalId': externalId } });
}

/** What the consumers' principals may do, as the messages say it. */
function purpose(props: DatabaseConsumerAccessProps): string {
  return props.databaseUsers !== undefined ? 'assume the database role' : 'read the secret';
}


/** Whom the access is for and what it gives them. */
function consumerRules(props: DatabaseConsumerAccessProps, scope: Construct): ValidationRule[] {
  return [
    {
      condition: () => props.consumers.length === 0,
      message: () => `consumers must name at least one account, organization or organizational unit, got ${show(props.consumers, scope)}`,
    },
    {
      condition: () => props.databaseUsers === undefined && props.secret === undefined,
      message: () => 'Give databaseUsers (IAM database authentication), secret (cross-account secret read), or both; got neither',
    },
  ];
}

/**
 * `principalArns`: each an IAM role or user ARN of a literal account that `consumers`
 * name (when every consumer is an account), no repeats; or none with
 * `allowAnyPrincipalOfConsumers`. Giving neither or both is refused.
 */
function principalArnRules(props: DatabaseConsumerAccessProps, scope: Construct): ValidationRule[] {
  const arns = props.principalArns;
  const any = props.allowAnyPrincipalOfConsumers === true;
  const accounts = props.consumers.every(c => c.type === SharePrincipalType.ACCOUNT)
    ? props.consumers.map(c => c.principal)
    : undefined;
  return [
    {
      condition: () => arns === undefined && !any,
      message: () => 'principalArns must name the IAM roles of the consumer accounts that may '
        + `${purpose(props)} (such as 'arn:aws:iam::222222222222:role/reporting-app'), `
        + 'or set allowAnyPrincipalOfConsumers to true to let any principal of the consumers; got neither',
    },
    {
      condition: () => arns !== undefined && any,
      message: () => `Give principalArns or allowAnyPrincipalOfConsumers, not both; got principalArns ${show(arns, scope)} and allowAnyPrincipalOfConsumers true`,
    },
    {
      condition: () => arns !== undefined && !isUnresolved(arns) && arns.length === 0,
      message: () => 'principalArns must name at least one IAM role or user ARN, got []',
    },
    ...(arns ?? []).map((arn, index) => ruleFromCheck(() => validatePrincipalArn(`principalArns[${index}]`, arn, accounts, scope))),
    {
      condition: () => repeated(arns ?? []).length > 0,
      message: () => `principalArns must not repeat an ARN, got ${repeated(arns ?? []).map(a => show(a, scope)).join(', ')} twice`,
    },
  ];
}

/**
 * One principal ARN: literal where its account is, an IAM role or user ARN, of an account
 * in `accounts` (when every consumer is an account).
 */
function validatePrincipalArn(prop: string, arn: string, accounts: string[] | undefined, scope: Construct): void {
  if (isUnresolved(arn) && !(typeof arn === 'string' && arn.startsWith('arn:'))) {
    throw new Error(`${prop} must be a literal ARN (its account decides which consumer it belongs to), got ${show(arn, scope)}`);
  }
  validateArn(prop, arn, IAM_PRINCIPAL_ARN, scope);
  const account = arn.split(':')[4];
  if (Token.isUnresolved(account)) {
    throw new Error(`${prop} must name its account as a literal 12-digit id (it decides which consumer the principal belongs to), got ${show(arn, scope)}`);
  }
  if (accounts !== undefined && !Token.isUnresolved(account) && !accounts.some(a => Token.isUnresolved(a) || a === account)) {
    throw new Error(`${prop} must be a principal of an account in consumers (${accounts.map(a => show(a, scope)).join(', ')}), got ${show(arn, scope)} of account ${show(account)}`);
  }
}

/** The entries that appear more than once, each once. */
function repeated<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** The rules of the role created for `databaseUsers`. */
function roleRules(props: DatabaseConsumerAccessProps): ValidationRule[] {
  const { externalId, roleName } = props;
  const literal = (value: unknown) => value !== undefined && !isUnresolved(value);
  return [
    {
      condition: () => externalId !== undefined && props.databaseUsers === undefined,
      message: () => `externalId only applies to the role created for databaseUsers, got externalId ${show(externalId)} without databaseUsers`,
    },
    {
      // sts:ExternalId, "The regex used to validate this parameter is a string of characters
      // consisting of upper- and lower-case alphanumeric characters with no spaces. You can
      // also include underscores or any of the following characters: =,.@:/-", 2-1224 long
      // (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)
      condition: () => literal(externalId) && (typeof externalId !== 'string' || !EXTERNAL_ID.test(externalId)),
      message: () => `externalId must be 2-1224 characters of letters, digits and +=,.@:/-_, got ${show(externalId)}`,
    },
    {
      condition: () => roleName !== undefined && props.databaseUsers === undefined,
      message: () => `roleName only applies to the role created for databaseUsers, got roleName ${show(roleName)} without databaseUsers`,
    },
    {
      // RoleName, "Length Constraints: Minimum length of 1. Maximum length of 64. Pattern: [\w+=,.@-]+"
      // (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html)
      condition: () => literal(roleName) && (typeof roleName !== 'string' || !ROLE_NAME.test(roleName)),
      message: () => `roleName must be 1-64 characters of letters, digits and +=,.@-_, got ${show(roleName)}`,
    },
  ];
}

/** The rules of `databaseUsers` and the database (`instance` or `cluster`) they belong to. */
function databaseRules(props: DatabaseConsumerAccessProps): ValidationRule[] {
  const { databaseUsers: users, instance, cluster } = props;
  const oneDatabase = (instance === undefined) !== (cluster === undefined);
  return [
    ruleFromCheck(() => validateAtMostOne({ instance, cluster })),
    {
      condition: () => users === undefined && (instance !== undefined || cluster !== undefined),
      message: () => `${instance !== undefined ? 'instance' : 'cluster'} only applies with databaseUsers, got ${instance !== undefined ? 'instance' : 'cluster'} ${show(instance ?? cluster)} without databaseUsers`,
    },
    {
      condition: () => users !== undefined && users.length === 0,
      message: () => 'databaseUsers must name at least one database user, got []',
    },
    ...databaseUserRules(users ?? []),
    {
      condition: () => users !== undefined && instance === undefined && cluster === undefined,
      message: () => `databaseUsers ${show(users)} need the database they belong to: give instance or cluster`,
    },
    {
      // the dbuser ARN names the instance's DbiResourceId
      // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html)
      condition: () => users !== undefined && oneDatabase && instance !== undefined && databaseResourceIdOf(instance, undefined) === undefined,
      message: () => `instance ${show(instance)} has no instanceResourceId: import it with `
        + 'rds.DatabaseInstance.fromDatabaseInstanceAttributes({ instanceResourceId: \'db-...\', ... })',
    },
    {
      // or, for an Aurora cluster, the cluster's resource id (same page)
      condition: () => users !== undefined && oneDatabase && cluster !== undefined && databaseResourceIdOf(undefined, cluster) === undefined,
      message: () => `cluster ${show(cluster)} has no clusterResourceIdentifier: import it with `
        + 'rds.DatabaseCluster.fromDatabaseClusterAttributes({ clusterResourceIdentifier: \'cluster-...\', ... })',
    },
  ];
}

/** The rules of database user names, in `databaseUsers` or given to `grantConnect`. Tokens are accepted as they are. */
function databaseUserRules(users: readonly string[]): ValidationRule[] {
  const literal = users.filter(user => !Token.isUnresolved(user));
  const bad = [...new Set(literal.filter(user => !DATABASE_USER.test(user)))];
  return [
    {
      condition: () => bad.length > 0,
      message: () => `databaseUsers must hold user names of 1-63 letters, digits and _$.@- starting with a letter or _, got ${bad.map(user => show(user)).join(', ')}`,
    },
    {
      condition: () => repeated(literal).length > 0,
      message: () => `databaseUsers must not repeat a user, got ${repeated(literal).map(user => show(user)).join(', ')} twice`,
    },
  ];
}

/** The rules of `secret` and `encryptionKey`. */
function secretRules(props: DatabaseConsumerAccessProps, scope: Construct): ValidationRule[] {
  const { secret, encryptionKey } = props;
  return [
    {
      condition: () => secret === undefined && encryptionKey !== undefined,
      message: () => `encryptionKey only applies with secret, got encryptionKey ${show(encryptionKey, scope)} without secret`,
    },
    {
      condition: () => secret !== undefined && encryptionKey === undefined && secret.encryptionKey === undefined,
      message: () => `encryptionKey is required: secret ${show(secret, scope)} has no customer managed KMS key, `
        + 'and a secret encrypted with the AWS managed key cannot be read from another account. '
        + 'Create the secret with a kms.Key (encryptionKey) and pass it here.',
    },
    {
      condition: () => secret !== undefined && encryptionKey !== undefined && secret.encryptionKey !== undefined
        && secret.encryptionKey !== encryptionKey,
      message: () => `encryptionKey ${show(encryptionKey, scope)} is not the key of secret ${show(secret, scope)} `
        + `(${show(secret?.encryptionKey, scope)}): leave encryptionKey out`,
    },
  ];
}

/**
 * The `dbuser` resource id of the database: the instance's `instanceResourceId` or the
 * cluster's `clusterResourceIdentifier`; `undefined` when the import has none.
 */
function databaseResourceIdOf(instance?: rds.IDatabaseInstance, cluster?: rds.IDatabaseCluster): string | undefined {
  if (instance !== undefined) {
    return instance.instanceResourceId;
  }
  try {
    // an imported cluster without the attribute throws on access
    return cluster?.clusterResourceIdentifier;
  } catch {
    return undefined;
  }
}

/**
 * One IAM principal per consumer (see `iamPrincipalFor`), narrowed with `ArnLike` on
 * `aws:PrincipalArn` to the principal ARNs that can belong to it: an account gets the
 * ARNs of that account; an organization or OU gets all of them (membership is checked by
 * its own condition). A consumer account with none of the ARNs gets no statement at all.
 * With no ARNs (`allowAnyPrincipalOfConsumers`) the principals stay as they are.
 */
function narrowedPrincipals(consumers: SharePrincipal[], principalArns: string[]): iam.IPrincipal[] {
  if (principalArns.length === 0) {
    return consumers.map(iamPrincipalFor);
  }
  const accountOf = (arn: string) => arn.split(':')[4];
  const narrowed: iam.IPrincipal[] = [];
  for (const consumer of consumers) {
    const arns = consumer.type === SharePrincipalType.ACCOUNT && !Token.isUnresolved(consumer.principal)
      ? principalArns.filter(arn => Token.isUnresolved(accountOf(arn)) || accountOf(arn) === consumer.principal)
      : principalArns;
    if (arns.length > 0) {
      narrowed.push(new iam.PrincipalWithConditions(iamPrincipalFor(consumer), { ArnLike: { 'aws:PrincipalArn': arns } }));
    }
  }
  return narrowed;
}

/**
 * The path of the DB instance or cluster in the secret's stack whose master user password
 * the secret holds: a password RDS manages (`MasterUserSecret.SecretArn`), or a secret the
 * template resolves into `MasterUserPassword`. Undefined when it is none of them.
 */
function masterSecretOwner(secret: secretsmanager.ISecret): string | undefined {
  const stack = Stack.of(secret);
  const attachment = secret.node.defaultChild;
  const identity = JSON.stringify(stack.resolve(secretsmanager.CfnSecretTargetAttachment.isCfnSecretTargetAttachment(attachment)
    ? attachment.secretId : secret.secretArn));
  for (const c of stack.node.findAll()) {
    const candidates = rds.CfnDBInstance.isCfnDBInstance(c) || rds.CfnDBCluster.isCfnDBCluster(c)
      ? [c.masterUserPassword, c.manageMasterUserPassword ? c.attrMasterUserSecretSecretArn : undefined]
      : [];
    if (candidates.some(v => v !== undefined && JSON.stringify(stack.resolve(v)).includes(identity))) {
      return c.node.scope?.node.path ?? c.node.path;
    }
  }
  return undefined;
}
