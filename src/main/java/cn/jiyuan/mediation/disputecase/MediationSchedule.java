package cn.jiyuan.mediation.disputecase;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseTime;

/**
 * The dates of the timers of processes/dispute-case.bpmn, as expressions ({@code ${mediationSchedule...}}):
 * timers are evaluated when their activity is entered, and the mediate task is entered again after every
 * extension, hand-over or recorded session, so they always follow the current {@code deadline}.
 * Configurable: {@code mediation.deadline.reminder-days-before} (5), {@code mediation.supervision.city-center-after}
 * (P5D, an ISO-8601 duration), {@code mediation.judicial-confirmation.reminder-days-before} (7),
 * {@code mediation.follow-up.days} (7,30) and {@code mediation.follow-up.hour} (9).
 */
@Component("mediationSchedule")
public class MediationSchedule {

    private final MediationRecords records;
    private final int reminderDaysBefore;
    private final String cityCenterAfter;
    private final int judicialReminderDaysBefore;
    private final int followUpHour;

    public MediationSchedule(MediationRecords records,
                             @Value("${mediation.deadline.reminder-days-before:5}") int reminderDaysBefore,
                             @Value("${mediation.supervision.city-center-after:P5D}") String cityCenterAfter,
                             @Value("${mediation.judicial-confirmation.reminder-days-before:7}") int judicialReminderDaysBefore,
                             @Value("${mediation.follow-up.hour:9}") int followUpHour) {
        this.records = records;
        this.reminderDaysBefore = reminderDaysBefore;
        this.cityCenterAfter = cityCenterAfter;
        this.judicialReminderDaysBefore = judicialReminderDaysBefore;
        this.followUpHour = followUpHour;
    }

    /** The reminder before the mediation deadline (a Date: end of the deadline day). */
    public Date reminderAt(Date deadline) {
        return new Date(deadline.getTime() - reminderDaysBefore * 24L * 3600 * 1000);
    }

    /** How long the justice office supervises an overdue case before the city centre is involved. */
    public String cityCenterAfter() {
        return cityCenterAfter;
    }

    /** The last day (end of day) to apply for judicial confirmation: 30 days after the agreement took effect. */
    public Date judicialConfirmationWindowEnd(Object agreementId) {
        return CaseTime.endOf(effective(agreementId).plusDays(30));
    }

    public Date judicialConfirmationReminderAt(Object agreementId) {
        LocalDate day = effective(agreementId).plusDays(30L - judicialReminderDaysBefore);
        return Date.from(day.atTime(LocalTime.of(followUpHour, 0)).atZone(CaseTime.ZONE).toInstant());
    }

    private LocalDate effective(Object agreementId) {
        return records.findAgreement(((Number) agreementId).longValue()).orElseThrow().effectiveDate();
    }

    /**
     * The visits planned for the agreement, in due order: the collection of the visits' sequential
     * multi-instance (evaluated again for every visit, so it must not change while they are made).
     */
    public List<Long> followUpIds(Object agreementId) {
        return records.findFollowUpIdsOfAgreement(((Number) agreementId).longValue());
    }

    /** When a visit is due (its day, at the configured hour). */
    public Date followUpAt(Object followUpId) {
        LocalDate due = records.findFollowUp(((Number) followUpId).longValue()).orElseThrow().dueDate();
        return Date.from(due.atTime(LocalTime.of(followUpHour, 0)).atZone(CaseTime.ZONE).toInstant());
    }

    /** Due date of a visit task: the end of the visit's day. */
    public Date followUpDue(Object followUpId) {
        return CaseTime.endOf(records.findFollowUp(((Number) followUpId).longValue()).orElseThrow().dueDate());
    }
}
