package org.answerdesk.knowledge;

import java.net.InetSocketAddress;
import java.net.Proxy;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * Whether one call went out on a connection kept from an earlier request, and to which address: OkHttp's events
 * for the call, recorded in the object its request carries as a tag. A kept connection that the server has closed
 * since (an HTTP/1.0 server, a keep-alive time run out) fails as soon as it is used; that call is worth one more try
 * on a new connection, a call that failed on a connection of its own is not.
 */
final class ConnectionUse extends EventListener {

    /** The listener of a call whose request carries a {@code ConnectionUse} tag; none for other calls. */
    static final EventListener.Factory FACTORY = call -> {
        ConnectionUse use = call.request().tag(ConnectionUse.class);
        return use == null ? EventListener.NONE : use;
    };

    private volatile boolean connected;
    private volatile InetSocketAddress address;

    @Override
    public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
        connected = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        address = connection.route().socketAddress();
    }

    /** The address of the kept connection the call went out on; null when the call opened a connection itself. */
    InetSocketAddress kept() {
        return connected ? null : address;
    }
}
