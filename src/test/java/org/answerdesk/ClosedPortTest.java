package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class ClosedPortTest {

    @Test
    void aConnectionIsRefusedAndNoServerCanTakeThePortWhileItIsHeld() throws Exception {
        try (var closed = new ClosedPort()) {
            var address = new InetSocketAddress(InetAddress.getLoopbackAddress(), closed.port());
            assertThatThrownBy(() -> {
                try (var client = new Socket()) {
                    client.connect(address, 5_000);
                }
            }).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> {
                try (var server = new ServerSocket()) {
                    server.bind(address);
                }
            }).isInstanceOf(java.net.BindException.class);
        }
    }
}
