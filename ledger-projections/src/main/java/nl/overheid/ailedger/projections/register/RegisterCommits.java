package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.projections.Awaiting;
import org.springframework.stereotype.Component;

/** The register's batches committed on this node: a write waiting to be shown looks again at each. */
@Component
class RegisterCommits extends Awaiting.Commits {
}
