package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first free device name for a new volume, from the instance's block device mappings. */
class DeviceNamesTest {

    @Test
    void theFirstRecommendedLetterNotTakenInTheInstancesOwnStyle() {
        assertThat(DeviceNames.firstFree(List.of("/dev/sda1"), "/dev/sda1", false)).isEqualTo("/dev/sdf");
        assertThat(DeviceNames.firstFree(List.of("/dev/xvda", "/dev/xvdf"), "/dev/xvda", false)).isEqualTo("/dev/xvdg");
        assertThat(DeviceNames.firstFree(List.of("/dev/sda1", "/dev/sdf", "/dev/sdg"), "/dev/sda1", false)).isEqualTo("/dev/sdh");
    }

    @Test
    void aLetterTakenUnderEitherNameIsTaken() {
        assertThat(DeviceNames.firstFree(List.of("/dev/sda1", "/dev/xvdf"), "/dev/sda1", false)).isEqualTo("/dev/xvdg");
        assertThat(DeviceNames.firstFree(List.of("/dev/sda1", "/dev/sdf1"), "/dev/sda1", false)).isEqualTo("/dev/sdg");
    }

    @Test
    void windowsGetsXvdNames() {
        assertThat(DeviceNames.firstFree(List.of("/dev/sda1", "xvdf"), "/dev/sda1", true)).isEqualTo("xvdg");
    }

    @Test
    void noneLeftIsSaid() {
        List<String> taken = new java.util.ArrayList<>(List.of("/dev/sda1"));
        for (char c = 'f'; c <= 'p'; c++) {
            taken.add("/dev/sd" + c);
        }
        assertThat(DeviceNames.firstFree(taken, "/dev/sda1", false)).isNull();
    }
}
