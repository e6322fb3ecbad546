package cn.jiyuan.mediation.online;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the public side (掌上调解, {@code mediation.public.*}): how often one client address or one phone
 * number may apply or look a case up, the proof of work an application costs, the window in which identical
 * applications are one, and the time every status answer takes. The defaults below are those of application.yaml,
 * where each is explained; README "掌上调解" lists them.
 */
@ConfigurationProperties(prefix = "mediation.public")
public class PublicSettings {

    private final Applications applications = new Applications();
    private final Status status = new Status();
    private final Challenge challenge = new Challenge();
    /** Largest request body of /public/api. */
    private DataSize maxBodySize = DataSize.ofKilobytes(16);

    public Applications getApplications() {
        return applications;
    }

    public Status getStatus() {
        return status;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** At most {@code max} requests within {@code window} (a sliding window). */
    public static class Limit {

        private int max;
        private Duration window;

        Limit(int max, Duration window) {
            this.max = max;
            this.window = window;
        }

        public int getMax() {
            return max;
        }

        public void setMax(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("mediation.public.*.max must be at least 1");
            }
            this.max = max;
        }

        public Duration getWindow() {
            return window;
        }

        public void setWindow(Duration window) {
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("mediation.public.*.window must be positive");
            }
            this.window = window;
        }
    }

    /** {@code POST /public/api/applications}. */
    public static class Applications {

        private final Limit perAddress = new Limit(20, Duration.ofHours(1));
        private final Limit perPhone = new Limit(3, Duration.ofDays(1));
        private Duration duplicateWindow = Duration.ofDays(1);

        public Limit getPerAddress() {
            return perAddress;
        }

        public Limit getPerPhone() {
            return perPhone;
        }

        public Duration getDuplicateWindow() {
            return duplicateWindow;
        }

        public void setDuplicateWindow(Duration duplicateWindow) {
            if (duplicateWindow.isNegative() || duplicateWindow.compareTo(Duration.ofDays(7)) > 0) {
                throw new IllegalArgumentException("mediation.public.applications.duplicate-window must be 0 to 7 days");
            }
            this.duplicateWindow = duplicateWindow;
        }
    }

    /** {@code GET /public/api/applications/status}. */
    public static class Status {

        private final Limit perAddress = new Limit(30, Duration.ofMinutes(10));
        private final Limit perPhone = new Limit(10, Duration.ofMinutes(10));
        private final Limit failuresPerCaseNumber = new Limit(5, Duration.ofHours(1));
        private Duration minAnswerTime = Duration.ofMillis(400);

        public Limit getPerAddress() {
            return perAddress;
        }

        public Limit getPerPhone() {
            return perPhone;
        }

        public Limit getFailuresPerCaseNumber() {
            return failuresPerCaseNumber;
        }

        public Duration getMinAnswerTime() {
            return minAnswerTime;
        }

        public void setMinAnswerTime(Duration minAnswerTime) {
            if (minAnswerTime.isNegative() || minAnswerTime.compareTo(Duration.ofSeconds(5)) > 0) {
                throw new IllegalArgumentException("mediation.public.status.min-answer-time must be 0 to 5 s");
            }
            this.minAnswerTime = minAnswerTime;
        }
    }

    /** The proof of work before an application ({@code GET /public/api/challenge}). */
    public static class Challenge {

        private int difficulty = 16;
        private Duration timeToLive = Duration.ofMinutes(10);
        private final Limit perAddress = new Limit(30, Duration.ofMinutes(10));

        public int getDifficulty() {
            return difficulty;
        }

        public void setDifficulty(int difficulty) {
            if (difficulty < 1 || difficulty > 32) {
                throw new IllegalArgumentException("mediation.public.challenge.difficulty must be 1 to 32 (bits)");
            }
            this.difficulty = difficulty;
        }

        public Duration getTimeToLive() {
            return timeToLive;
        }

        public void setTimeToLive(Duration timeToLive) {
            if (timeToLive.compareTo(Duration.ofMinutes(1)) < 0 || timeToLive.compareTo(Duration.ofHours(2)) > 0) {
                throw new IllegalArgumentException("mediation.public.challenge.time-to-live must be 1 min to 2 h");
            }
            this.timeToLive = timeToLive;
        }

        public Limit getPerAddress() {
            return perAddress;
        }
    }
}
