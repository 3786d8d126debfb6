package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2BindAddressTest {
    @Test
    void loopbackAddressesAndNamesCountAsLoopback() {
        for (String address : new String[] {"127.0.0.1", "127.1.2.3", "::1", "localhost", " 127.0.0.1 "}) {
            assertThat(new H2BindAddress(address).isLoopback()).as(address).isTrue();
        }
    }

    @Test
    void unsetWildcardAndMachineAddressesAreNotLoopback() {
        for (String address : new String[] {null, "", "0.0.0.0", "::", "192.0.2.2", "fd00::2"}) {
            assertThat(new H2BindAddress(address).isLoopback()).as(address).isFalse();
        }
    }

    @Test
    void unsetBindAddressPrintsAsEveryAddress() {
        assertThat(new H2BindAddress(null)).hasToString("every address (h2.bindAddress unset)");
    }

    @Test
    void testJvmBindsH2ToLoopbackAsTheLauncherDoes() {
        assertThat(H2BindAddress.ofThisJvm()).isEqualTo(new H2BindAddress(H2BindAddress.LOOPBACK));
    }
}
