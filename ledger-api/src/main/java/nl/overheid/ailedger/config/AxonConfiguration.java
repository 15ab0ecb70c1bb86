package nl.overheid.ailedger.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.application.AiApplication;
import nl.overheid.ailedger.core.commitment.Commitment;
import nl.overheid.ailedger.core.commitment.CommitmentEventUpcaster;
import nl.overheid.ailedger.core.json.LedgerJson;
import nl.overheid.ailedger.core.organisation.Organisation;
import nl.overheid.ailedger.projections.sealing.SealingProjection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on the JDBC event store and token store (schemas from Flyway), events as JSON, aggregates registered
 * here so that the domain module stays free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * Events, messages, snapshots and tokens as JSON with the ledger's own mapper, for every purpose Axon serializes
     * for: neither REST settings nor Axon's default mapper ever change what is stored.
     */
    @Bean
    @Primary
    Serializer serializer() {
        return ledgerJson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return ledgerJson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return ledgerJson();
    }

    private static Serializer ledgerJson() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();
    }

    /** Stored events keep the revision they were written in; Axon's Spring support puts every upcaster bean in the chain. */
    @Bean
    EventUpcaster commitmentEventUpcaster() {
        return new CommitmentEventUpcaster();
    }

    /**
     * The connection of the Spring transaction a unit of work runs in, nothing more: Axon's default wraps it so that a
     * unit of work that rolls back rolls the whole connection back, also where that unit of work is a savepoint in a
     * larger transaction.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC storage engine as its auto-configuration builds it, except for the read of events after a token with
     * gaps, which reads by index instead of by table scan on H2 ({@link GapReadStatement}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .readEventDataWithGaps(new GapReadStatement())
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("token_timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** What the pooled processors read (their {@code source} in application.yml): the event store, looked at promptly. */
    @Bean
    PromptEventSource promptEventSource(EventStore eventStore) {
        return new PromptEventSource(eventStore);
    }

    /**
     * The aggregates, each with a cache of its own when one is configured. A failing projection handler stops its
     * segment and retries, rather than skipping the event. The sealing takes every event from the first.
     */
    @Bean
    ConfigurerModule ledgerModule(LedgerProperties properties) {
        int cacheSize = properties.aggregateCacheSize();
        return configurer -> {
            configurer.configureAggregate(aggregate(AiApplication.class, cacheSize));
            configurer.configureAggregate(aggregate(Organisation.class, cacheSize));
            configurer.configureAggregate(aggregate(Commitment.class, cacheSize));
            configurer.eventProcessing()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    // A pooled processor starts at the head and replays what came before, which the sealing (which
                    // allows no replay) would skip: it starts at the first event, the bootstrap credential's.
                    .registerPooledStreamingEventProcessorConfiguration(SealingProjection.PROCESSING_GROUP,
                            (configuration, builder) -> builder.initialToken(source -> source.createTailToken()));
        };
    }

    private static <A> AggregateConfigurer<A> aggregate(Class<A> type, int cacheSize) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        return cacheSize > 0 ? aggregate.configureCache(c -> new AggregateCache(cacheSize)) : aggregate;
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who sent a command goes along into the metadata of the events it applied. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(CommandMetadata.ACTOR);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, 3))
                .build();
    }
}
