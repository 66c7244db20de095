package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The crawler's address rules: what a URL may point at. */
class AddressGuardTest {

    final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void internalAddressesAreRecognised(String address) throws Exception {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void refusesOtherSchemesAndLocalHosts() {
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("ftp://shop.example/x")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/")))
                .hasMessageContaining("private or local address");
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasMessageContaining("ANSWERDESK_KNOWLEDGE_ALLOW_PRIVATE_ADDRESSES");
        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]/"))).hasMessageContaining("private or local");
    }

    @Test
    void allowsLocalHostsWhenTold() {
        assertThatNoException().isThrownBy(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1:9/")));
    }
}
