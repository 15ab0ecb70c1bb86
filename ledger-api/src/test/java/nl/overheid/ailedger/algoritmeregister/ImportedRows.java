package nl.overheid.ailedger.algoritmeregister;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of the event store and of the import's bookkeeping: what an import that stores nothing leaves as they were. */
final class ImportedRows {

    private ImportedRows() {
    }

    static Map<String, Integer> count(JdbcTemplate jdbc) {
        Map<String, Integer> rows = new HashMap<>();
        for (String table : new String[] {"domain_event_entry", "algoritmeregister_import",
                "algoritmeregister_registration", "algoritmeregister_organisation"}) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return rows;
    }
}
