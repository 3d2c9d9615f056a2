package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsService;
import java.time.Instant;
import software.amazon.awssdk.core.SdkRequest;

/**
 * One operation about to be sent to a service, as seen by the guards around every client.
 *
 * @param sequence unique per process, so concurrent identical calls stay apart
 * @param region the region the client is bound to, or {@code aws-global} for Route53
 */
public record ApiCall(long sequence, AwsService service, String operation, String region, SdkRequest request, Instant startedAt) {

    public boolean mutating() {
        return Operations.isMutating(operation);
    }

    @Override
    public String toString() {
        return service.id() + ":" + operation + " (" + region + ")";
    }
}
