package cn.jiyuan.mediation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package boundaries, checked by the build. The foundations — the platform (authentication, errors, database,
 * operations), the documents pipeline, the forms catalogue and the calendar — serve the features (cases,
 * mediation, early warning, screening, triage, audit, security, demo, task cards) and never reach into them, so
 * that a feature can change, move or be removed without touching them.
 */
@AnalyzeClasses(packages = "cn.jiyuan.mediation", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String[] FEATURES = {"cn.jiyuan.mediation.cases..", "cn.jiyuan.mediation.intake..", "cn.jiyuan.mediation.disputecase..",
            "cn.jiyuan.mediation.earlywarning..", "cn.jiyuan.mediation.screening..", "cn.jiyuan.mediation.triage..",
            "cn.jiyuan.mediation.audit..", "cn.jiyuan.mediation.security..", "cn.jiyuan.mediation.demo..",
            "cn.jiyuan.mediation.taskcards.."};

    @ArchTest
    static final ArchRule documentsDependOnNothingOfOurs = noClasses().that()
            .resideInAPackage("cn.jiyuan.mediation.documents..").should().dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage("cn.jiyuan.mediation.organization..",
                    "cn.jiyuan.mediation.calendar..", "cn.jiyuan.mediation.forms..")
            .because("the document pipeline renders any template with any values");

    @ArchTest
    static final ArchRule formsAndCalendarServeTheFeatures = noClasses().that()
            .resideInAnyPackage("cn.jiyuan.mediation.forms..", "cn.jiyuan.mediation.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("intake, mediation and screening all use them");

    @ArchTest
    static final ArchRule thePlatformServesTheFeatures = noClasses().that()
            .resideInAPackage("cn.jiyuan.mediation.platform..").should().dependOnClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.describe("of a feature (the masking of personal data"
                            + " in logs excepted)", (JavaClass target) -> inFeature(target)
                            && !target.getName().equals("cn.jiyuan.mediation.cases.PersonalDataMasking")))
            .because("the platform's authentication, errors, database and operations know no feature");

    private static boolean inFeature(JavaClass target) {
        for (String feature : FEATURES) {
            if (target.getPackageName().startsWith(feature.substring(0, feature.length() - 2))) {
                return true;
            }
        }
        return false;
    }
}
