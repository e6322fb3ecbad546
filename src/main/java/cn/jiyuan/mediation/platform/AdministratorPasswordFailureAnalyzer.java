package cn.jiyuan.mediation.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why the platform did not start, instead of a stack trace. */
public class AdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorPasswordRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPasswordRefusedException cause) {
        if (cause instanceof AdministratorPasswordMissingException) {
            return new FailureAnalysis(
                    "平台没有管理员密码，拒绝启动：演示环境以外不存在默认账户密码。\n"
                            + "The platform refuses to start without an administrator password: there are no default "
                            + "credentials outside the demo.",
                    "请设置环境变量 MEDIATION_ADMIN_PASSWORD（至少" + AdministratorPasswordPolicy.MIN_LENGTH
                            + "个字符），或以 demo 配置启动演示环境。\n"
                            + "Set MEDIATION_ADMIN_PASSWORD (for example: MEDIATION_ADMIN_PASSWORD='a long secret' java "
                            + "-jar mediation-platform.jar), or start the demo with the 'demo' profile.",
                    cause);
        }
        if (cause instanceof AdministratorPasswordWeakException weak) {
            return new FailureAnalysis(
                    "管理员密码（MEDIATION_ADMIN_PASSWORD）过于简单，平台拒绝启动：" + weak.reason() + "。\n"
                            + "The platform refuses to start with this administrator password (MEDIATION_ADMIN_PASSWORD).",
                    "请将 MEDIATION_ADMIN_PASSWORD 设为至少" + AdministratorPasswordPolicy.MIN_LENGTH
                            + "个字符、不是占位值（change-me…、admin、demo、password、123456…）且不同于管理员用户名"
                            + "（MEDIATION_ADMIN_USER）的密码。\n"
                            + "Set MEDIATION_ADMIN_PASSWORD to at least " + AdministratorPasswordPolicy.MIN_LENGTH
                            + " characters that are no placeholder (change-me…, admin, demo, password, 123456…) and "
                            + "differ from the administrator's user name (MEDIATION_ADMIN_USER).",
                    cause);
        }
        return null;
    }
}
