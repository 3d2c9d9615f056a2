package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsService;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Wraps a client of each service in its guarded form. Each goes through its class's own factory, so
 * that linking this class loads no service's SDK interface: the AWS Lambda jar leaves out the SSM, RDS
 * and Route53 modules, and the verifier would otherwise load them to check each guarded class against
 * its interface.
 */
public final class GuardedClients {

    private GuardedClients() {
    }

    /** @param writes the client for mutating calls, built on first use (reads-only sessions never build it) */
    public static Ec2Client ec2(Ec2Client reads, Supplier<Ec2Client> writes, String region,
                                List<CallInterceptor> interceptors) {
        return GuardedEc2Client.of(reads, writes, new ClientGuard(AwsService.EC2, region, interceptors));
    }

    /** @param writes the client for mutating calls, built on first use */
    public static SsmClient ssm(SsmClient reads, Supplier<SsmClient> writes, String region,
                                List<CallInterceptor> interceptors) {
        return GuardedSsmClient.of(reads, writes, new ClientGuard(AwsService.SSM, region, interceptors));
    }

    public static RdsClient rds(RdsClient target, String region, List<CallInterceptor> interceptors) {
        return GuardedRdsClient.of(target, new ClientGuard(AwsService.RDS, region, interceptors));
    }

    public static Route53Client route53(Route53Client target, String region, List<CallInterceptor> interceptors) {
        return GuardedRoute53Client.of(target, new ClientGuard(AwsService.ROUTE53, region, interceptors));
    }

    public static StsClient sts(StsClient target, String region, List<CallInterceptor> interceptors) {
        return GuardedStsClient.of(target, new ClientGuard(AwsService.STS, region, interceptors));
    }
}
