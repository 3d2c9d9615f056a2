package io.lifeboat.aws.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Asserting on EC2 errors by their code, as callers see them. */
public final class Ec2Assertions {

    private Ec2Assertions() {
    }

    public static AbstractThrowableAssert<?, ? extends Throwable> assertEc2Error(ThrowableAssert.ThrowingCallable call,
                                                                               String code) {
        return assertThatThrownBy(call)
                .isInstanceOf(Ec2Exception.class)
                .satisfies(e -> org.assertj.core.api.Assertions
                        .assertThat(((Ec2Exception) e).awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
