package nl.overheid.ailedger.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import nl.overheid.ailedger.core.integrity.NoteKeyType;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code ledger.witness.*}: the witnesses that cosign the ledger's checkpoints.
 *
 * @param urls   the witnesses' base URLs (their {@code add-checkpoint} is below it), comma-separated
 * @param vkeys  the witnesses' cosigner verifier keys (c2sp.org/tlog-cosignature, type 0x04), in the same order
 * @param quorum how many of them must cosign a checkpoint for it to count as witnessed; all when absent
 */
@ConfigurationProperties("ledger.witness")
public record WitnessProperties(List<URI> urls, List<String> vkeys, Integer quorum) {

    public WitnessProperties {
        urls = urls == null ? List.of() : List.copyOf(urls);
        vkeys = vkeys == null ? List.of() : List.copyOf(vkeys);
        if (urls.size() != vkeys.size()) {
            throw new IllegalArgumentException("ledger.witness.urls and ledger.witness.vkeys name as many witnesses, "
                    + "in the same order: " + urls.size() + " URLs, " + vkeys.size() + " keys");
        }
        quorum = quorum == null ? urls.size() : quorum;
        if (quorum < 0 || quorum > urls.size()) {
            throw new IllegalArgumentException("ledger.witness.quorum lies between 0 and the number of witnesses ("
                    + urls.size() + "): " + quorum);
        }
    }

    /** A witness as configured. */
    record ConfiguredWitness(URI url, NoteVerifierKey key) {
    }

    List<ConfiguredWitness> witnesses() {
        List<ConfiguredWitness> witnesses = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            NoteVerifierKey key = NoteVerifierKey.parse(vkeys.get(i).trim());
            if (key.type() != NoteKeyType.COSIGNATURE_V1) {
                throw new IllegalArgumentException("ledger.witness.vkeys: " + key.vkey()
                        + " is not a cosigner's key (type 0x04)");
            }
            witnesses.add(new ConfiguredWitness(urls.get(i), key));
        }
        return witnesses;
    }
}
