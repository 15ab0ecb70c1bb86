package nl.overheid.ailedger.demo;

import static nl.overheid.ailedger.demo.DemoData.BZK;

import java.util.List;
import java.util.stream.Stream;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentCommand;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.Occurrence;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;

/**
 * Every motie, toezegging and visie action on generative AI that the policy documents in {@code shared/sources}
 * name, with only what those documents state: a date, a Kamerstuk number, a bewindspersoon or a due date they do
 * not give is left out, and progress is what they report, closely paraphrased, naming the document. The visie's
 * actions are what the cabinet says it does, will do, explores or researches (not its general aims); they were
 * announced to the Kamer with the visie letter, Kamerstukken 2023/24, 26 643, nr. 1125 of 18 January 2024.
 * {@code DemoCommitmentsTest} holds the passage each fact rests on.
 */
final class DemoCommitments {

    static final String BESLISNOTA_VOORLOPIG_STANDPUNT = "2023-11-06-beslisnota-voorlopig-standpunt.txt";
    static final String BESLISNOTA_VISIE = "2024-01-12-beslisnota-visie-generatieve-ai.txt";
    static final String VISIE = "2024-01-18-kamerbrief-visie-26643-nr1125.txt";
    static final String BESLISNOTA_STANDPUNT = "2025-03-05-beslisnota-overheidsbreed-standpunt.txt";
    static final String KAMERBRIEF_STANDPUNT = "2025-kamerbrief-overheidsbreed-standpunt.txt";

    private static final Kamerstuk NR_1125 = new Kamerstuk("2023-2024", "26 643", "1125");
    private static final PartialDate VISIE_SENT = PartialDate.parse("2024-01-18");
    private static final String NO_NUMBER = "Kamerstuknummer niet vermeld in de bronnen";
    private static final String KAMERBRIEF_2025 = "Kamerbrief bij het overheidsbrede standpunt voor de inzet van "
            + "generatieve AI (2025)";
    /** The beslisnota of the visie is addressed to the staatssecretaris (StasBZK); so is the one of 2025. */
    private static final String STAATSSECRETARIS_BZK = "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties";
    /** Who sent the visie letter, and with it made its promises and announced its actions. */
    private static final String VISIE_BEWINDSPERSONEN = "Staatssecretaris van Binnenlandse Zaken en "
            + "Koninkrijksrelaties, Minister van Economische Zaken en Klimaat en Minister van Onderwijs, Cultuur en "
            + "Wetenschap";

    private DemoCommitments() {
    }

    static List<CommitmentCommand> commands() {
        return List.of(
                new RegisterCommitment("motie-26643-1003", CommitmentKind.MOTIE, "Kamerstukken 2022/23 26 643, nr. 1003",
                        new Kamerstuk("2022-2023", "26 643", "1003"), "Opstellen van een integrale visie op de inzet, "
                        + "het potentieel en de risico's van nieuwe AI-producten, zoals generatieve AI",
                        List.of("Dekker-Abdulaziz", "Rajkowski"), date("2023-04"), null, null, BZK,
                        STAATSSECRETARIS_BZK, null, List.of(BESLISNOTA_VOORLOPIG_STANDPUNT, BESLISNOTA_VISIE, VISIE)),
                new FulfilCommitment("motie-26643-1003", NR_1125.citation(), Occurrence.of(VISIE_SENT)),

                new RegisterCommitment("toezegging-quickscan-van-weerdenburg", CommitmentKind.TOEZEGGING, null, null,
                        "QuickScan naar de impact van generatieve AI op (IT-)overheidspersoneel",
                        List.of("Van Weerdenburg"), null, date("2023-11-06"), null, BZK, null, null,
                        List.of(BESLISNOTA_VOORLOPIG_STANDPUNT, KAMERBRIEF_STANDPUNT)),
                new FulfilCommitment("toezegging-quickscan-van-weerdenburg", "Kamerbrief 'Voorlopig standpunt voor "
                        + "Rijksorganisaties bij het gebruik van generatieve AI', met als bijlage het rapport van de "
                        + "snelle doorlichting; " + NO_NUMBER,
                        Occurrence.of(date("2023-12"))),

                new RegisterCommitment("toezegging-visie-januari-2024", CommitmentKind.TOEZEGGING, null, null,
                        "De overheidsbrede visie op generatieve AI in januari 2024 aan de Kamer sturen", List.of(),
                        null, date("2024-01-12"), date("2024-01"), BZK, STAATSSECRETARIS_BZK, null,
                        List.of(BESLISNOTA_VISIE, VISIE)),
                new FulfilCommitment("toezegging-visie-januari-2024", NR_1125.citation(), Occurrence.of(VISIE_SENT)),

                new RegisterCommitment("motie-26643-1075", CommitmentKind.MOTIE, "Kamerstuk 2023–2024, 26 643, nr. 1075",
                        new Kamerstuk("2023-2024", "26 643", "1075"), "Een adviserend orgaan over (generatieve) AI, "
                        + "zoals een AI-adviesorgaan of Rapid Response Team op het hoogste niveau",
                        List.of("Dekker-Abdulaziz", "Rajkowski"), null, VISIE_SENT, null, BZK, VISIE_BEWINDSPERSONEN,
                        ActionLine.ONTWIKKELINGEN_VOLGEN, List.of(VISIE)),
                new ReportProgress("motie-26643-1075", "Het kabinet verkent conform de motie het inrichten van een "
                        + "adviserend orgaan dat het kabinet kan adviseren over prangende kwesties rondom belangrijke "
                        + "ontwikkelingen op het gebied van (generatieve) AI", NR_1125.citation(),
                        Occurrence.of(VISIE_SENT)),

                announced(CommitmentKind.TOEZEGGING, "toezegging-voortgang-eind-2024", null, "De Kamer eind 2024 "
                        + "informeren over de voortgang, met aandacht voor de noodzaak van eventuele (nieuwe) acties of "
                        + "beleid", date("2024")),

                action("actie-gesprek-met-inwoners", ActionLine.SAMENWERKEN, "Het gesprek met inwoners over de kansen "
                        + "en risico's van generatieve AI en digitalisering in 2024 voortzetten, onder meer via het "
                        + "visietraject generatieve AI en dialoogsessies van het Rathenau Instituut"),
                action("actie-communicatie-met-burgers", ActionLine.SAMENWERKEN, "Met medeoverheden en "
                        + "uitvoeringsorganisaties verkennen hoe generatieve AI de communicatie met burgers kan "
                        + "verhelderen en inclusiever maken"),
                action("actie-pilots-dienstverlening", ActionLine.SAMENWERKEN, "Via pilots de meerwaarde beproeven van "
                        + "generatieve AI voor het verbeteren van overheidsdienstverlening"),
                action("actie-internationale-governance", ActionLine.SAMENWERKEN, "De lopende gesprekken over "
                        + "internationale governance van AI intensiveren, met een actieve bijdrage van het kabinet"),

                action("actie-monitor", ActionLine.ONTWIKKELINGEN_VOLGEN, "Met medeoverheden werken aan een monitor om "
                        + "zicht te houden op de ontwikkeling en het gebruik van generatieve AI bij de overheid"),
                action("actie-ser-adviesaanvraag", ActionLine.ONTWIKKELINGEN_VOLGEN, "De SER vragen de impact van AI op "
                        + "de arbeidsproductiviteit en op de kwantiteit en kwaliteit van werk in kaart te brengen",
                        BESLISNOTA_VISIE),
                new FulfilCommitment("actie-ser-adviesaanvraag", "Adviesaanvraag aan de SER (bijlage 4 bij de "
                        + "beslisnota van 12 januari 2024), gemeld in " + NR_1125.citation(),
                        Occurrence.of(VISIE_SENT)),

                action("actie-implementatie-ai-verordening", ActionLine.WET_EN_REGELGEVING, "In 2024 starten met de "
                        + "overheidsbrede implementatie van de AI-verordening, met onder andere guidance en voorlichting "
                        + "aan betrokkenen"),

                action("actie-handreiking", ActionLine.KENNIS_EN_KUNDE, "Rijksoverheidsorganisaties een handreiking "
                        + "bieden voor de inzet van generatieve AI", BESLISNOTA_STANDPUNT, KAMERBRIEF_STANDPUNT),
                new FulfilCommitment("actie-handreiking", "Kamerbrief bij het overheidsbrede standpunt voor de inzet "
                        + "van generatieve AI, met de overheidsbrede handreiking generatieve AI als bijlage; " + NO_NUMBER,
                        Occurrence.of(date("2025"))),
                new ReportProgress("actie-handreiking", "De handreiking is in samenwerking met verschillende "
                        + "overheidsorganisaties opgesteld, voor alle overheidsorganisaties; zij is een levend document "
                        + "dat regelmatig wordt bijgewerkt als ontwikkelingen daarom vragen", KAMERBRIEF_2025,
                        Occurrence.of(date("2025"))),
                action("actie-inkoopvoorwaarden", ActionLine.KENNIS_EN_KUNDE, "De inkoopvoorwaarden met het oog op "
                        + "generatieve AI aanscherpen"),
                action("actie-investeringen-infrastructuur", ActionLine.KENNIS_EN_KUNDE, "De (noodzakelijke) "
                        + "investeringen verkennen in grootschalige wetenschappelijke en technologische "
                        + "infrastructuur (o.a. supercomputers en rekenkracht) op nationaal en EU-niveau"),

                action("actie-ai-testfaciliteit", ActionLine.INNOVEREN, "De inrichting onderzoeken van een publieke "
                        + "nationale AI-(test)faciliteit voor verantwoorde (generatieve) AI in Nederland"),
                action("actie-ethische-kaders-ika", ActionLine.INNOVEREN, "Werken aan ethische kaders voor het "
                        + "verantwoord gebruik van generatieve AI in de doorontwikkeling van het implementatiekader "
                        + "voor algoritmen (IKA)"),

                action("actie-dialoog-bedrijfsleven", null, "De dialoog met het bedrijfsleven over generatieve AI "
                        + "intensiveren"),

                new RegisterCommitment("motie-26643-1293", CommitmentKind.MOTIE, "Kamerstuk 2024–2025, 26 643, nr. 1293",
                        new Kamerstuk("2024-2025", "26 643", "1293"), "AI-modellen (niet alleen generatieve AI) in "
                        + "principe lokaal op overheidssystemen laten draaien", List.of("Six Dijkstra"), null,
                        date("2025-03-05"), null, BZK, STAATSSECRETARIS_BZK, null,
                        List.of(KAMERBRIEF_STANDPUNT, BESLISNOTA_STANDPUNT)),
                new ReportProgress("motie-26643-1293", "Wordt onderzocht: welke mogelijkheden er zijn om "
                        + "overheidsbeleid zo vorm te geven dat AI-modellen (niet alleen generatieve AI) in principe "
                        + "lokaal op overheidssystemen draaien", KAMERBRIEF_2025, Occurrence.of(date("2025"))));
    }

    /** An action the visie letter announces, resting on that letter and on the other documents named. */
    private static RegisterCommitment action(String id, ActionLine line, String title, String... moreSources) {
        return announced(CommitmentKind.ACTIE, id, line, title, null, moreSources);
    }

    /** A promise or action made in the visie letter itself, on the day of the letter, by those who sent it. */
    private static RegisterCommitment announced(CommitmentKind kind, String id, ActionLine line, String title,
                                                PartialDate dueDate, String... moreSources) {
        return new RegisterCommitment(id, kind, NR_1125.citation(), NR_1125, title, List.of(), VISIE_SENT, null,
                dueDate, BZK, VISIE_BEWINDSPERSONEN, line,
                Stream.concat(Stream.of(VISIE), Stream.of(moreSources)).toList());
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }
}
