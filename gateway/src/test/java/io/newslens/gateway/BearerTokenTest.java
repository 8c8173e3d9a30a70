package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code Authorization: Bearer} tokens signed by the configured issuer's key (a test key pair under
 * {@code src/test/resources/jwt}) get the role their {@code groups} claim names, as an API key would.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class BearerTokenTest {

    private static final String ISSUER = "https://issuer.newslens.test";

    @Test
    void readerTokenMayReadButNotIngest() {
        String token = token(ISSUER, "analyst", Set.of("reader"), "/jwt/privateKey.pem", Instant.now().plusSeconds(300));
        given().auth().oauth2(token).get("/api/v1/articles?q=acme").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void writerTokenMayIngestAndRead() {
        String token = token(ISSUER, "newsroom-bot", Set.of("writer"), "/jwt/privateKey.pem",
                Instant.now().plusSeconds(300));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(202);
        given().auth().oauth2(token).get("/api/v1/articles?q=acme").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("6000"));
    }

    @Test
    void tokenWithoutANewslensRoleIsForbidden() {
        String token = token(ISSUER, "stranger", Set.of("marketing"), "/jwt/privateKey.pem",
                Instant.now().plusSeconds(300));
        given().auth().oauth2(token).get("/api/v1/articles?q=acme").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401() {
        String token = token(ISSUER, "analyst", Set.of("admin"), "/jwt/privateKey.pem", Instant.now().minusSeconds(600));
        unauthorized(token);
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        unauthorized(token("https://elsewhere.test", "analyst", Set.of("admin"), "/jwt/privateKey.pem",
                Instant.now().plusSeconds(300)));
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        unauthorized(token(ISSUER, "analyst", Set.of("admin"), "/jwt/otherPrivateKey.pem",
                Instant.now().plusSeconds(300)));
    }

    @Test
    void garbageBearerIs401() {
        unauthorized("not.a.jwt");
    }

    private static void unauthorized(String token) {
        given().auth().oauth2(token).get("/api/v1/articles?q=acme").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    private static String token(String issuer, String subject, Set<String> groups, String keyResource,
            Instant expiresAt) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey(keyResource);
            return Jwt.issuer(issuer).subject(subject).upn(subject).groups(groups)
                    .issuedAt(expiresAt.minusSeconds(900)).expiresAt(expiresAt).sign(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
