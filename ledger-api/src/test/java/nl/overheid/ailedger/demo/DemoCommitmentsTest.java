package nl.overheid.ailedger.demo;

import static nl.overheid.ailedger.demo.DemoCommitments.BESLISNOTA_STANDPUNT;
import static nl.overheid.ailedger.demo.DemoCommitments.BESLISNOTA_VISIE;
import static nl.overheid.ailedger.demo.DemoCommitments.BESLISNOTA_VOORLOPIG_STANDPUNT;
import static nl.overheid.ailedger.demo.DemoCommitments.KAMERBRIEF_STANDPUNT;
import static nl.overheid.ailedger.demo.DemoCommitments.VISIE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.sources.PolicySources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo's moties, toezeggingen and visie actions as a ledger that loaded them shows them, each fact checked
 * against the passage of its source that states it, quoted word for word (OCR quirks such as "Al" for "AI"
 * included). A fact no source states must be absent.
 */
class DemoCommitmentsTest {

    private static final String NR_1125 = "Kamerstukken 2023/24, 26 643, nr. 1125";
    private static final String KAMERBRIEF_2025 = "Kamerbrief bij het overheidsbrede standpunt voor de inzet van "
            + "generatieve AI (2025)";
    private static final String STAATSSECRETARIS = "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties";
    private static final String VISIE_BEWINDSPERSONEN = STAATSSECRETARIS + ", Minister van Economische Zaken en "
            + "Klimaat en Minister van Onderwijs, Cultuur en Wetenschap";
    private static final String[] VISIE_LETTER = {"Vergaderjaar 2023–2024", "**26 643**", "**Nr. 1125**",
            "Den Haag, 18 januari 2024"};
    private static final String VISIE_SENDERS = "BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN "
            + "KONINKRIJKSRELATIES EN DE MINISTERS VAN ECONOMISCHE ZAKEN EN KLIMAAT EN VAN ONDERWIJS, CULTUUR EN "
            + "WETENSCHAP";

    private static RunningLedger ledger;
    private static Map<String, JsonNode> shown;

    @BeforeAll
    static void loadTheDemo() {
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.demo-data", "true");
        ledger = RunningLedger.start(storage);
        ProjectionsCaughtUp.await(ledger.client(), LedgerHttpTest.ADMIN);
        shown = new LinkedHashMap<>();
        ledger.client().get("/api/v1/commitments", LedgerHttpTest.ADMIN).json().get("items")
                .forEach(item -> shown.put(item.get("id").asText(), item));
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private static List<Item> items() {
        return List.of(
                item("motie-26643-1003", "MOTIE", BESLISNOTA_VOORLOPIG_STANDPUNT, BESLISNOTA_VISIE, VISIE)
                        .status("VOLDAAN", VISIE, "Met het presenteren van deze visie wordt invulling gegeven aan de "
                                + "motie Dekker Abdulaziz en Rajkowski, die uw Kamer in april 2023 met een grote "
                                + "meerderheid aannam.")
                        .adoptedOn("2023-04", BESLISNOTA_VISIE, "In april 2023 heeft de Tweede Kamer met een grote "
                                + "meerderheid de motie Dekker-Abdulaziz en Rajkowski aangenomen.")
                        .noDueDate()
                        .reference("Kamerstukken 2022/23 26 643, nr. 1003", BESLISNOTA_VISIE,
                                "Kamerstukken 2022/23 26 643, nr. 1003.")
                        .kamerstuk("2022-2023", "26 643", "1003", BESLISNOTA_VISIE,
                                "Kamerstukken 2022/23 26 643, nr. 1003.")
                        .submitters(List.of("Dekker-Abdulaziz", "Rajkowski"), BESLISNOTA_VOORLOPIG_STANDPUNT,
                                "Motie Dekker-Abdulaziz en Rajkowski over een integrale visie over de inzet, het "
                                        + "potentieel én de risico's van nieuwe Al-producten, zoals generatieve Al.")
                        .minister(STAATSSECRETARIS, BESLISNOTA_VISIE, "StasBZK", "U wordt gevraagd akkoord te gaan "
                                + "met verzending van de aanbiedingsbrief, de overheidsbrede visie op generatieve AI "
                                + "en bijbehorende bijlagen aan de Tweede Kamer.")
                        .fulfilledBy(NR_1125, "2024-01-18", VISIE, VISIE_LETTER),

                item("toezegging-quickscan-van-weerdenburg", "TOEZEGGING", BESLISNOTA_VOORLOPIG_STANDPUNT,
                        KAMERBRIEF_STANDPUNT)
                        .status("VOLDAAN", BESLISNOTA_VOORLOPIG_STANDPUNT, "Als bijlage sturen wij de adviezen van de "
                                + "Landsadvocaat en de AP mee en het rapport van de snelle doorlichting naar aanleiding "
                                + "van de Kamervraag van de PW.")
                        .notAdoptedOnButNamedFirstOn("2023-11-06", BESLISNOTA_VOORLOPIG_STANDPUNT, "6 november 2023",
                                "Toezegging op vraag van Weerdenburg (PVV) over het uitvoeren van een QuickScan naar "
                                        + "de impact van generatieve Al op (IT) overheidspersoneel;")
                        .noDueDate()
                        .noReference()
                        .submitters(List.of("Van Weerdenburg"), BESLISNOTA_VOORLOPIG_STANDPUNT, "De aanleiding van de "
                                + "brief bevat de beantwoording van de Kamervraag van Van Weerdenburg (PW)")
                        .noMinister()
                        .fulfilledBy("Kamerbrief 'Voorlopig standpunt voor Rijksorganisaties bij het gebruik van "
                                + "generatieve AI', met als bijlage het rapport van de snelle doorlichting; "
                                + "Kamerstuknummer niet vermeld in de bronnen", "2023-12", KAMERBRIEF_STANDPUNT,
                                "Beide adviezen vormden de basis voor het voorlopige standpunt generatieve AI voor de "
                                        + "Rijksoverheid van december 2023."),

                item("toezegging-visie-januari-2024", "TOEZEGGING", BESLISNOTA_VISIE, VISIE)
                        .status("VOLDAAN", VISIE, VISIE_LETTER)
                        .notAdoptedOnButNamedFirstOn("2024-01-12", BESLISNOTA_VISIE, "12 januari 2024")
                        .dueDate("2024-01", BESLISNOTA_VISIE, "Aan de Tweede Kamer is (meermaals) toegezegd dat de "
                                + "overheidsbrede visie in januari 2024 zal worden verzonden.")
                        .noReference()
                        .minister(STAATSSECRETARIS, BESLISNOTA_VISIE, "StasBZK")
                        .fulfilledBy(NR_1125, "2024-01-18", VISIE, VISIE_LETTER)
                        .notOverdue(),

                item("motie-26643-1075", "MOTIE", VISIE)
                        .status("OPENSTAAND", VISIE, "Het kabinet verkent conform de motie Dekker-Abdulaziz en "
                                + "Rajkowski<sup>15</sup> op dit moment het inrichten van een dergelijk adviserend "
                                + "orgaan.")
                        .notAdoptedOnButNamedFirstOn("2024-01-18", VISIE, "Den Haag, 18 januari 2024")
                        .noDueDate()
                        .reference("Kamerstuk 2023–2024, 26 643, nr. 1075", VISIE,
                                "<sup>15</sup> Kamerstuk 2023–2024, 26 643, nr. 1075.")
                        .kamerstuk("2023-2024", "26 643", "1075", VISIE, "Kamerstuk 2023–2024, 26 643, nr. 1075.")
                        .submitters(List.of("Dekker-Abdulaziz", "Rajkowski"), VISIE, "conform de motie "
                                + "Dekker-Abdulaziz en Rajkowski<sup>15</sup>")
                        .minister(VISIE_BEWINDSPERSONEN, VISIE, VISIE_SENDERS)
                        .actionLine("ONTWIKKELINGEN_VOLGEN", VISIE, "## *2. Nauwgezet volgen van alle ontwikkelingen*")
                        .progress("Het kabinet verkent conform de motie het inrichten van een adviserend orgaan",
                                "2024-01-18", NR_1125, VISIE, "Een AI-adviesorgaan (of Rapid Response Team) op het "
                                        + "hoogste niveau kan het kabinet daarom (mogelijk) adviseren over prangende "
                                        + "kwesties rondom belangrijke ontwikkelingen op het gebied van (generatieve) AI."),

                item("toezegging-voortgang-eind-2024", "TOEZEGGING", VISIE)
                        .status("OPENSTAAND", VISIE, "Uw Kamer zal eind 2024 worden geïnformeerd over de voortgang.")
                        .adoptedOn("2024-01-18", VISIE, "Den Haag, 18 januari 2024")
                        .dueDate("2024", VISIE, "Uw Kamer zal eind 2024 worden geïnformeerd over de voortgang. Hierbij "
                                + "zal ook aandacht zijn voor de noodzaak van eventuele (nieuwe) acties of beleid.")
                        .reference(NR_1125, VISIE, VISIE_LETTER)
                        .kamerstuk("2023-2024", "26 643", "1125", VISIE, VISIE_LETTER)
                        .minister(VISIE_BEWINDSPERSONEN, VISIE, VISIE_SENDERS)
                        .overdue()
                        .noProgress(),

                action("actie-gesprek-met-inwoners", "SAMENWERKEN", "### 1. Samenwerken", "Daarnaast zetten we het "
                        + "gesprek met inwoners over de kansen en risico's van generatieve AI en digitalisering voor de "
                        + "samenleving via verschillende wegen voort in 2024 (zoals via het visietraject generatieve AI "
                        + "en dialoogsessies van het Rathenau Instituut)."),
                action("actie-communicatie-met-burgers", "SAMENWERKEN", "### 1. Samenwerken", "Samen met "
                        + "medeoverheden en uitvoeringsorganisaties verkennen we daarom onder meer manieren waarop "
                        + "generatieve AI kan ondersteunen om de communicatie met burgers te verhelderen en inclusiever "
                        + "te maken."),
                action("actie-pilots-dienstverlening", "SAMENWERKEN", "### 1. Samenwerken", "Ook beproeven we via "
                        + "pilots de meerwaarde van het toepassen van generatieve AI bij het verbeteren van "
                        + "overheidsdienstverlening."),
                action("actie-internationale-governance", "SAMENWERKEN", "### 1. Samenwerken", "Tegelijkertijd worden "
                        + "de al lopende gesprekken over internationale governance van AI geïntensiveerd, waarbij het "
                        + "kabinet een actieve bijdrage levert."),
                action("actie-monitor", "ONTWIKKELINGEN_VOLGEN", "## *2. Nauwgezet volgen van alle ontwikkelingen*",
                        "Om zicht te houden op de ontwikkeling en het gebruik van generatieve AI bij de overheid werken "
                                + "we samen met medeoverheden aan een monitor."),

                item("actie-ser-adviesaanvraag", "ACTIE", VISIE, BESLISNOTA_VISIE)
                        .status("VOLDAAN", VISIE, "Zo heeft het kabinet de Sociaal-Economische Raad (SER) gevraagd om de "
                                + "impact van AI op de arbeidsproductiviteit, kwantiteit en kwaliteit van werk in kaart te "
                                + "brengen.")
                        .adoptedOn("2024-01-18", VISIE, "Den Haag, 18 januari 2024")
                        .noDueDate()
                        .reference(NR_1125, VISIE, VISIE_LETTER)
                        .actionLine("ONTWIKKELINGEN_VOLGEN", VISIE, "## *2. Nauwgezet volgen van alle ontwikkelingen*")
                        .fulfilledBy("Adviesaanvraag aan de SER (bijlage 4 bij de beslisnota van 12 januari 2024), "
                                + "gemeld in " + NR_1125, "2024-01-18", BESLISNOTA_VISIE, "4\tAdviesaanvraag aan de SER",
                                "12 januari 2024"),

                item("actie-implementatie-ai-verordening", "ACTIE", VISIE)
                        .status("OPENSTAAND", VISIE, "Het kabinet start in 2024 met de overheidsbrede implementatie van "
                                + "de AI-verordening, waarbij onder andere guidance en voorlichting richting betrokkenen "
                                + "van groot belang is.")
                        .adoptedOn("2024-01-18", VISIE, "Den Haag, 18 januari 2024")
                        .noDueDate()
                        .reference(NR_1125, VISIE, VISIE_LETTER)
                        .actionLine("WET_EN_REGELGEVING", VISIE, "## *3. Vormgeven en toepassen wet- en regelgeving*"),

                item("actie-handreiking", "ACTIE", VISIE, BESLISNOTA_STANDPUNT, KAMERBRIEF_STANDPUNT)
                        .status("VOLDAAN", KAMERBRIEF_STANDPUNT, "Om overheidsorganisaties te ondersteunen bij het "
                                + "naleven van dit standpunt is – in samenwerking met verschillende "
                                + "overheidsorganisaties – een handreiking opgesteld.", "Een van de acties uit de visie "
                                + "is het interbestuurlijk opstellen van een handreiking voor de verantwoorde inzet van "
                                + "generatieve AI.")
                        .adoptedOn("2024-01-18", VISIE, "Daarbij willen we als overheid het juiste voorbeeld geven door "
                                + "Rijksoverheidsorganisaties een handreiking te bieden voor de inzet van generatieve AI")
                        .noDueDate()
                        .reference(NR_1125, VISIE, VISIE_LETTER)
                        .actionLine("KENNIS_EN_KUNDE", VISIE, "#### 4. Vergroten kennis en kunde")
                        .fulfilledBy("Kamerbrief bij het overheidsbrede standpunt voor de inzet van generatieve AI, met "
                                + "de overheidsbrede handreiking generatieve AI als bijlage; Kamerstuknummer niet vermeld "
                                + "in de bronnen", "2025", BESLISNOTA_STANDPUNT,
                                "Akkoord gaan met verzending van het standpunt en de handreiking (inclusief "
                                        + "begeleidende Kamerbrief) aan de Tweede Kamer.",
                                "3\tOverheidsbrede handreiking generatieve AI")
                        .progress("regelmatig wordt bijgewerkt als ontwikkelingen daarom vragen", "2025",
                                KAMERBRIEF_2025, KAMERBRIEF_STANDPUNT, "Daarbij is de overheidsbrede handreiking een "
                                        + "levend document dat – in samenwerking met overheidspartijen – regelmatig zal "
                                        + "worden bijgewerkt als ontwikkelingen daarom vragen."),
                action("actie-inkoopvoorwaarden", "KENNIS_EN_KUNDE", "#### 4. Vergroten kennis en kunde", "door de "
                        + "inkoopvoorwaarden met het oog op generatieve AI aan te scherpen."),
                action("actie-investeringen-infrastructuur", "KENNIS_EN_KUNDE", "#### 4. Vergroten kennis en kunde",
                        "We verkennen daarbij ook de (noodzakelijke) investeringen in grootschalige wetenschappelijke "
                                + "en technologische infrastructuur (o.a. supercomputers en rekenkracht) op nationaal "
                                + "en EU-niveau"),
                action("actie-ai-testfaciliteit", "INNOVEREN", "#### 5. Innoveren met generatieve AI", "Daarom "
                        + "onderzoekt het kabinet de inrichting van een publieke nationale AI-(test)faciliteit voor "
                        + "verantwoorde (generatieve) AI in Nederland."),
                action("actie-ethische-kaders-ika", "INNOVEREN", "#### 5. Innoveren met generatieve AI", "Tegelijkertijd "
                        + "zal er gewerkt worden aan ethische kaders voor het verantwoord gebruik van generatieve AI in "
                        + "de doorontwikkeling van het implementatiekader voor algoritmen (IKA) voor gebruik van de "
                        + "overheid."),
                action("actie-dialoog-bedrijfsleven", null, "### **Tot slot**", "Ook zal het kabinet de dialoog met "
                        + "het bedrijfsleven over generatieve AI intensiveren"),

                item("motie-26643-1293", "MOTIE", KAMERBRIEF_STANDPUNT, BESLISNOTA_STANDPUNT)
                        .status("OPENSTAAND", KAMERBRIEF_STANDPUNT, "Daarnaast zal ik in het kader van de recent "
                                + "aangenomen motie van het lid Six Dijkstra2 onderzoeken welke mogelijkheden er zijn om "
                                + "overheidsbeleid zo vorm te geven dat AI-modellen (niet alleen generatieve AI) in "
                                + "principe lokaal op overheidssystemen draaien.")
                        .notAdoptedOnButNamedFirstOn("2025-03-05", BESLISNOTA_STANDPUNT, "5 maart 2025",
                                "In bijlage I vindt u de begeleidende Kamerbrief.")
                        .noDueDate()
                        .reference("Kamerstuk 2024–2025, 26 643, nr. 1293", KAMERBRIEF_STANDPUNT,
                                "Kamerstuk 2024–2025, 26 643, nr. 1293.")
                        .kamerstuk("2024-2025", "26 643", "1293", KAMERBRIEF_STANDPUNT,
                                "Kamerstuk 2024–2025, 26 643, nr. 1293.")
                        .submitters(List.of("Six Dijkstra"), KAMERBRIEF_STANDPUNT, "motie van het lid Six Dijkstra")
                        .minister(STAATSSECRETARIS, BESLISNOTA_STANDPUNT, "Aan StasBZK")
                        .progress("Wordt onderzocht: welke mogelijkheden er zijn om overheidsbeleid zo vorm te geven",
                                "2025", KAMERBRIEF_2025, KAMERBRIEF_STANDPUNT, "onderzoeken welke mogelijkheden er zijn "
                                        + "om overheidsbeleid zo vorm te geven dat AI-modellen (niet alleen generatieve "
                                        + "AI) in principe lokaal op overheidssystemen draaien."));
    }

    @Test
    void holdsEveryMotieToezeggingAndActionThatTheSourcesNameAndNothingElse() {
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(items().stream().map(Item::id).toList());
    }

    @TestFactory
    Stream<DynamicTest> eachItemMatchesThePassagesOfItsSources() {
        return items().stream().map(item -> DynamicTest.dynamicTest(item.id(), () -> item.verify(shown.get(item.id()))));
    }

    @Test
    void namesTheDocumentOfEveryStepItRecords() {
        shown.values().forEach(item -> item.get("progress").forEach(step -> {
            if (!step.get("type").asText().equals("CommitmentRegistered")) {
                assertThat(step.get("reference").asText()).as(item.get("id") + " " + step).isNotBlank();
            }
        }));
    }

    private static Item item(String id, String kind, String... sources) {
        return new Item(id, kind, List.of(sources));
    }

    /** An action announced in the visie letter, under the heading of its actielijn, with nothing reported yet. */
    private static Item action(String id, String actionLine, String heading, String passage) {
        return item(id, "ACTIE", VISIE)
                .status("OPENSTAAND", VISIE, passage)
                .adoptedOn("2024-01-18", VISIE, "Den Haag, 18 januari 2024")
                .noDueDate()
                .reference(NR_1125, VISIE, VISIE_LETTER)
                .kamerstuk("2023-2024", "26 643", "1125", VISIE, VISIE_LETTER)
                .minister(VISIE_BEWINDSPERSONEN, VISIE, VISIE_SENDERS)
                .noProgress()
                .actionLine(actionLine, VISIE, heading);
    }

    /** What one item must show, each with the passages that state it. */
    private record Item(String id, String kind, List<String> sources, List<Fact> facts) {

        Item(String id, String kind, List<String> sources) {
            this(id, kind, sources, new ArrayList<>());
        }

        Item status(String status, String file, String... passages) {
            return fact("status", view -> view.get("status").asText(), status, file, passages);
        }

        Item adoptedOn(String date, String file, String... passages) {
            return fact("adoptedOn", view -> text(view, "adoptedOn"), date, file, passages)
                    .fact("firstNamedOn", view -> text(view, "firstNamedOn"), null, file);
        }

        /** The sources do not say when it was made: it is dated by the earliest source that names it, no more. */
        Item notAdoptedOnButNamedFirstOn(String date, String file, String... passages) {
            return fact("adoptedOn", view -> text(view, "adoptedOn"), null, file)
                    .fact("firstNamedOn", view -> text(view, "firstNamedOn"), date, file, passages);
        }

        Item dueDate(String date, String file, String... passages) {
            return fact("dueDate", view -> text(view, "dueDate"), date, file, passages);
        }

        Item noDueDate() {
            return fact("dueDate", view -> text(view, "dueDate"), null, null)
                    .fact("overdue", view -> view.get("overdue").asText(), "false", null);
        }

        Item overdue() {
            return fact("overdue", view -> view.get("overdue").asText(), "true", null);
        }

        Item notOverdue() {
            return fact("overdue", view -> view.get("overdue").asText(), "false", null);
        }

        Item reference(String reference, String file, String... passages) {
            return fact("reference", view -> text(view, "reference"), reference, file, passages);
        }

        Item noReference() {
            return fact("reference", view -> text(view, "reference"), null, null)
                    .fact("kamerstuk", view -> text(view, "kamerstuk"), null, null);
        }

        Item kamerstuk(String vergaderjaar, String dossier, String number, String file, String... passages) {
            return fact("kamerstuk", view -> view.at("/kamerstuk/vergaderjaar").asText() + ", "
                    + view.at("/kamerstuk/dossier").asText() + ", " + view.at("/kamerstuk/number").asText(),
                    vergaderjaar + ", " + dossier + ", " + number, file, passages);
        }

        Item submitters(List<String> names, String file, String... passages) {
            return fact("submitters", view -> {
                List<String> shown = new ArrayList<>();
                view.get("submitters").forEach(name -> shown.add(name.asText()));
                return String.join(" en ", shown);
            }, String.join(" en ", names), file, passages);
        }

        Item minister(String minister, String file, String... passages) {
            return fact("responsibleMinister", view -> text(view, "responsibleMinister"), minister, file, passages);
        }

        Item noMinister() {
            return fact("responsibleMinister", view -> text(view, "responsibleMinister"), null, null);
        }

        Item actionLine(String actionLine, String file, String heading) {
            return fact("actionLine", view -> text(view, "actionLine"), actionLine, file, heading);
        }

        Item fulfilledBy(String reference, String on, String file, String... passages) {
            return fact("fulfilledBy", view -> text(view, "fulfilledBy"), reference, file, passages)
                    .fact("fulfilledOn", view -> text(view, "fulfilledOn"), on, file);
        }

        Item progress(String summaryPart, String on, String reference, String file, String... passages) {
            return fact("progress", view -> last(view, "ProgressReported")
                    .map(step -> step.get("summary").asText().contains(summaryPart) + " "
                            + step.get("occurredOn").asText() + " " + step.get("reference").asText())
                    .orElse(null), "true " + on + " " + reference, file, passages);
        }

        Item noProgress() {
            return fact("progress", view -> last(view, "ProgressReported").map(JsonNode::toString).orElse(null),
                    null, null);
        }

        private Item fact(String field, Function<JsonNode, String> shown, String expected, String file,
                          String... passages) {
            facts.add(new Fact(field, shown, expected, file, List.of(passages)));
            return this;
        }

        void verify(JsonNode view) {
            assertThat(view).as(id + " is shown").isNotNull();
            assertThat(view.get("kind").asText()).as(id + " kind").isEqualTo(kind);
            assertThat(view.get("responsibleOrganisationId").asText()).isEqualTo(DemoData.BZK);
            List<String> cited = new ArrayList<>();
            view.get("sources").forEach(source -> cited.add(source.asText()));
            assertThat(cited).as(id + " sources").containsExactlyElementsOf(sources);
            for (Fact fact : facts) {
                assertThat(fact.shown().apply(view)).as(id + " " + fact.field()).isEqualTo(fact.expected());
                for (String passage : fact.passages()) {
                    assertThat(PolicySources.quotes(fact.file(), passage))
                            .as(id + " " + fact.field() + " rests on '" + passage + "' in " + fact.file()).isTrue();
                }
                if (!fact.passages().isEmpty()) {
                    assertThat(sources).as(id + " names the source of its " + fact.field()).contains(fact.file());
                }
            }
        }

        private static String text(JsonNode view, String field) {
            JsonNode value = view.get(field);
            return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
        }

        private static Optional<JsonNode> last(JsonNode view, String type) {
            JsonNode found = null;
            for (JsonNode step : view.get("progress")) {
                if (step.get("type").asText().equals(type)) {
                    found = step;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private record Fact(String field, Function<JsonNode, String> shown, String expected, String file,
                        List<String> passages) {
    }
}
