package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(RateLimitTest.ThreePerHour.class)
class RateLimitTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.gateway.rate-limit.reader.capacity", "3",
                    "newslens.gateway.rate-limit.reader.period", "1h");
        }
    }

    @Test
    void aKeyOverItsRoleLimitGets429WithRetryAfterWhileOthersCarryOn() {
        for (int i = 2; i >= 0; i--) {
            given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(200)
                    .header("RateLimit-Remaining", equalTo(String.valueOf(i)));
        }
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", equalTo("0"));
        given().header("X-API-Key", Keys.WRITER).get("/api/v1/articles/done").then().statusCode(200);
    }
}
