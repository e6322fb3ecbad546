package cn.jiyuan.mediation.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseTime;

/** Reads and writes table {@code rule_version}. */
@Repository
class RuleChangeRepository {

    private final JdbcTemplate jdbc;

    RuleChangeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RuleChange c) {
        jdbc.update("insert into rule_version (rule_set, deployment_id, version, kind, restored_version, changed_by, "
                        + "changed_at, reason, file_name, project_examples, uploaded_examples, examples_csv) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.ruleSet().code(), c.deploymentId(), c.version(), c.kind().name(), c.restoredVersion(), c.changedBy(),
                c.changedAt(), c.reason(), c.fileName(), c.projectExamples(), c.uploadedExamples(), c.examplesCsv());
    }

    List<RuleChange> findAll(RuleSet set) {
        return jdbc.query("select * from rule_version where rule_set = ? order by version desc",
                (rs, n) -> map(set, rs), set.code());
    }

    Optional<RuleChange> findByVersion(RuleSet set, int version) {
        return jdbc.query("select * from rule_version where rule_set = ? and version = ?", (rs, n) -> map(set, rs),
                set.code(), version).stream().findFirst();
    }

    private static RuleChange map(RuleSet set, ResultSet rs) throws SQLException {
        int restoredVersion = rs.getInt("restored_version");
        Integer restored = rs.wasNull() ? null : restoredVersion;
        return new RuleChange(set, rs.getString("deployment_id"), rs.getInt("version"),
                RuleChange.Kind.valueOf(rs.getString("kind")), restored, rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime(),
                rs.getString("reason"), rs.getString("file_name"), rs.getInt("project_examples"),
                rs.getInt("uploaded_examples"), rs.getBytes("examples_csv"));
    }
}
