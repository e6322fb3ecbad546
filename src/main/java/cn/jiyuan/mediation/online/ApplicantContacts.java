package cn.jiyuan.mediation.online;

import static cn.jiyuan.mediation.online.OnlineApplicationVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.WorkingDays;
import cn.jiyuan.mediation.forms.FormInputException;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.platform.UserText;

/**
 * The committee's first step with an online application (联系网上申请人): when it is due, and what the contact
 * recorded — in the case's history, and an appointment agreed with the applicant in case_appointment, where the
 * applicant's status page finds it. A justice office's supervision of a late contact goes into the history too.
 */
@Service
public class ApplicantContacts {

    private final CaseStatusService statuses;
    private final OnlineApplicationRepository applications;

    public ApplicantContacts(CaseStatusService statuses, OnlineApplicationRepository applications) {
        this.statuses = statuses;
        this.applications = applications;
    }

    /** The end (Jiyuan time) of the first working day after the day the case was registered. */
    public Date contactDue(CaseFile c) {
        return CaseTime.endOf(WorkingDays.next(c.createdAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate()));
    }

    /**
     * @param form the form applicant-contact as submitted
     * @throws FormInputException naming the field, in Chinese: the task stays open
     */
    @Transactional
    public void recordContact(long caseId, Map<String, Object> form, String by) {
        String result = FormValues.text(form.get(CONTACT_RESULT));
        if (!REACHED.equals(result) && !NOT_REACHED.equals(result)) {
            throw new FormInputException(CONTACT_RESULT, "请选择是否已联系上申请人");
        }
        String way = ContactWay.label(FormValues.text(form.get(CONTACT_WAY)));
        if (way == null) {
            throw new FormInputException(CONTACT_WAY, "请选择联系方式");
        }
        String notes = FormValues.text(form.get(CONTACT_NOTES));
        if (notes == null) {
            throw new FormInputException(CONTACT_NOTES, "请填写沟通情况");
        }
        checkText(CONTACT_NOTES, notes, 1000, true);
        StringBuilder note = new StringBuilder("联系网上申请人（").append(way).append("）：")
                .append(REACHED.equals(result) ? "已与申请人取得联系" : "多次联系未果，转入调解环节继续联系");
        OffsetDateTime appointment = appointment(form);
        if (appointment != null) {
            String place = FormValues.text(form.get(APPOINTMENT_PLACE));
            applications.insertAppointment(caseId, appointment, place, by, CaseTime.now());
            note.append("；约定").append(CaseTime.shown(appointment)).append("在").append(place).append("调解");
        }
        statuses.note(caseId, note.append("。沟通情况：").append(notes).toString());
    }

    @Transactional
    public void recordSupervision(long caseId, String opinion) {
        if (opinion == null) {
            throw new FormInputException(SUPERVISION_OPINION, "请填写督办意见");
        }
        checkText(SUPERVISION_OPINION, opinion, 1800, true);
        statuses.note(caseId, "司法所督办联系网上申请人：" + opinion);
    }

    /** The appointment of the form (day, time, place: all or none), which must lie ahead. */
    private static OffsetDateTime appointment(Map<String, Object> form) {
        LocalDate day = FormValues.date(form.get(APPOINTMENT_DATE), "约定调解日期");
        String time = FormValues.text(form.get(APPOINTMENT_TIME));
        String place = FormValues.text(form.get(APPOINTMENT_PLACE));
        if (day == null && time == null && place == null) {
            return null;
        }
        if (day == null) {
            throw new FormInputException(APPOINTMENT_DATE, "约定了时间或地点的，请选择约定调解日期");
        }
        if (time == null) {
            throw new FormInputException(APPOINTMENT_TIME, "请选择约定调解的时间");
        }
        if (place == null) {
            throw new FormInputException(APPOINTMENT_PLACE, "请填写约定调解的地点");
        }
        checkText(APPOINTMENT_PLACE, place, 200, false);
        LocalTime at;
        try {
            at = LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new FormInputException(APPOINTMENT_TIME, "请从列表中选择约定调解的时间");
        }
        OffsetDateTime when = day.atTime(at).atZone(CaseTime.ZONE).toOffsetDateTime();
        if (!when.isAfter(CaseTime.now())) {
            throw new FormInputException(APPOINTMENT_DATE, "约定调解的时间须晚于现在");
        }
        if (day.isAfter(CaseTime.today().plusDays(90))) {
            throw new FormInputException(APPOINTMENT_DATE, "约定调解日期不能晚于90天以后");
        }
        return when;
    }

    private static void checkText(String field, String text, int max, boolean multiLine) {
        if (text.length() > max) {
            throw new FormInputException(field, "不能超过" + max + "个字（现有" + text.length() + "个字）");
        }
        String problem = UserText.problem(text, multiLine);
        if (problem != null) {
            throw new FormInputException(field, problem);
        }
    }

    /** How the applicant was contacted (the form's options). */
    enum ContactWay {
        PHONE("电话"), SMS("短信"), VISIT("上门或来访");

        private final String label;

        ContactWay(String label) {
            this.label = label;
        }

        static String label(String code) {
            for (ContactWay w : values()) {
                if (w.name().equals(code)) {
                    return w.label;
                }
            }
            return null;
        }
    }
}
