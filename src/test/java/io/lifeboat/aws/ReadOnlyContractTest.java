package io.lifeboat.aws;

import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ContractTest
class ReadOnlyContractTest {

    @Test
    void readOnlyRefusesEc2CreateTagsBeforeItReachesMoto(Moto moto) {
        try (Connection live = moto.connect("eu-west-3"); Connection readOnly = moto.connectReadOnly("eu-west-3")) {
            String volume = live.clients().ec2("eu-west-3")
                    .createVolume(r -> r.availabilityZone("eu-west-3a").size(8)).volumeId();

            assertThatThrownBy(() -> readOnly.clients().ec2("eu-west-3")
                    .createTags(r -> r.resources(volume).tags(Tag.builder().key("Backup").value("Yes").build())))
                    .isInstanceOf(ReadOnlyModeException.class)
                    .hasMessageContaining("CreateTags");

            assertThat(live.clients().ec2("eu-west-3").describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).tags())
                    .isEmpty();
            assertThat(readOnly.calls().count("CreateTags")).isZero();
        }
    }
}
