package cn.jiyuan.mediation.referral;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.WorkingDays;

/**
 * The dates of a referral and of the timers of processes/case-referral.bpmn ({@code ${referralSchedule...}}), in
 * working days ({@link WorkingDays}): the receiving unit is expected to answer within
 * {@code mediation.referral.reply-working-days} (15) working days of the referral; on the next working day after that
 * (at {@code mediation.referral.hour}, 9 o'clock) the committee is reminded, and
 * {@code mediation.referral.escalate-after-working-days} (5) working days later still without an answer the justice
 * office supervises it.
 */
@Component("referralSchedule")
public class ReferralSchedule {

    private final ReferralRepository referrals;
    private final int replyWorkingDays;
    private final int escalateAfterWorkingDays;
    private final int hour;

    public ReferralSchedule(ReferralRepository referrals,
                            @Value("${mediation.referral.reply-working-days:15}") int replyWorkingDays,
                            @Value("${mediation.referral.escalate-after-working-days:5}") int escalateAfterWorkingDays,
                            @Value("${mediation.referral.hour:9}") int hour) {
        if (replyWorkingDays < 1 || escalateAfterWorkingDays < 1 || hour < 0 || hour > 23) {
            throw new IllegalArgumentException("mediation.referral: reply and escalation take at least one working day,"
                    + " the hour is 0 to 23");
        }
        this.referrals = referrals;
        this.replyWorkingDays = replyWorkingDays;
        this.escalateAfterWorkingDays = escalateAfterWorkingDays;
        this.hour = hour;
    }

    /** The last day the receiving unit's answer is expected by, for a referral made on {@code referredOn}. */
    public LocalDate replyDueFor(LocalDate referredOn) {
        return workingDaysAfter(referredOn, replyWorkingDays);
    }

    /** Due date of the answer task: the end of the reply's last day. */
    public Date replyDue(Object referralId) {
        return CaseTime.endOf(due(referralId));
    }

    /** The reminder: the first working day after the reply was due, at the configured hour. */
    public Date reminderAt(Object referralId) {
        return at(workingDaysAfter(due(referralId), 1));
    }

    /** The escalation to the justice office: the configured working days after the reminder. */
    public Date escalationAt(Object referralId) {
        return at(workingDaysAfter(due(referralId), 1 + escalateAfterWorkingDays));
    }

    private LocalDate due(Object referralId) {
        long id = ((Number) referralId).longValue();
        return referrals.find(id).orElseThrow(() -> new IllegalStateException("no referral " + id)).replyDue();
    }

    private Date at(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(CaseTime.ZONE).toInstant());
    }

    /** The {@code n}-th working day after {@code day} (WorkingDays knows weekends, and holidays where it does). */
    static LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = WorkingDays.next(d);
        }
        return d;
    }
}
