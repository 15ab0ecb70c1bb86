package nl.overheid.ailedger.policy;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.RuleSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule sets the policy gate and compliance judge by, each rule with its kind, source, scope and reading. */
@RestController
@Tag(name = "Policy")
@RequestMapping("/api/v1/policy")
class PolicyController {

    private final PolicyCatalogue catalogue;

    PolicyController(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "List the rule sets", description = "Every rule set, or with at=YYYY-MM-DD the rule sets in force that day (a standpunt and a law may be in force together). Each rule names its kind (STANDPUNT, WET, HUISREGEL), the passage of the policy document it rests on, its scope, the ledger's reading where a passage is vague, and what it requires.")
    @GetMapping("/rulesets")
    RuleSets ruleSets(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return new RuleSets(at == null ? catalogue.ruleSets() : catalogue.inForceOn(at));
    }

    record RuleSets(List<RuleSet> ruleSets) {
    }
}
