package io.lifeboat.aws.sandbox.rds;

/**
 * The network ids RDS and Route53 refer to. The sandbox EC2 seeding owns the VPCs; these are the ids
 * the databases live in, kept in one place so they can be aligned with EC2's when both are merged.
 */
public final class RdsNetwork {

    public static final String PROD_VPC = "vpc-0a7c3e5f2b9d41e68";
    public static final String PROD_VPC_DEFAULT_SG = "sg-0f9e8d7c6b5a40312";
    public static final String DEFAULT_VPC = "vpc-0d1e2f3a4b5c6d7e8";
    public static final String DEFAULT_VPC_DEFAULT_SG = "sg-0d1e2f3a4b5c6d7e9";
    public static final String ORDERS_DB_SG = "sg-0b1c2d3e4f5a60718";
    public static final String BILLING_DB_SG = "sg-0c2d3e4f5a6b70819";
    public static final String REPORTING_DB_SG = "sg-0e3f4a5b6c7d80912";

    private RdsNetwork() {
    }
}
