package cn.jiyuan.mediation.awareness;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/**
 * The table awareness_alert: one active alert per subject (open_key, unique), refreshed while the subject lasts
 * and ended when it is over, so that a hotspot that lasts a fortnight is one alert, not 336 hourly ones.
 */
@Repository
public class AlertStore {

    private final JdbcTemplate jdbc;

    public AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the active alerts of {@code kinds} exactly {@code found}: a subject found again keeps its alert (with
     * the new figures and texts), a new subject gets a new alert, an active subject not found ends.
     *
     * @return the subjects that got a new alert
     */
    public List<String> reconcile(Collection<AlertKind> kinds, List<AlertDraft> found, OffsetDateTime now) {
        List<String> opened = new ArrayList<>();
        Set<String> subjects = new HashSet<>();
        for (AlertDraft draft : found) {
            subjects.add(draft.subjectKey());
            if (raise(draft, now)) {
                opened.add(draft.subjectKey());
            }
        }
        for (AlertKind kind : kinds) {
            for (String subject : jdbc.queryForList(
                    "select open_key from awareness_alert where kind = ? and open_key is not null", String.class,
                    kind.name())) {
                if (!subjects.contains(subject)) {
                    end(subject, now);
                }
            }
        }
        return opened;
    }

    /** Refreshes the active alert of the draft's subject, or opens one. @return whether one was opened */
    public boolean raise(AlertDraft draft, OffsetDateTime now) {
        if (refresh(draft, now)) {
            return false;
        }
        // Should two scans race (the timer's job runs on one node, but a retried job may meet a late one), the
        // unique open_key refuses the second insert; the failed transaction is retried by the engine and then
        // finds the alert to refresh. Not caught here: on PostgreSQL the transaction is lost anyway.
        insert(draft, now);
        return true;
    }

    /** Ends the active alert of a subject (the subject may flare up again later as a new alert). */
    public void end(String subjectKey, OffsetDateTime now) {
        jdbc.update("update awareness_alert set ended_at = ?, open_key = null where open_key = ?", now, subjectKey);
    }

    /** Ends the repeat-party alerts of cases no longer in mediation. */
    public int endRepeatPartiesOfCasesNotOpen(OffsetDateTime now) {
        return jdbc.update("update awareness_alert set ended_at = ?, open_key = null where kind = ? and open_key is"
                + " not null and not exists (select 1 from case_file c where c.id = awareness_alert.case_id and c.status"
                + " in (" + OpenCases.STATUS_LIST + "))", now, AlertKind.REPEAT_PARTY.name());
    }

    private boolean refresh(AlertDraft d, OffsetDateTime now) {
        AlertFigures f = d.figures();
        return jdbc.update("update awareness_alert set window_days = ?, observed = ?, baseline = ?, factor = ?,"
                        + " min_count = ?, mediators = ?, per_mediator = ?, threshold = ?, related_cases = ?, title = ?,"
                        + " description = ?, recommended_action = ?, last_seen_at = ? where open_key = ?",
                integer(f.windowDays()), integer(f.observed()), decimal(f.baseline()), decimal(f.factor()),
                integer(f.minCount()), integer(f.mediators()), decimal(f.perMediator()), decimal(f.threshold()),
                text(f.relatedCases()), d.title(), d.description(), d.recommendedAction(), now, d.subjectKey()) > 0;
    }

    private void insert(AlertDraft d, OffsetDateTime now) {
        AlertFigures f = d.figures();
        jdbc.update("insert into awareness_alert (kind, subject_key, open_key, town_code, committee_code, category,"
                        + " case_id, window_days, observed, baseline, factor, min_count, mediators, per_mediator,"
                        + " threshold, related_cases, title, description, recommended_action, detected_at, last_seen_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.kind().name(), d.subjectKey(), d.subjectKey(), text(d.townCode()), text(d.committeeCode()),
                text(d.category()), new SqlParameterValue(Types.BIGINT, d.caseId()), integer(f.windowDays()),
                integer(f.observed()), decimal(f.baseline()), decimal(f.factor()), integer(f.minCount()),
                integer(f.mediators()), decimal(f.perMediator()), decimal(f.threshold()), text(f.relatedCases()),
                d.title(), d.description(), d.recommendedAction(), now, now);
    }

    // typed nulls: PostgreSQL's driver cannot guess the type of a bare null
    private static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    private static SqlParameterValue decimal(java.math.BigDecimal value) {
        return new SqlParameterValue(Types.NUMERIC, value);
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }
}
