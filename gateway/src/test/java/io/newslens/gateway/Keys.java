package io.newslens.gateway;

import io.restassured.RestAssured;

/** The API keys of the %test profile (configured there by their SHA-256 only). */
final class Keys {
    static final String READER = "reader-key-for-tests";
    static final String WRITER = "writer-key-for-tests";
    static final String ADMIN = "admin-key-for-tests";

    private Keys() {
    }

    /** Sends {@code key} with every request of this test class; undo with {@link #reset()}. */
    static void useByDefault(String key) {
        // A filter, not a request specification: a specification would freeze the port before Quarkus sets it.
        RestAssured.replaceFiltersWith((request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("X-API-Key")) {
                request.header("X-API-Key", key);
            }
            return context.next(request, response);
        });
    }

    static void reset() {
        RestAssured.replaceFiltersWith(java.util.List.of());
    }
}
