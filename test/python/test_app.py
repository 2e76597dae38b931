"""A Python CDK app on the built wheel, written the way a Python user writes one.

test/python/run.sh (npx projen test:python) installs dist/python/*.whl into a new virtual
environment and runs this file under pytest. The app is synthesized once per module.
"""
import os

# Built-in template validation costs seconds per synth and is not what this test is
# about. The jsii runtime copies the environment when aws_cdk is imported: set it first.
os.environ.setdefault("CDK_VALIDATION", "false")

import aws_cdk as cdk  # noqa: E402
import pytest  # noqa: E402
from aws_cdk import aws_ec2 as ec2  # noqa: E402
from aws_cdk.assertions import Match, Template  # noqa: E402

from cdk_lattice_shared_database import (  # noqa: E402
    ResourceGateway,
    SharePrincipal,
    SharePrincipalType,
)

ENV = cdk.Environment(account="111111111111", region="us-east-1")


@pytest.fixture(scope="module")
def provider():
    app = cdk.App()
    stack = cdk.Stack(app, "PythonProvider", env=ENV)
    vpc = ec2.Vpc(
        stack,
        "Vpc",
        max_azs=2,
        nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ],
    )
    gateway = ResourceGateway(stack, "Gateway", vpc=vpc, ipv4_addresses_per_eni=8)
    return {"stack": stack, "vpc": vpc, "gateway": gateway, "template": Template.from_stack(stack)}


def test_resource_gateway_in_the_isolated_subnets(provider):
    template = provider["template"]
    template.resource_count_is("AWS::VpcLattice::ResourceGateway", 1)
    template.has_resource_properties(
        "AWS::VpcLattice::ResourceGateway",
        {
            "VpcIdentifier": {"Ref": Match.string_like_regexp("^Vpc")},
            "SubnetIds": Match.array_with([{"Ref": Match.string_like_regexp("IsolatedSubnet1")}]),
            "Ipv4AddressesPerEni": 8,
        },
    )


def test_gateway_attributes_are_python_properties(provider):
    gateway = provider["gateway"]
    assert cdk.Token.is_unresolved(gateway.resource_gateway_arn)
    assert cdk.Token.is_unresolved(gateway.resource_gateway_id)
    # connections is the ec2.IConnectable of the gateway, usable from Python
    assert gateway.connections.security_groups


def test_share_principal_account():
    principal = SharePrincipal.account("222222222222")
    assert principal.type == SharePrincipalType.ACCOUNT
    assert principal.principal == "222222222222"


def test_bad_input_raises_a_python_error_naming_the_prop():
    stack = cdk.Stack(cdk.App(), "Bad", env=ENV)
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    with pytest.raises(Exception, match="ipv4AddressesPerEni"):
        ResourceGateway(stack, "Gateway", vpc=vpc, ipv4_addresses_per_eni=63)
