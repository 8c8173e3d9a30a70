package io.newslens.devstack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void aPortTheKernelGivesTwiceIsHandedOutOnce() {
        Iterator<Integer> kernel = List.of(41000, 41000, 41001, 41000, 41002).iterator();
        Set<Integer> handedOut = new HashSet<>();

        assertThat(List.of(FreePort.pick(kernel::next, handedOut), FreePort.pick(kernel::next, handedOut),
                FreePort.pick(kernel::next, handedOut))).containsExactly(41000, 41001, 41002);
    }

    @Test
    void givesUpWhenEveryFreePortWasHandedOut() {
        Set<Integer> handedOut = new HashSet<>(Set.of(41000));
        assertThatThrownBy(() -> FreePort.pick(() -> 41000, handedOut)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void realPortsAreFreeAndDistinct() throws Exception {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePort.pick();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
