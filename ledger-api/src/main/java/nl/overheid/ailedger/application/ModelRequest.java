package nl.overheid.ailedger.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;

/** The model behind an application, as posted. */
record ModelRequest(
        @NotBlank @Size(max = FieldLimits.NAME) String name,
        @Size(max = FieldLimits.NAME) String provider,
        @NotNull Boolean openSource,
        @NotNull ModelOrigin origin) {

    Model toModel() {
        return new Model(name, provider, openSource, origin);
    }
}
