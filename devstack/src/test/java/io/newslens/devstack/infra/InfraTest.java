package io.newslens.devstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfraTest {

    @Test
    void kafkaBrokerCreatesTopicsAndKeepsRecordsAcrossRestart() throws Exception {
        Path dir = Files.createTempDirectory("kafka-test-");
        int port = FreePort.pick();
        try (KafkaBroker broker = KafkaBroker.start(dir, port)) {
            assertThat(broker.admin().describeTopics(List.of(Topics.ARTICLES_INGESTED)).allTopicNames().get()
                    .get(Topics.ARTICLES_INGESTED).partitions()).hasSize(12);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, "a1", "hello")).get();
            }
        }
        try (KafkaBroker again = KafkaBroker.start(dir, port)) {
            Properties props = new Properties();
            props.put("bootstrap.servers", again.bootstrapServers());
            props.put("group.id", "infra-test");
            props.put("auto.offset.reset", "earliest");
            try (KafkaConsumer<String, String> consumer =
                    new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.ARTICLES_INGESTED));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int i = 0; i < 20 && records.isEmpty(); i++) {
                    records = consumer.poll(Duration.ofSeconds(1));
                }
                assertThat(records.count()).isEqualTo(1);
                assertThat(records.iterator().next().value()).isEqualTo("hello");
            }
        }
    }

    @Test
    void postgresKeepsDataAcrossRestart() throws Exception {
        Path dir = Files.createTempDirectory("pg-test-");
        try (Postgres pg = Postgres.start(dir, 0);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), Postgres.USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v text)");
            s.execute("INSERT INTO t VALUES ('kept')");
        }
        try (Postgres pg = Postgres.start(dir, 0);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), Postgres.USER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void durablePostgresFlushesItsWalAtEachCommitAndTheTestOneDoesNot() throws Exception {
        assertThat(walSettings(false)).containsExactly("off", "off");
        assertThat(walSettings(true)).containsExactly("on", "on");
    }

    private static List<String> walSettings(boolean durable) throws Exception {
        Path dir = Files.createTempDirectory("pg-durable-test-");
        try (Postgres pg = Postgres.start(dir, 0, durable);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), Postgres.USER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertThat(rs.next()).isTrue();
            return List.of(rs.getString(1), rs.getString(2));
        }
    }

    @Test
    void openSearchAnalysesEnglishAndKeepsDocumentsAcrossRestart() throws Exception {
        Path dir = Files.createTempDirectory("opensearch-test-");
        int port = FreePort.pick();
        try (OpenSearchNode node = OpenSearchNode.start(dir, port)) {
            assertThat(send(node, "POST", "/_analyze", "{\"analyzer\":\"english\",\"text\":\"expanding\"}"))
                    .contains("\"token\":\"expand\"");
            assertThat(send(node, "PUT", "/docs/_doc/1?refresh=true", "{\"v\":\"kept\"}")).contains("\"created\"");
        }
        try (OpenSearchNode again = OpenSearchNode.start(dir, port)) {
            assertThat(send(again, "GET", "/docs/_doc/1", null)).contains("\"v\":\"kept\"");
        }
    }

    private static String send(OpenSearchNode node, String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json").method(method, body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
