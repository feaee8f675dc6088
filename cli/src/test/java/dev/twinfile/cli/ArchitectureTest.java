package dev.twinfile.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/design.md, kept by the build. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.twinfile");
  }

  @Test
  void theSpiNeedsOnlyTheJdk() {
    classes()
        .that().resideInAPackage("dev.twinfile.spi..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.twinfile.spi..", "java..")
        .check(classes);
  }

  @Test
  void coreNamesNoBackendAndNoNativeCode() {
    noClasses()
        .that().resideInAPackage("dev.twinfile.core..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.twinfile.backend..", "dev.twinfile.os..", "com.sun.jna..")
        .check(classes);
  }

  @Test
  void backendsSeeOnlyTheSpiAndTheNativeModules() {
    classes()
        .that().resideInAPackage("dev.twinfile.backend..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.twinfile.backend..", "dev.twinfile.spi..", "dev.twinfile.os..", "java..", "com.google.common.jimfs..")
        .check(classes);
  }

  @Test
  void backendsDoNotSeeEachOther() {
    slices().matching("dev.twinfile.backend.(*)..").should().notDependOnEachOther().check(classes);
  }

  @Test
  void jimfsOnlyInTheMemoryBackend() {
    noClasses()
        .that().resideOutsideOfPackage("dev.twinfile.backend.memory..")
        .should().dependOnClassesThat().resideInAPackage("com.google.common.jimfs..")
        .check(classes);
  }

  @Test
  void jnaOnlyInTheNativeModules() {
    noClasses()
        .that().resideOutsideOfPackage("dev.twinfile.os..")
        .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
        .check(classes);
  }

  @Test
  void nativeModulesSeeOnlyTheSpiJnaAndTheJdk() {
    classes()
        .that().resideInAPackage("dev.twinfile.os..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.twinfile.os..", "dev.twinfile.spi..", "com.sun.jna..", "java..")
        .check(classes);
  }

  @Test
  void theTckSeesTheEngineButNoBackend() {
    noClasses()
        .that().resideInAPackage("dev.twinfile.tck..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.twinfile.backend..", "dev.twinfile.os..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("dev.twinfile.(*)..").should().beFreeOfCycles().check(classes);
  }
}
