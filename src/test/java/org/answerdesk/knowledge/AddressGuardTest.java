package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The crawler's address rules: what a URL may point at. */
class AddressGuardTest {

    final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "::169.254.169.254",
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1", "2002:7f00:1::1", "::"})
    void internalAddressesAreRecognised(String address) throws Exception {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::808:808", "::ffff:8.8.8.8",
            "2002:808:808::1"})
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

    /** The address checked is the one connected to: the fetcher asks the guard, once, and the name is not resolved again. */
    @Test
    void theFetcherConnectsToTheAddressTheGuardResolved() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        var guard = new AddressGuard(true, host -> {
            lookups.incrementAndGet();
            if (!host.equals("shop.test")) {
                throw new java.net.UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        });
        try (ShopSite site = new ShopSite()) {
            URI page = URI.create(site.url("/classes").replace("127.0.0.1", "shop.test"));
            var fetched = new SafeFetcher(guard, Duration.ofSeconds(5), 1_000_000, "answerdesk")
                    .get(page, SafeFetcher.Validators.NONE);

            assertThat(new String(fetched.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Sourdough");
            assertThat(site.bodiesSent("/classes")).isEqualTo(1);
        }
        assertThat(lookups).as("the guard's check and the connection's lookup").hasValueLessThanOrEqualTo(2);
    }

    /** A name that resolves to loopback when the connection is made is refused before any request is sent. */
    @Test
    void aNameResolvingToLoopbackAtConnectTimeIsRefused() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        var rebinding = new AddressGuard(false, host -> new InetAddress[] {InetAddress.getByName(
                lookups.incrementAndGet() == 1 ? "93.184.216.34" : "127.0.0.1")});
        try (ShopSite site = new ShopSite()) {
            URI page = URI.create(site.url("/classes").replace("127.0.0.1", "shop.test"));
            var fetcher = new SafeFetcher(rebinding, Duration.ofSeconds(5), 1_000_000, "answerdesk");

            assertThatThrownBy(() -> fetcher.get(page, SafeFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageContaining("private or local address (127.0.0.1)");
            assertThat(site.requested("/classes")).isZero();
        }
    }
}
