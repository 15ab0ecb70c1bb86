package nl.overheid.ailedger.config;

import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@code /actuator/prometheus} clean for {@code promtool check metrics}: names in snake_case (Axon and
 * Spring Security name some meters and tags in camelCase), a help text on every metric, and no metric whose
 * Prometheus name would carry an abbreviated unit or a misleading {@code _count} suffix.
 */
@Configuration(proxyBeanMethods = false)
class MetricNaming {

    private static final Set<String> DENIED = Set.of(
            "jvm.compilation.time", "process.cpu.time", "system.cpu.count");

    @Bean
    MeterFilter prometheusFriendlyNames() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return DENIED.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                String name = snakeCase(id.getName()).replaceFirst("\\.counter$", "");
                String description = id.getDescription() == null || id.getDescription().isBlank()
                        ? name.replace('.', ' ') : id.getDescription();
                Tags tags = Tags.empty();
                for (Tag tag : id.getTagsAsIterable()) {
                    tags = tags.and(snakeCase(tag.getKey()), tag.getValue());
                }
                return new Meter.Id(name, tags, id.getBaseUnit(), description, id.getType());
            }
        };
    }

    /** {@code eventStore.successTimer} becomes {@code event.store.success.timer}; Prometheus adds the type. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '.' && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('.');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
