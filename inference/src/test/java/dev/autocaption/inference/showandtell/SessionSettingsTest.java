package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autocaption.config.Device;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

    @Test
    void cpuHidesGpusAndKeepsTheThreadCounts() {
        SessionSettings.Resolved resolved = new SessionSettings(Device.CPU, 2, 1).resolve();

        assertThat(resolved.device()).isEqualTo(Device.CPU);
        assertThat(resolved.config().getDeviceCountMap()).containsEntry("GPU", 0);
        assertThat(resolved.config().getIntraOpParallelismThreads()).isEqualTo(2);
        assertThat(resolved.config().getInterOpParallelismThreads()).isEqualTo(1);
    }

    @Test
    void autoPicksAConcreteDeviceAndSaysWhy() {
        SessionSettings.Resolved resolved = new SessionSettings(Device.AUTO, 0, 0).resolve();

        assertThat(resolved.device()).isIn(Device.CPU, Device.GPU);
        assertThat(resolved.reason()).isNotBlank();
    }

    @Test
    void gpuWithoutAUsableGpuFailsWithTheReason() {
        SessionSettings.Resolved auto = new SessionSettings(Device.AUTO, 0, 0).resolve();
        assumeTrue(auto.device() == Device.CPU, "a GPU is usable here");

        assertThatThrownBy(() -> new SessionSettings(Device.GPU, 0, 0).resolve())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("model.device=gpu but no GPU is usable: ")
                .hasMessageEndingWith("(the GPU natives come with the -Pgpu build; CUDA 12 and cuDNN 9 must be "
                        + "installed)");
    }
}
