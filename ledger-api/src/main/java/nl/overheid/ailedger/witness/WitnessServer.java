package nl.overheid.ailedger.witness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The witness over HTTP: {@code POST /add-checkpoint} as c2sp.org/tlog-witness specifies it, and {@code GET /health}
 * for orchestrators. The JDK's own HTTP server: a witness is trusted for being small, so it carries no framework.
 */
public final class WitnessServer implements AutoCloseable {

    /** A checkpoint with a few signatures and 63 proof lines is about 4 kB. */
    static final int MAX_BODY = 64 * 1024;
    private static final int THREADS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(WitnessServer.class);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    WitnessServer(Witness witness, InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 0);
        server.setExecutor(threads);
        server.createContext("/add-checkpoint", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    exchange.getResponseHeaders().set("Allow", "POST");
                    send(exchange, WitnessAnswer.refused(405, "add-checkpoint takes a POST"));
                    return;
                }
                byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
                send(exchange, body == null ? WitnessAnswer.refused(413, "the request is larger than " + MAX_BODY
                        + " bytes") : addCheckpoint(witness, new String(body, StandardCharsets.UTF_8)));
            }
        });
        server.createContext("/health", exchange -> {
            try (exchange) {
                send(exchange, new WitnessAnswer(200, WitnessAnswer.TEXT, "UP\n"));
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdown();
    }

    /** A fault of the witness's own is answered, and the witness keeps serving. */
    private static WitnessAnswer addCheckpoint(Witness witness, String body) {
        try {
            return witness.addCheckpoint(body);
        } catch (RuntimeException fault) {
            LOG.error("add-checkpoint failed", fault);
            return WitnessAnswer.refused(500, "the witness could not handle the request");
        }
    }

    private static void send(HttpExchange exchange, WitnessAnswer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The whole input, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] read = in.readNBytes(limit + 1);
        return read.length > limit ? null : read;
    }
}
