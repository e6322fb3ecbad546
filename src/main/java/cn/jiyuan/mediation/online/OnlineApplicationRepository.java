package cn.jiyuan.mediation.online;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables of the public side (V19): the consents of an online application, the appointments agreed with the
 * parties; and the few reads of the case tables the status lookup needs.
 */
@Repository
class OnlineApplicationRepository {

    /** An applicant of a case, as the status lookup compares the phone. */
    record Applicant(long caseId, String phone) {
    }

    /** An appointment agreed with the parties. */
    record Appointment(OffsetDateTime at, String place) {
    }

    private final JdbcTemplate jdbc;

    OnlineApplicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the consents of the application of the case, once (a merged repetition adds nothing). Called outside
     * any transaction: a repetition's failed insert aborts nothing.
     *
     * @return whether this was the first: false for a repetition merged into the case
     */
    boolean recordApplication(long caseId, String privacyNoticeVersion, OffsetDateTime at) {
        try {
            jdbc.update("insert into online_application (case_id, privacy_notice_version, submitted_at) values (?, ?, ?)",
                    caseId, privacyNoticeVersion, at);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException recordedBefore) {
            // the first application of the merged ones holds the consents
            return false;
        }
    }

    boolean isOnlineApplication(long caseId) {
        return !jdbc.queryForList("select case_id from online_application where case_id = ?", Long.class, caseId).isEmpty();
    }

    /** The applicants of the case numbered so (none when there is no such case): one query, whichever the answer. */
    List<Applicant> applicants(String caseNumber) {
        return jdbc.query("select c.id, p.phone from case_file c join case_party p on p.case_id = c.id"
                + " where c.case_number = ? and p.role = 'APPLICANT'", (rs, i) -> new Applicant(rs.getLong(1),
                rs.getString(2)), caseNumber);
    }

    int sessions(long caseId) {
        Integer n = jdbc.queryForObject("select count(*) from case_session where case_id = ?", Integer.class, caseId);
        return n == null ? 0 : n;
    }

    void insertAppointment(long caseId, OffsetDateTime at, String place, String by, OffsetDateTime recordedAt) {
        jdbc.update("insert into case_appointment (case_id, appointment_at, place, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?)", caseId, at, place, by, recordedAt);
    }

    /** The first appointment from {@code now} on, if one is recorded. */
    Optional<Appointment> nextAppointment(long caseId, OffsetDateTime now) {
        return jdbc.query("select appointment_at, place from case_appointment where case_id = ? and appointment_at >= ?"
                        + " order by appointment_at, id", (rs, i) -> new Appointment(
                        rs.getObject(1, OffsetDateTime.class), rs.getString(2)), caseId, now)
                .stream().findFirst();
    }
}
