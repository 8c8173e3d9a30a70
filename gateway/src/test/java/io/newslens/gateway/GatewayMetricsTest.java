package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.testing.Scrape;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(GatewayMetricsTest.TwoPerHour.class)
class GatewayMetricsTest {

    /** Its own limit (and application): a reader's bucket must be full when the test starts. */
    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.gateway.rate-limit.reader.capacity", "2",
                    "newslens.gateway.rate-limit.reader.period", "1h");
        }
    }

    @Test
    void requestsAreCountedByRoleRouteAndDownstreamAndA429ByTheRateLimit() {
        Scrape before = scrape();
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(200);
        }
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(429);
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(202);
        given().get("/api/v1/articles/done").then().statusCode(401);

        Scrape after = scrape();
        assertThat(after.increase(before, "newslens_gateway_rate_limited_total", "role", "reader")).isEqualTo(1);
        assertThat(after.increase(before, "newslens_gateway_rate_limited_total", "role", "writer")).isZero();
        assertThat(after.increase(before, "newslens_gateway_requests_total", "role", "writer")).isEqualTo(1);
        assertThat(after.increase(before, "newslens_gateway_requests_total", "role", "reader")).isEqualTo(3);
        assertThat(after.increase(before, "http_server_requests_seconds_count", "status", "401")).isEqualTo(1);
        assertThat(after.increase(before, "http_client_requests_seconds_count", "clientName", "ingest",
                "uri", "/articles")).isEqualTo(1);
        assertThat(after.sum("ft_circuitbreaker_state_current",
                "method", "io.newslens.gateway.service.ArticleService.submit", "state", "closed")).isEqualTo(1);
        assertThat(after.increase(before, "http_server_requests_seconds_count",
                "uri", "/api/v1/articles/{id}", "status", "429")).isEqualTo(1);
        assertThat(after.has("http_server_requests_seconds_count", "uri", "/api/v1/articles/done")).isFalse();
    }

    @Test
    void everyMetricTheOperationsGuideListsForTheGatewayIsExported() {
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(202);
        Scrape now = scrape();
        assertThat(now.missingDocumented(Path.of("../docs/operations.md"), "gateway")).isEmpty();
    }

    private static Scrape scrape() {
        return Scrape.of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
