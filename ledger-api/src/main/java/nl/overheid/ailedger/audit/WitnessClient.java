package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** The ledger's side of c2sp.org/tlog-witness: it submits a checkpoint with a consistency proof to one witness. */
final class WitnessClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The witness's answer as it came. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * {@code POST <witness>/add-checkpoint} with the old size, the proof from it and the signed checkpoint note.
     *
     * @throws IOException when the witness cannot be reached
     */
    Answer addCheckpoint(URI witness, long oldSize, List<byte[]> proof, String note) throws IOException {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        body.append('\n').append(note);
        HttpRequest request = HttpRequest.newBuilder(URI.create(witness.toString().replaceAll("/+$", "")
                        + "/add-checkpoint"))
                .timeout(TIMEOUT).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + witness, e);
        }
    }
}
