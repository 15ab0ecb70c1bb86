package nl.overheid.ailedger.core.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import org.junit.jupiter.api.Test;

class LayerRulesTest {

    private final LayerRules rules = LayerRules.standard();

    @Test
    void derivesTheLayerFromTheName() {
        Map<String, GovernmentLayer> expected = Map.ofEntries(
                Map.entry("Gemeente Delft", GovernmentLayer.GEMEENTE),
                Map.entry("Provincie Zuid-Holland", GovernmentLayer.PROVINCIE),
                Map.entry("Waterschap Aa en Maas", GovernmentLayer.WATERSCHAP),
                Map.entry("Hoogheemraadschap van Rijnland", GovernmentLayer.WATERSCHAP),
                Map.entry("HDSR Hoogheemraadschap De Stichtse Rijnlanden", GovernmentLayer.WATERSCHAP),
                Map.entry("Wetterskip Fryslân", GovernmentLayer.WATERSCHAP),
                Map.entry("Ministerie van Justitie en Veiligheid", GovernmentLayer.RIJK),
                Map.entry("Inspectie Leefomgeving en Transport (ILT)", GovernmentLayer.RIJK),
                Map.entry("Uitvoeringsinstituut Werknemersverzekeringen", GovernmentLayer.UITVOERINGSORGANISATIE),
                Map.entry("UWV", GovernmentLayer.UITVOERINGSORGANISATIE),
                Map.entry("Belastingdienst", GovernmentLayer.UITVOERINGSORGANISATIE),
                Map.entry("RDW", GovernmentLayer.UITVOERINGSORGANISATIE),
                Map.entry("Kadaster", GovernmentLayer.UITVOERINGSORGANISATIE),
                Map.entry("SED Organisatie (Gemeente Stede Broec, Enkhuizen, Drechterland)", GovernmentLayer.OVERIG),
                Map.entry("Gemeenschappelijke regeling BEL Combinatie", GovernmentLayer.OVERIG),
                Map.entry("GGD IJsselland", GovernmentLayer.OVERIG),
                Map.entry("Stichting Inlichtingenbureau", GovernmentLayer.OVERIG));
        expected.forEach((name, layer) -> assertThat(rules.layerOf(name)).as(name).isEqualTo(layer));
    }

    @Test
    void matchesListedNamesWhateverTheirCase() {
        assertThat(rules.layerOf("centraal bureau voor de statistiek")).isEqualTo(GovernmentLayer.UITVOERINGSORGANISATIE);
        assertThat(rules.layerOf("GEMEENTE UTRECHT")).isEqualTo(GovernmentLayer.GEMEENTE);
    }
}
