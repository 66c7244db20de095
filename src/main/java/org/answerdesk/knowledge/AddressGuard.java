package org.answerdesk.knowledge;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Refuses URLs a crawler on the shop's server must not read: other schemes than http and https, and hosts that
 * resolve to a loopback, private, link-local, multicast or unspecified address (cloud metadata services live on
 * link-local 169.254.169.254 and fd00:ec2::254), unless private addresses are allowed. An IPv6 address that carries
 * an IPv4 one (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96} and
 * {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}) is judged as that IPv4 address. Every address a name resolves to
 * is checked, at every request and every redirect, and {@link #resolve} gives the fetcher the addresses it checked
 * to connect to, so that a name cannot resolve to another address between the check and the connection.
 */
final class AddressGuard {

    /** Name resolution, {@link InetAddress#getAllByName} unless a test gives another. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b};

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Throws {@link FetchException} with the reason when the URL may not be fetched. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs can be read, not " + (scheme.isEmpty() ? "this" : scheme));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("the URL has no host");
        }
        try {
            resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(e.getMessage());
        }
    }

    /**
     * The addresses of the host, each checked: the only ones the fetcher connects to. Throws
     * {@link UnknownHostException}, with the reason fit to show the owner, when the name is not known or an
     * address may not be read.
     */
    List<InetAddress> resolve(String host) throws UnknownHostException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnknownHostException("the host " + host + " is not known");
        }
        for (InetAddress a : addresses) {
            if (!allowPrivate && internal(a)) {
                throw new UnknownHostException("the host " + host + " is on a private or local address ("
                        + a.getHostAddress() + "); set ANSWERDESK_KNOWLEDGE_ALLOW_PRIVATE_ADDRESSES=true to read it");
            }
        }
        return List.of(addresses);
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        byte[] v4 = b.length == 16 ? embeddedV4(b) : null;
        if (v4 != null) {
            try {
                return internal(InetAddress.getByAddress(v4));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64/10, carrier NAT
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4 || (b.length == 4 && (b[0] & 0xff) == 0);
    }

    /** The IPv4 address an IPv6 address carries by one of the translations above, else null. */
    private static byte[] embeddedV4(byte[] b) {
        boolean zeros80 = zeros(b, 0, 10);
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !zeros(b, 12, 14); // not :: or ::1
        boolean nat64 = Arrays.equals(b, 0, 4, NAT64, 0, 4) && zeros(b, 4, 12);
        boolean localNat64 = Arrays.equals(b, 0, 4, NAT64, 0, 4) && b[4] == 0 && b[5] == 1;  // 64:ff9b:1::/48
        if (mapped || compatible || nat64 || localNat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {  // 6to4: 2002:aabb:ccdd::/48
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
