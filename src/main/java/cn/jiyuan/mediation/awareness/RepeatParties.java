package cn.jiyuan.mediation.awareness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;

/**
 * Repeat parties (重复信访): a party of a new case who was a party of another case, or of a dispute found and
 * resolved on the spot in screening, within {@code mediation.awareness.repeat-party.months} (12). The same person is
 * the same resident ID number, or the same name with the same phone number (compared digit by digit, so that
 * 138-1234-5678 and 13812345678 are one). Everything is read from the project's tables and what is found is a list
 * of case numbers and findings — no name or number leaves them, and nothing goes into the process.
 */
@Service
public class RepeatParties {

    /** Refer to at most this many earlier disputes by number; the count says how many there are. */
    static final int NAMED = 10;

    private final JdbcTemplate jdbc;
    private final AwarenessProperties properties;
    private final AlertStore alerts;

    public RepeatParties(JdbcTemplate jdbc, AwarenessProperties properties, AlertStore alerts) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.alerts = alerts;
    }

    /** A party of the new case as intake has it. */
    public record Person(String name, String phone, String idNumber) {

        boolean isSameAs(String otherName, String otherPhone, String otherIdNumber) {
            if (idNumber != null && otherIdNumber != null && idNumber.equalsIgnoreCase(otherIdNumber)) {
                return true;
            }
            String digits = digits(phone);
            return name != null && name.equals(otherName) && digits != null && digits.equals(digits(otherPhone));
        }
    }

    /** The earlier disputes of the new case's parties, oldest first (case numbers; findings by unit and date). */
    public record Match(List<String> earlier) {

        public boolean found() {
            return !earlier.isEmpty();
        }

        /** The references, at most {@link #NAMED}, joined for the case's history and the alert. */
        public String references() {
            String named = String.join("、", earlier.subList(0, Math.min(NAMED, earlier.size())));
            return earlier.size() > NAMED ? named + "等" + earlier.size() + "起" : named;
        }
    }

    /** Looks the parties up; nothing when the check is switched off ({@code repeat-party.enabled}). */
    public Match find(List<Person> parties, OffsetDateTime now) {
        if (!properties.getRepeatParty().isEnabled() || parties.isEmpty()) {
            return new Match(List.of());
        }
        OffsetDateTime since = now.minusMonths(properties.getRepeatParty().getMonths());
        Set<String> earlier = new LinkedHashSet<>();
        earlier.addAll(cases(parties, since, now));
        earlier.addAll(findings(parties, since, now));
        return new Match(List.copyOf(earlier));
    }

    /** Raises the repeat-party alert of a case just registered (ends when the case leaves mediation). */
    public void raise(long caseId, String caseNumber, String categoryLabel, String townCode, String committeeCode,
                      String category, Match match, OffsetDateTime now) {
        int months = properties.getRepeatParty().getMonths();
        String description = "新受理的" + caseNumber + "（" + categoryLabel + "纠纷）有当事人在" + months + "个月内另涉"
                + match.earlier().size() + "起纠纷：" + match.references() + "。已自动标记风险因素“重复信访”。";
        alerts.raise(new AlertDraft(AlertKind.REPEAT_PARTY, AlertKind.REPEAT_PARTY + ":" + caseId, townCode,
                committeeCode, category, caseId, AlertFigures.repeat(match.earlier().size(), match.references()),
                caseNumber + "当事人" + months + "个月内多次涉及纠纷", description,
                "建议调委会调阅此前的案件和排查记录，查明纠纷反复发生的原因，请此前经办的调解员共同化解；"
                        + "已达成协议的，核实协议履行情况，防止矛盾反复、引发重复信访。"), now);
    }

    /** The note the case's registration carries. */
    public String note(Match match) {
        return "重复信访：当事人" + properties.getRepeatParty().getMonths() + "个月内另涉" + match.references();
    }

    private List<String> cases(List<Person> parties, OffsetDateTime since, OffsetDateTime now) {
        List<Object> args = new ArrayList<>(List.of(since, now));
        List<String> ids = parties.stream().map(Person::idNumber).filter(Objects::nonNull)
                .flatMap(id -> java.util.stream.Stream.of(id.toUpperCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)))
                .distinct().toList();
        List<String> names = parties.stream().filter(p -> p.phone() != null).map(Person::name).filter(Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty() && names.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        if (!ids.isEmpty()) {
            where.append("p.id_number in (").append(marks(ids.size())).append(")");
            args.addAll(ids);
        }
        if (!names.isEmpty()) {
            where.append(ids.isEmpty() ? "" : " or ").append("p.name in (").append(marks(names.size())).append(")");
            args.addAll(names);
        }
        List<String> found = new ArrayList<>();
        jdbc.query("select c.case_number, p.name, p.phone, p.id_number from case_file c join case_party p on p.case_id"
                + " = c.id where c.created_at >= ? and c.created_at <= ? and (" + where + ") order by c.created_at, c.id",
                rs -> {
                    if (matches(parties, rs.getString("name"), rs.getString("phone"), rs.getString("id_number"))) {
                        found.add(rs.getString("case_number"));
                    }
                }, args.toArray());
        return found;
    }

    /**
     * Disputes resolved on the spot in screening. A finding registered as a case is that case (found above), and
     * one still to be registered is the case being registered now, when intake runs for it.
     */
    private List<String> findings(List<Person> parties, OffsetDateTime since, OffsetDateTime now) {
        List<String> names = parties.stream().filter(p -> p.phone() != null).map(Person::name).filter(Objects::nonNull)
                .distinct().toList();
        if (names.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(since, now));
        args.addAll(names);
        args.addAll(names);
        List<String> found = new ArrayList<>();
        jdbc.query("select f.applicant_name, f.applicant_phone, f.respondent_name, f.respondent_phone, f.created_at,"
                + " r.unit_name from screening_finding f join screening_report r on r.id = f.report_id where f.outcome ="
                + " 'RESOLVED' and f.created_at >= ? and f.created_at <= ? and (f.applicant_name in (" + marks(names.size())
                + ") or f.respondent_name in (" + marks(names.size()) + ")) order by f.created_at, f.id", rs -> {
                    if (matches(parties, rs.getString("applicant_name"), rs.getString("applicant_phone"), null)
                            || matches(parties, rs.getString("respondent_name"), rs.getString("respondent_phone"), null)) {
                        OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
                        found.add("排查发现（" + rs.getString("unit_name") + "，"
                                + at.atZoneSameInstant(CaseTime.ZONE).toLocalDate() + "）");
                    }
                }, args.toArray());
        return found;
    }

    private static boolean matches(List<Person> parties, String name, String phone, String idNumber) {
        return parties.stream().anyMatch(p -> p.isSameAs(name, phone, idNumber));
    }

    /** The digits of a phone number, without a leading country code 86 of a mobile number; null for none. */
    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
