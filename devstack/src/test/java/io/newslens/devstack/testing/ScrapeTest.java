package io.newslens.devstack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrapeTest {

    @Test
    void anExemplarAfterASampleIsNotItsValueNorItsLabels() {
        Scrape before = Scrape.of("""
                # TYPE newslens_ingest_articles_total counter
                newslens_ingest_articles_total{outcome="rejected",reason="invalid"} 1.0 # {span_id="3f0df4357762fe93",trace_id="0835da5efc2c286c4c20416b16edb5a0"} 1.0 1795247843.291
                newslens_ingest_articles_total{outcome="accepted",reason="none"} 4.0
                """);
        Scrape after = Scrape.of("""
                newslens_ingest_articles_total{outcome="rejected",reason="invalid"} 3.0 # {span_id="aa0df4357762fe93",trace_id="bb35da5efc2c286c4c20416b16edb5a0"} 1.0 1795247850.120
                newslens_ingest_articles_total{outcome="accepted",reason="none"} 4.0
                http_server_requests_seconds_count{method="GET",uri="/articles/{id}"} 2.0
                """);

        assertThat(after.increase(before, "newslens_ingest_articles_total", "outcome", "rejected")).isEqualTo(2.0);
        assertThat(after.sum("newslens_ingest_articles_total", "trace_id", "bb35da5efc2c286c4c20416b16edb5a0")).isZero();
        assertThat(after.sum("http_server_requests_seconds_count", "uri", "/articles/{id}")).isEqualTo(2.0);
    }
}
