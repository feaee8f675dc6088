package dev.twinfile.tck;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the contract against one volume. Each property runs on a fresh scratch directory the
 * factory makes; a property that does not apply to what the volume declares is skipped with the
 * reason.
 *
 * <pre>{@code
 * TckReport report = Tck.run(VolumeFactory.inDirectory(dir, Twinfile.create()), null,
 *     TckOptions.defaults(), result -> System.out.println(result));
 * }</pre>
 */
public final class Tck {
  private Tck() {}

  /** Returns the names of every property, in the order they run. */
  public static List<String> propertyNames() {
    return properties().stream().map(ContractProperty::name).toList();
  }

  static List<ContractProperty> properties() {
    List<ContractProperty> properties = new ArrayList<>(StrategyProperties.all());
    properties.addAll(VolumeProperties.all());
    properties.addAll(ExtentProperties.all());
    properties.add(ModelProperty.property());
    return List.copyOf(properties);
  }

  /**
   * Runs every property on {@code volume}, with {@code second} (or null) as another volume, and
   * reports each result to {@code progress} as it completes. Does not measure the filesystem.
   */
  public static TckReport run(
      VolumeFactory volume, VolumeFactory second, TckOptions options, Consumer<PropertyResult> progress)
      throws IOException {
    return run(volume, second, options, progress, 0);
  }

  /**
   * Runs every property, and first measures the filesystem itself when {@code measureCap} is
   * positive: how many names a file reaches through {@code Files.createLink} (up to that many),
   * whether clones work, whether identities are distinct.
   */
  public static TckReport run(
      VolumeFactory volume,
      VolumeFactory second,
      TckOptions options,
      Consumer<PropertyResult> progress,
      long measureCap)
      throws IOException {
    Objects.requireNonNull(volume, "volume");
    long start = System.nanoTime();
    Tally tally = new Tally();
    String name;
    String description;
    String fileStoreType;
    Capabilities declared;
    TckReport.Measurements measurements = null;
    try (Scratch probe = volume.create()) {
      Backend backend = probe.backend();
      name = backend.name();
      description = backend.description();
      fileStoreType = backend.fileStoreType();
      declared = backend.capabilities();
      if (measureCap > 0) {
        measurements = measure(probe, measureCap);
      }
    }
    List<PropertyResult> results = new ArrayList<>();
    for (ContractProperty property : properties()) {
      PropertyResult result = run(property, volume, second, options, tally);
      results.add(result);
      if (progress != null) {
        progress.accept(result);
      }
    }
    return new TckReport(
        name,
        description,
        fileStoreType,
        declared,
        measurements,
        results,
        options.seed(),
        tally.modelOperations.get(),
        tally.modelSequences.get(),
        (System.nanoTime() - start) / 1_000_000);
  }

  static PropertyResult run(
      ContractProperty property, VolumeFactory volume, VolumeFactory second, TckOptions options, Tally tally) {
    long start = System.nanoTime();
    PropertyResult.Status status;
    String message;
    try (Scratch scratch = volume.create()) {
      Fixture fixture = new Fixture(scratch, options, volume, second, tally);
      property.body().check(fixture);
      status = PropertyResult.Status.PASSED;
      message = fixture.notes();
    } catch (PropertySkipped skipped) {
      status = PropertyResult.Status.SKIPPED;
      message = skipped.getMessage();
    } catch (AssertionError violation) {
      status = PropertyResult.Status.FAILED;
      message = violation.getMessage();
    } catch (Exception unexpected) {
      status = PropertyResult.Status.FAILED;
      message = "unexpected " + unexpected;
    }
    return new PropertyResult(property.name(), status, message, (System.nanoTime() - start) / 1_000_000);
  }

  /** Drives the filesystem directly, to set what it does beside what the backend declares. */
  private static TckReport.Measurements measure(Scratch scratch, long cap) throws IOException {
    Path source = Files.write(scratch.resolve("measure"), new byte[] {1, 2, 3});
    Path names = Files.createDirectory(scratch.resolve("measure-names"));
    long reached = 1;
    String refusal = null;
    while (reached < cap) {
      try {
        Files.createLink(names.resolve(Long.toString(reached + 1)), source);
        reached++;
      } catch (IOException | UnsupportedOperationException e) {
        refusal = e.toString();
        break;
      }
    }
    Backend backend = scratch.backend();
    Path other = Files.write(scratch.resolve("measure-other"), new byte[] {4});
    boolean distinct =
        !backend.status(source).identity().equals(backend.status(other).identity())
            && (reached < 2 || backend.status(names.resolve("2")).identity().equals(backend.status(source).identity()));
    Boolean cloneWorked = null;
    if (backend.capabilities().supports(Strategy.CLONE)) {
      Path clone = scratch.resolve("measure-clone");
      try {
        backend.clone(source, clone);
        cloneWorked =
            Arrays.equals(Files.readAllBytes(clone), Files.readAllBytes(source))
                && !backend.status(clone).identity().equals(backend.status(source).identity());
      } catch (IOException e) {
        cloneWorked = false;
      }
    }
    return new TckReport.Measurements(reached, refusal != null, refusal, cloneWorked, distinct);
  }
}
