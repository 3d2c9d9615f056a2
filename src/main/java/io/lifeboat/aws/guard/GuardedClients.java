package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsService;
import io.lifeboat.aws.CallInterceptor;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Wraps a client of each service in its guarded form. */
public final class GuardedClients {

    private GuardedClients() {
    }

    public static Ec2Client ec2(Ec2Client target, String region, List<CallInterceptor> interceptors) {
        return new GuardedEc2Client(target, new ClientGuard(AwsService.EC2, region, interceptors));
    }

    public static SsmClient ssm(SsmClient target, String region, List<CallInterceptor> interceptors) {
        return new GuardedSsmClient(target, new ClientGuard(AwsService.SSM, region, interceptors));
    }

    public static RdsClient rds(RdsClient target, String region, List<CallInterceptor> interceptors) {
        return new GuardedRdsClient(target, new ClientGuard(AwsService.RDS, region, interceptors));
    }

    public static Route53Client route53(Route53Client target, String region, List<CallInterceptor> interceptors) {
        return new GuardedRoute53Client(target, new ClientGuard(AwsService.ROUTE53, region, interceptors));
    }

    public static StsClient sts(StsClient target, String region, List<CallInterceptor> interceptors) {
        return new GuardedStsClient(target, new ClientGuard(AwsService.STS, region, interceptors));
    }
}
