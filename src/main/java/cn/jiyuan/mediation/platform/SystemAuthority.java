package cn.jiyuan.mediation.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the platform itself rather than as the user whose request triggered them: the engine
 * checks no authorization and no tenant when no user is authenticated. Used for what the platform does on a
 * user's behalf after its own checks (starting dispute-case for a validated intake, evaluating the rules,
 * looking up the task a request names), never to widen what a user may read.
 */
@Component
public class SystemAuthority {

    /** The user the platform acts for while it runs as system (for records of who did what), or null. */
    private static final ThreadLocal<String> ON_BEHALF_OF = new ThreadLocal<>();

    private final IdentityService identity;

    public SystemAuthority(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        return call(identity, work);
    }

    public void run(Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs as system, remembering the user it is done for: the engine checks nothing (the caller's own rights
     * were checked before), but what is recorded names the user ({@link #actingUser(IdentityService)}).
     */
    public <T> T callOnBehalfOf(String userId, Supplier<T> work) {
        String before = ON_BEHALF_OF.get();
        ON_BEHALF_OF.set(userId);
        try {
            return call(identity, work);
        } finally {
            if (before == null) {
                ON_BEHALF_OF.remove();
            } else {
                ON_BEHALF_OF.set(before);
            }
        }
    }

    /** The engine's authenticated user, else the user the platform acts for, else null (the platform itself). */
    public static String actingUser(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return ON_BEHALF_OF.get();
    }

    /** For code that has the identity service but no Spring bean at hand. */
    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
