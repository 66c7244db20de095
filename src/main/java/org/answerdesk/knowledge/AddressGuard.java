package org.answerdesk.knowledge;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a crawler on the shop's server must not read: other schemes than http and https, and hosts that
 * resolve to a loopback, private, link-local, multicast or unspecified address (cloud metadata services live on
 * link-local 169.254.169.254 and fd00:ec2::254), unless private addresses are allowed. Every address a name
 * resolves to is checked, at every request and every redirect.
 */
final class AddressGuard {

    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
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
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("the host " + host + " is not known");
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                throw new FetchException("the host " + host + " is on a private or local address ("
                        + a.getHostAddress() + "); set ANSWERDESK_KNOWLEDGE_ALLOW_PRIVATE_ADDRESSES=true to read it");
            }
        }
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64/10, carrier NAT
        boolean mappedV4 = b.length == 16 && isMapped(b);
        if (mappedV4) {
            try {
                return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4 || (b.length == 4 && (b[0] & 0xff) == 0);
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
