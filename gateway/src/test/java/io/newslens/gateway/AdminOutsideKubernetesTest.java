package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local run has no cluster: scaling says so with a 503 problem instead of failing obscurely. */
@QuarkusTest
class AdminOutsideKubernetesTest {

    @Test
    void scalingOutsideKubernetesIs503() {
        given().header("X-API-Key", Keys.ADMIN).contentType("application/json").body(Map.of("replicas", 2))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("Kubernetes"));
        given().header("X-API-Key", Keys.ADMIN).get("/api/v1/admin/deployments").then().statusCode(503);
    }
}
