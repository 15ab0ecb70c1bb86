package nl.overheid.ailedger.core.algoritmeregister;

import java.util.Collection;

import nl.overheid.ailedger.core.api.InvalidInputException;

/**
 * A snapshot that lacks most of the register (a partial download, a wrong file) would retire what is still in use,
 * and those events stay in the history for good. An import that removes more than this share of the registrations
 * the register held goes ahead only when the administrator confirms exactly how many.
 */
public record RemovalThreshold(double share) {

    static final String PARAMETER = "confirmRemovals";

    public void check(int removed, Collection<SeenRegistration> before, Integer confirmed) {
        long held = before.stream().filter(seen -> !seen.removed()).count();
        if (removed == 0 || removed <= held * share || Integer.valueOf(removed).equals(confirmed)) {
            return;
        }
        throw new InvalidInputException(PARAMETER, ("the snapshot would remove %d of the %d registrations the "
                + "register held, more than %s %%; if that is right, import it again with %s=%d")
                .formatted(removed, held, share * 100, PARAMETER, removed));
    }
}
