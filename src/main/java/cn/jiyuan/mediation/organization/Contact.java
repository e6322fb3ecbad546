package cn.jiyuan.mediation.organization;

/** A party-committee, government, police or bureau contact who receives early warnings by e-mail. */
public record Contact(String code, String name, ContactOrganization organization, String unitCode,
                      String title, String email, String phone) {
}
