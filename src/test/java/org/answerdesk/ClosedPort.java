package org.answerdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses connections for as long as this is open: a socket bound to it that never listens.
 * A port found free and closed again may be taken by anything else on a busy machine before the test connects; a
 * bound socket keeps every other listener off it, and a connection to it is refused at once.
 */
public final class ClosedPort implements AutoCloseable {

    private final Socket socket = new Socket();

    public ClosedPort() {
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
