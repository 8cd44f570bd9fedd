package vn.ngayhoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ngayhoi");
    }

    @Test
    void controllersLiveInWebPackagesAndArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAnyPackage("..web..")
                .andShould()
                .notBePublic()
                .as("Controllers sit in a module's web package and are package-private")
                .check(classes);
    }

    @Test
    void sqlGoesThroughParameterisedStatements() {
        noClasses()
                .should()
                .callMethod(org.springframework.jdbc.core.JdbcTemplate.class, "execute", String.class)
                .as("SQL goes through parameterised JdbcClient statements, never JdbcTemplate.execute(String)")
                .check(classes);
    }

    @Test
    void internalPackagesAreNotUsedByOtherModules() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ngayhoi.orgunit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ngayhoi.orgunit.internal..")
                .as("Only the org-unit module uses its internal package")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ngayhoi.account..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ngayhoi.account.internal..")
                .as("Only the account module uses its internal package")
                .check(classes);
    }

    @Test
    void theSharedModuleDependsOnNoBusinessModule() {
        noClasses()
                .that()
                .resideInAPackage("vn.ngayhoi.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.ngayhoi.orgunit..", "vn.ngayhoi.account..", "vn.ngayhoi.audit..", "vn.ngayhoi.demo..")
                .as("shared is the bottom layer: it knows no business module")
                .check(classes);
    }

    @Test
    void onlyTheAuditModuleWritesTheAuditTable() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ngayhoi.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ngayhoi.audit..")
                .as("Modules reach the audit trail through events, not by calling it")
                .check(classes);
    }

    @Test
    void onlyTheIssuingServiceWritesTheRegisterAndStoresIssuedFiles() throws java.io.IOException {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("vn.ngayhoi.register.DocumentIssuing")
                .and()
                .doNotHaveFullyQualifiedName("vn.ngayhoi.register.OutgoingRegister")
                .and()
                .doNotHaveFullyQualifiedName("vn.ngayhoi.register.internal.RegisterWriter")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.ngayhoi.register.internal.RegisterWriter")
                .as("Documents are numbered and frozen only through DocumentIssuing (ADR 0015)")
                .check(classes);
        // SQL is text, out of ArchUnit's sight: read the sources for statements that write the register's
        // tables or store a rendered file anywhere else.
        java.util.regex.Pattern writes = java.util.regex.Pattern.compile(
                "(?is)(insert\\s+into|update|delete\\s+from)\\s+(register_counter|outgoing_document|issued_document\\w*)\\b"
                        + "|insert\\s+into\\s+\\w+\\s*\\([^)]*\\b(pdf|docx)\\b");
        java.util.List<String> offenders;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(java.nio.file.Path.of("vn/ngayhoi/register/internal/RegisterWriter.java")))
                    .filter(f -> {
                        try {
                            return writes.matcher(java.nio.file.Files.readString(f))
                                    .find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Object::toString)
                    .toList();
        }
        org.assertj.core.api.Assertions.assertThat(offenders)
                .as("Only RegisterWriter writes the register and stores issued files")
                .isEmpty();
    }
}
