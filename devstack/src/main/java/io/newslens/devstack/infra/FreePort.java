package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Picks a free TCP port on loopback, so that tests never collide with a running local stack. A port is handed out
 * once per process: the kernel may give the same free port to two binds in a row, and a stack picks all its ports
 * before its processes bind them (a CI run once gave OpenSearch's port to query-service as well).
 */
public final class FreePort {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private FreePort() {
    }

    public static int pick() {
        return pick(FreePort::anyFree, HANDED_OUT);
    }

    /** The first port {@code free} gives that is not in {@code handedOut}, which it joins. */
    static int pick(IntSupplier free, Set<Integer> handedOut) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = free.getAsInt();
            if (handedOut.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port that was not handed out already after " + ATTEMPTS + " attempts");
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code port} itself, or a free one when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? pick() : port;
    }
}
