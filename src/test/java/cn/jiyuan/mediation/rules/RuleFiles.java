package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped rule files, as text to change in tests. */
final class RuleFiles {

    private RuleFiles() {
    }

    static String shipped(RuleSet set) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(set.shippedResource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file with one text replaced; fails when the text is not there (the test would prove nothing). */
    static String changed(RuleSet set, String from, String to) {
        String xml = shipped(set);
        if (!xml.contains(from)) {
            throw new IllegalArgumentException("the shipped " + set.fileName() + " has no " + from);
        }
        return xml.replace(from, to);
    }

    /** A supervisor's change of triage.dmn: 征地拆迁 disputes go to the town, before the village catch-all. */
    static String triageWithDemolitionRule() {
        return changed(RuleSet.TRIAGE, "<rule id=\"triage_village\">", """
                <rule id="triage_demolition">
                        <description>征地拆迁纠纷政策性强，由镇(街道)调处</description>
                        <inputEntry id="triage_demolition_ie1"><text>"DEMOLITION"</text></inputEntry>
                        <inputEntry id="triage_demolition_ie2"><text>-</text></inputEntry>
                        <inputEntry id="triage_demolition_ie3"><text>-</text></inputEntry>
                        <inputEntry id="triage_demolition_ie4"><text>-</text></inputEntry>
                        <inputEntry id="triage_demolition_ie5"><text>-</text></inputEntry>
                        <inputEntry id="triage_demolition_ie6"><text>-</text></inputEntry>
                        <outputEntry id="triage_demolition_oe1"><text>"TOWN"</text></outputEntry>
                        <outputEntry id="triage_demolition_oe2"><text>null</text></outputEntry>
                      </rule>
                      <rule id="triage_village">""");
    }

    /** The supervisor's example of that change. */
    static final String DEMOLITION_EXAMPLE = "说明,纠纷类型,办理层级\n征地拆迁纠纷由镇调处,征地拆迁,镇(街道)调委会/司法所\n";

    /** A broken change of risk-assessment.dmn: the 民转刑-prone categories lowered back to 低风险. */
    static String riskWithoutTheCategoryRule() {
        return changed(RuleSet.RISK_ASSESSMENT, "<outputEntry id=\"riskBase_conversionCategory_oe1\">\n"
                + "          <text>2</text>", "<outputEntry id=\"riskBase_conversionCategory_oe1\">\n          <text>1</text>");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
