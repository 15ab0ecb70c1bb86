package nl.overheid.ailedger.demo;

import static nl.overheid.ailedger.demo.DemoData.BZK;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentCommand;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.FulfilPartly;
import nl.overheid.ailedger.core.api.commitment.Occurrence;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;

/**
 * The moties and toezeggingen on generative AI named in the policy documents (voorlopig standpunt December 2023,
 * overheidsbrede visie 18 January 2024, overheidsbreed standpunt April 2025), with their progress as those
 * documents tell it. Where the documents do not give a fact (an adoption date, a due date, where a toezegging
 * was made) the summary says so; Kamerstuk numbers are only those the documents cite.
 */
final class DemoCommitments {

    private static final String VOORLOPIG_STANDPUNT = "Kamerbrief voorlopig standpunt generatieve AI (december 2023)";
    private static final String VISIE = "Overheidsbrede visie generatieve AI, Kamerbrief van 18 januari 2024";
    private static final String STANDPUNT = "Kamerbrief overheidsbreed standpunt inzet generatieve AI (april 2025)";

    private DemoCommitments() {
    }

    static List<CommitmentCommand> commands() {
        return List.of(
                new RegisterCommitment("motie-26643-1003", CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. 1003", null, "Verzoek om een integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), date("2023-04-11"), null, date("2023-12-31"), BZK, null, ActionLine.SAMENWERKEN, List.of()),
                new ReportProgress("motie-26643-1003", "Voorlopig standpunt voor de inzet van generatieve AI door "
                        + "rijksorganisaties gedeeld; de integrale visie volgt. Datum van aanneming en termijn zijn "
                        + "bij benadering: de beleidsdocumenten noemen ze niet.", VOORLOPIG_STANDPUNT,
                        Occurrence.of(at("2023-12-11"))),
                new FulfilCommitment("motie-26643-1003", VISIE, Occurrence.of(at("2024-01-18"))),

                new RegisterCommitment("motie-26643-1293", CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. 1293", null, "AI-modellen in principe lokaal laten draaien op systemen van de overheid", List.of("Six Dijkstra"), date("2025-02-11"), null, date("2025-06-30"), BZK, null, ActionLine.INNOVEREN, List.of()),
                new FulfilPartly("motie-26643-1293", STANDPUNT, "Het standpunt moedigt aan modellen lokaal op "
                        + "overheidssystemen te draaien, net als open-source en Europese of Nederlandse modellen, maar "
                        + "verplicht het niet. Datum van aanneming en termijn zijn bij benadering.", Occurrence.of(at("2025-04-16"))),

                new RegisterCommitment("toezegging-quickscan-personeel", CommitmentKind.TOEZEGGING,
                        "Toezegging aan het lid Van Weerdenburg (vindplaats niet vermeld in de beleidsdocumenten)",
                        null, "Quickscan naar de impact van generatieve AI op (IT-)personeel van de overheid",
                        List.of("Van Weerdenburg"), date("2024-10-02"), null, date("2025-06-30"), BZK, null,
                        ActionLine.KENNIS_EN_KUNDE, List.of()),
                new ReportProgress("toezegging-quickscan-personeel", "De beleidsdocumenten noemen de toezegging "
                        + "maar niet de uitkomst van de quickscan; datum en termijn zijn bij benadering.", null,
                        Occurrence.of(at("2025-04-16"))),

                new RegisterCommitment("toezegging-voortgang-eind-2024", CommitmentKind.TOEZEGGING, VISIE, null,
                        "De Kamer voor het einde van 2024 informeren over de voortgang van de visie", List.of(),
                        date("2024-01-18"), null, date("2024-12-31"), BZK, null, ActionLine.ONTWIKKELINGEN_VOLGEN,
                        List.of()),
                new ReportProgress("toezegging-voortgang-eind-2024", "De voortgang is gemeld met het overheidsbrede "
                        + "standpunt, na de toegezegde termijn; of eerder een aparte voortgangsbrief is verstuurd, "
                        + "vermelden de beleidsdocumenten niet.", STANDPUNT, Occurrence.of(at("2025-04-16"))),
                new FulfilCommitment("toezegging-voortgang-eind-2024", STANDPUNT, Occurrence.of(at("2025-04-16"))),

                new RegisterCommitment("toezegging-handreiking-generatieve-ai", CommitmentKind.TOEZEGGING, VISIE,
                        null, "Handreiking generatieve AI voor overheidsorganisaties", List.of(), date("2024-01-18"),
                        null, date("2025-12-31"), BZK, null, ActionLine.KENNIS_EN_KUNDE, List.of()),
                new ReportProgress("toezegging-handreiking-generatieve-ai", "De handreiking helpt organisaties bij "
                        + "de risicoanalyse, de rollen en de afspraken met leveranciers die het standpunt vraagt; "
                        + "de publicatiedatum staat niet in de beleidsdocumenten.", STANDPUNT, Occurrence.of(at("2025-04-16"))),

                new RegisterCommitment("toezegging-overheidsbrede-monitor", CommitmentKind.TOEZEGGING, STANDPUNT,
                        null, "Overheidsbrede monitor van de inzet van (generatieve) AI", List.of(), date("2025-04-16"),
                        null, date("2026-04-30"), BZK, null, ActionLine.TOEZICHT_EN_HANDHAVING, List.of()),
                new ReportProgress("toezegging-overheidsbrede-monitor", "De monitor wordt opgebouwd uit de "
                        + "registraties in dit ledger en de import van het Algoritmeregister; de termijn is bij "
                        + "benadering.", null, Occurrence.of(at("2025-09-01"))));
    }

    private static PartialDate date(String isoDate) {
        return PartialDate.parse(isoDate);
    }

    /** Around midday in the Netherlands on that day: the documents give days, not times. */
    private static Instant at(String isoDate) {
        return Instant.parse(isoDate + "T11:00:00Z");
    }
}
