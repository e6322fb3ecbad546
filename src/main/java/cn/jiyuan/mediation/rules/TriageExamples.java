package cn.jiyuan.mediation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.triage.DecisionEvaluator;
import cn.jiyuan.mediation.triage.Triage;
import cn.jiyuan.mediation.triage.TriageFacts;
import cn.jiyuan.mediation.triage.TriageResult;

/**
 * The examples of triage.dmn (rules/triage-examples.csv): the facts of a registration after its risk assessment and
 * the expected handling level, industry committee and green channel. Empty cells: not cross-village or cross-town,
 * 低风险, the place has a village, not enterprise-related, channel 来访, not registered by a stationed mediation room;
 * an empty expected column is not checked.
 */
final class TriageExamples implements ExampleSchema {

    static final String CATEGORY = "纠纷类型";
    static final String CROSS_VILLAGE = "跨村(社区)";
    static final String CROSS_TOWN = "跨镇(街道)";
    static final String RISK_LEVEL = "风险等级";
    static final String HAS_VILLAGE = "发生地有村(社区)";
    static final String ENTERPRISE = "涉企";
    static final String CHANNEL = "案件来源";
    static final String STATIONED_ROOM = "派驻调解工作室登记";
    static final String LEVEL = "办理层级";
    static final String INDUSTRY = "行业调委会";
    static final String GREEN_CHANNEL = "走绿色通道";
    static final String NONE = "无";

    @Override
    public List<String> columns() {
        return List.of(DESCRIPTION, CATEGORY, CROSS_VILLAGE, CROSS_TOWN, RISK_LEVEL, HAS_VILLAGE, ENTERPRISE, CHANNEL,
                STATIONED_ROOM, LEVEL, INDUSTRY, GREEN_CHANNEL);
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(DESCRIPTION, CATEGORY);
    }

    @Override
    public List<String> expectedColumns() {
        return List.of(LEVEL, INDUSTRY, GREEN_CHANNEL);
    }

    @Override
    public Example example(ExampleSource source, ExampleCells cells, String description) {
        cells.required(CATEGORY);
        DisputeCategory category = cells.code(CATEGORY, DisputeCategory.class, DisputeCategory::label);
        boolean crossVillage = cells.yesNo(CROSS_VILLAGE, false);
        boolean crossTown = cells.yesNo(CROSS_TOWN, false);
        RiskLevel risk = cells.has(RISK_LEVEL) ? cells.code(RISK_LEVEL, RiskLevel.class, RiskLevel::label) : RiskLevel.LOW;
        boolean hasVillage = cells.yesNo(HAS_VILLAGE, true);
        boolean enterprise = cells.yesNo(ENTERPRISE, false);
        IntakeChannel channel = cells.has(CHANNEL) ? cells.code(CHANNEL, IntakeChannel.class, IntakeChannel::label)
                : IntakeChannel.WALK_IN;
        boolean stationedRoom = cells.yesNo(STATIONED_ROOM, false);
        HandlingLevel level = cells.code(LEVEL, HandlingLevel.class, HandlingLevel::label);
        // "无": no industry committee expected (the case stays with a committee of a place)
        boolean noIndustry = NONE.equals(cells.text(INDUSTRY));
        DisputeCategory industry = noIndustry ? null : cells.code(INDUSTRY, DisputeCategory.class, DisputeCategory::label);
        Boolean green = cells.yesNo(GREEN_CHANNEL);
        if (category == null || risk == null || channel == null) {
            return null;
        }
        TriageFacts facts = new TriageFacts(category, crossVillage, crossTown, risk, hasVillage, enterprise, channel,
                stationedRoom);

        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(CATEGORY, category.label());
        inputs.put(CROSS_VILLAGE, crossVillage ? "是" : "否");
        inputs.put(CROSS_TOWN, crossTown ? "是" : "否");
        inputs.put(RISK_LEVEL, risk.label());
        inputs.put(HAS_VILLAGE, hasVillage ? "是" : "否");
        inputs.put(ENTERPRISE, enterprise ? "是" : "否");
        inputs.put(CHANNEL, channel.label());
        inputs.put(STATIONED_ROOM, stationedRoom ? "是" : "否");
        Map<String, String> expected = new LinkedHashMap<>();
        if (level != null) {
            expected.put(LEVEL, level.name());
        }
        if (industry != null || noIndustry) {
            expected.put(INDUSTRY, noIndustry ? "" : industry.name());
        }
        if (green != null) {
            expected.put(GREEN_CHANNEL, green.toString());
        }
        return new Example(source, cells.line(), description, inputs, facts, expected);
    }

    @Override
    public Map<String, String> outcomes(Object facts, DecisionEvaluator evaluator) {
        TriageResult result = Triage.decide((TriageFacts) facts, evaluator);
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(LEVEL, result.handlingLevel().name());
        outcomes.put(INDUSTRY, result.industry() == null ? "" : result.industry());
        outcomes.put(GREEN_CHANNEL, Boolean.toString(result.greenChannel()));
        return outcomes;
    }

    @Override
    public String shown(String column, String code) {
        return switch (column) {
            case LEVEL -> HandlingLevel.valueOf(code).label();
            case INDUSTRY -> code.isEmpty() ? NONE : label(code);
            case GREEN_CHANNEL -> Boolean.parseBoolean(code) ? "是" : "否";
            default -> code;
        };
    }

    private static String label(String category) {
        for (DisputeCategory c : DisputeCategory.values()) {
            if (c.name().equals(category)) {
                return c.label();
            }
        }
        return category;
    }
}
