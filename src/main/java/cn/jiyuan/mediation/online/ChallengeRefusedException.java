package cn.jiyuan.mediation.online;

/** The application's proof of work is missing, wrong, expired or used: 400 naming the field {@code challenge}. */
class ChallengeRefusedException extends RuntimeException {

    ChallengeRefusedException(String message) {
        super(message);
    }
}
