"""A Python CDK app on the built wheel, written the way a Python user writes one.

test/python/run.sh (npx projen test:python) runs this file under pytest in the virtual
environment of the README's Python app (dist/python/*.whl installed). The whole app (three
stacks) is synthesized once; the tests read the templates from that one cloud assembly.
"""
import os

# Built-in template validation costs seconds per synth and is not what this test is
# about. The jsii runtime copies the environment when aws_cdk is imported: set it first.
os.environ["CDK_VALIDATION"] = "false"

import aws_cdk as cdk  # noqa: E402
import pytest  # noqa: E402
from aws_cdk import aws_ec2 as ec2  # noqa: E402
from aws_cdk import aws_rds as rds  # noqa: E402
from aws_cdk.assertions import Match, Template  # noqa: E402

from cdk_lattice_shared_database import (  # noqa: E402
    CrossAccountShare,
    LatticeSharedDatabase,
    ResourceGateway,
    SecureDatabaseAccess,
    SharedDatabaseEndpoint,
    SharePrincipal,
    SharePrincipalType,
)

PROVIDER = cdk.Environment(account="111111111111", region="us-east-1")
CONSUMER = cdk.Environment(account="222222222222", region="us-east-1")
CONFIGURATION_ARN = (
    "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0"
)


def isolated_vpc(scope):
    return ec2.Vpc(
        scope,
        "Vpc",
        max_azs=2,
        nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ],
    )


@pytest.fixture(scope="module")
def app():
    """The app a Python user writes: the composite, the building blocks, the consumer."""
    app = cdk.App()

    # 1. The one-construct pattern, with only the required props.
    composite = cdk.Stack(app, "PythonComposite", env=PROVIDER)
    access = SecureDatabaseAccess(
        composite, "Access", consumers=[SharePrincipal.account("222222222222")]
    )

    # 2. The same pattern from the building blocks, around a database the user owns.
    provider = cdk.Stack(app, "PythonProvider", env=PROVIDER)
    vpc = isolated_vpc(provider)
    database = rds.DatabaseInstance(
        provider,
        "Database",
        engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_8),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        storage_encrypted=True,
    )
    gateway = ResourceGateway(provider, "Gateway", vpc=vpc, ipv4_addresses_per_eni=8)
    shared = LatticeSharedDatabase(
        provider, "SharedDatabase", resource_gateway=gateway, instance=database
    )
    share = CrossAccountShare(
        provider,
        "Share",
        principals=[SharePrincipal.account("222222222222")],
        resource_configurations=[shared],
    )

    # 3. The consumer account: an endpoint to the configuration shared with it.
    consumer = cdk.Stack(app, "PythonConsumer", env=CONSUMER)
    endpoint = SharedDatabaseEndpoint(
        consumer,
        "Endpoint",
        vpc=isolated_vpc(consumer),
        resource_configuration_arn=CONFIGURATION_ARN,
        port=3306,
    )

    assembly = app.synth()

    def template(stack):
        return Template.from_json(assembly.get_stack_by_name(stack.stack_name).template)

    return {
        "access": access,
        "gateway": gateway,
        "shared": shared,
        "share": share,
        "endpoint": endpoint,
        "composite": template(composite),
        "provider": template(provider),
        "consumer": template(consumer),
    }


def test_secure_database_access_deploys_the_whole_pattern(app):
    template = app["composite"]
    template.resource_count_is("AWS::VpcLattice::ResourceGateway", 1)
    template.resource_count_is("AWS::RDS::DBInstance", 1)
    template.has_resource_properties("AWS::RDS::DBInstance", {"StorageEncrypted": True})
    template.has_resource_properties(
        "AWS::VpcLattice::ResourceConfiguration",
        {"ResourceGatewayId": Match.any_value(), "PortRanges": ["3306"]},
    )
    template.has_resource_properties(
        "AWS::RAM::ResourceShare", {"Principals": ["222222222222"]}
    )
    access = app["access"]
    assert access.port == 3306
    assert access.share.resource_share_arn
    assert access.resource_gateway.resource_gateway_arn


def test_building_blocks_share_the_database_through_the_gateway(app):
    template = app["provider"]
    gateway = template.find_resources("AWS::VpcLattice::ResourceGateway")
    assert len(gateway) == 1
    gateway_id = next(iter(gateway))
    template.has_resource_properties(
        "AWS::VpcLattice::ResourceGateway",
        {"Ipv4AddressesPerEni": 8, "VpcIdentifier": {"Ref": Match.string_like_regexp("^Vpc")}},
    )
    template.has_resource_properties(
        "AWS::VpcLattice::ResourceConfiguration",
        {"ResourceGatewayId": {"Fn::GetAtt": [gateway_id, "Id"]}, "PortRanges": ["3306"]},
    )
    configurations = template.find_resources("AWS::VpcLattice::ResourceConfiguration")
    configuration_id = next(iter(configurations))
    template.has_resource_properties(
        "AWS::RAM::ResourceShare",
        {
            "Principals": ["222222222222"],
            "ResourceArns": [{"Fn::GetAtt": [configuration_id, "Arn"]}],
        },
    )
    # the database opens its port, and only that port, to the gateway's security group
    template.has_resource_properties(
        "AWS::EC2::SecurityGroupIngress",
        {"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306},
    )
    assert app["shared"].port == 3306
    assert cdk.Token.is_unresolved(app["shared"].resource_configuration_arn)


def test_consumer_endpoint_reaches_the_shared_configuration(app):
    app["consumer"].has_resource_properties(
        "AWS::EC2::VPCEndpoint",
        {"VpcEndpointType": "Resource", "ResourceConfigurationArn": CONFIGURATION_ARN},
    )
    endpoint = app["endpoint"]
    assert endpoint.port == 3306
    # connections is an ec2.Connections a Python user can open to their clients
    assert endpoint.connections.security_groups


def test_share_principal_account():
    principal = SharePrincipal.account("222222222222")
    assert principal.type == SharePrincipalType.ACCOUNT
    assert principal.principal == "222222222222"


def test_bad_input_raises_a_python_error_naming_the_prop():
    """The README's "Errors": a RuntimeError with the library's message, prop and value."""
    stack = cdk.Stack(cdk.App(), "Bad", env=PROVIDER)
    vpc = isolated_vpc(stack)
    with pytest.raises(RuntimeError) as error:
        ResourceGateway(stack, "Gateway", vpc=vpc, ipv4_addresses_per_eni=63)
    assert str(error.value) == "ipv4AddressesPerEni must be a whole number from 1 to 62, got 63"
    with pytest.raises(RuntimeError, match="SharePrincipal.account"):
        SharePrincipal.account("not-an-account")


def test_a_misspelt_struct_keyword():
    """The README's "Structs are classes": a TypeError from the class, a RuntimeError from a dict."""
    stack = cdk.Stack(cdk.App(), "Misspelt", env=PROVIDER)
    with pytest.raises(TypeError, match="unexpected keyword argument 'subnet_typ'"):
        ec2.SubnetConfiguration(name="Isolated", subnet_typ=ec2.SubnetType.PRIVATE_ISOLATED)
    with pytest.raises(RuntimeError) as error:
        ec2.Vpc(stack, "Vpc", subnet_configuration=[
            {"name": "Isolated", "subnet_typ": ec2.SubnetType.PRIVATE_ISOLATED},
        ])
    assert str(error.value).startswith(
        "Passed to parameter props of new aws-cdk-lib.aws_ec2.Vpc: "
        "Unable to deserialize value as aws-cdk-lib.aws_ec2.VpcProps | undefined"
    )
