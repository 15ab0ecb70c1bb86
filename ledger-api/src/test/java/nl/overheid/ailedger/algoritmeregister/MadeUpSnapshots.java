package nl.overheid.ailedger.algoritmeregister;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Made-up snapshots of the Algoritmeregister, in the shape of the real ones. */
final class MadeUpSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MadeUpSnapshots() {
    }

    /**
     * {@code size} registrations {@code test-1} to {@code test-<size>} over twenty organisations; every third is in
     * development ({@code ontwikkeling}), the others in use ({@code in_gebruik}).
     */
    static ObjectNode of(int size, String fetchedOn) {
        ObjectNode snapshot = JSON.createObjectNode();
        snapshot.put("fetched_at", fetchedOn + "T08:00:00Z");
        snapshot.put("count", size);
        ArrayNode records = snapshot.putArray("algoritmes");
        for (int i = 1; i <= size; i++) {
            records.addObject().put("id", "test-" + i).put("title", "Testalgoritme " + i)
                    .put("doel", "Een algoritme om het importeren te testen").put("organisatie", "Gemeente Test " + i % 20)
                    .put("status", i % 3 == 0 ? "ontwikkeling" : "in_gebruik").put("impactassessment", "Onbekend")
                    .put("toekomstig_veld", "wordt genegeerd");
        }
        return snapshot;
    }
}
