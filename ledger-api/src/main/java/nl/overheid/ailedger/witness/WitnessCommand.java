package nl.overheid.ailedger.witness;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.overheid.ailedger.config.DataDirectory;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.NoteSigner;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ledger-api.jar witness --server.port=P --witness.data-dir=D --witness.logs=VKEY[,VKEY...]
 * [--witness.name=NAME]}: runs a witness for the logs whose verifier keys are given. On first start it creates its key
 * in {@code D}, owner-only, and writes its verifier key to {@code D/witness.vkey}. Without {@code --witness.logs} it
 * does only that and stops: the first step of setting a witness up, before the logs' keys are known.
 */
public final class WitnessCommand {

    static final String KEY_FILE = "witness-key.pem";
    static final String VKEY_FILE = "witness.vkey";
    private static final Logger LOG = LoggerFactory.getLogger(WitnessCommand.class);
    private static final String PORT = "server.port";
    private static final String DATA_DIR = "witness.data-dir";
    private static final String LOGS = "witness.logs";
    private static final String NAME = "witness.name";
    private static final String USAGE = """
            usage: java -jar ledger-api.jar witness --witness.data-dir=DIR --witness.logs=VKEY[,VKEY...]
                                                  [--server.port=8090] [--witness.name=localhost/witness]
              --witness.data-dir  where the witness keeps its key and the last checkpoint it cosigned per log
              --witness.logs      the verifier keys of the logs it witnesses (GET /api/v1/audit/keys of a ledger);
                                  without it, the witness creates its key, prints its verifier key and stops
              --witness.name      the witness's key name, a URL without scheme
              --server.port       the port of POST /add-checkpoint""";

    private WitnessCommand() {
    }

    public static boolean isCalledBy(String[] args) {
        return args.length > 0 && args[0].equals("witness");
    }

    /** Runs the command with the arguments after {@code witness}: exits, unless a witness is left running. */
    public static void main(String[] args) throws IOException {
        Optional<WitnessServer> server;
        try {
            server = start(args, System.out);
        } catch (IllegalArgumentException usage) {
            System.err.println(usage.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        if (server.isEmpty()) {
            System.exit(0);
        }
    }

    /**
     * Starts the witness; empty when {@code --witness.logs} is absent and only the key was made (its verifier key is
     * printed to {@code out}).
     *
     * @throws IllegalArgumentException for arguments that are wrong, saying which
     */
    public static Optional<WitnessServer> start(String[] args, PrintStream out) throws IOException {
        Map<String, String> options = new HashMap<>(Map.of(PORT, "8090", NAME, "localhost/witness"));
        for (String arg : args) {
            String[] option = arg.startsWith("--") ? arg.substring(2).split("=", 2) : new String[0];
            if (option.length != 2 || !Set.of(PORT, DATA_DIR, LOGS, NAME).contains(option[0])) {
                throw new IllegalArgumentException("cannot use the argument '" + arg + "' here");
            }
            options.put(option[0], option[1]);
        }
        if (!options.containsKey(DATA_DIR)) {
            throw new IllegalArgumentException("--" + DATA_DIR + " is required");
        }
        Path dataDir = Path.of(options.get(DATA_DIR));
        NoteSigner cosigner = NoteSigner.cosigner(options.get(NAME), keyPair(dataDir));
        Files.writeString(dataDir.resolve(VKEY_FILE), cosigner.verifierKey().vkey() + "\n");
        if (!options.containsKey(LOGS)) {
            out.println(cosigner.verifierKey().vkey());
            return Optional.empty();
        }
        List<NoteVerifierKey> logKeys;
        try {
            logKeys = Arrays.stream(options.get(LOGS).split(",")).map(String::trim).map(NoteVerifierKey::parse)
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + LOGS + ": " + e.getMessage(), e);
        }
        Witness witness = new Witness(cosigner, logKeys, new WitnessedLogs(dataDir.resolve("logs")), Clock.systemUTC());
        WitnessServer server = new WitnessServer(witness, new InetSocketAddress(Integer.parseInt(options.get(PORT))));
        LOG.info("Witness {} listens on port {} for {}", cosigner.verifierKey().vkey(), server.port(),
                logKeys.stream().map(NoteVerifierKey::name).distinct().toList());
        return Optional.of(server);
    }

    /** The witness's key, created owner-only on first start. */
    private static KeyPair keyPair(Path dataDir) throws IOException {
        Path file = dataDir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            DataDirectory.prepare(dataDir, "witness data directory");
            SigningKeys.save(Ed25519.generateKeyPair(), file);
            LOG.warn("Created a new witness key in {}: keep it safe and back it up", file);
        }
        return SigningKeys.load(file);
    }
}
