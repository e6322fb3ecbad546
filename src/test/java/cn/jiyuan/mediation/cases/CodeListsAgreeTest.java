package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.codelabels.CodeLabels;
import cn.jiyuan.mediation.intake.IntakePlaceOptions;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ContactOrganization;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.referral.ReferralOptions;
import cn.jiyuan.mediation.screening.campaign.CampaignTownOptions;
import cn.jiyuan.mediation.situationreport.SituationReportOptions;

/**
 * One source for the code lists (issue 11): the forms take categories, channels, risk indicators and places from
 * the platform's lists (never a copy of their own), and the decisions (processes/*.dmn) name only codes of the
 * Java enums, with the enums' labels on the risk inputs.
 */
class CodeListsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Which list a form field of this key must take its options from. */
    private static final Map<String, Set<String>> LIST_OF_FIELD = Map.of(
            "category", Set.of(CodeListOptions.CATEGORIES),
            "channel", Set.of(CodeListOptions.INTAKE_CHANNELS),
            "riskIndicators", Set.of(CodeListOptions.RISK_INDICATORS),
            // where one may register a case, or the towns one may report an important situation about
            "townCode", Set.of(IntakePlaceOptions.TOWNS, SituationReportOptions.TOWNS),
            "villageCode", Set.of(IntakePlaceOptions.VILLAGES),
            "townCodes", Set.of(CampaignTownOptions.KEY),
            // 三调联动: where a case is referred, to which unit of the registry, and the unit's answer
            "referralKind", Set.of(ReferralOptions.KINDS),
            "referralContact", Set.of(ReferralOptions.UNITS),
            "referralAnswer", Set.of(ReferralOptions.ANSWERS));
    /** The enum a decision input or output of this name holds a code of. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_OF_VARIABLE = Map.of(
            "category", DisputeCategory.class,
            "channel", IntakeChannel.class,
            "riskLevel", RiskLevel.class,
            "handlingLevel", HandlingLevel.class);
    /** Yes/no facts of the decisions that are not risk indicators. */
    private static final Set<String> OTHER_FLAGS = Set.of("crossVillage", "crossTown", "hasVillage",
            "enterpriseRelated", "sensitivePeriod", "stationedRoom");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FLAG = Pattern.compile("^(\\w+) = true$");

    @Test
    void formsTakeCodesAndPlacesFromThePlatformsLists() throws IOException {
        List<Set<String>> codeLists = Stream.of(DisputeCategory.values(), IntakeChannel.values(),
                RiskIndicator.values()).map(values -> {
                    Set<String> names = new TreeSet<>();
                    Arrays.stream(values).forEach(e -> names.add(((Enum<?>) e).name()));
                    return names;
                }).toList();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode c : components(JSON.readTree(file.toFile()))) {
                    String key = c.path("key").asText(c.path("path").asText());
                    // a copy: a place code, or two codes of one list (one may coincide: 回访 REBOUND)
                    List<String> values = c.path("values").findValuesAsText("value");
                    for (Set<String> codes : codeLists) {
                        if (values.stream().filter(codes::contains).count() > 1) {
                            problems.add(file.getFileName() + " " + key + " copies the codes " + values);
                        }
                    }
                    values.stream().filter(v -> v.matches("\\d{9}|\\d{12}"))
                            .forEach(v -> problems.add(file.getFileName() + " " + key + " copies the place " + v));
                    Set<String> lists = LIST_OF_FIELD.get(key);
                    if (lists != null && c.has("type") && !c.path("type").asText().equals("text")) {
                        seen.add(key);
                        boolean fromList = lists.contains(c.path("valuesKey").asText()) || lists.stream().anyMatch(
                                list -> c.path("valuesExpression").asText().matches("^=" + list + "\\b.*"));
                        if (!fromList) {
                            problems.add(file.getFileName() + " " + key + " does not take its options from " + lists);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(LIST_OF_FIELD.keySet());
    }

    @Test
    void decisionsNameOnlyCodesOfTheEnums() throws IOException {
        List<String> problems = new ArrayList<>();
        for (DmnModelInstance model : decisions()) {
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                DecisionTable table = (DecisionTable) decision.getExpression();
                List<Input> inputs = new ArrayList<>(table.getInputs());
                List<Output> outputs = new ArrayList<>(table.getOutputs());
                for (Rule rule : table.getRules()) {
                    List<String> in = rule.getInputEntries().stream().map(e -> e.getText().getTextContent()).toList();
                    List<String> out = rule.getOutputEntries().stream().map(e -> e.getText().getTextContent()).toList();
                    for (int i = 0; i < inputs.size(); i++) {
                        check(decision, inputs.get(i).getInputExpression().getText().getTextContent().strip(),
                                in.get(i), problems);
                    }
                    for (int i = 0; i < outputs.size(); i++) {
                        check(decision, outputs.get(i).getName(), out.get(i), problems);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRiskIndicatorIsAnInputOfTheRiskDecisionUnderItsLabel() throws IOException {
        Map<String, RiskIndicator> byInput = new java.util.HashMap<>();
        Arrays.stream(RiskIndicator.values()).filter(r -> r.decisionInput() != null)
                .forEach(r -> byInput.put(r.decisionInput(), r));
        Set<String> riskBaseFlags = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (DmnModelInstance model : decisions()) {
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                for (Input input : ((DecisionTable) decision.getExpression()).getInputs()) {
                    Matcher flag = FLAG.matcher(input.getInputExpression().getText().getTextContent().strip());
                    if (!flag.matches()) {
                        continue;
                    }
                    String name = flag.group(1);
                    RiskIndicator indicator = byInput.get(name);
                    if (indicator == null && !OTHER_FLAGS.contains(name)) {
                        problems.add(decision.getId() + ": " + name + " is neither a risk indicator nor a known fact");
                    } else if (indicator != null && !indicator.label().equals(input.getLabel())) {
                        problems.add(decision.getId() + ": " + name + " is labelled " + input.getLabel()
                                + ", the form says " + indicator.label());
                    }
                    if (decision.getId().equals("riskBase")) {
                        riskBaseFlags.add(name);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(riskBaseFlags).containsAll(byInput.keySet());
    }

    /**
     * The registry's committee types (the mediation rooms stationed at courts, police stations and petition offices
     * among them) and its contacts' organizations are documented in the import format, and, with the referral's
     * kinds and answers, read in Chinese wherever a code is shown (Cockpit's labels, the statistics, the ledger).
     */
    @Test
    void committeeTypesContactsAndReferralsAreDocumentedAndLabelledInChinese() throws IOException {
        String importFormat = Files.readString(Path.of("docs/organization-import.md"));
        for (CommitteeType type : CommitteeType.values()) {
            assertThat(importFormat).as(type.name()).contains("`" + type.name() + "`");
        }
        for (ContactOrganization organization : ContactOrganization.values()) {
            assertThat(importFormat).as(organization.name()).contains("`" + organization.name() + "`");
        }
        org.camunda.bpm.engine.IdentityService identity = org.mockito.Mockito.mock(
                org.camunda.bpm.engine.IdentityService.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
        org.mockito.Mockito.when(identity.createGroupQuery().list()).thenReturn(List.of());
        Map<String, String> labels = new CodeLabels(identity, org.mockito.Mockito.mock(OrganizationRepository.class))
                .all();
        List<Enum<?>> codes = new ArrayList<>();
        codes.addAll(List.of(CommitteeType.values()));
        codes.addAll(List.of(ReferralKind.values()));
        codes.addAll(List.of(ReferralOutcome.values()));
        codes.addAll(List.of(HandlingLevel.values()));
        codes.addAll(List.of(CaseStatus.values()));
        codes.addAll(List.of(MediationOutcome.values()));
        for (Enum<?> code : codes) {
            assertThat(labels.get(code.name())).as(code.name()).isNotBlank()
                    .matches(label -> label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "in Chinese");
        }
        // every stationed room has its host's channel, and only rooms have one
        for (CommitteeType type : CommitteeType.values()) {
            assertThat(IntakeChannel.ofStationedRoom(type).isPresent()).as(type.name()).isEqualTo(type.isStationedRoom());
        }
    }

    private static void check(Decision decision, String variable, String entry, Collection<String> problems) {
        Class<? extends Enum<?>> type = ENUM_OF_VARIABLE.get(variable);
        if (type == null) {
            return;
        }
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> names.add(e.name()));
        Matcher literal = STRING.matcher(entry);
        while (literal.find()) {
            if (!names.contains(literal.group(1))) {
                problems.add(decision.getId() + ": " + variable + " " + literal.group(1) + " is not a code of "
                        + type.getSimpleName());
            }
        }
    }

    private static List<DmnModelInstance> decisions() throws IOException {
        List<DmnModelInstance> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    models.add(Dmn.readModelFromStream(in));
                }
            }
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(2);
        return models;
    }

    private static List<JsonNode> components(JsonNode parent) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode c : parent.path("components")) {
            all.add(c);
            all.addAll(components(c));
        }
        return all;
    }
}
