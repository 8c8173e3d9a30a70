package io.newslens.gateway.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads topic sizes and consumer lag from Kafka. Blocking (Kafka Admin API): call from a worker thread. */
@ApplicationScoped
public class KafkaBacklog {

    private final String bootstrapServers;
    private volatile Admin admin;

    public KafkaBacklog(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public int partitions(String topic) {
        return call(a -> a.describeTopics(Set.of(topic)).allTopicNames()).get(topic).partitions().size();
    }

    /** Messages of {@code topic} that {@code group} has not committed yet, summed over partitions. */
    public long lag(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = call(
                a -> a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Set<TopicPartition> partitions = call(a -> a.describeTopics(Set.of(topic)).allTopicNames()).get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = call(a -> a.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all());
        return partitions.stream().mapToLong(p -> {
            OffsetAndMetadata done = committed.get(p);
            return ends.get(p).offset() - (done == null ? 0 : done.offset());
        }).sum();
    }

    private <T> T call(Function<Admin, org.apache.kafka.common.KafkaFuture<T>> request) {
        try {
            return request.apply(admin()).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ServiceUnavailable("Kafka");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("Kafka");
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    try {
                        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
                    } catch (org.apache.kafka.common.KafkaException e) {
                        throw new ServiceUnavailable("Kafka");
                    }
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
