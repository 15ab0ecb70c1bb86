package nl.overheid.ailedger.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SigningKeys;

/**
 * A witness in the test JVM, for a ledger whose signing key is made beforehand (so that the witness can trust it
 * before the ledger starts), as an operator sets them up.
 */
public final class TestWitness implements AutoCloseable {

    public static final String ORIGIN = "localhost/ai-governance-ledger";

    private final Path ledgerKeyFile;
    private final Path dataDir;
    private final String ledgerVkey;
    private WitnessServer server;
    private int port;

    private TestWitness(Path ledgerKeyFile, Path dataDir, String ledgerVkey) {
        this.ledgerKeyFile = ledgerKeyFile;
        this.dataDir = dataDir;
        this.ledgerVkey = ledgerVkey;
        start();
    }

    /** A new ledger key, and a witness that trusts it. */
    public static TestWitness forNewLedgerKey() {
        try {
            Path keyDir = Files.createTempDirectory("ledger-key-");
            Path keyFile = keyDir.resolve("sealing-key.pem");
            SigningKeys.save(Ed25519.generateKeyPair(), keyFile);
            String vkey = NoteVerifierKey.of(ORIGIN, SigningKeys.load(keyFile).getPublic()).vkey();
            return new TestWitness(keyFile, Files.createTempDirectory("witness-"), vkey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a ledger needs to sign with the key and be witnessed by this witness. */
    public Map<String, String> ledgerProperties() {
        return Map.of("ledger.sealing.key-file", ledgerKeyFile.toString(),
                "ledger.witness.urls", "http://localhost:" + port,
                "ledger.witness.vkeys", vkey().vkey());
    }

    public Path ledgerKeyFile() {
        return ledgerKeyFile;
    }

    public NoteVerifierKey vkey() {
        try {
            return NoteVerifierKey.parse(Files.readString(dataDir.resolve(WitnessCommand.VKEY_FILE)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree size of the ledger's last checkpoint this witness cosigned, from its own record; 0 if none. */
    public long cosignedTreeSize() {
        Path record = dataDir.resolve("logs").resolve(URLEncoder.encode(ORIGIN, StandardCharsets.UTF_8)
                + ".checkpoint");
        try {
            return Files.exists(record) ? Long.parseLong(Files.readString(record).split("\n")[1]) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the witness and starts it again on the same port and data. */
    public void restart() {
        server.close();
        start();
    }

    @Override
    public void close() {
        server.close();
    }

    private void start() {
        try {
            server = WitnessCommand.start(new String[] {"--server.port=" + port, "--witness.data-dir=" + dataDir,
                    "--witness.logs=" + ledgerVkey}, System.out).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.port();
    }
}
