package nl.overheid.ailedger.policy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.RuleSet;
import nl.overheid.ailedger.text.Csv;
import nl.overheid.ailedger.text.Markdown;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule sets the policy gate and compliance judge by, each rule with its kind, source, scope and reading; and what
 * a draft rule set would change, before it is adopted.
 */
@RestController
@Validated
@Tag(name = "Policy")
@RequestMapping("/api/v1/policy")
class PolicyController {

    private static final int MAX_PAGE_SIZE = 500;
    private static final String SIMULATE = "Simulate a draft rule set";
    private static final String SIMULATION = "A draft rule set (in the form of GET /policy/rulesets, a rule's source may be \"DRAFT\"), optionally in place of the rule set it replaces, judged at validAt as known at asOf (now by default), with an optional other transition deadline and filters (layer, organisationId, generativeAi). Writes nothing.";

    private final PolicyCatalogue catalogue;
    private final PolicySimulations simulations;

    PolicyController(PolicyCatalogue catalogue, PolicySimulations simulations) {
        this.catalogue = catalogue;
        this.simulations = simulations;
    }

    @Operation(summary = "List the rule sets", description = "Every rule set, or with at=YYYY-MM-DD the rule sets in force that day (a standpunt and a law may be in force together). Each rule names its kind (STANDPUNT, WET, HUISREGEL), the passage of the policy document it rests on, its scope, the ledger's reading where a passage is vague, and what it requires.")
    @GetMapping("/rulesets")
    RuleSets ruleSets(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return new RuleSets(at == null ? catalogue.ruleSets() : catalogue.inForceOn(at));
    }

    @Operation(summary = SIMULATE, description = SIMULATION + " Answers compliance counted now and under the draft (COMPLIANT, NON_COMPLIANT, OVERDUE, UNKNOWN), per rule, per layer, the 20 most affected organisations, and a page of the applications whose status would change (page from 1, pageSize up to 500, 50 by default), with the checkpoint read.")
    @PostMapping(path = "/simulations", produces = MediaType.APPLICATION_JSON_VALUE)
    Simulation simulate(@RequestBody SimulationRequest request,
                        @RequestParam(defaultValue = "1") @Min(1) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return simulations.simulate(request).page(page, pageSize);
    }

    @Operation(summary = SIMULATE + " (CSV)", description = SIMULATION + " Answers every application whose status would change, as CSV.")
    @PostMapping(path = "/simulations", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> simulateAsCsv(@RequestBody SimulationRequest request) {
        return text(Csv.MEDIA_TYPE, SimulationCsv.render(simulations.simulate(request)));
    }

    @Operation(summary = SIMULATE + " (Markdown)", description = SIMULATION + " Answers a summary in Dutch, to attach to a beslisnota: the draft's rules, the counts now and under the draft, the largest effects, the moment and the checkpoint.")
    @PostMapping(path = "/simulations", produces = Markdown.MEDIA_TYPE)
    ResponseEntity<String> simulateAsMarkdown(@RequestBody SimulationRequest request) {
        return text(Markdown.MEDIA_TYPE, SimulationMarkdown.render(simulations.simulate(request)));
    }

    private static ResponseEntity<String> text(String mediaType, String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(mediaType),
                StandardCharsets.UTF_8)).body(body);
    }

    record RuleSets(List<RuleSet> ruleSets) {
    }
}
