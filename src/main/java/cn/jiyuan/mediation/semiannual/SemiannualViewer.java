package cn.jiyuan.mediation.semiannual;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * Who sees what of the semi-annual summaries. The grassroots section, to whom they are addressed, sees every
 * summary with its text and attachments; administrators see who has submitted (the overview), but no text. A
 * justice office or industry committee sees its own summaries only (its Camunda group writes them). Others: 403.
 */
public record SemiannualViewer(AuthenticatedUser user, boolean grassroots) {

    public static SemiannualViewer of(AuthenticatedUser user) {
        return new SemiannualViewer(user, user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId()));
    }

    /** Sees the status of every office and committee. */
    public boolean seesAll() {
        return grassroots || user.isAdministrator();
    }

    /** The status of this summary is listed to the viewer. */
    public boolean seesStatus(SemiannualRepository.Summary s) {
        return seesAll() || user.isMemberOf(s.unitGroup());
    }

    /** The text and the attachments: the office or committee that wrote it, and the grassroots section. */
    public void requireReads(SemiannualRepository.Summary s) {
        if (!grassroots && !user.isMemberOf(s.unitGroup())) {
            throw new ForbiddenException("半年工作总结仅供报送单位本身和市局基层科查看");
        }
    }

    /** Attaching and removing files: members of the office or committee that writes it, while it is not submitted. */
    public void requireWrites(SemiannualRepository.Summary s) {
        if (!mayWrite(s)) {
            throw new ForbiddenException("只有报送单位本身可以添加或删除半年工作总结的附件");
        }
    }

    public boolean mayWrite(SemiannualRepository.Summary s) {
        return user.isMemberOf(s.unitGroup());
    }

    public void requireRollup() {
        if (!grassroots) {
            throw new ForbiddenException("半年工作总结汇总仅供市局基层科查看");
        }
    }
}
