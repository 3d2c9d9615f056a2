package io.lifeboat.aws;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Puts the guards ({@link CallInterceptor}s) around every client of an account, real or sandbox. */
public final class GuardedServiceClients implements ServiceClients {

    private final ServiceClients delegate;
    private final List<CallInterceptor> interceptors;
    private final Map<String, SdkClient> guarded = new ConcurrentHashMap<>();

    public GuardedServiceClients(ServiceClients delegate, List<CallInterceptor> interceptors) {
        this.delegate = delegate;
        this.interceptors = List.copyOf(interceptors);
    }

    @Override
    public Ec2Client ec2(String region) {
        return guard(Ec2Client.class, AwsService.EC2, region, () -> delegate.ec2(region));
    }

    @Override
    public SsmClient ssm(String region) {
        return guard(SsmClient.class, AwsService.SSM, region, () -> delegate.ssm(region));
    }

    @Override
    public RdsClient rds(String region) {
        return guard(RdsClient.class, AwsService.RDS, region, () -> delegate.rds(region));
    }

    @Override
    public Route53Client route53() {
        return guard(Route53Client.class, AwsService.ROUTE53, Region.AWS_GLOBAL.id(), delegate::route53);
    }

    @Override
    public StsClient sts(String region) {
        return guard(StsClient.class, AwsService.STS, region, () -> delegate.sts(region));
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    private <C extends SdkClient> C guard(Class<C> api, AwsService service, String region, Supplier<C> target) {
        SdkClient client = guarded.computeIfAbsent(service.id() + "/" + region,
                k -> GuardedClient.wrap(api, target.get(), service, region, interceptors));
        return api.cast(client);
    }

    @Override
    public void close() {
        guarded.clear();
        delegate.close();
    }
}
