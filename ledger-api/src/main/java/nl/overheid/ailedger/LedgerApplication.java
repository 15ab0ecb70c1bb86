package nl.overheid.ailedger;

import java.io.IOException;
import java.util.Arrays;

import nl.overheid.ailedger.audit.VerifyCommand;
import nl.overheid.ailedger.cli.ImportCommand;
import nl.overheid.ailedger.witness.WitnessCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The AI-governance ledger. In the root package, so that scanning covers every module. As first argument,
 * {@code verify} runs the offline verifier (without starting the ledger), {@code import-algoritmeregister}
 * imports snapshot files (without the web server) and {@code witness} runs a witness (without the ledger).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication {

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (WitnessCommand.isCalledBy(args)) {
            WitnessCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.setProperty("disable-axoniq-console-message", "true");
        if (ImportCommand.isCalledBy(args)) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
