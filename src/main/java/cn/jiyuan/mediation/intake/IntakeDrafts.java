package cn.jiyuan.mediation.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.FormField;

/**
 * The parties' personal data of a Tasklist intake that must be corrected (table intake_draft): it never stays in
 * the engine. The correction form gets these values when it is opened (IntakeDraftFields), and the row goes
 * when the case is registered.
 */
@Repository
public class IntakeDrafts {

    static final String FORM = "case-intake";

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> fields;

    public IntakeDrafts(JdbcTemplate jdbc, FormCatalog forms) {
        this.jdbc = jdbc;
        this.fields = forms.find(FORM).orElseThrow().fields().values().stream()
                .filter(f -> f.personal() && !f.readonly()).map(FormField::key).sorted().toList();
    }

    /**
     * The intake form's personal fields (forms/case-intake.form): what is typed in (names, phones, ID numbers, the
     * summary, occupations, addresses) and what the form marks {@code personalData} (sex, birth date, ethnicity…)
     * stays here, not in the process, while the intake is corrected.
     */
    public List<String> fields() {
        return fields;
    }

    public void save(String processInstanceId, String userId, Map<String, String> values) {
        String payload = toJson(values);
        int updated = jdbc.update("update intake_draft set payload = ?, updated_at = ? where process_instance_id = ?",
                payload, CaseTime.now(), processInstanceId);
        if (updated == 0) {
            jdbc.update("insert into intake_draft (process_instance_id, created_by, payload, updated_at) "
                    + "values (?, ?, ?, ?)", processInstanceId, userId, payload, CaseTime.now());
        }
    }

    public Optional<Draft> find(String processInstanceId) {
        return jdbc.query("select created_by, payload from intake_draft where process_instance_id = ?",
                (rs, i) -> new Draft(rs.getString("created_by"), fromJson(rs.getString("payload"))),
                processInstanceId).stream().findFirst();
    }

    public void delete(String processInstanceId) {
        jdbc.update("delete from intake_draft where process_instance_id = ?", processInstanceId);
    }

    /** A saved draft: who entered it and the values by form field. */
    public record Draft(String createdBy, Map<String, String> values) {
    }

    private String toJson(Map<String, String> values) {
        try {
            return json.writeValueAsString(new LinkedHashMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String payload) {
        try {
            return json.readValue(payload, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable intake draft", e);
        }
    }
}
