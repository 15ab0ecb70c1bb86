package nl.overheid.ailedger;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A ledger started in the test JVM on given storage, to be stopped and started again. */
public final class RunningLedger implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final LedgerClient client;

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
        this.client = new LedgerClient("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    public static RunningLedger start(Map<String, String> storage) {
        return new RunningLedger(SpringApplication.run(LedgerApplication.class,
                TestStorage.asArguments(storage, "--server.port=0")));
    }

    public LedgerClient client() {
        return client;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }
}
