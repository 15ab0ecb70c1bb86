package nl.overheid.ailedger.core.api.application;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The event types of an application by their names, as the history and the REST API spell them. */
public final class ApplicationEventTypes {

    private static final Map<String, Class<? extends ApplicationEvent>> BY_NAME =
            Arrays.stream(ApplicationEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(ApplicationEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private ApplicationEventTypes() {
    }

    public static String nameOf(ApplicationEvent event) {
        return event.getClass().getSimpleName();
    }

    public static Optional<Class<? extends ApplicationEvent>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
