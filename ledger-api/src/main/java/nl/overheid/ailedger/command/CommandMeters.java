package nl.overheid.ailedger.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.overheid.ailedger.core.api.application.ApplicationCommand;
import nl.overheid.ailedger.core.api.commitment.CommitmentCommand;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import nl.overheid.ailedger.core.api.policy.RuleId;
import org.springframework.stereotype.Component;

/**
 * {@code ledger_commands_total{command, outcome}} and {@code ledger_policy_refusals_total{rule}}, each series present
 * from start-up at zero: a dashboard or an alert on a rate sees the first refusal as a change, not as a new series.
 */
@Component
class CommandMeters {

    /** What became of a command. */
    enum Outcome {
        ACCEPTED, REFUSED, CONFLICT, FAILED
    }

    private final MeterRegistry meters;

    CommandMeters(MeterRegistry meters) {
        this.meters = meters;
        Stream.of(permitted(ApplicationCommand.class), permitted(CommitmentCommand.class),
                        Stream.of(RegisterOrganisation.class))
                .flatMap(commands -> commands)
                .forEach(command -> Arrays.stream(Outcome.values()).forEach(outcome -> counter(command, outcome)));
        Arrays.stream(RuleId.values()).forEach(this::refusal);
    }

    void count(Class<?> command, Outcome outcome) {
        counter(command, outcome).increment();
    }

    void refused(RuleId rule) {
        refusal(rule).increment();
    }

    private Counter counter(Class<?> command, Outcome outcome) {
        return Counter.builder("ledger.commands")
                .description("Commands handled, by outcome")
                .tag("command", command.getSimpleName())
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }

    private Counter refusal(RuleId rule) {
        return Counter.builder("ledger.policy.refusals")
                .description("Commands refused by the policy gate, per unmet rule")
                .tag("rule", rule.name())
                .register(meters);
    }

    private static Stream<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses());
    }
}
