package cn.jiyuan.mediation.online;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rate limits of the public endpoints ({@code mediation.public.*}): applications per client address and per
 * applicant's phone, status lookups per address and per phone, failed lookups per case number (someone who knows a
 * number cannot try phone after phone), challenges per address. A refused request gets 429 with the time to wait.
 */
@Component
public class PublicLimits {

    static final String HOTLINE = "如情况紧急，请拨打12348公共法律服务热线。";

    private final RequestWindow applicationsByAddress;
    private final RequestWindow applicationsByPhone;
    private final RequestWindow lookupsByAddress;
    private final RequestWindow lookupsByPhone;
    private final RequestWindow failedLookupsByCase;
    private final RequestWindow challengesByAddress;

    @Autowired
    public PublicLimits(PublicSettings settings) {
        this(settings, Clock.systemUTC());
    }

    PublicLimits(PublicSettings settings, Clock clock) {
        applicationsByAddress = new RequestWindow(settings.getApplications().getPerAddress(), clock);
        applicationsByPhone = new RequestWindow(settings.getApplications().getPerPhone(), clock);
        lookupsByAddress = new RequestWindow(settings.getStatus().getPerAddress(), clock);
        lookupsByPhone = new RequestWindow(settings.getStatus().getPerPhone(), clock);
        failedLookupsByCase = new RequestWindow(settings.getStatus().getFailuresPerCaseNumber(), clock);
        challengesByAddress = new RequestWindow(settings.getChallenge().getPerAddress(), clock);
    }

    void applicationFrom(String address) {
        refuseIf(applicationsByAddress.take(address), "提交过于频繁");
    }

    void applicationBy(String phone) {
        applicationsByPhone.take(PhoneDigits.of(phone)).ifPresent(wait -> {
            throw new TooManyRequestsException(wait, "这个电话号码提交的申请已经较多，请不要重复提交。调委会收到申请后会在一个工作日内"
                    + "与您联系，请保持电话畅通。" + HOTLINE);
        });
    }

    void challengeFor(String address) {
        refuseIf(challengesByAddress.take(address), "请求过于频繁");
    }

    /** A lookup: counted per address and per phone, refused while the case number failed too often. */
    void lookup(String address, String phone, String caseNumber) {
        refuseIf(lookupsByAddress.take(address), "查询过于频繁");
        refuseIf(lookupsByPhone.take(PhoneDigits.of(phone)), "查询过于频繁");
        refuseIf(failedLookupsByCase.check(caseNumber), "查询过于频繁");
    }

    /** A lookup that found nothing: counts against the case number, whether it exists or not. */
    void lookupFailed(String caseNumber) {
        failedLookupsByCase.record(caseNumber);
    }

    /** Forgets every count (tests start from nothing). */
    void clear() {
        List.of(applicationsByAddress, applicationsByPhone, lookupsByAddress, lookupsByPhone, failedLookupsByCase,
                challengesByAddress).forEach(RequestWindow::clear);
    }

    private static void refuseIf(Optional<Duration> wait, String what) {
        wait.ifPresent(w -> {
            throw new TooManyRequestsException(w, what + "，请" + TooManyRequestsException.inWords(w) + "后再试。" + HOTLINE);
        });
    }
}
