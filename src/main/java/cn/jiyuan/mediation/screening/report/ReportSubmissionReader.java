package cn.jiyuan.mediation.screening.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

/**
 * Reads and checks the report form's variables ({@link ReportSubmissionRequest}) with the platform's one request
 * mechanism: {@code zeroReport} (checkbox), {@code disputes} (the dynamic list; Tasklist submits it as a JSON
 * variable, other clients may send a JSON string or a list of maps) and {@code risks}. Here the rules across
 * fields; every problem is named by its field ({@code disputes[0].peopleInvolved}), so that Tasklist shows it
 * beside that field.
 */
@Component
public class ReportSubmissionReader {

    static final String ZERO_REPORT = "zeroReport";
    static final String DISPUTES = "disputes";
    static final String RISKS = "risks";

    private final ObjectMapper json;

    public ReportSubmissionReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws ScreeningReportRejected naming every bad field */
    public ReportSubmission read(Map<String, Object> variables) {
        FieldErrors errors = new FieldErrors();
        ObjectNode body = json.createObjectNode();
        if (variables.get(ZERO_REPORT) != null) {
            body.set(ZERO_REPORT, json.valueToTree(variables.get(ZERO_REPORT)));
        }
        if (variables.get(RISKS) != null) {
            body.set(RISKS, json.valueToTree(variables.get(RISKS)));
        }
        JsonNode disputes = disputes(variables.get(DISPUTES));
        if (disputes == null) {
            errors.add(DISPUTES, "矛盾纠纷列表无法读取");
        } else if (!disputes.isNull()) {
            body.set(DISPUTES, disputes);
        }
        ReportSubmissionRequest request = Requests.bind(body, ReportSubmissionRequest.class, errors);
        Requests.validate(request, errors);
        List<FoundDispute> found = check(request, errors);
        errors.sort(Requests.order(ReportSubmissionRequest.class));
        if (!errors.isEmpty()) {
            throw new ScreeningReportRejected(errors.list());
        }
        return new ReportSubmission(Boolean.TRUE.equals(request.zeroReport()), found, request.risks());
    }

    /** The rules across fields; @return the disputes found, when their rows are all well filled in */
    private static List<FoundDispute> check(ReportSubmissionRequest request, FieldErrors errors) {
        List<FoundDispute> found = new ArrayList<>();
        List<ReportSubmissionRequest.Dispute> rows = request.disputes() == null ? List.of() : request.disputes();
        for (int i = 0; i < rows.size(); i++) {
            ReportSubmissionRequest.Dispute row = rows.get(i);
            String at = DISPUTES + "[" + i + "]";
            if (row == null || errors.hasWithin(DISPUTES + "[" + i + "]") || errors.has(DISPUTES)) {
                continue; // an empty row left in the form's list, or one already named
            }
            Handling handling = Handling.valueOf(row.handling());
            if (handling == Handling.ON_THE_SPOT && row.resolution() == null) {
                errors.add(at + ".resolution", "请填写化解情况");
                continue;
            }
            found.add(dispute(row, handling));
        }
        boolean zero = Boolean.TRUE.equals(request.zeroReport());
        boolean anyRow = rows.stream().anyMatch(row -> row != null);
        if (zero && (anyRow || request.risks() != null)) {
            errors.add(ZERO_REPORT, "零报告不能同时填写矛盾纠纷或风险隐患");
        }
        if (!zero && !anyRow && request.risks() == null && errors.isEmpty()) {
            errors.add(ZERO_REPORT, "请勾选零报告，或填写发现的矛盾纠纷、风险隐患");
        }
        return found;
    }

    private static FoundDispute dispute(ReportSubmissionRequest.Dispute row, Handling handling) {
        boolean toRegister = handling == Handling.REGISTER_CASE;
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        if (toRegister && row.riskIndicators() != null) {
            row.riskIndicators().forEach(code -> indicators.add(RiskIndicator.valueOf(code)));
        }
        return new FoundDispute(row.description(), DisputeCategory.valueOf(row.category()), row.applicantName(),
                row.applicantPhone(), row.respondentName(), row.respondentPhone(),
                row.peopleInvolved() == null ? null : row.peopleInvolved().intValueExact(), handling,
                toRegister ? null : row.resolution(), toRegister ? row.amountInvolved() : null,
                toRegister && Boolean.TRUE.equals(row.enterpriseRelated()), indicators);
    }

    /**
     * The dynamic list as JSON, its empty rows (nothing typed or picked) as null so that the other rows keep the
     * numbers the form shows; JSON null when not sent, Java null when it cannot be read.
     */
    private JsonNode disputes(Object value) {
        JsonNode list;
        try {
            if (value == null) {
                return json.nullNode();
            }
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                list = json.valueToTree(value);
            } else {
                // a JSON variable (Spin), as Tasklist submits the dynamic list, or a JSON string
                String text = value.toString();
                list = text.isBlank() ? json.nullNode() : json.readTree(text);
            }
        } catch (Exception e) {
            return null;
        }
        if (list instanceof ArrayNode rows) {
            for (int i = 0; i < rows.size(); i++) {
                if (isBlankRow(rows.get(i))) {
                    rows.set(i, json.nullNode());
                }
            }
        }
        return list;
    }

    private static boolean isBlankRow(JsonNode row) {
        if (!row.isObject()) {
            return false;
        }
        for (JsonNode field : row) {
            if (!field.isNull() && !field.isBoolean() && !(field.isArray() && field.isEmpty())
                    && !field.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
