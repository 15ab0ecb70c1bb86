package nl.overheid.ailedger.projections.admin;

import java.util.List;

/** Which processors a replay started, and which it left alone and why. */
public record ReplayOutcome(List<String> replaying, List<Skipped> skipped) {

    public record Skipped(String name, String reason) {
    }
}
