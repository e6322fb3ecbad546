package cn.jiyuan.mediation.organization;

/** Published after the registry changed and the change is committed (identities follow it). */
public record OrganizationChangedEvent(int rowsWritten) {
}
