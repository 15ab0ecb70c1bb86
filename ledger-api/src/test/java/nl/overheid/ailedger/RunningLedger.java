package nl.overheid.ailedger;

import java.util.Arrays;
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
        String[] arguments = TestStorage.asArguments(storage);
        String[] withPort = Arrays.copyOf(arguments, arguments.length + 1);
        withPort[arguments.length] = "--server.port=0";
        return new RunningLedger(SpringApplication.run(LedgerApplication.class, withPort));
    }

    public LedgerClient client() {
        return client;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
