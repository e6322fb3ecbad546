package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/** Reads the stored alerts a viewer may see, newest first (at most {@link #LIMIT}), with the labels of their codes. */
@Service
public class AlertList {

    static final int LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final OrganizationRepository registry;

    public AlertList(JdbcTemplate jdbc, OrganizationRepository registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /**
     * @param kind         only this kind (null: every kind)
     * @param townCode     only this town (null: every town the viewer sees)
     * @param includeEnded also alerts that have ended
     */
    public List<AlertView> list(AlertViewer viewer, AlertKind kind, String townCode, boolean includeEnded) {
        StringBuilder sql = new StringBuilder("select a.*, c.case_number from awareness_alert a left join case_file c"
                + " on c.id = a.case_id where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!includeEnded) {
            sql.append(" and a.ended_at is null");
        }
        if (kind != null) {
            sql.append(" and a.kind = ?");
            args.add(kind.name());
        }
        if (townCode != null) {
            sql.append(" and a.town_code = ?");
            args.add(townCode);
        }
        if (!viewer.wholeCity()) {
            sql.append(" and a.town_code in (").append(String.join(", ", Collections.nCopies(viewer.towns().size(), "?")))
                    .append(")");
            args.addAll(viewer.towns());
        }
        // the newest LIMIT: the ended ones accumulate over the years (standard SQL, on H2 and PostgreSQL alike)
        sql.append(" order by a.detected_at desc, a.id desc fetch first ").append(LIMIT).append(" rows only");
        Map<String, String> towns = new LinkedHashMap<>();
        registry.findUnits().forEach(u -> towns.put(u.code(), u.name()));
        Map<String, String> committees = new LinkedHashMap<>();
        registry.findCommittees().forEach(c -> committees.put(c.code(), c.name()));
        return jdbc.query(sql.toString(), (rs, i) -> view(rs, towns, committees), args.toArray());
    }

    private static AlertView view(ResultSet rs, Map<String, String> towns, Map<String, String> committees)
            throws SQLException {
        AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
        String town = rs.getString("town_code");
        String committee = rs.getString("committee_code");
        String category = rs.getString("category");
        Number caseId = (Number) rs.getObject("case_id");
        OffsetDateTime ended = shanghai(rs.getObject("ended_at", OffsetDateTime.class));
        return new AlertView(rs.getLong("id"), kind.name(), kind.label(), rs.getString("title"),
                rs.getString("description"), town, town == null ? null : towns.getOrDefault(town, town), committee,
                committee == null ? null : committees.getOrDefault(committee, committee), category,
                category == null ? null : DisputeCategory.valueOf(category).label(), caseId == null ? null : caseId.longValue(),
                rs.getString("case_number"), figures(kind, rs), shanghai(rs.getObject("detected_at", OffsetDateTime.class)),
                shanghai(rs.getObject("last_seen_at", OffsetDateTime.class)), ended, ended == null,
                rs.getString("recommended_action"));
    }

    private static Map<String, Object> figures(AlertKind kind, ResultSet rs) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        if (kind.isHotspot()) {
            f.put("windowDays", rs.getInt("window_days"));
            f.put("cases", rs.getInt("observed"));
            f.put("baseline", plain(rs.getBigDecimal("baseline")));
            f.put("factor", plain(rs.getBigDecimal("factor")));
            f.put("minCases", rs.getInt("min_count"));
        } else if (kind.isWorkload()) {
            f.put("openCases", rs.getInt("observed"));
            f.put("fullTimeMediators", rs.getInt("mediators"));
            f.put("casesPerMediator", plain(rs.getBigDecimal("per_mediator")));
            f.put("threshold", plain(rs.getBigDecimal("threshold")));
        } else {
            f.put("earlierDisputes", rs.getInt("observed"));
            f.put("earlierReferences", rs.getString("related_cases"));
        }
        return f;
    }

    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : new BigDecimal(number.stripTrailingZeros().toPlainString());
    }

    private static OffsetDateTime shanghai(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
    }
}
