package cn.jiyuan.mediation.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator password must not be outside the demo: shorter than {@value #MIN_LENGTH} characters, a
 * well-known placeholder (the "change-me…" of example files in any case and with any suffix, admin, demo,
 * password, 123456…) or the administrator's own login name. The administrator account can do everything, and
 * its login name is known (default "admin"), so its password is all that protects the platform.
 */
public final class AdministratorPasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final Set<String> PLACEHOLDERS = Set.of("admin", "administrator", "demo", "password", "secret",
            "camunda", "root", "test");
    private static final String[] PLACEHOLDER_PREFIXES = {"change-me", "changeme", "change_me", "change me",
            "123456", "password", "qwerty"};

    private AdministratorPasswordPolicy() {
    }

    /** @return why the password is refused (Chinese, then English), empty when it is acceptable */
    public static Optional<String> problem(String userId, String password) {
        String lower = password.trim().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(lower) || startsWithPlaceholder(lower)) {
            return Optional.of("密码是众所周知的占位值 / the password is a well-known placeholder");
        }
        if (userId != null && lower.equals(userId.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码与管理员用户名相同 / the password equals the administrator's user name");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("密码少于" + MIN_LENGTH + "个字符 / the password is shorter than " + MIN_LENGTH
                    + " characters");
        }
        return Optional.empty();
    }

    private static boolean startsWithPlaceholder(String lower) {
        for (String prefix : PLACEHOLDER_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
