package nl.overheid.ailedger.core.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void derivesASlugFromTheName() {
        assertThat(OrganisationNames.slug(OrganisationNames.key("Gemeente Amsterdam"))).isEqualTo("gemeente-amsterdam");
        assertThat(OrganisationNames.slug(OrganisationNames.key("Wetterskip Fryslân"))).isEqualTo("wetterskip-fryslan");
        assertThat(OrganisationNames.slug(OrganisationNames.key("Gemeente 's-Hertogenbosch")))
                .isEqualTo("gemeente-s-hertogenbosch");
        assertThat(OrganisationNames.slug(OrganisationNames.key("Omgevingsdienst Flevoland & Gooi en Vechtstreek")))
                .isEqualTo("omgevingsdienst-flevoland-en-gooi-en-vechtstreek");
        assertThat(OrganisationNames.slug(OrganisationNames.key("Dienst Uitvoering Subsidies aan Instellingen (DUS-I)")))
                .isEqualTo("dienst-uitvoering-subsidies-aan-instellingen-dus-i");
    }

    @Test
    void takesNamesThatDifferInCaseAccentsOrPunctuationForOneOrganisation() {
        assertThat(OrganisationNames.key("Zeeuws archief")).isEqualTo(OrganisationNames.key("Zeeuws Archief"));
        assertThat(OrganisationNames.key("Nationaal Coördinator Groningen"))
                .isEqualTo(OrganisationNames.key("Nationaal Coordinator  Groningen."));
        assertThat(OrganisationNames.key("Stichting Inlichtingenbureau"))
                .isNotEqualTo(OrganisationNames.key("Stichting Bureau Informatiediensten Nederland"));
    }

    @Test
    void cutsLongNamesDeterministicallyAndKeepsThemApart() {
        String common = "Gemeenschappelijke regeling voor de uitvoering van de sociale zekerheid in de regio ";
        String north = OrganisationNames.slug(OrganisationNames.key(common + "Noord"));
        String south = OrganisationNames.slug(OrganisationNames.key(common + "Zuid"));
        assertThat(north).hasSizeLessThanOrEqualTo(64).isNotEqualTo(south)
                .isEqualTo(OrganisationNames.slug(OrganisationNames.key(common + "Noord")));
        assertThat(north).startsWith("gemeenschappelijke-regeling-voor-de-uitvoering-van-de");
    }

    @Test
    void alwaysGivesAValidOrganisationId() {
        for (String name : List.of("X", "IND", "???", "Ω-organisatie", "a".repeat(300), "Gemeente Súdwest-Fryslân",
                "SED Organisatie (Gemeente Stede Broec, Enkhuizen, Drechterland)")) {
            String slug = OrganisationNames.slug(OrganisationNames.key(name));
            assertThat(OrganisationIds.VALID.matcher(slug).matches()).as(name + " -> " + slug).isTrue();
        }
        assertThat(OrganisationNames.key("???")).isEqualTo(OrganisationNames.key("???")).isNotEqualTo(
                OrganisationNames.key("!!!"));
    }
}
